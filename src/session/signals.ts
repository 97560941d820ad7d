// How a session notices that it must stop. @inquirer/core rejects a prompt with ExitPromptError
// when Ctrl-C is pressed in it (raw mode turns Ctrl-C into a key, not a signal; issue #1741 and
// PR #1744 of SBoudrias/Inquirer.js). Real signals are another matter: inquirer's own
// signal-exit hook only acts when nobody else listens, and then re-kills the process before a
// caller can say where the answers are. So a session listens itself, for its whole length, and
// aborts the prompt in progress through the AbortSignal that every prompt is given.

export type ExitSignal = 'SIGINT' | 'SIGHUP' | 'SIGTERM';

const SIGNALS: readonly ExitSignal[] = ['SIGINT', 'SIGHUP', 'SIGTERM'];

const SIGNAL_NUMBER: Record<ExitSignal, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** The conventional exit code of a process ended by a signal: 128 plus its number. */
export function exitCodeForSignal(signal: ExitSignal): number {
  return 128 + SIGNAL_NUMBER[signal];
}

/** What a guard needs of `process`, so tests can hand it an EventEmitter. */
export interface SignalSource {
  on(event: ExitSignal, listener: () => void): unknown;
  removeListener(event: ExitSignal, listener: () => void): unknown;
}

/**
 * Listens for SIGINT, SIGHUP and SIGTERM while a session runs. The first one is recorded and
 * aborts `signal`; the guard then stops listening, so a second, impatient signal gets the
 * default behaviour and ends the process at once.
 */
export class SignalGuard {
  readonly #controller = new AbortController();
  readonly #listeners = new Map<ExitSignal, () => void>();
  #received: ExitSignal | undefined;
  #waiters: (() => void)[] = [];

  constructor(private readonly source: SignalSource = process) {
    for (const name of SIGNALS) {
      const listener = () => this.#receive(name);
      this.#listeners.set(name, listener);
      source.on(name, listener);
    }
  }

  /** Aborted when the first signal arrives; pass it to every prompt. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get received(): ExitSignal | undefined {
    return this.#received;
  }

  /**
   * Waits up to `ms` for a signal. A closed terminal shows up twice, as end of input to the
   * prompt and as SIGHUP, in either order; this lets the signal win when it trails.
   */
  async settle(ms: number): Promise<ExitSignal | undefined> {
    if (this.#received) return this.#received;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.#waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    return this.#received;
  }

  /** Stops listening; safe to call more than once. */
  dispose(): void {
    for (const [name, listener] of this.#listeners) this.source.removeListener(name, listener);
    this.#listeners.clear();
  }

  #receive(name: ExitSignal): void {
    if (this.#received) return;
    this.#received = name;
    // Not at once: inquirer's signal-exit listener runs after this one for the same signal,
    // and if it found no other listener it would re-kill the process before the answers'
    // whereabouts are printed.
    setImmediate(() => this.dispose());
    this.#controller.abort(name);
    for (const wake of this.#waiters.splice(0)) wake();
  }
}

/** True for the errors inquirer rejects a prompt with when it was closed or aborted. */
export function isPromptInterrupt(error: unknown): boolean {
  // Matched by name, as inquirer's README advises: each prompt package may carry its own copy
  // of @inquirer/core, so instanceof would miss some.
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

/** Ctrl-C inside a prompt: the one interrupt inquirer reports without a process signal. */
export function isCtrlC(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.endsWith('SIGINT');
}
