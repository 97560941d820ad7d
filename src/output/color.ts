/**
 * Whether to colour a stream: FORCE_COLOR wins, then NO_COLOR (https://no-color.org), then
 * whether the stream is a terminal. Decided here once so every command agrees.
 */
export function colorEnabled(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}
