import { Format } from '../files/formats.js';
import type { Bank } from '../questionnaire/types.js';
import type { Respondent, ResponseV1 } from '../response/types.js';
import { stageFor } from '../scoring/stage.js';
import { totalOf } from '../scoring/total.js';

export interface ResponseParts {
  respondent: Respondent;
  startedAt: string;
  completedAt: string;
  /** An answer for every statement of the bank. */
  answers: Readonly<Record<string, number>>;
}

/**
 * A finished v1 response, fields in the documented order and answers in statement order, with
 * the informational `result` computed by the same functions `score` uses.
 */
export function buildResponse(bank: Bank, parts: ResponseParts): ResponseV1 {
  const answers: Record<string, number> = {};
  for (const statement of bank.statements) {
    const value = parts.answers[statement.id];
    if (value === undefined) throw new Error(`internal: no answer for ${statement.id}`);
    answers[statement.id] = value;
  }

  const total = totalOf(bank, answers);
  return {
    format: Format.response,
    formatVersion: 1,
    questionnaire: { id: bank.id, version: bank.version },
    respondent: orderedRespondent(parts.respondent),
    startedAt: parts.startedAt,
    completedAt: parts.completedAt,
    answers,
    result: { total, stage: stageFor(bank, total).id },
  };
}

/** The respondent's fields in the documented order; `name` only when one was given. */
export function orderedRespondent(respondent: Respondent): Respondent {
  const { id, department, role, organization, name } = respondent;
  const base = { id, department, role, organization };
  return name === undefined ? base : { ...base, name };
}

/** A response as written to disk: pretty JSON ending in a newline. */
export function responseJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
