import { ExitCode, UsageError, UserError, combineExitCodes } from '../errors.js';
import { expandPaths } from '../files/expand-paths.js';
import { loadBank } from '../questionnaire/load-bank.js';
import type { Bank } from '../questionnaire/types.js';
import { readResponseFile } from '../response/read-response.js';
import type { ScoredResponse, Warning } from '../response/types.js';
import { duplicateRespondentCheck } from '../response/unique-respondents.js';
import { parseThreshold, type Threshold } from '../scoring/threshold.js';

export interface ScoreOptions {
  paths: string[];
  questionnaire?: string;
  recursive?: boolean;
  failUnder?: string;
  each?: boolean;
}

export interface ScoreRow {
  file: string;
  respondentId: string;
  organization: string;
  department: string;
  role: string;
  total: number;
  stage: string;
}

export interface GateOutcome {
  threshold: Threshold;
  each: boolean;
  /** The mean total, or for `each` the lowest total, that was compared. */
  value: number;
  passed: boolean;
  failing: string[];
}

export interface ScoreReport {
  bank: Bank;
  results: ScoreRow[];
  errors: { file: string; message: string }[];
  warnings: Warning[];
  skipped: { file: string; reason: string }[];
  unmatched: { path: string; message: string }[];
  meanTotal: number | null;
  gate: GateOutcome | null;
  exitCode: number;
}

/** Scores every response among the paths: valid ones are scored even when others are not. */
export async function scoreFiles(options: ScoreOptions): Promise<ScoreReport> {
  const bank = await loadBank(options.questionnaire);
  const threshold =
    options.failUnder === undefined ? undefined : parseThreshold(options.failUnder, bank);
  if (options.each && !threshold) throw new UsageError('--each needs --fail-under');

  const expansion = await expandPaths(options.paths, { recursive: options.recursive });
  // Only the rows are kept, not the responses: 10,000 files should not mean 10,000 objects
  // of answers held until the end.
  const results: ScoreRow[] = [];
  const errors: ScoreReport['errors'] = [...expansion.errors];
  const warnings: Warning[] = [];
  const skipped = [...expansion.skipped];
  const duplicate = duplicateRespondentCheck();
  let sum = 0;
  for (const file of expansion.files) {
    try {
      const outcome = readResponseFile(file, bank);
      if (outcome.kind === 'skipped') {
        skipped.push({ file, reason: outcome.reason });
        continue;
      }
      const scored = outcome.scored;
      results.push(toRow(scored));
      sum += scored.total;
      warnings.push(...scored.warnings);
      const warning = duplicate(scored);
      if (warning) warnings.push(warning);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push({ file, message: error.message });
    }
  }

  const meanTotal = results.length === 0 ? null : sum / results.length;
  const gate =
    threshold && results.length > 0
      ? applyGate(threshold, options.each ?? false, results, meanTotal!)
      : null;

  const codes: number[] = [];
  if (expansion.unmatched.length > 0) codes.push(ExitCode.usage);
  if (errors.length > 0) codes.push(ExitCode.invalidInput);
  if (gate && !gate.passed) codes.push(ExitCode.gateFailed);
  return {
    bank,
    results,
    errors,
    warnings,
    skipped,
    unmatched: expansion.unmatched,
    meanTotal,
    gate,
    exitCode: combineExitCodes(codes),
  };
}

function toRow(scored: ScoredResponse): ScoreRow {
  const { respondent } = scored.response;
  return {
    file: scored.file,
    respondentId: respondent.id,
    organization: respondent.organization,
    department: respondent.department,
    role: respondent.role,
    total: scored.total,
    stage: scored.stage,
  };
}

function applyGate(
  threshold: Threshold,
  each: boolean,
  results: ScoreRow[],
  mean: number,
): GateOutcome {
  if (!each) {
    return { threshold, each, value: mean, passed: mean >= threshold.total, failing: [] };
  }
  const failing = results.filter((r) => r.total < threshold.total).map((r) => r.file);
  const lowest = Math.min(...results.map((r) => r.total));
  return { threshold, each, value: lowest, passed: failing.length === 0, failing };
}
