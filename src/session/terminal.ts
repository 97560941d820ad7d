import { writeSync } from 'node:fs';

/** Erase the screen, then the scrollback (xterm's ED 3), then home the cursor. */
export const CLEAR_SCREEN_AND_SCROLLBACK = '\x1b[2J\x1b[3J\x1b[H';

/** Erase the screen and home the cursor, keeping the scrollback. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[H';

export const CURSOR_HIDE = '\x1b[?25l';
export const CURSOR_SHOW = '\x1b[?25h';

/** The terminal a session talks to; the edge builds it from process, tests from streams. */
export interface SessionIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Both stdin and stdout are terminals: prompts can be shown and answered. */
  interactive: boolean;
  /** When not interactive, the stream that is not a terminal. */
  notATerminal?: 'stdin' | 'stdout';
  color: boolean;
  columns(): number;
  rows(): number;
}

/** The session's terminal, from the real process streams. */
export function processIO(color: boolean): SessionIO {
  let notATerminal: SessionIO['notATerminal'];
  if (!process.stdin.isTTY) notATerminal = 'stdin';
  else if (!process.stdout.isTTY) notATerminal = 'stdout';
  return {
    input: process.stdin,
    output: process.stdout,
    interactive: notATerminal === undefined,
    notATerminal,
    color,
    columns: () => process.stdout.columns || 80,
    rows: () => process.stdout.rows || 24,
  };
}

/**
 * Leaves the terminal as the shell expects it after an interruption: cursor shown, raw mode
 * off. Inquirer restores both when a prompt settles; this is for the moments between prompts
 * and for a prompt that could not settle. Written synchronously, and every failure ignored,
 * because after a hangup the terminal may be gone.
 */
export function restoreTerminal(): void {
  try {
    if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
  } catch {
    // The terminal is gone; there is nothing left to restore.
  }
  if (process.stdout.isTTY) writeQuietly(1, CURSOR_SHOW);
}

/**
 * Writes to a file descriptor synchronously and ignores errors: for the last words of a
 * process whose terminal may have closed (EIO), where an asynchronous stream error would
 * surface after the exit code was decided.
 */
export function writeQuietly(fd: number, text: string): void {
  try {
    writeSync(fd, text);
  } catch {
    // Nobody is left to read it.
  }
}
