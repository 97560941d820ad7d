import { assembleReport } from '../aggregate/assemble-report.js';
import { ResponseCollector } from '../aggregate/collect-responses.js';
import { declaredQuestionnaire } from '../aggregate/declared-questionnaire.js';
import { diagnosticLines, messages, versionLabel } from '../aggregate/messages.js';
import { reportSettings } from '../aggregate/report-settings.js';
import { collectContexts } from '../context/collect-contexts.js';
import { ExitCode, UsageError, UserError, combineExitCodes } from '../errors.js';
import { expandPaths } from '../files/expand-paths.js';
import { Format } from '../files/formats.js';
import { loadBank } from '../questionnaire/load-bank.js';
import type { Bank } from '../questionnaire/types.js';
import type { AggregateReport, FilesSummary } from '../report/types.js';
import { readResponseFile } from '../response/read-response.js';

export interface AggregateOptions {
  paths: string[];
  questionnaire?: string;
  recursive?: boolean;
  /** Write no report when any file is invalid. */
  strict?: boolean;
  title?: string;
  preparedBy?: string;
  /** The bootstrap's seed (default 1) and resamples per department (default 1,000). */
  seed?: number;
  resamples?: number;
  /** k of the anonymity rule (default 3); 1 turns it off. */
  minGroup?: number;
  /** False for no statistics at all (`--no-stats`); the anonymity rule still holds. */
  stats?: boolean;
}

export interface AggregateOutcome {
  report: AggregateReport;
  /** Paths that matched nothing (exit 2, though the report is still made from the rest). */
  unmatched: { path: string; message: string }[];
  exitCode: number;
}

/** What reading the files gave, before any report is made. */
interface Reading {
  bank: Bank;
  collector: ResponseCollector;
  read: number;
  unmatched: AggregateOutcome['unmatched'];
  excluded: FilesSummary['excluded'];
  skipped: FilesSummary['skipped'];
  /** Context files, read once every response is in (they need the organizations). */
  contextFiles: string[];
  /** Files of another questionnaire id or version, by "id version v". */
  otherVersions: Map<string, string[]>;
}

const MAX_TEXT = 200;

/**
 * Reads every response among the paths, as `score` does, and builds the per-department
 * report; a context file among them qualifies its organization's recommendation. Invalid
 * files are left out and listed (exit 1). No report at all, as a UserError
 * listing every problem: with --strict when a file is invalid, when responses of another
 * questionnaire version are among the files, and when no file is a valid response.
 */
export async function buildReport(options: AggregateOptions): Promise<AggregateOutcome> {
  const title = cleanText(options.title, '--title');
  const preparedBy = cleanText(options.preparedBy, '--prepared-by');
  const bank = await loadBank(options.questionnaire);
  const expansion = await expandPaths(options.paths, { recursive: options.recursive });

  const reading: Reading = {
    bank,
    collector: new ResponseCollector(bank, expansion.files),
    read: expansion.files.length,
    unmatched: expansion.unmatched,
    excluded: [...expansion.errors],
    skipped: [...expansion.skipped],
    contextFiles: [],
    otherVersions: new Map(),
  };
  expansion.files.forEach((file, index) => readOne(file, index, reading));
  const names = reading.collector.organizationNames();
  const contexts = collectContexts(reading.contextFiles, bank, names);
  reading.excluded.push(...contexts.errors);

  const usage = reading.unmatched.length > 0 ? ExitCode.usage : ExitCode.ok;
  const warnings = () => [...reading.collector.warnings, ...contexts.warnings];
  const diagnostics = () => diagnosticLines({ ...reading, warnings: warnings() });
  const refusal = refusalOf(reading, options.strict ?? false);
  if (refusal) {
    const code = combineExitCodes([usage, refusal.code]);
    throw new UserError(refusal.lines[0]!, code, [...diagnostics(), ...refusal.lines]);
  }

  const { excluded, skipped } = reading;
  // Loaded only now: see statistics-code.ts.
  const settings = await reportSettings(options);
  const details = { title, preparedBy, excluded, skipped, contexts, settings };
  const report = assembleReport(bank, reading.collector, details);
  const invalid = excluded.length > 0 ? ExitCode.invalidInput : ExitCode.ok;
  return { report, unmatched: reading.unmatched, exitCode: combineExitCodes([usage, invalid]) };
}

function readOne(file: string, index: number, reading: Reading): void {
  try {
    const outcome = readResponseFile(file, reading.bank);
    if (outcome.kind === 'response') reading.collector.add(outcome.scored, index);
    else if (outcome.format === Format.context) reading.contextFiles.push(file);
    else reading.skipped.push({ file, reason: outcome.reason });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    reading.excluded.push({ file, message: error.message });
    noteOtherVersion(file, reading);
  }
}

// Files of another questionnaire version are invalid against the bank in use like any other
// bad file, but leaving them out would quietly report on part of a mixed set: they stop the
// report instead, and each version found is named.
function noteOtherVersion(file: string, reading: Reading): void {
  const declared = declaredQuestionnaire(file);
  const { bank, otherVersions } = reading;
  if (!declared || (declared.id === bank.id && declared.version === bank.version)) return;
  const key = versionLabel(declared);
  otherVersions.set(key, [...(otherVersions.get(key) ?? []), file]);
}

interface Refusal {
  lines: string[];
  code: number;
}

function refusalOf(reading: Reading, strict: boolean): Refusal | undefined {
  const { bank, excluded, skipped, otherVersions, read } = reading;
  const valid = reading.collector.valid;
  const refuse = (lines: string[], code: number = ExitCode.invalidInput) => ({ lines, code });

  if (otherVersions.size > 0) return refuse(messages.otherVersions(bank, valid, otherVersions));
  if (strict && excluded.length > 0) return refuse([messages.strict(excluded.length, read)]);
  if (valid > 0) return undefined;
  if (excluded.length > 0) return refuse([messages.noValidResponse(read)]);
  if (read > 0 || skipped.length > 0) return refuse([messages.onlySkipped]);
  return refuse([messages.noPathMatched], ExitCode.usage);
}

// A title goes into headings and table captions: one line, trimmed, of reasonable length.
function cleanText(text: string | undefined, flag: string): string | null {
  if (text === undefined) return null;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new UsageError(messages.emptyText(flag));
  if (clean.length > MAX_TEXT) throw new UsageError(messages.textTooLong(flag, MAX_TEXT));
  return clean;
}
