import { meanOf } from './mean.js';
import { countOf, type Frequencies } from './frequencies.js';

/**
 * The sample standard deviation of a frequency table,
 * s = √( Σ fᵢ (xᵢ − x̄)² / (n − 1) ), with Bessel's correction (n − 1); null for fewer than
 * two observations, where it is not defined. Source: NIST/SEMATECH e-Handbook of
 * Statistical Methods, 1.3.5.6 "Measures of Scale". Computed in two passes over the distinct
 * values (at most a few dozen), which avoids the cancellation of the one-pass Σx² − n·x̄².
 */
export function sampleSdOf(table: Frequencies): number | null {
  const n = countOf(table);
  if (n < 2) return null;
  const mean = meanOf(table)!;

  let squares = 0;
  for (let i = 0; i < table.counts.length; i++) {
    const deviation = table.offset + i - mean;
    squares += table.counts[i]! * deviation * deviation;
  }
  return Math.sqrt(squares / (n - 1));
}
