import { messages } from '../aggregate/messages.js';
import { MAX_RESAMPLES, MIN_RESAMPLES } from '../aggregate/report-settings.js';
import { UsageError } from '../errors.js';

/** The numeric flags of `aggregate` as commander gives them: text, when given. */
export interface StatisticsFlagText {
  seed?: string;
  resamples?: string;
  minGroup?: string;
}

const MAX_SEED = 2 ** 32 - 1;
// No group of a real organization is larger, and a k past every group withholds everything.
const MAX_MIN_GROUP = 1_000_000;

/** `--seed`, `--resamples` and `--min-group` as numbers; a usage error names a bad one. */
export function statisticsFlags(flags: StatisticsFlagText): {
  seed: number | undefined;
  resamples: number | undefined;
  minGroup: number | undefined;
} {
  return {
    seed: wholeNumber('--seed', flags.seed, 0, MAX_SEED),
    resamples: wholeNumber('--resamples', flags.resamples, MIN_RESAMPLES, MAX_RESAMPLES),
    minGroup: wholeNumber('--min-group', flags.minGroup, 1, MAX_MIN_GROUP),
  };
}

function wholeNumber(flag: string, text: string | undefined, min: number, max: number) {
  if (text === undefined) return undefined;
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max)) {
    throw new UsageError(messages.badWholeNumber(flag, text, min, max));
  }
  return value;
}
