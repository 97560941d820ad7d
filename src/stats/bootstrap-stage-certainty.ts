import type { Frequencies } from '../aggregate/stats/frequencies.js';
import { bandOf, type BandEdge } from './band-of.js';
import { mulberry32 } from './mulberry32.js';
import { multinomialDraw } from './multinomial-draw.js';
import { quantileSorted } from './quantile-sorted.js';

/** How sure a group's stage is, by bootstrap. */
export interface StageCertainty {
  /** For each band id, the share of resample means that fall in it; the shares sum to 1. */
  shares: Record<string, number>;
  /** The 2.5th and 97.5th percentiles of the resample means. */
  interval95: [number, number];
  resamples: number;
  seed: number;
}

/** Counts of each distinct total: a frequency table, or a map from total to count. */
export type TotalCounts = Frequencies | ReadonlyMap<number, number>;

/**
 * The nonparametric bootstrap of a group's mean total (Efron & Tibshirani 1993, An
 * Introduction to the Bootstrap, ch. 6 and 13): `resamples` times, draw n totals with
 * replacement from the group's n and place the mean of the draw in a band by the half-open rule
 * of DOMAIN.md; a band's share is how often it was hit. `interval95` is the percentile interval
 * of the same means. The same input and seed always give the same result (mulberry32). Null
 * for an empty group; which groups are large enough to report is the caller's rule.
 */
export function bootstrapStageCertainty(
  totals: TotalCounts,
  bands: readonly BandEdge[],
  resamples: number,
  seed: number,
): StageCertainty | null {
  const means = resampleMeans(totals, resamples, mulberry32(seed));
  if (means === null) return null;

  const hits = new Map<string, number>(bands.map((band) => [band.id, 0]));
  for (const mean of means) {
    const id = bandOf(bands, mean).id;
    hits.set(id, hits.get(id)! + 1);
  }
  const shares: Record<string, number> = {};
  for (const [id, count] of hits) shares[id] = count / resamples;

  means.sort();
  const interval95: [number, number] = [quantileSorted(means, 0.025), quantileSorted(means, 0.975)];
  return { shares, interval95, resamples, seed };
}

/**
 * The means of `resamples` bootstrap resamples of the totals, drawn with `random`. A resample
 * is summarized by how many times it picked each distinct total, a multinomial draw over at
 * most 81 totals, so its cost does not grow with the number of respondents; the mean is then
 * an exact sum of whole numbers divided once. Null for an empty group.
 */
export function resampleMeans(
  totals: TotalCounts,
  resamples: number,
  random: () => number,
): Float64Array | null {
  if (!(Number.isInteger(resamples) && resamples >= 1)) {
    throw new RangeError(`resamples must be a positive integer, not ${resamples}`);
  }
  const { values, counts, n } = distinctTotals(totals);
  if (n === 0) return null;

  const means = new Float64Array(resamples);
  const picked = new Float64Array(values.length);
  for (let r = 0; r < resamples; r++) {
    multinomialDraw(n, counts, random, picked);
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[i]! * picked[i]!;
    means[r] = sum / n;
  }
  return means;
}

function distinctTotals(totals: TotalCounts): { values: number[]; counts: number[]; n: number } {
  const entries: Iterable<[number, number]> =
    'offset' in totals
      ? Array.from(totals.counts, (count, i): [number, number] => [totals.offset + i, count])
      : totals;

  const values: number[] = [];
  const counts: number[] = [];
  let n = 0;
  for (const [value, count] of entries) {
    if (!(Number.isInteger(count) && count >= 0)) {
      throw new RangeError(`${count} is not a count (of total ${value})`);
    }
    if (count === 0) continue;
    values.push(value);
    counts.push(count);
    n += count;
  }
  return { values, counts, n };
}
