// Every word `run` shows or prints, kept apart from the logic so it can be reviewed (and one
// day translated) without reading the code.
import type { ExitSignal } from './signals.js';

export const PROGRAM = 'salesmarketing-align';

export const startText = {
  scaleTitle: 'Answer each statement on this scale:',
  organization: 'Organization',
  organizationRequired: 'Please give the name of the organization.',
  department: 'Your department',
  role: 'Your role',
  name: 'Your name (optional, press Enter to skip)',
  tooLong: (max: number) => `Please keep it to ${max} characters.`,
  controlCharacters: 'Please use letters, digits, spaces and punctuation only.',
  resuming: (answered: number, count: number) =>
    `Welcome back: ${answered} of ${count} statements are answered. Carrying on from there.`,
};

export const statementText = {
  position: (position: number, count: number) => `${position}/${count}`,
  yourAnswer: '(your answer)',
  chooseFirst: (min: number, max: number) =>
    `Choose an answer first: press ${min}-${max}, or move with the arrow keys.`,
  outOfScale: (min: number, max: number) => `Press a number from ${min} to ${max}.`,
  firstStatement: 'This is the first statement; there is none before it.',
  keys: (min: number, max: number, digits: boolean, back: string | undefined) => {
    const keys: [string, string][] = [
      ['↑↓', 'move'],
      ['⏎', 'confirm'],
    ];
    if (digits) keys.unshift([`${min}-${max}`, 'answer']);
    if (back !== undefined) keys.push(['←', back]);
    return keys;
  },
  backToPrevious: 'previous statement',
  backToReview: 'back to the review',
  saveFailed: (problem: string) =>
    `Progress could not be saved (${problem}). Your answers are kept and will be shown ` +
    'if the final save fails too.',
};

export const reviewText = {
  title: 'Review your answers',
  intro: 'Change any answer you like, then save.',
  columns: { number: '#', statement: 'Statement', answer: 'Answer' },
  save: 'Save these answers and finish',
  keys: [
    ['↑↓', 'move'],
    ['⏎', 'change the selected answer, or save'],
  ] as const,
};

export const resultText = {
  thanks: 'Thank you. Your answers are saved.',
  total: (total: number, max: number) => `Total: ${total} of ${max}`,
  stage: (name: string) => `Stage: ${name}`,
  savedTo: (file: string) => `Saved to ${file}`,
  next: 'Start the next respondent? The screen will be cleared first.',
};

export const runErrors = {
  notATerminal: (stream: string) =>
    `run: ${stream} is not a terminal, so no questions can be asked. To answer without prompts ` +
    '(scripts, CI), give every answer with --answers 4,5,3,... or --answers-file <file>.',
  conflicts: (a: string, b: string) => `run: ${a} cannot be combined with ${b}`,
  resumeFixed: (flag: string) =>
    `run: ${flag} cannot be given with --resume: the saved session already holds the respondent`,
  repeatOnePerson: (flag: string) =>
    `run: ${flag} names one person and cannot be combined with --repeat`,
  missingForAnswers: (flags: readonly string[]) =>
    `run: answering without prompts needs ${flags.join(' and ')}`,
  unknownId: (flag: string, value: string, known: readonly string[]) =>
    `run: ${flag}: "${value}" is not one of ${known.join(', ')}`,
  emptyValue: (flag: string) => `run: ${flag} must not be empty`,
  tooLong: (flag: string, max: number) => `run: ${flag} must have at most ${max} characters`,
  controlCharacters: (flag: string) => `run: ${flag} must not contain control characters`,
  outNotFolder: (out: string) => `${out}: is not a folder; --out names the folder to write in`,
  otherQuestionnaire: (file: string, id: string, version: string, inUse: string) =>
    `${file}: this session was started with ${id} version ${version}, but the questionnaire ` +
    `in use is ${inUse}; resume it with the same --questionnaire`,
  finishedResponse: (file: string) =>
    `${file}: is a finished response, not an unfinished session; there is nothing to resume`,
  notPartial: (file: string, format: string) =>
    `${file}: format is ${format}, not "salesmarketing-align/partial-response": not an ` +
    'unfinished session',
};

export const answerErrors = {
  empty: (source: string) => `${source}: no answers given`,
  emptyEntry: (source: string, position: number) =>
    `${source}: answer ${position} is empty (two separators in a row?)`,
  notNumber: (source: string, position: number, id: string, raw: string) =>
    `${source}: answer ${position} (${id}) is ${raw}; JSON holds ratings as numbers, not strings`,
  count: (source: string, expected: number, got: number) =>
    `${source}: expected ${expected} answers, one per statement in order, but got ${got}`,
  notWhole: (source: string, position: number, id: string, raw: string) =>
    `${source}: answer ${position} (${id}) is ${JSON.stringify(raw)}, not a whole number`,
  outOfScale: (source: string, position: number, id: string, value: number, scale: string) =>
    `${source}: answer ${position} (${id}) is ${value}, outside the scale ${scale}`,
  unknownId: (source: string, id: string) => `${source}: "${id}" is not a statement id`,
  missingId: (source: string, id: string) => `${source}: no answer for ${id}`,
  jsonShape: (source: string) =>
    `${source}: a JSON answers file holds a list of numbers in statement order, or an ` +
    'object from statement id to number',
};

export const finishText = {
  notSaved: (problem: string) =>
    `${problem}. The response was not saved; it is printed on stdout so that no answer is lost.`,
  partialKept: (file: string) => `Your progress so far is still in ${file}.`,
  warning: (text: string) => `warning: ${text}`,
  defaultsNotSaved: (file: string, problem: string) =>
    `${file}: the organization could not be remembered for next time: ${problem}`,
  partialNotRemoved: (file: string, problem: string) =>
    `${file}: the finished session's progress file could not be removed: ${problem}`,
  savedLine: (file: string, total: number, stage: string) => `${file}: total ${total}, ${stage}`,
};

const SIGNAL_WORDS: Record<ExitSignal, string> = {
  SIGINT: 'Interrupted',
  SIGHUP: 'The terminal closed',
  SIGTERM: 'Stopped (SIGTERM)',
};

export const interruptText = {
  /** The one line printed when a signal ends a session with answers to resume. */
  resumable: (signal: ExitSignal, answered: number, count: number, file: string, command: string) =>
    `${SIGNAL_WORDS[signal]}: ${answered} of ${count} answers are saved in ${file}; ` +
    `to carry on, run: ${command}`,
  /** The partial file could not be written either: its content follows on stdout. */
  unsaved: (signal: ExitSignal, answered: number, count: number) =>
    `${SIGNAL_WORDS[signal]}: ${answered} of ${count} answers could not be saved to disk; ` +
    'they are printed on stdout so that none is lost.',
  beforeStatements: (signal: ExitSignal) =>
    `${SIGNAL_WORDS[signal]} before the first statement; no answers were given.`,
  afterSaving: (signal: ExitSignal, saved: number) =>
    `${SIGNAL_WORDS[signal]}: ${saved} response(s) saved in this sitting, none left unfinished.`,
};
