import { csvRow } from '../output/csv.js';
import type { AggregateReport, OrganizationReport } from './types.js';

/** The CSV columns, in order; the README documents what each kind of row fills in. */
export const CSV_COLUMNS = [
  'organization', 'kind', 'department', 'role', 'statement',
  'n', 'mean', 'sd', 'median', 'min', 'max', 'stage', 'gap',
  'verdict', 'qualified', 'reason',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean | null>>;

/** What the statement column holds on a row about totals rather than one statement. */
export const TOTAL = '(total)';

const BOM = '\uFEFF';

/**
 * The report as CSV for a spreadsheet: per organization, its totals, then for each
 * department its totals, one row per role and one per statement, then the perception gap in
 * total and per statement, largest first, and the recommendation, one row per reason; at
 * the end, the context files not used. Numbers are written unrounded and as numbers
 * (a negative gap stays numeric); text that a spreadsheet would run as a formula is
 * neutralized by csvRow. With `bom`, a byte-order mark makes Excel read the file as UTF-8.
 */
export function renderCsv(report: AggregateReport, options: { bom?: boolean } = {}): string {
  let out = (options.bom ? BOM : '') + csvRow(CSV_COLUMNS);
  for (const org of report.organizations) {
    for (const row of organizationRows(org)) out += csvRow(CSV_COLUMNS.map((c) => row[c]));
  }
  for (const row of unusedContextRows(report)) out += csvRow(CSV_COLUMNS.map((c) => row[c]));
  return out;
}

function organizationRows(org: OrganizationReport): Row[] {
  const base = { organization: org.organization, statement: TOTAL };
  const n = org.respondents;
  const rows: Row[] = [
    { ...base, kind: 'organization', n, mean: org.meanOfDepartmentMeans, stage: org.stage },
    { ...base, kind: 'respondents', n, mean: org.meanOfRespondents },
  ];

  for (const d of org.departments) {
    const { department, sd, median, min, max, stage } = d;
    const figures = { n: d.n, mean: d.mean, sd, median, min, max, stage };
    rows.push({ ...base, kind: 'department', department, ...figures });
    for (const r of d.roles) {
      const figures = { n: r.n, mean: r.mean, stage: r.stage };
      rows.push({ ...base, kind: 'role', department, role: r.role, ...figures });
    }
    for (const [statement, mean] of Object.entries(d.statements)) {
      rows.push({ ...base, kind: 'department', department, statement, n: d.n, mean });
    }
  }

  if (org.gap.total !== null) {
    rows.push({ ...base, kind: 'gap', gap: org.gap.total });
    for (const g of org.gap.ranked) {
      rows.push({ ...base, kind: 'gap', statement: g.statement, gap: g.difference });
    }
  }
  return [...rows, ...recommendationRows(org)];
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
