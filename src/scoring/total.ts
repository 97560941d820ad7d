import type { Bank } from '../questionnaire/types.js';

/** A respondent's score: the plain sum of their ratings (no statement is reverse-scored). */
export function totalOf(bank: Bank, answers: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const statement of bank.statements) total += answers[statement.id]!;
  return total;
}
