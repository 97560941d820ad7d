import { access, constants, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ExitCode, OutputError, UsageError } from '../errors.js';
import { reason } from '../files/read-text.js';
import { loadBank } from '../questionnaire/load-bank.js';
import type { Bank } from '../questionnaire/types.js';
import type { Respondent } from '../response/types.js';
import { stageFor } from '../scoring/stage.js';
import { buildResponse, responseJson } from '../session/build-response.js';
import { finishText, runErrors } from '../session/messages.js';
import type { Interruption, SavedResponse, UnsavedResponse } from '../session/outcome.js';
import { parseAnswersFlag, readAnswersFile } from '../session/parse-answers.js';
import { loadPartial } from '../session/partial-file.js';
import { MAX_LENGTH, newRespondentId, textProblem } from '../session/respondent-fields.js';
import { readRunDefaults, writeRunDefaults } from '../session/run-defaults.js';
import { saveResponse } from '../session/save-response.js';
import { exitCodeForSignal, type SignalSource } from '../session/signals.js';
import type { SessionIO } from '../session/terminal.js';

export const DEFAULT_OUT = 'responses';

export interface RunOptions {
  questionnaire?: string;
  /** The folder to write in: `responses`, or the folder of the --resume file, by default. */
  out?: string;
  organization?: string;
  department?: string;
  role?: string;
  respondent?: string;
  name?: string;
  anonymous?: boolean;
  repeat?: boolean;
  resume?: string;
  /** Every rating, in statement order: `4,5,3,...`. Answers without prompts. */
  answers?: string;
  answersFile?: string;
  /** The clock; tests fix it. */
  now?: () => Date;
  signals?: SignalSource;
}

export interface RunReport {
  /** `answers` when the ratings came from --answers or --answers-file. */
  mode: 'interactive' | 'answers';
  saved: SavedResponse[];
  warnings: string[];
  unsaved?: UnsavedResponse;
  interrupted?: Interruption;
  exitCode: number;
}

/**
 * The `run` command: an interactive session in the terminal, or, with --answers or
 * --answers-file, the same response file written without a prompt. Flag mistakes throw
 * UsageError before anything is asked; everything else comes back as data.
 */
export async function runSession(options: RunOptions, io: SessionIO): Promise<RunReport> {
  const withoutPrompts = options.answers !== undefined || options.answersFile !== undefined;
  checkCombinations(options, withoutPrompts);
  // Checked before the bank loads, so a pipe never waits on anything.
  if (!withoutPrompts && !io.interactive) throw new UsageError(runErrors.notATerminal);

  const bank = await loadBank(options.questionnaire);
  const given = checkValues(options, bank);
  const now = options.now ?? (() => new Date());
  if (withoutPrompts) return answerWithoutPrompts(options, given, bank, now);

  const resume = options.resume === undefined ? undefined : { file: options.resume, partial: loadPartial(options.resume, bank) };
  const out = options.out ?? (resume ? dirname(resume.file) : DEFAULT_OUT);
  await ensureFolder(out);

  // The prompt library loads only here, so --answers in CI never pays for it.
  const { runSitting } = await import('../session/sitting.js');
  const plan = {
    bank,
    questionnaire: options.questionnaire,
    out,
    given,
    resume,
    repeat: options.repeat ?? false,
    now,
    signals: options.signals,
  };
  const result = await runSitting(plan, io);
  const exitCode = result.interrupted
    ? exitCodeForSignal(result.interrupted.signal)
    : result.unsaved
      ? ExitCode.outputFailed
      : ExitCode.ok;
  return { mode: 'interactive', ...result, exitCode };
}

type Given = Partial<Omit<Respondent, 'id'>> & { respondent?: string; anonymous?: boolean };

