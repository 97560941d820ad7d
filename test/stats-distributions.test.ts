import { describe, expect, it } from 'vitest';
import { normalCdf, studentTCdf, studentTQuantile } from '../src/stats/distributions.js';

describe('the @stdlib distributions behind the tests', () => {
  // Upper critical values t(0.975, ν) of the t table in the NIST/SEMATECH e-Handbook of
  // Statistical Methods, 1.3.6.7.2, printed to three decimals.
  it.each([
    [1, 12.706],
    [2, 4.303],
    [5, 2.571],
    [10, 2.228],
    [30, 2.042],
    [100, 1.984],
  ])('t(0.975, %d) is %d', (df, critical) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(critical, 3);
  });

  it('gives back the probability it was asked for, also for fractional df', () => {
    for (const df of [1, 2.5, 17.776, 194]) {
      expect(studentTCdf(studentTQuantile(0.975, df), df)).toBeCloseTo(0.975, 12);
    }
  });

  it('is the standard normal: Φ(1.96) = 0.9750, Φ(0) = 0.5 (NIST 1.3.6.7.1)', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 4);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-1.96) + normalCdf(1.96)).toBeCloseTo(1, 15);
  });
});
