import { input, select } from '@inquirer/prompts';
import type { Bank, Named } from '../questionnaire/types.js';
import { startText } from './messages.js';
import { MAX_LENGTH, textProblem } from './respondent-fields.js';
import { promptTheme, type Paint } from './theme.js';

/** Where prompts read and write, and the signal that aborts them. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
}

export interface StartAnswers {
  organization: string;
  department: string;
  role: string;
  name?: string;
}

export interface StartQuestions {
  bank: Bank;
  /** What flags already gave; those questions are not asked. */
  given: Partial<StartAnswers> & { anonymous?: boolean };
  /** The organization last used in the output folder. */
  defaultOrganization?: string;
  paint: Paint;
  context: PromptContext;
}

// Heads speak for their department and may sign their answers; staff answer in confidence,
// so they are never asked for a name.
const ROLES_ASKED_FOR_NAME = new Set(['head']);

/** Asks who is answering, skipping whatever flags gave and lists with a single entry. */
export async function askStart(questions: StartQuestions): Promise<StartAnswers> {
  const { bank, given, paint, context } = questions;
  const theme = promptTheme(paint);

  const organization =
    given.organization ??
    (
      await input(
        {
          message: startText.organization,
          default: questions.defaultOrganization,
          validate: (value) => validText(value, MAX_LENGTH.organization, true),
          theme,
        },
        context,
      )
    ).trim();

  const department =
    given.department ?? (await choose(startText.department, bank.departments, paint, context));
  const role = given.role ?? (await choose(startText.role, bank.roles, paint, context));

  let name = given.name;
  if (name === undefined && !given.anonymous && ROLES_ASKED_FOR_NAME.has(role)) {
    const validate = (value: string) => validText(value, MAX_LENGTH.name, false);
    const typed = await input({ message: startText.name, validate, theme }, context);
    name = typed.trim() === '' ? undefined : typed.trim();
  }
  const answers: StartAnswers = { organization, department, role };
  if (name !== undefined) answers.name = name;
  return answers;
}

async function choose(
  message: string,
  entries: readonly Named[],
  paint: Paint,
  context: PromptContext,
): Promise<string> {
  if (entries.length === 1) return entries[0]!.id;
  const choices = entries.map((entry) => ({ value: entry.id, name: entry.name }));
  return select({ message, choices, theme: promptTheme(paint) }, context);
}

function validText(value: string, max: number, required: boolean): true | string {
  switch (textProblem(value.trim(), max, required)) {
    case 'empty':
      return startText.organizationRequired;
    case 'tooLong':
      return startText.tooLong(max);
    case 'control':
      return startText.controlCharacters;
    default:
      return true;
  }
}
