import type { Bank } from '../questionnaire/types.js';
import type { DepartmentReport, GapStatement, PerceptionGap } from '../report/types.js';
import { statisticsLabels } from './messages.js';
import { LARGE_DIFFERENCE, LEVEL } from './report-settings.js';

// Differences are means of whole ratings, so two gaps equal on paper may differ in the last
// bits; closer than this they count as tied and keep the bank's order.
const TIE = 1e-9;

/**
 * The perception gap between the bank's `gap` pair: the first department's mean minus the
 * second's, in total and per statement, statements ordered from the largest absolute
 * difference to the smallest (ties in the bank's order), each marked large from 1 point. No
 * gap when either has no answers. The tests are added by gapTests, which needs the tallies
 * (and is loaded only when statistics are on).
 */
export function perceptionGap(bank: Bank, departments: readonly DepartmentReport[]): PerceptionGap {
  const between: [string, string] = [bank.gap[0], bank.gap[1]];
  const [first, second] = between.map((id) => departments.find((d) => d.department === id));
  const means: [number | null, number | null] = [first?.mean ?? null, second?.mean ?? null];
  const rules = {
    notable: statisticsLabels.notableRule(LEVEL, bank.statements.length),
    large: statisticsLabels.largeRule(LARGE_DIFFERENCE),
  };
  const untested = { test: null, statementTests: null, reach: null, rules };
  if (!first || !second || first.mean === null || second.mean === null) {
    const statements = Object.fromEntries(bank.statements.map((s) => [s.id, null]));
    return { between, means, total: null, statements, ranked: [], ...untested };
  }

  const ranked: GapStatement[] = bank.statements.map(({ id }) => {
    const pair: [number, number] = [first.statements[id]!, second.statements[id]!];
    const difference = pair[0] - pair[1];
    const large = Math.abs(difference) >= LARGE_DIFFERENCE - TIE;
    return { statement: id, means: pair, difference, large };
  });
  // Array.prototype.sort is stable (ES2019), so ties stay in the bank's order.
  ranked.sort((a, b) => {
    const bySize = Math.abs(b.difference) - Math.abs(a.difference);
    return Math.abs(bySize) < TIE ? 0 : bySize;
  });
  return {
    between,
    means,
    total: first.mean - second.mean,
    statements: Object.fromEntries(ranked.map((g) => [g.statement, g.difference])),
    ranked,
    ...untested,
  };
}
