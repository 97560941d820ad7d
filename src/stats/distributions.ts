// Typed wrappers over the @stdlib distribution functions, so the statistics read as formulas and
// no module hand-writes an incomplete beta or error function (issue 5). The packages are
// CommonJS with `export =` typings in docs/types; under NodeNext an ES default import is their
// module.exports, which is the function itself.
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import normalCdfOf from '@stdlib/stats-base-dists-normal-cdf';

/** P(T ≤ x) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's). */
export function studentTCdf(x: number, df: number): number {
  return tCdf(x, df);
}

/** The x with P(T ≤ x) = p for Student's t with `df` degrees of freedom. */
export function studentTQuantile(p: number, df: number): number {
  return tQuantile(p, df);
}

/** Φ(x), the standard normal distribution function. */
export function normalCdf(x: number): number {
  return normalCdfOf(x, 0, 1);
}
