import { UserError } from '../errors.js';
import { colorEnabled } from '../output/color.js';

export const ISSUES_URL = 'https://github.com/salesmarketing-align/salesmarketing-align/issues';

/** How the terminal around this process looks; read once at the edge, passed down as data. */
export function terminal() {
  const tty = process.stdout.isTTY === true;
  return { tty, color: colorEnabled(process.stdout), width: process.stdout.columns ?? 80 };
}

export function printLines(
  lines: readonly string[],
  stream: NodeJS.WriteStream = process.stderr,
): void {
  if (lines.length > 0) stream.write(`${lines.join('\n')}\n`);
}

/**
 * The one place where an error becomes an exit code. A user error prints its problems, one
 * per line; anything else is a bug and keeps its stack.
 */
export function exitCodeFor(error: unknown, programName: string): number {
  if (isCommanderError(error)) {
    // Commander has already printed its message; --help and --version are not errors.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UserError) {
    printLines(error.problems);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(
    `${programName}: internal error, please report it at ${ISSUES_URL}\n${detail}\n`,
  );
  return 70;
}

// Checked by its code rather than its class, so that command bundles need not load commander.
function isCommanderError(error: unknown): error is { exitCode: number } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('commander.');
}

/** A closed pipe (`... | head`) ends the output quietly instead of raising EPIPE. */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // EPIPE: the reader of a pipe went away; EIO: the terminal was closed under us.
    if (error.code === 'EPIPE' || error.code === 'EIO') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
