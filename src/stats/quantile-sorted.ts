/**
 * The p-quantile of values sorted ascending, interpolating linearly between order statistics:
 * x₍ⱼ₎ + (h − j)(x₍ⱼ₊₁₎ − x₍ⱼ₎) with h = (n − 1)p and j = ⌊h⌋, 0-based. Source: Hyndman & Fan
 * (1996), "Sample quantiles in statistical packages", The American Statistician 50:361–365,
 * definition 7, R's default quantile().
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`${p} is not a probability`);
  const h = (sorted.length - 1) * p;
  const j = Math.floor(h);
  const low = sorted[j]!;
  return j + 1 < sorted.length ? low + (h - j) * (sorted[j + 1]! - low) : low;
}
