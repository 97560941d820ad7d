// Text from banks and response files (organization names, statement texts, file names) must
// read as itself in Markdown: no emphasis, link, HTML tag or table-cell break of its own.
// Only what CommonMark and GFM tables give a meaning to is escaped, so "Acme (UK)" stays
// readable in the raw file too.
const SPECIAL = /[\\`*_[\]<>|~]/g;

/**
 * Text escaped for a Markdown paragraph, heading, list item or table cell, on one line.
 * `lineStart` for text that begins a line or a list item, where "1." or "-" would open a list.
 */
export function markdownText(text: string, options: { lineStart?: boolean } = {}): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .replaceAll('&', '&amp;')
    .replace(SPECIAL, (c) => `\\${c}`);
  if (!options.lineStart) return escaped;
  return escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A Markdown table: a header row, an alignment row, then the rows. */
export function markdownTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly boolean[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = head.map((_, i) => (right[i] ? '--:' : '---'));
  return [line(head), line(rule), ...rows.map(line)].join('\n');
}
