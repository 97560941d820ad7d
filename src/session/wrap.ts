/**
 * Wraps plain text at spaces so no line is longer than `width` (a word longer than a line is
 * cut). Inquirer's screen breaks lines at the terminal edge mid-word; a statement must read as
 * a sentence, so it is wrapped here first.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(10, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      for (const piece of chunks(word, limit)) {
        if (line === '') line = piece;
        else if (line.length + 1 + piece.length <= limit) line += ` ${piece}`;
        else {
          lines.push(line);
          line = piece;
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Shortens text to `width` characters, ending in an ellipsis when it was cut. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return `${chars
    .slice(0, Math.max(0, width - 1))
    .join('')
    .trimEnd()}…`;
}

/** The width that text should be laid out to: the terminal's, capped so lines stay readable. */
export function layoutWidth(columns: number): number {
  return Math.max(20, Math.min(columns, 100));
}

function chunks(word: string, limit: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += limit) out.push(word.slice(i, i + limit));
  return out;
}
