// How the prompts of `context` notice that they must stop. Ctrl-C in a prompt is a key, not a
// signal (raw mode), and @inquirer/core rejects the prompt with ExitPromptError; a closed
// input rejects it the same way, ending in "EOF". Real signals are caught here and abort the
// prompt through its AbortSignal, because inquirer's own exit hook would end the process
// before the one-line message could be printed.

export type ExitSignal = 'SIGINT' | 'SIGHUP' | 'SIGTERM';

const SIGNALS: readonly ExitSignal[] = ['SIGINT', 'SIGHUP', 'SIGTERM'];
const NUMBER: Record<ExitSignal, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** The conventional exit code of a process ended by a signal: 128 plus its number. */
export function exitCodeForSignal(signal: ExitSignal): number {
  return 128 + NUMBER[signal];
}

/** What the guard needs of `process`, so that tests can hand it an EventEmitter. */
export interface SignalSource {
  on(event: ExitSignal, listener: () => void): unknown;
  removeListener(event: ExitSignal, listener: () => void): unknown;
}

/** Listens for SIGINT, SIGHUP and SIGTERM while the prompts run; the first aborts `signal`. */
export class InterruptGuard {
  readonly #controller = new AbortController();
  readonly #listeners: [ExitSignal, () => void][] = [];
  #received: ExitSignal | undefined;

  constructor(private readonly source: SignalSource = process) {
    for (const name of SIGNALS) {
      const listener = () => this.#receive(name);
      this.#listeners.push([name, listener]);
      source.on(name, listener);
    }
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Stops listening, so that a second signal gets the default behaviour; safe to repeat. */
  dispose(): void {
    for (const [name, listener] of this.#listeners.splice(0)) {
      this.source.removeListener(name, listener);
    }
  }

  /**
   * The signal that ended a prompt which rejected with `error`, or undefined when the error
   * is not an interruption. Matched by name, as inquirer advises: each prompt package may
   * carry its own copy of @inquirer/core, so instanceof could miss.
   */
  interruption(error: unknown): ExitSignal | undefined {
    const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
    if (name === 'AbortPromptError') return this.#received ?? 'SIGINT';
    if (name !== 'ExitPromptError') return undefined;
    if (this.#received) return this.#received;
    const text = typeof message === 'string' ? message : '';
    return SIGNALS.find((s) => text.endsWith(s)) ?? 'SIGHUP';
  }

  #receive(name: ExitSignal): void {
    if (this.#received) return;
    this.#received = name;
    this.dispose();
    this.#controller.abort(name);
  }
}
