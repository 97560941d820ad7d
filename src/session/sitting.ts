import { confirm } from '@inquirer/prompts';
import { OutputError } from '../errors.js';
import { reason } from '../files/read-text.js';
import { painter } from '../output/paint.js';
import type { Bank } from '../questionnaire/types.js';
import type { Respondent } from '../response/types.js';
import { stageFor } from '../scoring/stage.js';
import { buildResponse, responseJson } from './build-response.js';
import { partialFileName, pathInside } from './file-names.js';
import { interview } from './interview.js';
import { PROGRAM, finishText, resultText, startText, statementText } from './messages.js';
import type { Interruption, SavedResponse, UnsavedResponse } from './outcome.js';
import { removePartial, savePartial } from './partial-file.js';
import { answeredCount, toPartial, type PartialV1 } from './partial-v1.js';
import { newRespondentId } from './respondent-fields.js';
import { readRunDefaults, writeRunDefaults } from './run-defaults.js';
import { saveResponse } from './save-response.js';
import { introScreen, resultScreen } from './screens.js';
import {
  SignalGuard,
  isCtrlC,
  isPromptInterrupt,
  isTerminalGone,
  type ExitSignal,
  type SignalSource,
} from './signals.js';
import { askStart, type PromptContext, type StartAnswers } from './start-questions.js';
import { CLEAR_SCREEN, CLEAR_SCREEN_AND_SCROLLBACK, type SessionIO } from './terminal.js';
import { promptTheme, type Paint } from './theme.js';

export interface SittingPlan {
  bank: Bank;
  /** The bank file given with --questionnaire, repeated in the resume command. */
  questionnaire?: string;
  /** The folder responses and progress files are written in; it exists. */
  out: string;
  /** What flags gave about the respondent; those questions are not asked. */
  given: Partial<StartAnswers> & { anonymous?: boolean; respondent?: string };
  /** An unfinished session to carry on with, first. */
  resume?: { file: string; partial: PartialV1 };
  /** Start over with the next respondent, on a cleared screen, after each one. */
  repeat: boolean;
  now: () => Date;
  /** Where signals come from; the process unless a test says otherwise. */
  signals?: SignalSource;
}

export interface SittingResult {
  saved: SavedResponse[];
  warnings: string[];
  unsaved?: UnsavedResponse;
  interrupted?: Interruption;
}

/** One respondent's progress while they answer. */
interface Progress {
  file: string;
  respondent: Respondent;
  startedAt: string;
  answers: Readonly<Record<string, number>>;
  /** Why the last save of progress failed, while it keeps failing. */
  saveProblem?: string;
}

/** What the respondents of one sitting share: the screen, the prompts' context, the state. */
interface Sitting {
  plan: SittingPlan;
  io: SessionIO;
  paint: Paint;
  context: PromptContext;
  result: SittingResult;
  /** The respondent answering now, until their response is saved. */
  current?: Progress;
  lastOrganization?: string;
}

// How long to wait, after the input ended without Ctrl-C, for the SIGHUP that usually follows.
const HANGUP_GRACE_MS = 200;

/**
 * Runs the interactive session: for each respondent the introduction, the start questions,
 * the statements and the review, then the saved file and the result. Progress is saved after
 * every answer; Ctrl-C, a closed terminal or SIGTERM end the sitting with the progress kept.
 * Returns what happened; never exits and never prints outside the session's own screen.
 */
export async function runSitting(plan: SittingPlan, io: SessionIO): Promise<SittingResult> {
  const guard = new SignalGuard(plan.signals);
  guard.watch(io.input);
  guard.watch(io.output);
  const sitting: Sitting = {
    plan,
    io,
    paint: painter(io.color),
    context: { input: io.input, output: io.output, signal: guard.signal },
    result: { saved: [], warnings: [] },
    lastOrganization: plan.given.organization ?? readRunDefaults(plan.out).organization,
  };

  try {
    for (let n = 0; ; n++) {
      if (n > 0) io.output.write(CLEAR_SCREEN_AND_SCROLLBACK);
      const saved = await oneRespondent(sitting, n === 0 ? plan.resume : undefined);
      if (!saved || !plan.repeat) break;
      if (!(await askForNext(sitting))) break;
    }
  } catch (error) {
    // A prompt closing on a terminal that has gone can fail with EIO instead of an abort.
    if (!isPromptInterrupt(error) && !isTerminalGone(error)) throw error;
    sitting.result.interrupted = interruption(sitting, await signalFor(guard, error));
  } finally {
    guard.dispose();
  }

  // A signal that came while a file was being written let the write finish first.
  if (guard.received && !sitting.result.interrupted) {
    sitting.result.interrupted = interruption(sitting, guard.received);
  }
  return sitting.result;
}

/** Which signal ended a prompt: the one received, or what the prompt's error stands for. */
async function signalFor(guard: SignalGuard, error: unknown): Promise<ExitSignal> {
  if (guard.received) return guard.received;
  if (isTerminalGone(error)) return 'SIGHUP';
  if (isCtrlC(error)) return 'SIGINT';
  // End of input without a signal yet: a closing terminal, whose SIGHUP may still be on its
  // way, or Ctrl-D, which is taken as Ctrl-C.
  return (await guard.settle(HANGUP_GRACE_MS)) ?? 'SIGINT';
}

