import type { AnonymitySettings, StatisticsSettings } from '../report/types.js';

/**
 * The smallest group any inferential statistic is given for (issue 5): with 1 or 2
 * respondents an interval, a test or an agreement index means nothing, so the report says so.
 */
export const MIN_FOR_STATISTICS = 3;

/** The level a Holm-adjusted statement test is read at. */
export const LEVEL = 0.05;

/** A statement's gap of at least this many scale points is marked large (descriptive). */
export const LARGE_DIFFERENCE = 1;

export const DEFAULT_SEED = 1;

/**
 * Bootstrap resamples per department. The Monte Carlo error of a share s is √(s(1 − s) / B):
 * at most 1.6 percentage points with B = 1,000, small beside what the share says (whether a
 * stage is near certain or a toss-up), and the seed makes it the same on every run. Measured
 * with `npm run bench` on 10,000 files, 1,000 add about 11% to aggregate and 2,000 about 18%,
 * too near the budget of 20% (issue 5); `--resamples 10000` is there for a final report.
 */
export const DEFAULT_RESAMPLES = 1000;
export const MIN_RESAMPLES = 100;
export const MAX_RESAMPLES = 100_000;

/** k of the anonymity rule: no figure rests on fewer than 3 respondents. */
export const DEFAULT_MIN_GROUP = 3;

/** The functions that compute the statistics, from statistics-code.ts. */
export type StatisticsCode = typeof import('./statistics-code.js');

/** How `aggregate` computes and withholds; `statistics` is null with `--no-stats`. */
export interface ReportSettings {
  statistics: StatisticsSettings | null;
  anonymity: AnonymitySettings;
  /** The code of the statistics: null exactly when `statistics` is. */
  code: StatisticsCode | null;
}

/** What the options of `aggregate` say of the statistics and the anonymity rule. */
export interface SettingsOptions {
  seed?: number;
  resamples?: number;
  minGroup?: number;
  stats?: boolean;
}

/**
 * The settings for the options given, the defaults for those not given, with the code of the
 * statistics loaded when they are on.
 */
export async function reportSettings(options: SettingsOptions): Promise<ReportSettings> {
  const anonymity = anonymitySettings(options);
  if (options.stats === false) return { statistics: null, anonymity, code: null };
  const statistics: StatisticsSettings = {
    seed: options.seed ?? DEFAULT_SEED,
    resamples: options.resamples ?? DEFAULT_RESAMPLES,
    minRespondents: MIN_FOR_STATISTICS,
    level: LEVEL,
    largeDifference: LARGE_DIFFERENCE,
  };
  return { statistics, anonymity, code: await import('./statistics-code.js') };
}

/** Settings without statistics, which need no code loaded: for reports that never test. */
export function settingsWithoutStatistics(options: SettingsOptions = {}): ReportSettings {
  return { statistics: null, anonymity: anonymitySettings(options), code: null };
}

function anonymitySettings(options: SettingsOptions): AnonymitySettings {
  const minGroup = options.minGroup ?? DEFAULT_MIN_GROUP;
  return { minGroup, on: minGroup > 1 };
}
