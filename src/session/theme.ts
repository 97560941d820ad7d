import type { ChalkInstance } from 'chalk';

/** The colours a session uses, all through one chalk, so NO_COLOR and FORCE_COLOR hold. */
export type Paint = ChalkInstance;

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
      keysHelpTip: (keys: readonly (readonly [string, string])[]) => keysLine(paint, keys),
    },
  };
}

/** `1-5 answer • ↑↓ move`: the key hints under a prompt. */
export function keysLine(paint: Paint, keys: readonly (readonly [string, string])[]): string {
  return keys.map(([key, action]) => `${paint.bold(key)} ${paint.dim(action)}`).join(paint.dim(' • '));
}