/** One respondent from the first screen to the saved file; false when the file was not saved. */
async function oneRespondent(sitting: Sitting, resume: SittingPlan['resume']): Promise<boolean> {
  const { plan, io, paint, context } = sitting;
  let notice: string | undefined;
  if (resume) {
    sitting.current = fromPartial(resume.file, resume.partial);
    const answered = answeredCount(plan.bank, resume.partial.answers);
    notice = startText.resuming(answered, plan.bank.statements.length);
  } else {
    io.output.write(introScreen(plan.bank, paint, io.columns()));
    const start = await askStart({
      bank: plan.bank,
      given: plan.given,
      defaultOrganization: sitting.lastOrganization,
      paint,
      context,
    });
    sitting.current = await begin(plan, start);
  }

  // The statements get the whole screen: a prompt taller than the space left below the
  // introduction would scroll, and inquirer cannot redraw lines that scrolled away.
  io.output.write(CLEAR_SCREEN);
  const progress = sitting.current;
  progress.answers = await interview({
    bank: plan.bank,
    answers: progress.answers,
    notice,
    context,
    paint,
    columns: io.columns,
    rows: io.rows,
    onChange: (latest) => saveProgress(plan, progress, latest),
  });

  const saved = await finish(plan, progress, sitting.result);
  if (!saved) return false;
  sitting.current = undefined;
  sitting.lastOrganization = saved.response.respondent.organization;
  sitting.result.saved.push(saved);
  io.output.write(resultScreen(plan.bank, saved, paint, io.columns()));
  return true;
}

/** After a respondent, whether the next one is starting now. */
function askForNext(sitting: Sitting): Promise<boolean> {
  const config = { message: resultText.next, default: true, theme: promptTheme(sitting.paint) };
  return confirm(config, sitting.context);
}

/** A new respondent's progress, saved at once so an unwritable folder shows before statement 1. */
async function begin(plan: SittingPlan, start: StartAnswers): Promise<Progress> {
  const respondent: Respondent = { id: plan.given.respondent ?? newRespondentId(), ...start };
  const startedAt = plan.now().toISOString();
  const name = partialFileName({
    at: startedAt,
    department: respondent.department,
    respondentId: respondent.id,
  });
  const file = pathInside(plan.out, name);
  const progress: Progress = { file, respondent, startedAt, answers: {} };
  await savePartial(progress.file, toPartial(plan.bank, progress, startedAt));
  return progress;
}

function fromPartial(file: string, partial: PartialV1): Progress {
  const { respondent, startedAt, answers } = partial;
  return { file, respondent, startedAt, answers };
}

// A failed save does not stop the session: the answers stay in memory, the respondent is told,
// and they are printed if the final save fails too.
async function saveProgress(
  plan: SittingPlan,
  progress: Progress,
  answers: Readonly<Record<string, number>>,
): Promise<string | undefined> {
  progress.answers = { ...answers };
  try {
    await savePartial(progress.file, toPartial(plan.bank, progress, plan.now().toISOString()));
    progress.saveProblem = undefined;
    return undefined;
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    progress.saveProblem = error.message;
    return statementText.saveFailed(error.message);
  }
}

/**
 * Writes the finished response and tidies up after it. When the response cannot be written,
 * records it as unsaved (its JSON goes to the user) and returns undefined.
 */
async function finish(plan: SittingPlan, progress: Progress, result: SittingResult) {
  const response = buildResponse(plan.bank, {
    respondent: progress.respondent,
    startedAt: progress.startedAt,
    completedAt: plan.now().toISOString(),
    answers: progress.answers,
  });

  let file: string;
  try {
    file = await saveResponse(plan.out, response);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    const partialFile = progress.saveProblem === undefined ? progress.file : undefined;
    result.unsaved = { problem: error.message, document: responseJson(response), partialFile };
    return undefined;
  }

  const notRemoved = await removePartial(progress.file);
  if (notRemoved) result.warnings.push(finishText.partialNotRemoved(progress.file, notRemoved));
  try {
    await writeRunDefaults(plan.out, { organization: response.respondent.organization });
  } catch (error) {
    result.warnings.push(finishText.defaultsNotSaved(plan.out, reason(error)));
  }

  const total = response.result!.total;
  const stageName = stageFor(plan.bank, total).name;
  return { file, response, total, stageName };
}

function interruption(sitting: Sitting, signal: Interruption['signal']): Interruption {
  const { plan, current: progress } = sitting;
  const found: Interruption = { signal, savedCount: sitting.result.saved.length };
  if (!progress) return found;

  const answered = answeredCount(plan.bank, progress.answers);
  const count = plan.bank.statements.length;
  if (progress.saveProblem !== undefined) {
    const unsavedDocument = responseJson(toPartial(plan.bank, progress, plan.now().toISOString()));
    found.inProgress = { answered, count, unsavedDocument };
  } else {
    const resumeCommand = resumeCommandFor(plan, progress.file);
    found.inProgress = { answered, count, partialFile: progress.file, resumeCommand };
  }
  return found;
}

/** The command that carries on from a progress file, quoted for a POSIX shell. */
function resumeCommandFor(plan: SittingPlan, file: string): string {
  const bank = plan.questionnaire === undefined ? [] : ['--questionnaire', plan.questionnaire];
  // Given as `npx ...`, which works whether the tool is installed globally, in a project or
  // only in a clone (as the README's first command leaves it).
  return ['npx', PROGRAM, 'run', '--resume', file, ...bank].map(shellWord).join(' ');
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
