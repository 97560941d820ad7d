type Cell = string | number;

/**
 * Columns padded with spaces and no box drawing: what a table becomes when stdout is a file or
 * a pipe. Numbers are right-aligned. Written as plain loops: it renders 10,000-row tables.
 */
export function plainTable(head: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const widths = head.map((h) => h.length);
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const length = String(row[i]).length;
      if (length > widths[i]!) widths[i] = length;
    }
  }

  const line = (cells: readonly Cell[]) => {
    let text = '';
    const last = cells.length - 1;
    for (let i = 0; i <= last; i++) {
      const cell = cells[i]!;
      if (typeof cell === 'number') text += String(cell).padStart(widths[i]!);
      else text += i === last ? cell : cell.padEnd(widths[i]!);
      if (i < last) text += '  ';
    }
    return `${text.trimEnd()}\n`;
  };

  let out = line(head);
  for (const row of rows) out += line(row);
  return out;
}
