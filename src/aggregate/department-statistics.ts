import type { Bank } from '../questionnaire/types.js';
import type { DepartmentReport, StatisticsSettings } from '../report/types.js';
import { agreementBand } from '../stats/agreement-band.js';
import { bootstrapStageCertainty } from '../stats/bootstrap-stage-certainty.js';
import { rwgJ } from '../stats/rwg-j.js';
import { summaryOf } from '../stats/summary-of.js';
import { tInterval95 } from '../stats/t-interval95.js';
import type { GroupTally } from './group-tally.js';
import { MIN_FOR_STATISTICS } from './report-settings.js';

type DepartmentStatistics = Pick<DepartmentReport, 'ci95' | 'stageCertainty' | 'rwgj'>;

const NONE: DepartmentStatistics = { ci95: null, stageCertainty: null, rwgj: null };

// Below moderate agreement (LeBreton & Senter 2008) the mean stands for no shared view.
const SPLIT_BANDS: ReadonlySet<string> = new Set(['none', 'weak']);

/**
 * A department's inferential figures: the 95% t interval of its mean total, the bootstrap
 * shares of each stage, and rwg(j) over the statements. All null below 3 respondents and
 * with statistics off. Everything is read off the tally's counts: the bootstrap resamples
 * the counts of each total, and rwg(j) takes each statement's variance from the counts of its
 * ratings, which are exact and already taken out again for a superseded respondent, so no
 * covariance sums per department are needed.
 */
export function departmentStatistics(
  bank: Bank,
  tally: GroupTally,
  settings: StatisticsSettings | null,
): DepartmentStatistics {
  if (settings === null || tally.n < MIN_FOR_STATISTICS) return NONE;

  const totals = tally.totalFrequencies();
  const summary = summaryOf(totals)!;
  const certainty = bootstrapStageCertainty(totals, bank.bands, settings.resamples, settings.seed);

  const variances = bank.statements.map(
    (_, i) => summaryOf(tally.statementFrequencies(i))!.variance,
  );
  const value = rwgJ(variances, bank.scale.max - bank.scale.min + 1);
  const band = agreementBand(value);
  return {
    ci95: tInterval95(summary.mean, Math.sqrt(summary.variance), summary.n),
    stageCertainty: certainty!.shares,
    rwgj: { value, band, split: SPLIT_BANDS.has(band) },
  };
}
