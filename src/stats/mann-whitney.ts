import type { Frequencies } from '../aggregate/stats/frequencies.js';
import { normalCdf } from './distributions.js';

/** The Mann–Whitney U test of two samples, by its normal approximation. */
export interface MannWhitney {
  /** U of the first sample: pairs (x, y) with x > y, ties counting ½ (R's W statistic). */
  u: number;
  /** The standardized U after the continuity correction; 0 when every value is the same. */
  z: number;
  /** Two-sided. */
  p: number;
}

/**
 * The Mann–Whitney U (Wilcoxon rank-sum) test from per-value counts. U₁ = R₁ − n₁(n₁ + 1)/2,
 * where R₁ is the first sample's sum of mid-ranks; under H₀, U₁ has mean n₁n₂/2 and variance
 * n₁n₂/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1))) over the tie groups t; z moves U₁ half a unit
 * towards the mean (continuity correction) and p = 2·Φ(−|z|). This is R's
 * wilcox.test(x, y, exact = FALSE, correct = TRUE) and SciPy's mannwhitneyu(method =
 * "asymptotic", use_continuity = True); see Hollander & Wolfe (1999), Nonparametric
 * Statistical Methods, 2nd ed., §4.1. Working on counts costs O(scale points) however many
 * answered. When every value is the same there is no evidence of a difference: p is 1, as
 * SciPy reports (R gives NaN). Null when either sample is empty.
 */
export function mannWhitney(a: Frequencies, b: Frequencies): MannWhitney | null {
  const low = Math.min(a.offset, b.offset);
  const high = Math.max(a.offset + a.counts.length, b.offset + b.counts.length);

  // One pass over the values in order: the mid-rank of a tie group of size t starting after
  // `below` observations is below + (t + 1)/2.
  let n1 = 0;
  let n2 = 0;
  let rankSum = 0;
  let ties = 0;
  let below = 0;
  for (let value = low; value < high; value++) {
    const inA = countAt(a, value);
    const inB = countAt(b, value);
    const t = inA + inB;
    if (t === 0) continue;
    rankSum += inA * (below + (t + 1) / 2);
    ties += t * t * t - t;
    below += t;
    n1 += inA;
    n2 += inB;
  }
  if (n1 === 0 || n2 === 0) return null;

  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const total = n1 + n2;
  const variance = ((n1 * n2) / 12) * (total + 1 - ties / (total * (total - 1)));
  if (!(variance > 0)) return { u, z: 0, p: 1 };

  const shift = u - (n1 * n2) / 2;
  const z = (shift - Math.sign(shift) * 0.5) / Math.sqrt(variance);
  return { u, z, p: Math.min(1, 2 * normalCdf(-Math.abs(z))) };
}

function countAt(table: Frequencies, value: number): number {
  const index = value - table.offset;
  return index >= 0 && index < table.counts.length ? table.counts[index]! : 0;
}
