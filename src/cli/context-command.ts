import { recordContext } from '../commands/context.js';
import { interruptText, savedText } from '../context/messages.js';
import { writeQuietly } from '../session/terminal.js';

export interface ContextFlags {
  questionnaire?: string;
  organization?: string;
  out?: string;
  answers?: string;
  note?: string;
}

/** The edge of `context`: asks or reads the answers, saves them, says where, returns the code. */
export async function contextCommand(flags: ContextFlags): Promise<number> {
  const outcome = await recordContext(flags, {
    input: process.stdin,
    output: process.stdout,
    stdinIsTerminal: process.stdin.isTTY === true,
    stdoutIsTerminal: process.stdout.isTTY === true,
    columns: process.stdout.columns ?? 80,
  });

  if (outcome.kind === 'interrupted') {
    // Synchronous and quiet: after a hangup the terminal is gone and writes fail with EIO.
    writeQuietly(2, `${interruptText.stopped(interruptText.how[outcome.signal])}\n`);
    return outcome.exitCode;
  }
  const { file, context } = outcome;
  process.stdout.write(`${savedText.saved(context.organization, file)}\n`);
  return outcome.exitCode;
}
