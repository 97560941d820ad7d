import { describe, expect, it } from 'vitest';
import { agreementBand } from '../src/stats/agreement-band.js';
import { CovarianceAccumulator } from '../src/stats/covariance-accumulator.js';
import { rwgJ, uniformNullVariance } from '../src/stats/rwg-j.js';

describe('uniformNullVariance', () => {
  it('is 2 for five response options, as R multilevel::rwg.j documents its ranvar', () => {
    // multilevel::rwg.j docs: "The value of 2 represents the variance from a rectangular
    // distribution in the case where there are 5 response options", ranvar = (A² − 1)/12.
    expect(uniformNullVariance(5)).toBe(2);
    expect(uniformNullVariance(7)).toBe(4);
  });

  it('refuses a scale of fewer than two points', () => {
    expect(() => uniformNullVariance(1)).toThrow(RangeError);
    expect(() => uniformNullVariance(4.5)).toThrow(RangeError);
  });
});

describe('rwgJ', () => {
  it('reduces to the single-item rwg = 1 − s²/σ² for J = 1 (James et al. 1984)', () => {
    expect(rwgJ([0.5], 5)).toBeCloseTo(0.75, 15);
  });

  it('is the Spearman–Brown step-up of the single-item value over J statements', () => {
    // Hand-computed: 20 statements, mean variance 1, σ² = 2: 20·0.5 / (20·0.5 + 0.5) = 0.952381.
    expect(rwgJ(new Array(20).fill(1), 5)).toBeCloseTo(10 / 10.5, 15);
    const single = 1 - 0.8 / 2;
    expect(rwgJ([0.4, 1.2, 0.8], 5)).toBeCloseTo((3 * single) / (1 + 2 * single), 15);
  });

  it('is 1 when every respondent gave the same answers', () => {
    expect(rwgJ(new Array(20).fill(0), 5)).toBe(1);
  });

  it('truncates the mean variance to the null variance: 0, never the >1 of the raw formula', () => {
    // Raw formula at s̄² = 2.5, J = 20: 20·(−0.25) / (20·(−0.25) + 1.25) = 1.33, past its pole;
    // multilevel::rwg.j sets S to ranvar first, so the value is 0.
    expect(rwgJ(new Array(20).fill(2.5), 5)).toBe(0);
    expect(rwgJ(new Array(20).fill(2), 5)).toBe(0);
    expect(rwgJ([2.1], 5)).toBe(0);
  });

  it('reads its variances off the covariance accumulator', () => {
    const accumulator = new CovarianceAccumulator(2);
    for (const row of [
      [4, 5],
      [4, 4],
      [5, 4],
    ])
      accumulator.add(row);
    // Item variances 1/3 and 1/3: r = 1 − (1/3)/2 = 5/6, rwg(2) = (10/6) / (10/6 + 1/6) = 10/11.
    expect(rwgJ(accumulator.itemVariances()!, 5)).toBeCloseTo(10 / 11, 15);
  });

  it('refuses an empty list of statements', () => {
    expect(() => rwgJ([], 5)).toThrow(RangeError);
  });
});

describe('agreementBand', () => {
  // LeBreton & Senter (2008): .00–.30 lack of agreement, .31–.50 weak, .51–.70 moderate,
  // .71–.90 strong, .91–1.00 very strong; values between the printed edges go by their
  // two-decimal rounding, half away from zero.
  it.each([
    [0, 'none'],
    [0.3, 'none'],
    [0.3049, 'none'],
    [0.305, 'weak'],
    [0.31, 'weak'],
    [0.5, 'weak'],
    [0.505, 'moderate'],
    [0.7, 'moderate'],
    [0.71, 'strong'],
    [0.9, 'strong'],
    [0.9049, 'strong'],
    [0.905, 'very strong'],
    [1, 'very strong'],
  ])('%d is %s', (rwg, band) => {
    expect(agreementBand(rwg)).toBe(band);
  });

  it('refuses values outside [0, 1]', () => {
    expect(() => agreementBand(-0.1)).toThrow(RangeError);
    expect(() => agreementBand(1.2)).toThrow(RangeError);
    expect(() => agreementBand(Number.NaN)).toThrow(RangeError);
  });
});
