import { studentTQuantile } from './distributions.js';

/**
 * The 95% confidence interval of a mean, x̄ ± t(0.975, n − 1) · s / √n, assuming the group is
 * a sample from a normal population; null for n < 2, where s is not defined. Source:
 * NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.5.2 "Confidence Limits for the Mean".
 */
export function tInterval95(mean: number, sd: number, n: number): [number, number] | null {
  if (!(n >= 2)) return null;
  const half = studentTQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  return [mean - half, mean + half];
}