async function answerWithoutPrompts(options: RunOptions, given: Given, bank: Bank, now: () => Date): Promise<RunReport> {
  const out = options.out ?? DEFAULT_OUT;
  const organization = given.organization ?? readRunDefaults(out).organization;
  const department = given.department ?? soleId(bank.departments);
  const role = given.role ?? soleId(bank.roles);
  const missing = [
    ...(organization === undefined ? ['--organization'] : []),
    ...(department === undefined ? ['--department'] : []),
    ...(role === undefined ? ['--role'] : []),
  ];
  if (missing.length > 0) throw new UsageError(runErrors.missingForAnswers(missing));

  const answers = options.answers !== undefined
    ? parseAnswersFlag(options.answers, bank)
    : readAnswersFile(options.answersFile!, bank);
  const at = now().toISOString();
  const respondent: Respondent = { id: given.respondent ?? newRespondentId(), department: department!, role: role!, organization: organization! };
  if (given.name !== undefined) respondent.name = given.name;
  const response = buildResponse(bank, { respondent, startedAt: at, completedAt: at, answers });

  const report: RunReport = { mode: 'answers', saved: [], warnings: [], exitCode: ExitCode.ok };
  let file: string;
  try {
    await ensureFolder(out);
    file = await saveResponse(out, response);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    return { ...report, unsaved: { problem: error.message, document: responseJson(response) }, exitCode: ExitCode.outputFailed };
  }

  try {
    await writeRunDefaults(out, { organization: respondent.organization });
  } catch (error) {
    report.warnings.push(finishText.defaultsNotSaved(out, reason(error)));
  }
  const total = response.result!.total;
  report.saved.push({ file, response, total, stageName: stageFor(bank, total).name });
  return report;
}

function soleId(entries: readonly { id: string }[]): string | undefined {
  return entries.length === 1 ? entries[0]!.id : undefined;
}

/** Creates the output folder if needed and makes sure files can be created in it. */
async function ensureFolder(out: string): Promise<void> {
  try {
    await mkdir(out, { recursive: true });
    if (!(await stat(out)).isDirectory()) throw new OutputError(runErrors.outNotFolder(out));
    await access(out, constants.W_OK);
  } catch (error) {
    if (error instanceof OutputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new OutputError(runErrors.outNotFolder(out));
    throw new OutputError(`${out}: cannot write in this folder: ${reason(error)}`);
  }
}

function checkCombinations(options: RunOptions, withoutPrompts: boolean): void {
  const set = (value: unknown) => value !== undefined && value !== false;
  const pairs: [string, unknown, string, unknown][] = [
    ['--answers', options.answers, '--answers-file', options.answersFile],
    ['--name', options.name, '--anonymous', options.anonymous],
  ];
  if (withoutPrompts) {
    const flag = options.answers !== undefined ? '--answers' : '--answers-file';
    pairs.push([flag, true, '--resume', options.resume], [flag, true, '--repeat', options.repeat]);
  }
  for (const [a, first, b, second] of pairs) {
    if (set(first) && set(second)) throw new UsageError(runErrors.conflicts(a, b));
  }

  const person: [string, unknown][] = [
    ['--organization', options.organization],
    ['--department', options.department],
    ['--role', options.role],
    ['--respondent', options.respondent],
    ['--name', options.name],
    ['--anonymous', options.anonymous],
  ];
  if (options.resume !== undefined) {
    const fixed = person.find(([, value]) => set(value));
    if (fixed) throw new UsageError(runErrors.resumeFixed(fixed[0]));
  }
  if (options.repeat) {
    const one = person.find(([flag, value]) => (flag === '--respondent' || flag === '--name') && set(value));
    if (one) throw new UsageError(runErrors.repeatOnePerson(one[0]));
  }
}

/** Checks the respondent flags against the bank and the file format, and tidies them. */
function checkValues(options: RunOptions, bank: Bank): Given {
  const given: Given = { anonymous: options.anonymous };
  if (options.department !== undefined) {
    if (!bank.departmentIds.has(options.department)) {
      throw new UsageError(runErrors.unknownId('--department', options.department, [...bank.departmentIds]));
    }
    given.department = options.department;
  }
  if (options.role !== undefined) {
    if (!bank.roleIds.has(options.role)) {
      throw new UsageError(runErrors.unknownId('--role', options.role, [...bank.roleIds]));
    }
    given.role = options.role;
  }
  given.organization = checkText('--organization', options.organization, MAX_LENGTH.organization);
  given.respondent = checkText('--respondent', options.respondent, MAX_LENGTH.respondent);
  given.name = checkText('--name', options.name, MAX_LENGTH.name);
  return given;
}

function checkText(flag: string, value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  switch (textProblem(text, max, true)) {
    case 'empty':
      throw new UsageError(runErrors.emptyValue(flag));
    case 'tooLong':
      throw new UsageError(runErrors.tooLong(flag, max));
    case 'control':
      throw new UsageError(runErrors.controlCharacters(flag));
    default:
      return text;
  }
}
