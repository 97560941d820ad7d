/**
 * A small seeded generator of uniform numbers in [0, 1): Mulberry32 by Tommy Ettinger (2017,
 * public domain), as collected in bryc/code, "PRNGs.md". One 32-bit state word, period 2³², and
 * it passes gjrand and PractRand to 2³² outputs, which is ample for bootstrap resampling; the
 * same seed always gives the same sequence, on every platform (integer arithmetic only).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
