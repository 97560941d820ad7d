import { InputError, UsageError } from '../errors.js';
import { buildContextFile } from '../context/build-context.js';
import {
  InterruptGuard,
  exitCodeForSignal,
  type ExitSignal,
  type SignalSource,
} from '../context/interrupt.js';
import { askText, contextErrors } from '../context/messages.js';
import { parseContextAnswers } from '../context/parse-answers.js';
import { saveContext } from '../context/save-context.js';
import { MAX_NOTE, MAX_ORGANIZATION, textProblem } from '../context/text-fields.js';
import type { ContextFileV1 } from '../context/types.js';
import { wrap } from '../context/wrap.js';
import { loadBank } from '../questionnaire/load-bank.js';
import type { ContextSection } from '../questionnaire/context-types.js';

export interface ContextOptions {
  questionnaire?: string;
  organization?: string;
  /** The folder to write in; `responses` when not given. */
  out?: string;
  /** Every answer in question order, for scripts: `yes,no,...`. */
  answers?: string;
  note?: string;
  /** The clock, for the file's `answeredAt` and name. */
  now?: () => Date;
}

/** The terminal the command talks to; the edge builds it from process, tests from streams. */
export interface ContextIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  stdinIsTerminal: boolean;
  stdoutIsTerminal: boolean;
  columns: number;
  /** Where signals come from: process, unless a test hands in an emitter. */
  signals?: SignalSource;
}

export type ContextOutcome =
  | { kind: 'saved'; file: string; context: ContextFileV1; exitCode: 0 }
  | { kind: 'interrupted'; signal: ExitSignal; exitCode: number };

interface Answered {
  organization: string;
  answers: Record<string, boolean>;
  note?: string;
}

const DEFAULT_OUT = 'responses';

/**
 * Records the context of one organization: the answers come from --answers or, on a
 * terminal, from the prompts, and are written as a new context file in --out. Usage errors
 * come first, so a script without --answers fails at once instead of waiting for input.
 */
export async function recordContext(
  options: ContextOptions,
  io: ContextIO,
): Promise<ContextOutcome> {
  const scripted = options.answers !== undefined;
  if (!scripted && !(io.stdinIsTerminal && io.stdoutIsTerminal)) {
    throw new UsageError(contextErrors.notATerminal(io.stdinIsTerminal ? 'stdout' : 'stdin'));
  }
  const organization = cleanFlag(options.organization, '--organization', MAX_ORGANIZATION, true);
  const note = cleanFlag(options.note, '--note', MAX_NOTE, false);
  if (scripted && !organization) throw new UsageError(contextErrors.organizationNeeded);

  const bank = await loadBank(options.questionnaire);
  const context = bank.context;
  if (context === undefined) throw new InputError(contextErrors.noContextSection(bank.file));

  let answered: Answered;
  if (scripted) {
    const answers = parseContextAnswers(options.answers!, context.questions);
    answered = { organization: organization!, answers, note };
  } else {
    const asked = await ask(context, { organization, note }, io);
    if ('signal' in asked) {
      const { signal } = asked;
      return { kind: 'interrupted', signal, exitCode: exitCodeForSignal(signal) };
    }
    answered = asked;
  }

  const answeredAt = (options.now ?? (() => new Date()))();
  const file = buildContextFile(bank, { ...answered, answeredAt });
  const path = await saveContext(options.out ?? DEFAULT_OUT, file);
  return { kind: 'saved', file: path, context: file, exitCode: 0 };
}

async function ask(
  context: ContextSection,
  given: { organization?: string; note?: string },
  io: ContextIO,
): Promise<Answered | { signal: ExitSignal }> {
  const width = Math.min(Math.max(io.columns, 40), 100) - 2;
  const title = askText.title(given.organization, context.questions.length);
  io.output.write(`${[title, ...wrap(context.instructions ?? '', width)].join('\n')}\n\n`);

  const { askContext } = await import('../context/ask-context.js');
  const guard = new InterruptGuard(io.signals);
  try {
    const prompts = { input: io.input, output: io.output, signal: guard.signal };
    return await askContext({ questions: context.questions, ...given, context: prompts });
  } catch (error) {
    const signal = guard.interruption(error);
    if (signal === undefined) throw error;
    return { signal };
  } finally {
    guard.dispose();
  }
}

// A flag's text, trimmed; an empty optional flag counts as not given.
function cleanFlag(value: string | undefined, flag: string, max: number, required: boolean) {
  if (value === undefined) return undefined;
  const text = value.trim();
  const problem = textProblem(text, max, required);
  if (problem === 'empty') throw new UsageError(contextErrors.flagEmpty(flag));
  if (problem === 'tooLong') throw new UsageError(contextErrors.flagTooLong(flag, max));
  if (problem === 'controlCharacters') throw new UsageError(contextErrors.controlCharacters(flag));
  return text === '' ? undefined : text;
}
