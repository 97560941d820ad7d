import type { Bank } from '../questionnaire/types.js';
import type { DepartmentReport, StatementScore } from '../report/types.js';
import { meanOfValues } from './stats/mean.js';

/** How many statements "where to act" lists. */
export const WHERE_TO_ACT_COUNT = 5;

const TIE = 1e-9;

/**
 * The organization's lowest-scoring statements, lowest first (ties in the bank's order). A
 * statement's score for the organization is the mean of the departments' means for it, the
 * same rule as the organization's stage, so a large sales force does not drown a small
 * marketing team.
 */
export function whereToAct(bank: Bank, departments: readonly DepartmentReport[]): StatementScore[] {
  const answered = departments.filter((d) => d.n > 0);
  if (answered.length === 0) return [];

  const scores = bank.statements.map(({ id }) => ({
    statement: id,
    mean: meanOfValues(answered.map((d) => d.statements[id]!))!,
  }));
  scores.sort((a, b) => (Math.abs(a.mean - b.mean) < TIE ? 0 : a.mean - b.mean));
  return scores.slice(0, WHERE_TO_ACT_COUNT);
}
