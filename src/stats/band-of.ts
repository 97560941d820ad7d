/** A band of a scoring key as far as placing a value needs it. */
export interface BandEdge {
  id: string;
  /** The band's lowest whole total, inclusive. */
  min: number;
}

/**
 * The band holding a value, by the half-open rule of DOMAIN.md: band i holds
 * [minᵢ, minᵢ₊₁), the last band everything from its min up, and the first anything below the
 * second's min. So 59.5 is Defined and 60 Aligned with bands 40–59 and 60–79, as `stageFor`
 * places a mean; this lookup needs only ids and mins, sorted by min, so the bootstrap can place
 * thousands of resample means without a Bank.
 */
export function bandOf<B extends BandEdge>(bands: readonly B[], value: number): B {
  if (bands.length === 0) throw new RangeError('no bands to place a value in');
  for (let i = bands.length - 1; i > 0; i--) {
    if (value >= bands[i]!.min) return bands[i]!;
  }
  return bands[0]!;
}
