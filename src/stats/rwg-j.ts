/**
 * The variance of answers given at random, uniformly over A scale points: (A² − 1) / 12, which
 * is 2 for a five-point scale. Source: James, Demaree & Wolf (1984), J. Applied Psychology
 * 69:85–98; the `ranvar` of R's multilevel::rwg.j.
 */
export function uniformNullVariance(scalePoints: number): number {
  if (!(Number.isInteger(scalePoints) && scalePoints >= 2)) {
    throw new RangeError(`a scale needs at least 2 points, not ${scalePoints}`);
  }
  return (scalePoints * scalePoints - 1) / 12;
}

/**
 * Within-group agreement over J statements, rwg(j) = J(1 − s̄²/σ²) / (J(1 − s̄²/σ²) + s̄²/σ²),
 * where s̄² is the mean of the statements' sample variances within the group and σ² the
 * uniform null variance. Source: James, Demaree & Wolf (1984), J. Applied Psychology 69:85–98.
 * When s̄² ≥ σ² the formula leaves [0, 1] (negative, or past a pole), so s̄² is truncated to
 * σ², giving 0 (no agreement): the truncation James et al. recommend, as implemented by R's
 * multilevel::rwg.j, and the reset to 0 that LeBreton & Senter (2008), Organizational Research
 * Methods 11:815–852, advise for out-of-range values. A group with no spread at all gives 1.
 */
export function rwgJ(itemVariances: readonly number[], scalePoints: number): number {
  const items = itemVariances.length;
  if (items === 0) throw new RangeError('rwg(j) needs at least one statement');
  const nullVariance = uniformNullVariance(scalePoints);

  let sum = 0;
  for (const variance of itemVariances) sum += variance;
  const ratio = Math.min(sum / items / nullVariance, 1);
  const agreement = items * (1 - ratio);
  return agreement / (agreement + ratio);
}
