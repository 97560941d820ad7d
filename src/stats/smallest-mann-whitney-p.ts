import { mannWhitney } from './mann-whitney.js';

/**
 * The smallest two-sided p `mannWhitney` can give for samples of n₁ and n₂, whatever the
 * ratings: every value of one sample above every value of the other, each sample giving one
 * value throughout. Complete separation puts U at its extreme, n₁n₂, and one tie group per
 * sample makes the tie-corrected variance, n₁n₂/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1))),
 * as small as separation allows, so |z| is as large as it gets. (An exhaustive search over every
 * sample of up to 4 ratings on a five-point scale finds no smaller p: see the test; SciPy's
 * asymptotic method gives the same values.) 1 when either sample is empty.
 */
export function smallestMannWhitneyP(n1: number, n2: number): number {
  if (n1 <= 0 || n2 <= 0) return 1;
  const high = { offset: 1, counts: [0, n1] };
  const low = { offset: 1, counts: [n2, 0] };
  return mannWhitney(high, low)!.p;
}
