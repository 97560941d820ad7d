// Every word of `context` and of the recommendation it qualifies, kept apart from the logic so
// it can be reviewed (and one day translated) without reading the code.
import { shellQuote } from './shell-quote.js';

export const PROGRAM = 'salesmarketing-align';

/** The command that records the context for an organization, ready to paste. */
export function contextCommandLine(organization: string, bankFile?: string): string {
  const bank = bankFile === undefined ? '' : ` --questionnaire ${shellQuote(bankFile)}`;
  return `${PROGRAM} context --organization ${shellQuote(organization)}${bank}`;
}

export const askText = {
  title: (organization: string | undefined, count: number) =>
    `Context${organization ? ` for ${organization}` : ''}: ${count} questions, each yes or no.`,
  organization: 'Organization',
  organizationRequired: 'Please give the name of the organization.',
  tooLong: (max: number) => `Please keep it to ${max} characters.`,
  controlCharacters: 'Please use letters, digits, spaces and punctuation only.',
  question: (position: number, count: number, text: string) => `(${position}/${count}) ${text}`,
  note: 'A note to keep with the answers (optional, press Enter to skip)',
};

export const savedText = {
  saved: (organization: string, file: string) =>
    `Saved the context for ${organization} to ${file}; give it to aggregate with the responses.`,
};

export const interruptText = {
  // One line, and it says that nothing was kept, so nobody goes looking for a half file.
  stopped: (how: string) => `context: ${how}; nothing was saved.`,
  how: {
    SIGINT: 'stopped by Ctrl-C',
    SIGHUP: 'the terminal closed',
    SIGTERM: 'stopped by SIGTERM',
  },
};

export const contextErrors = {
  notATerminal: (which: string) =>
    `context: ${which} is not a terminal, so the questions cannot be asked; answer them ` +
    'without prompts with --answers yes,no,... in question order (and --organization <name>)',
  noContextSection: (file: string) =>
    `${file}: the questionnaire has no context section, so there is nothing to ask ` +
    '(see "Context questions and rules" in the README)',
  organizationNeeded: 'context: --organization <name> is needed with --answers',
  flagEmpty: (flag: string) => `context: ${flag} must not be empty`,
  flagTooLong: (flag: string, max: number) =>
    `context: ${flag} must have at most ${max} characters`,
  controlCharacters: (flag: string) => `context: ${flag} must not contain control characters`,
  answersEmpty: 'context: --answers is empty; give yes or no for every context question',
  answersCount: (expected: number, given: number, ids: readonly string[]) =>
    `context: --answers has ${given} answer${given === 1 ? '' : 's'}, but the questionnaire ` +
    `has ${expected} context questions: ${ids.join(', ')}`,
  answerValue: (position: number, id: string, value: string) =>
    `context: --answers: answer ${position} (${id}) is ${JSON.stringify(value)}; use yes or no ` +
    '(y, n, true and false are accepted too)',
  outNotAFolder: (dir: string) => `${dir}: cannot write there: it is a file, not a folder`,
  noFreeName: (dir: string) => `${dir}: cannot find a free file name for the context`,
  cannotCreate: (dir: string, why: string) => `${dir}: cannot create the folder: ${why}`,
};

export const fileProblems = {
  otherQuestionnaire: (id: string, version: string, bankId: string, bankVersion: string) =>
    `is ${id} version ${version}, but the questionnaire in use is ${bankId} version ${bankVersion}`,
  noContextSection: (bankId: string) =>
    `cannot be checked: questionnaire ${bankId} has no context questions`,
  reserved: 'is a reserved name and is not accepted',
  unknownQuestion: (bankId: string) => `is not a context question of ${bankId}`,
  missing: 'is missing',
};

export const collectText = {
  noResponses: (organization: string) =>
    `the context for ${JSON.stringify(organization)} was not used: no response of that ` +
    'organization is among the inputs (the names must match exactly)',
  superseded: (organization: string, kept: string, later: boolean) =>
    `a second context for ${JSON.stringify(organization)}; ${kept} is used instead, as it was ` +
    (later ? 'answered later' : 'read first and is not older'),
};

export const reasonText = {
  // For each condition a recommendation weighed: whether it was found, and the answers that
  // decided it, so the reader can see which answers led to the verdict.
  evidence: (name: string, holds: boolean, yes: readonly string[], no: readonly string[]) => {
    const parts = [];
    if (yes.length > 0) parts.push(`yes: ${yes.join('; ')}`);
    if (no.length > 0) parts.push(`no: ${no.join('; ')}`);
    const answers = parts.length > 0 ? ` (${parts.join(' | ')})` : '';
    return `${capitalize(name)}: ${holds ? 'found' : 'not found'}${answers}.`;
  },
  defaultMoveUp: (stage: string, next: string) => `Move up from ${stage} to ${next}.`,
  topStage: (stage: string) =>
    `${stage} is the highest stage: keep what works and make it stronger.`,
  unqualified: (organization: string | undefined, command: string) =>
    `Unqualified: no context answers were given${organization ? ` for ${organization}` : ''}, ` +
    'so ' +
    "whether this suits the company's size, selling and habits was not weighed. To qualify it, " +
    `run \`${command}\` and give the file to aggregate with the responses.`,
  noContextQuestions:
    'Unqualified: this questionnaire has no context questions, so whether this suits the ' +
    "company's size, selling and habits was not weighed.",
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
