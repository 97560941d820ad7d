// Cells a spreadsheet would read as a formula are prefixed with a quote (OWASP's advice on
// CSV injection), so a name such as "=HYPERLINK(...)" stays text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: numbers as plain numbers, text quoted when needed and never a formula. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
