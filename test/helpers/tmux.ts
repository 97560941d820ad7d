import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, root } from './bin.js';

const exitStatusScript = join(root, 'test', 'helpers', 'exit-status.mjs');

export interface StartOptions {
  cwd: string;
  env?: Record<string, string>;
  width?: number;
  height?: number;
  /** Text piped into the bin's stdin instead of the terminal. */
  stdinText?: string;
  /** A command prefix that runs the bin as another user, e.g. setpriv's. */
  asUser?: string[];
}

export interface Ended {
  code: number | null;
  signal: string | null;
}

/**
 * The built bin running in a real pseudo-terminal: a tmux session of its own (own socket), a
 * fixed size, keys sent with send-keys and the screen read with capture-pane. Every wait polls
 * the screen or the file system until a deadline; nothing sleeps a fixed time.
 */
export class TmuxBin {
  readonly #socket: string;
  readonly #status: string;
  readonly #raw: string;

  constructor(
    readonly dir: string,
    name: string,
  ) {
    this.#socket = `sma-${name}-${process.pid}`;
    this.#status = join(dir, `exit-status-${name}.json`);
    this.#raw = join(dir, `terminal-${name}.log`);
  }

  /** Starts the bin with `args` in a fresh terminal, 80x30 unless told otherwise. */
  start(args: readonly string[], options: StartOptions): void {
    for (const file of [this.#status, `${this.#status}.pid`, `${this.#status}.stty`, this.#raw]) {
      rmSync(file, { force: true });
    }
    // remain-on-exit keeps the last screen, and the message printed on exit, readable.
    const config = join(this.dir, 'tmux.conf');
    writeFileSync(
      config,
      'set -g status off\nset -g remain-on-exit on\nset -g history-limit 5000\n',
    );

    const env = Object.entries({ TERM: 'xterm-256color', ...options.env }).map(
      ([k, v]) => `${k}=${quote(v)}`,
    );
    const program = [
      'env',
      '-u',
      'FORCE_COLOR',
      '-u',
      'NO_COLOR',
      ...env,
      process.execPath,
      exitStatusScript,
      this.#status,
      ...(options.asUser ?? []),
      process.execPath,
      binPath,
      ...args,
    ];
    const pipe =
      options.stdinText === undefined ? [] : ['printf', '%s', quote(options.stdinText), '|'];
    const command = ['cd', quote(options.cwd), '&&', ...pipe, 'exec', ...program.map(quote)].join(
      ' ',
    );

    const size = ['-x', String(options.width ?? 80), '-y', String(options.height ?? 30)];
    this.tmux('-f', config, 'new-session', '-d', ...size, '-s', 'main', command);
    this.tmux('pipe-pane', '-t', 'main', '-o', `cat >> ${quote(this.#raw)}`);
  }

  /** Everything the bin wrote to the terminal since shortly after it started, escapes and all. */
  raw(): string {
    return existsSync(this.#raw) ? readFileSync(this.#raw, 'utf8') : '';
  }

  /**
   * How the bin left the terminal: whether its last word on the cursor was "show", and
   * whether line editing and echo are back on (`stty -a` after it ended).
   */
  async leftTerminal(): Promise<{ cursorShown: boolean; cooked: boolean }> {
    await this.ended();
    const shows = [...this.raw().matchAll(/\x1b\[\?25([hl])/g)].map((m) => m[1]);
    const modes = existsSync(`${this.#status}.stty`)
      ? readFileSync(`${this.#status}.stty`, 'utf8')
      : '';
    const cooked = /(^|\s)icanon(\s|$)/.test(modes) && /(^|\s)echo(\s|$)/.test(modes);
    return { cursorShown: shows.at(-1) === 'h', cooked };
  }

  /** The screen and the scrollback above it, wrapped lines joined. */
  history(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'main');
  }

  /** The visible screen, one string per row, trailing spaces removed. */
  screen(options: { escapes?: boolean } = {}): string {
    const flags = options.escapes ? ['-e'] : [];
    return this.tmux('capture-pane', '-p', ...flags, '-t', 'main');
  }

  /** Sends keys as tmux names them: `4`, `Enter`, `Left`, `C-c`, or literal text with `literal`. */
  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'main', ...keys);
  }

  type(text: string): void {
    this.tmux('send-keys', '-t', 'main', '-l', text);
  }

  /** Polls the screen until `test` passes; fails with the last screen when time runs out. */
  async waitFor(
    test: (screen: string) => boolean,
    what: string,
    timeoutMs = 10_000,
  ): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      try {
        last = this.screen();
      } catch {
        // The pane is gone (the process ended and tmux closed it): report what was seen.
      }
      if (test(last)) return last;
      await pause(25);
    }
    throw new Error(`timed out waiting for ${what}; the screen was:\n${last}`);
  }

  /** Waits for the screen to show `text`. */
  async waitForText(text: string | RegExp, timeoutMs?: number): Promise<string> {
    const found = (s: string) => (typeof text === 'string' ? s.includes(text) : text.test(s));
    return this.waitFor(found, JSON.stringify(String(text)), timeoutMs);
  }

  /** Waits for the bin to end and says how. */
  async ended(timeoutMs = 10_000): Promise<Ended> {
    await until(() => existsSync(this.#status), 'the bin to exit', timeoutMs);
    return JSON.parse(readFileSync(this.#status, 'utf8')) as Ended;
  }

  /** The pid of the bin itself (not of the wrapper that records its exit). */
  async pid(): Promise<number> {
    await until(() => existsSync(`${this.#status}.pid`), 'the bin to start', 10_000);
    return Number(readFileSync(`${this.#status}.pid`, 'utf8'));
  }

  /** Closes the terminal as a closed window would: tmux sends SIGHUP and the pty goes away. */
  closeTerminal(): void {
    this.tmux('kill-session', '-t', 'main');
  }

  /** Stops the tmux server of this test; safe when it is already gone. */
  kill(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // Already gone.
    }
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.#socket, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
}

/** Polls `test` until it is true or the deadline passes. */
export async function until(test: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(25);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
