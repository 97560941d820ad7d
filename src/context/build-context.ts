import { Format } from '../files/formats.js';
import type { Bank } from '../questionnaire/types.js';
import type { ContextAnswers, ContextFileV1 } from './types.js';

export interface ContextParts {
  organization: string;
  answers: ContextAnswers;
  answeredAt: Date;
  note?: string;
}

/** A context file for the bank, its answers in question order and the note only when given. */
export function buildContextFile(bank: Bank, parts: ContextParts): ContextFileV1 {
  const questions = bank.context?.questions ?? [];
  const answers = Object.fromEntries(questions.map((q) => [q.id, parts.answers[q.id] === true]));
  return {
    format: Format.context,
    formatVersion: 1,
    questionnaire: { id: bank.id, version: bank.version },
    organization: parts.organization,
    answeredAt: parts.answeredAt.toISOString(),
    answers,
    ...(parts.note ? { note: parts.note } : {}),
  };
}
