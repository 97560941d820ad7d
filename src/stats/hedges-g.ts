import type { Summary } from './summary-of.js';

/**
 * Hedges' g: Cohen's d with the pooled SD, d = (x̄₁ − x̄₂) / s_p, where
 * s_p² = ((n₁ − 1)s₁² + (n₂ − 1)s₂²) / (n₁ + n₂ − 2), times the small-sample correction
 * J = 1 − 3 / (4(n₁ + n₂) − 9). Sources: Hedges (1981), J. Educational Statistics 6:107–128;
 * Hedges & Olkin (1985), Statistical Methods for Meta-Analysis, ch. 5 (J is their
 * approximation to the exact gamma-function factor). Null when either n < 2 or s_p is 0.
 */
export function hedgesG(a: Summary, b: Summary): number | null {
  if (a.n < 2 || b.n < 2) return null;
  const pooled = ((a.n - 1) * a.variance + (b.n - 1) * b.variance) / (a.n + b.n - 2);
  if (!(pooled > 0)) return null;

  const d = (a.mean - b.mean) / Math.sqrt(pooled);
  const correction = 1 - 3 / (4 * (a.n + b.n) - 9);
  return correction * d;
}
