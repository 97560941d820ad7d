/**
 * Exit codes shared by every command. The README documents them; tests assert them exactly.
 */
export const ExitCode = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  gateFailed: 3,
  outputFailed: 4,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

// Each command is bundled on its own, so a UserError may come from another copy of this
// class; the brand lets the CLI edge recognise it where `instanceof` cannot.
const BRAND = Symbol.for('salesmarketing-align.user-error');

/** A mistake the user can fix: printed as one line per problem, never with a stack. */
export class UserError extends Error {
  readonly [BRAND] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== UserError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[BRAND] === true
    );
  }

  constructor(
    message: string,
    readonly exitCode: number,
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** An unknown flag, a bad flag value, or paths that matched nothing. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

/** A bank, response or context file that cannot be used. */
export class InputError extends UserError {
  constructor(message: string, problems?: readonly string[]) {
    super(message, ExitCode.invalidInput, problems);
  }
}

/** A report, response or partial file that could not be written. */
export class OutputError extends UserError {
  constructor(message: string) {
    super(message, ExitCode.outputFailed);
  }
}

// When several outcomes apply, the one a user must fix first wins: a wrong command line,
// then an output that was not written, then bad input, then a failed gate.
const PRECEDENCE: readonly number[] = [
  ExitCode.usage,
  ExitCode.outputFailed,
  ExitCode.invalidInput,
  ExitCode.gateFailed,
];

/** The exit code to report when several outcomes apply at once. */
export function combineExitCodes(codes: Iterable<number>): number {
  let best: number = ExitCode.ok;
  let bestRank = PRECEDENCE.length;
  for (const code of codes) {
    const rank = PRECEDENCE.indexOf(code);
    if (code !== ExitCode.ok && rank === -1) return code;
    if (rank !== -1 && rank < bestRank) {
      best = code;
      bestRank = rank;
    }
  }
  return best;
}
