import type { ChalkInstance } from 'chalk';

/** The colours a session uses, all through one chalk, so NO_COLOR and FORCE_COLOR hold. */
export type Paint = ChalkInstance;

/** A key and what it does: `['⏎', 'confirm']`. */
export type KeyHint = readonly [key: string, action: string];

/**
 * Inquirer's standard theme keys, drawn with our painter. Inquirer colours with
 * util.styleText, which decides from process.stdout alone; this keeps every prompt in step
 * with the rest of the tool (README: colour only on a terminal, NO_COLOR honoured).
 */
export function promptTheme(paint: Paint) {
  return {
    prefix: { idle: paint.blue('?'), done: paint.green('✔') },
    style: {
      answer: (text: string) => paint.cyan(text),
      message: (text: string) => paint.bold(text),
      error: (text: string) => paint.red(`> ${text}`),
      defaultAnswer: (text: string) => paint.dim(`(${text})`),
      help: (text: string) => paint.dim(text),
      highlight: (text: string) => paint.cyan(text),
      key: (text: string) => paint.cyan.bold(`<${text}>`),
      description: (text: string) => paint.cyan(text),
      disabled: (text: string) => paint.dim(text),
      keysHelpTip: (keys: readonly KeyHint[]) => keysLine(paint, keys),
    },
  };
}

/**
 * `1-5 answer • ↑↓ move`: the key hints under a prompt, broken between hints (never inside
 * one) when they would not fit in `width` columns.
 */
export function keysLine(paint: Paint, keys: readonly KeyHint[], width = Infinity): string {
  const lines: { plain: number; text: string }[] = [];
  for (const [key, action] of keys) {
    const text = `${paint.bold(key)} ${paint.dim(action)}`;
    const hint = { plain: key.length + 1 + action.length, text };
    const last = lines.at(-1);
    if (last && last.plain + 3 + hint.plain <= width) {
      last.plain += 3 + hint.plain;
      last.text += `${paint.dim(' • ')}${hint.text}`;
    } else {
      lines.push(hint);
    }
  }
  return lines.map((l) => l.text).join('\n');
}
