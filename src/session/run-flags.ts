import { UsageError } from '../errors.js';
import type { Bank } from '../questionnaire/types.js';
import { runErrors } from './messages.js';
import { MAX_LENGTH, textProblem } from './respondent-fields.js';

/** The flags of `run` that say who answers and how. */
export interface RunFlagValues {
  organization?: string;
  department?: string;
  role?: string;
  respondent?: string;
  name?: string;
  anonymous?: boolean;
  repeat?: boolean;
  resume?: string;
  answers?: string;
  answersFile?: string;
}

/** What the flags tell about the respondent, checked and trimmed. */
export type GivenRespondent = Pick<
  RunFlagValues,
  'organization' | 'department' | 'role' | 'respondent' | 'name' | 'anonymous'
>;

const isSet = (value: unknown) => value !== undefined && value !== false;

// The flags that name one person, which several respondents in a row cannot share.
const ONE_PERSON = new Set(['--respondent', '--name']);

/** Refuses flags that contradict each other, before anything is loaded or asked. */
export function checkRunCombinations(flags: RunFlagValues): void {
  const pairs: [string, unknown, string, unknown][] = [
    ['--answers', flags.answers, '--answers-file', flags.answersFile],
    ['--name', flags.name, '--anonymous', flags.anonymous],
  ];
  const answers = flags.answers !== undefined ? '--answers' : '--answers-file';
  const withAnswers = flags.answers ?? flags.answersFile;
  pairs.push([answers, withAnswers, '--resume', flags.resume]);
  pairs.push([answers, withAnswers, '--repeat', flags.repeat]);
  for (const [a, first, b, second] of pairs) {
    if (isSet(first) && isSet(second)) throw new UsageError(runErrors.conflicts(a, b));
  }

  const person: [string, unknown][] = [
    ['--organization', flags.organization],
    ['--department', flags.department],
    ['--role', flags.role],
    ['--respondent', flags.respondent],
    ['--name', flags.name],
    ['--anonymous', flags.anonymous],
  ];
  // A saved session already holds its respondent; --repeat is for several people.
  const fixed = flags.resume === undefined ? undefined : person.find(([, value]) => isSet(value));
  if (fixed) throw new UsageError(runErrors.resumeFixed(fixed[0]));
  const named = person.find(([flag, value]) => ONE_PERSON.has(flag) && isSet(value));
  if (flags.repeat && named) throw new UsageError(runErrors.repeatOnePerson(named[0]));
}

/** Checks the respondent flags against the bank and the limits of the response format. */
export function checkRespondentFlags(flags: RunFlagValues, bank: Bank): GivenRespondent {
  return {
    organization: checkText('--organization', flags.organization, MAX_LENGTH.organization),
    department: checkId('--department', flags.department, bank.departmentIds),
    role: checkId('--role', flags.role, bank.roleIds),
    respondent: checkText('--respondent', flags.respondent, MAX_LENGTH.respondent),
    name: checkText('--name', flags.name, MAX_LENGTH.name),
    anonymous: flags.anonymous,
  };
}

function checkId(flag: string, value: string | undefined, known: ReadonlySet<string>) {
  if (value !== undefined && !known.has(value)) {
    throw new UsageError(runErrors.unknownId(flag, value, [...known]));
  }
  return value;
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
