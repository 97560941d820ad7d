/**
 * Holm's step-down adjustment of m p-values: sorted ascending, p̃₍ᵢ₎ = min(1, max over j ≤ i
 * of (m − j + 1)·p₍ⱼ₎), returned in the input order. The running maximum keeps the adjusted
 * values in the order of the raw ones, so a hypothesis is rejected at level α exactly when
 * Holm's sequential procedure rejects it. Source: Holm (1979), "A simple sequentially
 * rejective multiple test procedure", Scandinavian Journal of Statistics 6:65–70; the same
 * values as R's p.adjust(p, "holm").
 */
export function holm(pValues: readonly number[]): number[] {
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`${p} is not a p-value`);
  }

  const m = pValues.length;
  // A stable sort keeps equal p-values in input order, so their adjusted values are equal.
  const order = pValues.map((_, index) => index).sort((i, j) => pValues[i]! - pValues[j]!);
  const adjusted = new Array<number>(m);
  let runningMax = 0;
  order.forEach((index, rank) => {
    runningMax = Math.max(runningMax, Math.min(1, (m - rank) * pValues[index]!));
    adjusted[index] = runningMax;
  });
  return adjusted;
}
