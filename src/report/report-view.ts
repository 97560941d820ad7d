import type { AggregateReport, DepartmentReport, OrganizationReport } from './types.js';

// What the human renderers (table, Markdown, and later HTML) read alike out of the report:
// names for ids, the departments that answered, the rows of the statement table, and the
// files left out. Reading only, never computing a figure.

/** The display name of a stage id, or the id itself when the report has no such stage. */
export function stageName(report: AggregateReport, id: string | null): string {
  if (id === null) return '—';
  return report.questionnaire.stages.find((s) => s.id === id)?.name ?? id;
}

/** The display name of a department id. */
export function departmentName(report: AggregateReport, id: string): string {
  return report.questionnaire.departments.find((d) => d.id === id)?.name ?? id;
}

/** A statement's text by its id. */
export function statementText(report: AggregateReport, id: string): string {
  return report.questionnaire.statements.find((s) => s.id === id)?.text ?? id;
}

/** A statement's number in the questionnaire, from 1. */
export function statementNumber(report: AggregateReport, id: string): number {
  return report.questionnaire.statements.findIndex((s) => s.id === id) + 1;
}

/**
 * The departments of an organization that have answers and whose figures are shown: one the
 * anonymity rule withheld (n > 0, mean null) has no column of figures to give.
 */
export function answered(organization: OrganizationReport): DepartmentReport[] {
  return organization.departments.filter((d) => d.n > 0 && d.mean !== null);
}

export interface StatementRow {
  statement: string;
  /** The mean of each answered department, in the order of `answered()`. */
  means: (number | null)[];
  gap: number | null;
}

/**
 * The statement table: every statement, with the mean of each department that answered
 * and the gap; ordered by the size of the gap when there is one, else as in the questionnaire.
 */
export function statementRows(report: AggregateReport, org: OrganizationReport): StatementRow[] {
  const departments = answered(org);
  const { gap } = org;
  const order =
    gap.total === null
      ? report.questionnaire.statements.map((s) => s.id)
      : gap.ranked.map((g) => g.statement);
  return order.map((statement) => ({
    statement,
    means: departments.map((d) => d.statements[statement] ?? null),
    gap: gap.statements[statement] ?? null,
  }));
}

/** The departments of the gap pair without answers, by name; empty when the gap exists. */
export function missingGapSides(report: AggregateReport, org: OrganizationReport): string[] {
  return org.gap.between
    .filter((id) => !org.departments.some((d) => d.department === id && d.n > 0))
    .map((id) => departmentName(report, id));
}

/**
 * Every file left out of the report, with why: invalid ones, superseded answers, others, and
 * context files not used.
 */
export function filesLeftOut(
  report: AggregateReport,
  supersededBy: (keptFile: string) => string,
): { file: string; reason: string }[] {
  return [
    ...report.files.excluded.map((e) => ({ file: e.file, reason: withoutFile(e.message, e.file) })),
    ...report.files.superseded.map((s) => ({ file: s.file, reason: supersededBy(s.keptFile) })),
    ...report.files.skipped,
    ...report.files.unusedContexts.map((c) => ({ file: c.file, reason: c.reason })),
  ];
}

// Messages name their file first ("a.json: ..." or "a.json:3:7: ..."); beside a file column
// the name is said once.
function withoutFile(message: string, file: string): string {
  if (!message.startsWith(`${file}:`)) return message;
  const rest = message.slice(file.length + 1);
  if (rest.startsWith(' ')) return rest.trimStart();
  return `line ${rest.replace(/^(\d+):(\d+):\s*/, '$1, column $2: ')}`;
}
