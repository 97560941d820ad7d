import { Format } from '../files/formats.js';
import type { Bank } from '../questionnaire/types.js';
import type { Respondent } from '../response/types.js';
import { orderedRespondent } from './build-response.js';

/**
 * An unfinished session, format v1 (see the README and schema/partial.v1.schema.json): the
 * respondent, when they started, and the answers given so far.
 */
export interface PartialV1 {
  format: typeof Format.partial;
  formatVersion: 1;
  questionnaire: { id: string; version: string };
  respondent: Respondent;
  startedAt: string;
  updatedAt: string;
  /** Only the statements answered so far. */
  answers: Record<string, number>;
}

/** What a session knows of a respondent's progress. */
export interface ProgressParts {
  respondent: Respondent;
  startedAt: string;
  answers: Readonly<Record<string, number>>;
}

/** Progress as stored: answers in statement order, so a reader sees where the session is. */
export function toPartial(bank: Bank, progress: ProgressParts, updatedAt: string): PartialV1 {
  const answers: Record<string, number> = {};
  for (const statement of bank.statements) {
    const value = progress.answers[statement.id];
    if (value !== undefined) answers[statement.id] = value;
  }
  return {
    format: Format.partial,
    formatVersion: 1,
    questionnaire: { id: bank.id, version: bank.version },
    respondent: orderedRespondent(progress.respondent),
    startedAt: progress.startedAt,
    updatedAt,
    answers,
  };
}

/** How many statements of the bank a set of answers covers. */
export function answeredCount(bank: Bank, answers: Readonly<Record<string, number>>): number {
  return bank.statements.filter((s) => answers[s.id] !== undefined).length;
}
