import { statisticsLabels as say } from '../aggregate/messages.js';
import {
  decimals,
  oneDecimal,
  pValue,
  percentOf,
  probability,
  signedOneDecimal,
  unitDecimals,
} from './numbers.js';
import { departmentName, stageName } from './report-view.js';
import type { AggregateReport, DepartmentReport, OrganizationReport } from './types.js';

// What the table and Markdown formats say alike about the statistics and the anonymity rule
// (issue 5), as text with the numbers formatted: reading the report only, never computing.

/** The settings every human format states at the top: the statistics and the anonymity rule. */
export function settingsLines(report: AggregateReport): string[] {
  const { statistics, anonymity } = report;
  return [
    statistics === null
      ? say.statisticsOff
      : say.settings(
          statistics.resamples.toLocaleString('en'),
          statistics.seed,
          statistics.minRespondents,
        ),
    anonymity.on ? say.anonymityOn(anonymity.minGroup) : say.anonymityOff,
  ];
}

/** One row of the statistics table: a department that answered. */
export interface StatisticsRow {
  name: string;
  ci95: string;
  certainty: string;
  /** rwg(j) and its band. */
  agreement: string;
}

/** The statistics table of an organization; null when statistics are off. */
export function statisticsRows(
  report: AggregateReport,
  org: OrganizationReport,
): StatisticsRow[] | null {
  const { statistics } = report;
  if (statistics === null) return null;
  return org.departments
    .filter((d) => d.n > 0)
    .map((d) => {
      if (d.mean === null) {
        const cell = say.withheld;
        return { name: d.name, ci95: cell, certainty: cell, agreement: cell };
      }
      if (d.ci95 === null || d.rwgj === null) {
        const none = '—';
        const tooFew = say.tooFew(statistics.minRespondents);
        return { name: d.name, ci95: tooFew, certainty: none, agreement: none };
      }
      return {
        name: d.name,
        ci95: say.interval(oneDecimal(d.ci95[0]), oneDecimal(d.ci95[1])),
        certainty: certaintyText(report, d),
        agreement: say.agreementCell(unitDecimals(d.rwgj.value), d.rwgj.band, d.rwgj.split),
      };
    });
}

function certaintyText(report: AggregateReport, d: DepartmentReport): string {
  const shares = Object.entries(d.stageCertainty ?? {}).filter(([, share]) => share > 0);
  // Largest share first; equal shares in the bank's order (sort is stable).
  shares.sort((a, b) => b[1] - a[1]);
  return shares.map(([id, share]) => say.share(stageName(report, id), percentOf(share))).join(', ');
}

/** The notes under the statistics table: what stage certainty is, splits, and reliability. */
export function statisticsNotes(report: AggregateReport, org: OrganizationReport): string[] {
  const { statistics } = report;
  if (statistics === null) return [];
  const notes: string[] = [];
  if (org.departments.some((d) => d.stageCertainty !== null)) {
    notes.push(say.certaintyNote(statistics.resamples.toLocaleString('en'), statistics.seed));
  }
  for (const d of org.departments) {
    if (d.rwgj?.split) notes.push(splitNote(d));
  }
  const { alpha } = org;
  if (!org.withheld.some((w) => w.scope === 'alpha')) {
    notes.push(
      alpha.value === null
        ? say.noAlpha(alpha.n, statistics.minRespondents)
        : say.alpha(alpha.n, unitDecimals(alpha.value)),
    );
  }
  return notes;
}

const SPREAD_STATEMENTS = 3;

// Where the department's people disagree: the spread of their totals, and the statements
// whose ratings vary most.
function splitNote(d: DepartmentReport): string {
  const spread = say.spread(String(d.min), String(d.max), oneDecimal(d.sd));
  const widest = Object.entries(d.statementSds)
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .sort((a, b) => b[1] - a[1])
    .slice(0, SPREAD_STATEMENTS)
    .map(([id, sd]) => say.statementSpread(id, oneDecimal(sd)));
  return say.split(d.name, d.rwgj!.band, unitDecimals(d.rwgj!.value), spread, widest.join(', '));
}

/** The lines under the gap in total: its test (or why none), whether any statement can be
 * notable at these sizes, and the two marks' rules. Empty without a gap. */
export function gapTestLines(report: AggregateReport, org: OrganizationReport): string[] {
  const { gap, departments } = org;
  const { statistics } = report;
  if (gap.total === null) return [];
  const lines: string[] = [];
  if (statistics !== null) {
    if (gap.test !== null) {
      const { t, df, p, ci95, hedgesG } = gap.test;
      lines.push(
        say.gapTest(
          decimals(t, 2),
          decimals(df, 1),
          pValue(p),
          signedOneDecimal(ci95[0]),
          signedOneDecimal(ci95[1]),
          decimals(hedgesG, 2),
        ),
      );
    } else {
      const minimum = statistics.minRespondents;
      const small = gap.between
        .filter((id) => (departments.find((d) => d.department === id)?.n ?? 0) < minimum)
        .map((id) => departmentName(report, id));
      lines.push(small.length > 0 ? say.noGapTest(small, minimum) : say.constantGap);
    }
    if (gap.reach !== null && !gap.reach.possible) lines.push(reachText(report, org)!);
  }
  lines.push(gap.rules.notable, gap.rules.large);
  return lines;
}

/**
 * Whether these group sizes let any statement be notable, in words, with the smallest p the
 * test can give and Holm's first threshold; undefined without statement tests.
 */
export function reachText(report: AggregateReport, org: OrganizationReport): string | undefined {
  const { gap, departments } = org;
  if (gap.reach === null || report.statistics === null) return undefined;
  const [n1, n2] = gap.between.map((id) => departments.find((d) => d.department === id)!.n);
  const [first, second] = gap.between.map((id) => departmentName(report, id));
  const tested = Object.keys(gap.statementTests ?? {}).length;
  const threshold = `${probability(gap.reach.threshold)} (${report.statistics.level} / ${tested})`;
  const smallest = probability(gap.reach.smallestP);
  const words = gap.reach.possible ? say.reachable : say.unreachable;
  return words(n1!, first!, n2!, second!, smallest, threshold);
}

/** A statement's adjusted p and its marks, for the gap table. */
export function statementMarks(
  org: OrganizationReport,
  statement: string,
): {
  pAdjusted: string;
  mark: string;
} {
  const test = org.gap.statementTests?.[statement];
  const large = org.gap.ranked.find((g) => g.statement === statement)?.large ?? false;
  const marks = [...(test?.notable ? [say.notable] : []), ...(large ? [say.large] : [])];
  return { pAdjusted: test ? pValue(test.pAdjusted) : '—', mark: marks.join(', ') };
}

/** The reasons the anonymity rule withheld figures of an organization, once each. */
export function withheldReasons(org: OrganizationReport): string[] {
  return [...new Set(org.withheld.map((w) => w.reason))];
}

/** The reason the gap was withheld, if it was. */
export function gapWithheld(org: OrganizationReport): string | undefined {
  return org.withheld.find((w) => w.scope === 'gap')?.reason;
}
