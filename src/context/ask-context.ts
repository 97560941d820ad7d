// The prompts of `context`. Imported only when the questions are asked, so that no other
// command loads the prompt library.
import { confirm, input } from '@inquirer/prompts';
import type { ContextQuestion } from '../questionnaire/context-types.js';
import { askText } from './messages.js';
import { MAX_NOTE, MAX_ORGANIZATION, textProblem } from './text-fields.js';

/** Where the prompts read and write, and the signal that aborts them. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
}

export interface AskSetup {
  questions: readonly ContextQuestion[];
  /** Given on the command line: not asked again. */
  organization?: string;
  note?: string;
  context: PromptContext;
}

export interface AskedContext {
  organization: string;
  answers: Record<string, boolean>;
  note?: string;
}

/**
 * Asks for the organization (unless given), then each context question as yes or no, then
 * an optional note (unless given). Rejects as inquirer does when the prompt is interrupted.
 */
export async function askContext(setup: AskSetup): Promise<AskedContext> {
  const { questions, context } = setup;
  const organization = setup.organization ?? (await askOrganization(context));

  const answers: Record<string, boolean> = {};
  for (const [i, question] of questions.entries()) {
    const message = askText.question(i + 1, questions.length, question.text);
    answers[question.id] = await confirm({ message }, context);
  }

  const note = setup.note ?? (await askNote(context));
  return { organization, answers, ...(note ? { note } : {}) };
}

async function askOrganization(context: PromptContext): Promise<string> {
  const config = { message: askText.organization, validate: organizationCheck };
  const answer = await input(config, context);
  return answer.trim();
}

async function askNote(context: PromptContext): Promise<string> {
  const answer = await input({ message: askText.note, validate: noteCheck }, context);
  return answer.trim();
}

function organizationCheck(value: string): true | string {
  const problem = textProblem(value.trim(), MAX_ORGANIZATION, true);
  if (problem === 'empty') return askText.organizationRequired;
  if (problem === 'tooLong') return askText.tooLong(MAX_ORGANIZATION);
  return problem ? askText.controlCharacters : true;
}

function noteCheck(value: string): true | string {
  const problem = textProblem(value.trim(), MAX_NOTE, false);
  if (problem === 'tooLong') return askText.tooLong(MAX_NOTE);
  return problem ? askText.controlCharacters : true;
}
