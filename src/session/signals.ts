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

type Listener = (arg?: unknown) => void;

/** What a guard needs of `process`, so tests can hand it an EventEmitter. */
export type SignalSource = Pick<NodeJS.EventEmitter, 'on' | 'removeListener'>;

/**
 * Listens for SIGINT, SIGHUP and SIGTERM while a session runs. The first one is recorded and
 * aborts `signal`; later ones are ignored until the session has said where the answers are.
 * A closing terminal often sends SIGHUP twice, and inquirer's signal-exit listener re-kills
 * the process whenever it finds itself the only listener, so the guard listens to the end.
 */
export class SignalGuard {
  readonly #controller = new AbortController();
  readonly #listeners = new Map<ExitSignal | 'uncaughtException', Listener>();
  #received: ExitSignal | undefined;
  #waiters: (() => void)[] = [];
  #watched: (() => void)[] = [];

  constructor(private readonly source: SignalSource = process) {
    for (const name of SIGNALS) this.#listen(name, () => this.#receive(name));
    this.#listen('uncaughtException', (error) => this.#uncaught(error));
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

  /** Stops listening; call it once the session is over. Safe to call more than once. */
  dispose(): void {
    // After a hangup the dead terminal keeps failing with EIO until the process ends; those
    // errors go on being taken for the hangup they are.
    const keepWatching = this.#received === 'SIGHUP';
    if (!keepWatching) for (const stop of this.#watched.splice(0)) stop();
    for (const [name, listener] of this.#listeners) {
      if (keepWatching && name === 'uncaughtException') continue;
      this.source.removeListener(name, listener);
      this.#listeners.delete(name);
    }
  }

  /**
   * Treats an EIO error on a terminal stream as the hangup it is. With a listener of its own
   * on the stream, such an error is reported here instead of thrown where it happened (in the
   * middle of inquirer closing its readline, for one). Other errors are thrown as before when
   * nobody else listens.
   */
  watch(stream: NodeJS.EventEmitter): void {
    const listener = (error: unknown) => {
      if (isTerminalGone(error)) this.#receive('SIGHUP');
      else if (stream.listenerCount('error') === 1) rethrow(error);
    };
    stream.on('error', listener);
    this.#watched.push(() => stream.removeListener('error', listener));
  }

  #listen(name: ExitSignal | 'uncaughtException', listener: Listener): void {
    this.#listeners.set(name, listener);
    this.source.on(name, listener);
  }

  #receive(name: ExitSignal): void {
    if (this.#received) return;
    this.#received = name;
    this.#controller.abort(name);
    for (const wake of this.#waiters.splice(0)) wake();
  }

  // Once the terminal is gone, every read, write and raw-mode switch on it fails with EIO.
  // Readline reports the raw-mode one as an 'error' event on an interface inquirer does not
  // listen on, so it arrives here, often before the SIGHUP itself. It means a hangup; any
  // other error is a bug, thrown again outside this handler so Node reports it as usual.
  #uncaught(error: unknown): void {
    if (isTerminalGone(error)) {
      this.#receive('SIGHUP');
      return;
    }
    this.source.removeListener('uncaughtException', this.#listeners.get('uncaughtException')!);
    this.#listeners.delete('uncaughtException');
    rethrow(error);
  }
}

// Thrown from a fresh stack, where no handler of ours sees it: Node reports it and exits.
function rethrow(error: unknown): void {
  setImmediate(() => {
    throw error;
  });
}

/** True for the error every use of a terminal fails with once the terminal has gone. */
export function isTerminalGone(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EIO';
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
