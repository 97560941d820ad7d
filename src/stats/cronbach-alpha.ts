import type { CovarianceAccumulator } from './covariance-accumulator.js';

/**
 * Raw Cronbach's alpha from covariances, α = k/(k − 1) · (1 − Σ s²ᵢ / s²ₜ), where s²ᵢ are the k
 * item variances and s²ₜ the variance of the totals, all with n − 1. Source: Cronbach (1951),
 * "Coefficient alpha and the internal structure of tests", Psychometrika 16:297–334; the
 * raw_alpha of R's psych::alpha. Not clamped: a negative value is a finding (items that
 * covary negatively). Null for fewer than two items or two respondents, and when the totals do
 * not vary, where α is 0/0.
 */
export function cronbachAlpha(
  items: Pick<CovarianceAccumulator, 'k' | 'itemVariances' | 'totalVariance'>,
): number | null {
  const variances = items.itemVariances();
  const total = items.totalVariance();
  if (items.k < 2 || variances === null || total === null || !(total > 0)) return null;

  let sum = 0;
  for (const variance of variances) sum += variance;
  return (items.k / (items.k - 1)) * (1 - sum / total);
}
