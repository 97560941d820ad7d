import { studentTCdf, studentTQuantile } from './distributions.js';
import { hedgesG } from './hedges-g.js';
import type { Summary } from './summary-of.js';

/** Welch's test of a difference of two means, with its interval and effect size. */
export interface WelchTest {
  /** x̄₁ − x̄₂ */
  diff: number;
  t: number;
  /** Welch–Satterthwaite degrees of freedom, usually fractional. */
  df: number;
  /** Two-sided. */
  p: number;
  ci95: [number, number];
  hedgesG: number;
}

/**
 * Welch's t-test of x̄₁ − x̄₂ without assuming equal variances: t = (x̄₁ − x̄₂) / SE with
 * SE² = s₁²/n₁ + s₂²/n₂, df = SE⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)), two-sided
 * p = 2·P(T ≤ −|t|), and the 95% interval (x̄₁ − x̄₂) ± t(0.975, df)·SE. Sources: Welch (1947),
 * Biometrika 34:28–35; Satterthwaite (1946), Biometrics Bulletin 2:110–114; computed as R's
 * t.test(var.equal = FALSE). Null when either n < 2, and when both groups have zero variance
 * (t is then undefined; R stops with "data are essentially constant"). Which groups are large
 * enough to report (n ≥ 3, issue 5) is the caller's rule.
 */
export function welchTest(a: Summary, b: Summary): WelchTest | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;

  const se = Math.sqrt(se2);
  const diff = a.mean - b.mean;
  const t = diff / se;
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));

  const p = Math.min(1, 2 * studentTCdf(-Math.abs(t), df));
  const half = studentTQuantile(0.975, df) * se;
  return { diff, t, df, p, ci95: [diff - half, diff + half], hedgesG: hedgesG(a, b)! };
}
