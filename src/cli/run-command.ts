import { runSession, type RunReport } from '../commands/run.js';
import { colorEnabled } from '../output/color.js';
import { finishText, interruptText } from '../session/messages.js';
import type { Interruption } from '../session/outcome.js';
import { processIO, restoreTerminal, writeQuietly } from '../session/terminal.js';
import type { RunFlagValues } from '../session/run-flags.js';
import { printLines } from './edge.js';

export interface RunFlags extends RunFlagValues {
  questionnaire?: string;
  out?: string;
}

/** The edge of `run`: runs the session, prints what it left to say, returns the exit code. */
export async function runCommand(flags: RunFlags): Promise<number> {
  const io = processIO(colorEnabled(process.stdout));
  let report: RunReport;
  try {
    report = await runSession(flags, io);
  } finally {
    if (io.interactive) restoreTerminal();
  }

  if (report.mode === 'answers') {
    for (const saved of report.saved) {
      process.stdout.write(`${finishText.savedLine(saved.file, saved.total, saved.stageName)}\n`);
    }
  }
  printLines(report.warnings.map(finishText.warning));

  // The answers come first and the explanation last, so the explanation is what stays in view.
  if (report.unsaved) {
    process.stdout.write(report.unsaved.document);
    const kept = report.unsaved.partialFile;
    const problem = finishText.notSaved(report.unsaved.problem);
    printLines(kept ? [problem, finishText.partialKept(kept)] : [problem]);
  }
  if (report.interrupted) {
    // Synchronous and quiet: after a hangup the terminal is gone and writes fail with EIO.
    const document = report.interrupted.inProgress?.unsavedDocument;
    if (document) writeQuietly(1, document);
    writeQuietly(2, `${interruptionLine(report.interrupted)}\n`);
    if (report.interrupted.signal === 'SIGHUP') endByHangup();
  }
  return report.exitCode;
}

function interruptionLine({ signal, savedCount, inProgress }: Interruption): string {
  if (!inProgress) {
    if (savedCount > 0) return interruptText.afterSaving(signal, savedCount);
    return interruptText.beforeStatements(signal);
  }
  const { answered, count, partialFile, resumeCommand } = inProgress;
  if (partialFile && resumeCommand) {
    return interruptText.resumable(signal, answered, count, partialFile, resumeCommand);
  }
  return interruptText.unsaved(signal, answered, count);
}

// After a hangup the terminal is gone, and Node 20 aborts on exit when it cannot restore it
// (nodejs/node#51519, fixed by #58200 in later releases). Ending by the signal itself skips that
// restore, and the parent sees the same 129. The guard and inquirer have stopped listening by
// now, so the default action applies; if something still listens, the exit code says 129.
function endByHangup(): void {
  // Windows has no such signal to send, and no such abort.
  if (process.platform === 'win32' || process.listenerCount('SIGHUP') > 0) return;
  process.kill(process.pid, 'SIGHUP');
}
