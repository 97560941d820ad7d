/**
 * Text broken into lines of at most `width` columns at spaces, the first line starting with
 * `first` and the others indented to line up under it. A word longer than a line is kept
 * whole: a long file path must stay copyable.
 */
export function wrapText(
  text: string,
  width: number,
  first: string,
  rest = ' '.repeat(first.length),
): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}
