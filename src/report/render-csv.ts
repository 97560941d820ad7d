import { csvRow } from '../output/csv.js';
import { reachText, settingsLines } from './statistics-view.js';
import type { AggregateReport, OrganizationReport } from './types.js';

/** The CSV columns, in order; the README documents what each kind of row fills in. */
export const CSV_COLUMNS = [
  'organization',
  'kind',
  'department',
  'role',
  'statement',
  'n',
  'mean',
  'sd',
  'median',
  'min',
  'max',
  'stage',
  'gap',
  'verdict',
  'qualified',
  'reason',
  'ci95Low',
  'ci95High',
  'share',
  'rwgj',
  'agreement',
  'alpha',
  't',
  'df',
  'p',
  'pAdjusted',
  'hedgesG',
  'u',
  'notable',
  'large',
  'scope',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean | null>>;

/** What the statement column holds on a row about totals rather than one statement. */
export const TOTAL = '(total)';

const BOM = '\uFEFF';

/**
 * The report as CSV for a spreadsheet: first the statistics and anonymity settings; per
 * organization its totals (with alpha), then for each department its totals (with the
 * interval and rwg(j)), one row per stage of its stage certainty, one per role and one per
 * statement (mean and SD), then the perception gap in total (with Welch's test) and per
 * statement, largest first (with the Mann–Whitney test and the marks), the marks' rules, the
 * recommendation, one row per reason, and what was withheld; at the end, the context files
 * not used. Numbers are written unrounded and as numbers
 * (a negative gap stays numeric); text that a spreadsheet would run as a formula is
 * neutralized by csvRow. With `bom`, a byte-order mark makes Excel read the file as UTF-8.
 */
export function renderCsv(report: AggregateReport, options: { bom?: boolean } = {}): string {
  let out = (options.bom ? BOM : '') + csvRow(CSV_COLUMNS);
  for (const row of settingsRows(report)) out += csvRow(CSV_COLUMNS.map((c) => row[c]));
  for (const org of report.organizations) {
    for (const row of organizationRows(report, org)) out += csvRow(CSV_COLUMNS.map((c) => row[c]));
  }
  for (const row of unusedContextRows(report)) out += csvRow(CSV_COLUMNS.map((c) => row[c]));
  return out;
}

function organizationRows(report: AggregateReport, org: OrganizationReport): Row[] {
  const base = { organization: org.organization, statement: TOTAL };
  const n = org.respondents;
  const rows: Row[] = [
    {
      ...base,
      kind: 'organization',
      n,
      mean: org.meanOfDepartmentMeans,
      stage: org.stage,
      alpha: org.alpha.value,
    },
    { ...base, kind: 'respondents', n, mean: org.meanOfRespondents },
  ];

  for (const d of org.departments) {
    const { department, sd, median, min, max, stage } = d;
    const figures = { n: d.n, mean: d.mean, sd, median, min, max, stage };
    const [ci95Low, ci95High] = d.ci95 ?? [null, null];
    const statistics = { ci95Low, ci95High, rwgj: d.rwgj?.value, agreement: d.rwgj?.band };
    rows.push({ ...base, kind: 'department', department, ...figures, ...statistics });
    for (const [stage, share] of Object.entries(d.stageCertainty ?? {})) {
      rows.push({ ...base, kind: 'certainty', department, n: d.n, stage, share });
    }
    for (const r of d.roles) {
      const figures = { n: r.n, mean: r.mean, stage: r.stage };
      rows.push({ ...base, kind: 'role', department, role: r.role, ...figures });
    }
    for (const [statement, mean] of Object.entries(d.statements)) {
      const sd = d.statementSds[statement];
      rows.push({ ...base, kind: 'department', department, statement, n: d.n, mean, sd });
    }
  }

  const { gap } = org;
  if (gap.total !== null) {
    const test = gap.test && {
      t: gap.test.t,
      df: gap.test.df,
      p: gap.test.p,
      hedgesG: gap.test.hedgesG,
      ci95Low: gap.test.ci95[0],
      ci95High: gap.test.ci95[1],
    };
    rows.push({ ...base, kind: 'gap', gap: gap.total, ...test });
    for (const g of gap.ranked) {
      const t = gap.statementTests?.[g.statement];
      const tested = t && { u: t.u, p: t.p, pAdjusted: t.pAdjusted, notable: t.notable };
      const row = { kind: 'gap', statement: g.statement, gap: g.difference, large: g.large };
      rows.push({ ...base, ...row, ...tested });
    }
  }
  return [...rows, ...gapNoteRows(report, org), ...recommendationRows(org), ...withheldRows(org)];
}

// The report's settings, before any organization: how the statistics were made and the
// anonymity rule, with `n` the resamples and k.
function settingsRows(report: AggregateReport): Row[] {
  const [statistics, anonymity] = settingsLines(report);
  const resamples = report.statistics?.resamples;
  return [
    { kind: 'statistics', n: resamples, reason: statistics },
    { kind: 'anonymity', n: report.anonymity.minGroup, reason: anonymity },
  ];
}

// The rules of the statement marks, and whether any statement can be notable at these group
// sizes: `p` the smallest p the test can give.
function gapNoteRows(report: AggregateReport, org: OrganizationReport): Row[] {
  const { gap } = org;
  if (gap.total === null) return [];
  const base = { organization: org.organization, kind: 'rule' };
  const rows: Row[] = [
    { ...base, scope: 'notable', reason: gap.rules.notable },
    { ...base, scope: 'large', reason: gap.rules.large },
  ];
  const reach = reachText(report, org);
  if (gap.reach !== null && reach !== undefined) {
    const { smallestP } = gap.reach;
    rows.push({ organization: org.organization, kind: 'reach', p: smallestP, reason: reach });
  }
  return rows;
}

function withheldRows(org: OrganizationReport): Row[] {
  return org.withheld.map(({ scope, reason }) => ({
    organization: org.organization,
    kind: 'withheld',
    department: /^(?:department|roles):(.*)$/.exec(scope)?.[1],
    scope,
    reason,
  }));
}

// Not about a figure, so `statement` stays empty; `stage` is the one the verdict starts from.
function recommendationRows(org: OrganizationReport): Row[] {
  const recommendation = org.recommendation;
  if (!recommendation) return [];
  const { verdict, qualified } = recommendation;
  const base = { organization: org.organization, kind: 'recommendation', stage: org.stage };
  return recommendation.reasons.map((reason) => ({ ...base, verdict, qualified, reason }));
}

function unusedContextRows(report: AggregateReport): Row[] {
  return report.files.unusedContexts.map((c) => ({
    organization: c.organization,
    kind: 'context-unused',
    reason: `${c.file}: ${c.reason}`,
  }));
}
