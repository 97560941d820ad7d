import { countOf, type Frequencies } from '../aggregate/stats/frequencies.js';
import { meanOf, meanOfValues } from '../aggregate/stats/mean.js';
import { sampleSdOf } from '../aggregate/stats/sample-sd.js';

/** What a two-sample test needs of each group: its size, mean and sample variance (n − 1). */
export interface Summary {
  n: number;
  mean: number;
  variance: number;
}

/**
 * The size, mean and sample variance s² = Σ fᵢ(xᵢ − x̄)² / (n − 1) of a frequency table, built
 * on aggregate's own mean and SD so both report the same figures; null below two observations,
 * where a sample variance is not defined. Source: NIST/SEMATECH e-Handbook, 1.3.5.6.
 */
export function summaryOf(table: Frequencies): Summary | null {
  const n = countOf(table);
  if (n < 2) return null;
  const sd = sampleSdOf(table)!;
  return { n, mean: meanOf(table)!, variance: sd * sd };
}

/**
 * The same summary of a plain list (for data that are not whole numbers), with the variance
 * from the two-pass formula Σ(xᵢ − x̄)² / (n − 1), which avoids the cancellation of Σx² − n·x̄².
 */
export function summaryOfValues(values: readonly number[]): Summary | null {
  if (values.length < 2) return null;
  const mean = meanOfValues(values)!;

  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return { n: values.length, mean, variance: squares / (values.length - 1) };
}
