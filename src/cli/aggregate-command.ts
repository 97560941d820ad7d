import { diagnosticLines, messages } from '../aggregate/messages.js';
import { buildReport } from '../commands/aggregate.js';
import { ExitCode, OutputError, UsageError, combineExitCodes } from '../errors.js';
import { renderReport, type ReportFormat } from '../report/render.js';
import { statisticsFlags, type StatisticsFlagText } from './aggregate-flags.js';
import { printLines, terminal } from './edge.js';

export interface AggregateFlags extends StatisticsFlagText {
  questionnaire?: string;
  format: ReportFormat;
  out?: string;
  recursive?: boolean;
  strict?: boolean;
  title?: string;
  preparedBy?: string;
  bom?: boolean;
  /** False with `--no-stats`. */
  stats?: boolean;
}

/** `aggregate`: build the report, write it to stdout or `--out`, diagnostics to stderr. */
export async function aggregateCommand(paths: string[], flags: AggregateFlags): Promise<number> {
  if (flags.bom && flags.format !== 'csv') throw new UsageError(messages.bomNeedsCsv);
  if (flags.out !== undefined && flags.out.trim() === '')
    throw new UsageError('--out: the file name is empty');
  const outcome = await buildReport({ paths, ...flags, ...statisticsFlags(flags) });

  // A report written to a file is read later, elsewhere: never box drawing or colour codes.
  const screen = flags.out === undefined ? terminal() : { tty: false, color: false, width: 100 };
  const rendered = await renderReport(outcome.report, flags.format, { ...screen, bom: flags.bom });
  const { files, warnings } = outcome.report;
  printLines(diagnosticLines({ unmatched: outcome.unmatched, ...files, warnings }));

  if (flags.out === undefined) {
    process.stdout.write(rendered);
    return outcome.exitCode;
  }
  try {
    await writeReport(flags.out, rendered);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    printLines(error.problems);
    return combineExitCodes([outcome.exitCode, ExitCode.outputFailed]);
  }
  return outcome.exitCode;
}

// Loaded only for --out: write-file-atomic brings node:crypto and signal-exit, which cost
// start-up time that printing to stdout does not need.
async function writeReport(file: string, content: string): Promise<void> {
  const { writeFileReplacing } = await import('../files/write-atomic.js');
  await writeFileReplacing(file, content);
}
