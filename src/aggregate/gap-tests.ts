import type { Bank } from '../questionnaire/types.js';
import type { PerceptionGap, StatementTest, StatisticsSettings } from '../report/types.js';
import { holm } from '../stats/holm.js';
import { mannWhitney } from '../stats/mann-whitney.js';
import { smallestMannWhitneyP } from '../stats/smallest-mann-whitney-p.js';
import { summaryOf } from '../stats/summary-of.js';
import { welchTest } from '../stats/welch-test.js';
import type { GroupTally } from './group-tally.js';
import { MIN_FOR_STATISTICS } from './report-settings.js';

type GapTests = Pick<PerceptionGap, 'test' | 'statementTests' | 'reach'>;

const NO_GAP_TESTS: GapTests = { test: null, statementTests: null, reach: null };

/**
 * The tests of a perception gap, from the tallies of its two departments (first minus
 * second): Welch's t-test of the mean totals, and per statement a Mann–Whitney U test of the
 * ratings, Holm-adjusted across every statement (a family of as many tests as the bank has
 * statements), notable when the adjusted p is below the level. `reach` says whether these
 * group sizes allow any statement to be notable at all. None without a gap, with fewer than
 * 3 respondents on either side, or with statistics off.
 */
export function gapTests(
  bank: Bank,
  gap: PerceptionGap,
  sides: [GroupTally | undefined, GroupTally | undefined],
  settings: StatisticsSettings | null,
): GapTests {
  const [first, second] = sides;
  if (settings === null || gap.total === null || !first || !second) return NO_GAP_TESTS;
  if (first.n < MIN_FOR_STATISTICS || second.n < MIN_FOR_STATISTICS) return NO_GAP_TESTS;

  const summaries = [first, second].map((side) => summaryOf(side.totalFrequencies())!);
  const welch = welchTest(summaries[0]!, summaries[1]!);
  const test = welch && {
    t: welch.t,
    df: welch.df,
    p: welch.p,
    ci95: welch.ci95,
    hedgesG: welch.hedgesG,
  };

  const index = new Map(bank.statements.map((s, i) => [s.id, i]));
  // In the order of gap.statements, largest difference first.
  const ids = Object.keys(gap.statements);
  const tests = ids.map((id) => {
    const i = index.get(id)!;
    return mannWhitney(first.statementFrequencies(i), second.statementFrequencies(i))!;
  });
  const adjusted = holm(tests.map((t) => t.p));
  const statementTests: Record<string, StatementTest> = {};
  ids.forEach((id, k) => {
    const pAdjusted = adjusted[k]!;
    statementTests[id] = {
      diff: gap.statements[id]!,
      u: tests[k]!.u,
      p: tests[k]!.p,
      pAdjusted,
      notable: pAdjusted < settings.level,
    };
  });

  // Holm rejects nothing unless the smallest p is below level / m.
  const smallestP = smallestMannWhitneyP(first.n, second.n);
  const threshold = settings.level / ids.length;
  return { test, statementTests, reach: { smallestP, threshold, possible: smallestP < threshold } };
}
