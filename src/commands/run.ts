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
import { newRespondentId } from '../session/respondent-fields.js';
import { readRunDefaults, writeRunDefaults } from '../session/run-defaults.js';
import {
  checkRespondentFlags,
  checkRunCombinations,
  type GivenRespondent,
  type RunFlagValues,
} from '../session/run-flags.js';
import { saveResponse } from '../session/save-response.js';
import { exitCodeForSignal, type SignalSource } from '../session/signals.js';
import type { SessionIO } from '../session/terminal.js';

export const DEFAULT_OUT = 'responses';

export interface RunOptions extends RunFlagValues {
  questionnaire?: string;
  /** The folder to write in: `responses`, or the folder of the --resume file, by default. */
  out?: string;
  /** The clock; tests fix it. */
  now?: () => Date;
  /** Where signals come from: the process, unless a test says otherwise. */
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
  checkRunCombinations(options);
  const withoutPrompts = options.answers !== undefined || options.answersFile !== undefined;
  // Checked before the bank loads, so a pipe never waits on anything.
  if (!withoutPrompts && !io.interactive) {
    // A file to resume is checked first: a finished or broken one is the problem to fix.
    if (options.resume !== undefined)
      loadPartial(options.resume, await loadBank(options.questionnaire));
    throw new UsageError(runErrors.notATerminal(io.notATerminal ?? 'stdin'));
  }

  const bank = await loadBank(options.questionnaire);
  const given = checkRespondentFlags(options, bank);
  const now = options.now ?? (() => new Date());
  if (withoutPrompts) return answerWithoutPrompts(options, bank, given, now);
  return answerInteractively(options, bank, given, now, io);
}

async function answerInteractively(
  options: RunOptions,
  bank: Bank,
  given: GivenRespondent,
  now: () => Date,
  io: SessionIO,
): Promise<RunReport> {
  const resume =
    options.resume === undefined
      ? undefined
      : { file: options.resume, partial: loadPartial(options.resume, bank) };
  const out = options.out ?? (resume ? dirname(resume.file) : DEFAULT_OUT);
  await ensureFolder(out);

  // The prompt library loads only here, so --answers in CI never pays for it.
  const { runSitting } = await import('../session/sitting.js');
  const repeat = options.repeat ?? false;
  const { questionnaire, signals } = options;
  const plan = { bank, questionnaire, out, given, resume, repeat, now, signals };
  const result = await runSitting(plan, io);

  let exitCode: number = ExitCode.ok;
  if (result.unsaved) exitCode = ExitCode.outputFailed;
  if (result.interrupted) exitCode = exitCodeForSignal(result.interrupted.signal);
  return { mode: 'interactive', ...result, exitCode };
}

/**
 * Writes the response that --answers or --answers-file describe. The respondent comes from
 * flags alone (the organization may come from the folder's defaults); a response that cannot
 * be written is handed back as unsaved, so the edge can print it.
 */
async function answerWithoutPrompts(
  options: RunOptions,
  bank: Bank,
  given: GivenRespondent,
  now: () => Date,
): Promise<RunReport> {
  const out = options.out ?? DEFAULT_OUT;
  const respondent = respondentFromFlags(given, bank, readRunDefaults(out).organization);
  const answers =
    options.answers !== undefined
      ? parseAnswersFlag(options.answers, bank)
      : readAnswersFile(options.answersFile!, bank);
  const at = now().toISOString();
  const response = buildResponse(bank, { respondent, startedAt: at, completedAt: at, answers });

  const report: RunReport = { mode: 'answers', saved: [], warnings: [], exitCode: ExitCode.ok };
  let file: string;
  try {
    await ensureFolder(out);
    file = await saveResponse(out, response);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    report.unsaved = { problem: error.message, document: responseJson(response) };
    return { ...report, exitCode: ExitCode.outputFailed };
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

/** The respondent of a run without prompts; a bank with one department or role needs no flag. */
function respondentFromFlags(
  given: GivenRespondent,
  bank: Bank,
  lastOrganization: string | undefined,
): Respondent {
  const organization = given.organization ?? lastOrganization;
  const department = given.department ?? soleId(bank.departments);
  const role = given.role ?? soleId(bank.roles);
  if (organization === undefined || department === undefined || role === undefined) {
    const found = { '--organization': organization, '--department': department, '--role': role };
    const missing = Object.entries(found).filter(([, value]) => value === undefined);
    throw new UsageError(runErrors.missingForAnswers(missing.map(([flag]) => flag)));
  }

  const id = given.respondent ?? newRespondentId();
  const respondent: Respondent = { id, department, role, organization };
  if (given.name !== undefined) respondent.name = given.name;
  return respondent;
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
