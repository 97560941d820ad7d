import { describe, expect, it } from 'vitest';
import { tInterval95 } from '../src/stats/t-interval95.js';

describe('tInterval95', () => {
  it('matches the NIST handbook example (ZARR13.DAT, 1.3.5.2)', () => {
    // NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.5.2 "Confidence Limits for the
    // Mean": N = 195, mean 9.261460, SD 0.022789, 95% interval 9.258242 to 9.264679. The mean
    // and SD are printed to six decimals, so the limits can only be matched to about 1e-6.
    const [low, high] = tInterval95(9.26146, 0.022789, 195)!;
    expect(Math.abs(low - 9.258242)).toBeLessThan(1e-6);
    expect(Math.abs(high - 9.264679)).toBeLessThan(1e-6);
  });

  it('uses t with n − 1 df: n = 2 gives x̄ ± 12.706·s/√2', () => {
    const [low, high] = tInterval95(10, 1, 2)!;
    expect(high - 10).toBeCloseTo(12.7062047 / Math.SQRT2, 6);
    expect(10 - low).toBeCloseTo(high - 10, 12);
  });

  it('has no interval for n = 1 or an empty group', () => {
    expect(tInterval95(3, 0, 1)).toBeNull();
    expect(tInterval95(Number.NaN, Number.NaN, 0)).toBeNull();
  });

  it('collapses to the mean when every answer is the same', () => {
    expect(tInterval95(70, 0, 12)).toEqual([70, 70]);
  });
});
