// Characters a POSIX shell leaves alone inside double quotes; anything else (`$`, a backtick,
// `"`, `\`, `!` for bash history) would change the command, so single quotes are used then.
const SAFE_IN_DOUBLE_QUOTES = /^[^"$`\\!]*$/;

/** A value quoted so that it can be pasted into a shell command as one argument. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:=@-]+$/.test(value)) return value;
  if (SAFE_IN_DOUBLE_QUOTES.test(value)) return `"${value}"`;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
