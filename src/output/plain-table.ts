type Cell = string | number;

/**
 * Columns padded with spaces and no box drawing: what a table becomes when stdout is a file or
 * a pipe. Numbers are right-aligned.
 */
export function plainTable(head: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const widths = head.map((h) => h.length);
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, String(cell).length);
    });
  }
  const line = (cells: readonly Cell[]) =>
    cells
      .map((cell, i) => {
        const text = String(cell);
        return typeof cell === 'number' ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
      })
      .join('  ')
      .trimEnd();

  let out = `${line(head)}\n`;
  for (const row of rows) out += `${line(row)}\n`;
  return out;
}
