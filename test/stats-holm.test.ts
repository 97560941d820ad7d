import { describe, expect, it } from 'vitest';
import { holm } from '../src/stats/holm.js';

describe('holm', () => {
  it('matches the pingouin documentation example', () => {
    // pingouin.holm docs: pvals = [.50, .003, .32, .054, .0003] gives
    // [0.64, 0.012, 0.64, 0.162, 0.0015].
    const adjusted = holm([0.5, 0.003, 0.32, 0.054, 0.0003]);
    [0.64, 0.012, 0.64, 0.162, 0.0015].forEach((expected, i) => {
      expect(adjusted[i]).toBeCloseTo(expected, 12);
    });
  });

  it('caps at 1 and keeps the order of the raw p-values', () => {
    const raw = [0.04, 0.01, 0.03, 0.9, 0.02, 0.3];
    const adjusted = holm(raw);
    expect(Math.max(...adjusted)).toBeLessThanOrEqual(1);
    const order = raw.map((_, i) => i).sort((i, j) => raw[i]! - raw[j]!);
    for (let r = 1; r < order.length; r++) {
      expect(adjusted[order[r]!]).toBeGreaterThanOrEqual(adjusted[order[r - 1]!]!);
    }
    expect(adjusted[3]).toBeCloseTo(0.9, 15);
    expect(holm([0.4, 0.5, 0.6])).toEqual([1, 1, 1]);
  });

  it('gives equal p-values equal adjusted values', () => {
    const adjusted = holm([0.01, 0.01, 0.2]);
    expect(adjusted[0]).toBe(adjusted[1]);
    expect(adjusted[0]).toBeCloseTo(0.03, 15);
  });

  it('leaves a single p-value as it is, and an empty list empty', () => {
    expect(holm([0.03])).toEqual([0.03]);
    expect(holm([])).toEqual([]);
  });

  it('refuses what is not a p-value', () => {
    expect(() => holm([0.1, Number.NaN])).toThrow(RangeError);
    expect(() => holm([1.2])).toThrow(RangeError);
  });
});
