import { describe, expect, it } from 'vitest';
import { CovarianceAccumulator } from '../src/stats/covariance-accumulator.js';
import { cronbachAlpha } from '../src/stats/cronbach-alpha.js';

// pingouin's `cronbach_alpha` dataset (pingouin/datasets/cronbach_alpha.csv): 15 subjects
// answering 10 items on a seven-point scale, one array per item as in the long-format file.
const items = [
  [3, 5, 7, 2, 6, 1, 4, 2, 6, 5, 4, 4, 5, 6, 4],
  [2, 4, 3, 4, 5, 2, 3, 4, 5, 4, 3, 2, 5, 5, 3],
  [4, 6, 5, 3, 6, 3, 5, 4, 5, 6, 5, 3, 6, 5, 5],
  [1, 3, 5, 3, 5, 4, 3, 3, 5, 4, 2, 2, 2, 4, 5],
  [4, 5, 6, 2, 4, 2, 5, 7, 1, 3, 5, 5, 3, 2, 3],
  [5, 1, 4, 2, 4, 5, 2, 2, 6, 5, 3, 3, 3, 2, 1],
  [1, 2, 3, 2, 4, 2, 1, 2, 5, 3, 2, 4, 2, 1, 3],
  [4, 5, 3, 6, 6, 3, 2, 4, 2, 1, 3, 2, 4, 4, 2],
  [3, 5, 6, 6, 7, 5, 4, 6, 3, 7, 4, 3, 4, 6, 3],
  [2, 5, 5, 3, 5, 2, 3, 5, 2, 2, 1, 4, 5, 5, 4],
];
const rows = items[0]!.map((_, subject) => items.map((item) => item[subject]!));

function accumulate(data: number[][]): CovarianceAccumulator {
  const accumulator = new CovarianceAccumulator(data[0]!.length);
  for (const row of data) accumulator.add(row);
  return accumulator;
}

function sampleVariance(values: number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
}

describe('cronbachAlpha', () => {
  it('matches the pingouin documentation example', () => {
    // pingouin.cronbach_alpha docs, "Likert-type long-format dataframe": (0.591719, [0.195,
    // 0.84]); pingouin states its results were tested against R's psych package.
    expect(cronbachAlpha(accumulate(rows))).toBeCloseTo(0.591719, 6);
  });

  it('is negative, not clamped, when items move against each other', () => {
    // Two items: variances 1 and 1, total variance 1 + 1 + 2·(−0.5) = 1, α = 2·(1 − 2/1) = −2.
    expect(
      cronbachAlpha(
        accumulate([
          [1, 3],
          [2, 1],
          [3, 2],
        ]),
      ),
    ).toBeCloseTo(-2, 12);
  });

  it('has no value below two respondents, for one item, or when the totals do not vary', () => {
    expect(cronbachAlpha(accumulate([[1, 2, 3]]))).toBeNull();
    expect(cronbachAlpha(accumulate([[1], [2], [3]]))).toBeNull();
    expect(
      cronbachAlpha(
        accumulate([
          [4, 4, 4],
          [4, 4, 4],
          [4, 4, 4],
        ]),
      ),
    ).toBeNull();
    expect(
      cronbachAlpha(
        accumulate([
          [1, 5],
          [5, 1],
          [3, 3],
        ]),
      ),
    ).toBeNull();
  });
});

describe('CovarianceAccumulator', () => {
  it('gives the two-pass sample variances of items and totals', () => {
    const accumulator = accumulate(rows);
    accumulator.itemVariances()!.forEach((variance, i) => {
      expect(variance).toBeCloseTo(sampleVariance(items[i]!), 12);
    });
    const totals = rows.map((row) => row.reduce((sum, value) => sum + value, 0));
    expect(accumulator.totalVariance()).toBeCloseTo(sampleVariance(totals), 12);
  });

  it('is symmetric in its covariances', () => {
    const accumulator = accumulate(rows);
    expect(accumulator.covariance(2, 7)).toBe(accumulator.covariance(7, 2));
  });

  it('takes a row out again exactly, even the first one it centred on', () => {
    const accumulator = accumulate(rows);
    const duplicate = [7, 7, 7, 7, 7, 7, 7, 7, 7, 7];
    accumulator.add(duplicate);
    accumulator.remove(duplicate);
    expect(accumulator.itemVariances()).toEqual(accumulate(rows).itemVariances());

    accumulator.remove(rows[0]!);
    const without = accumulate(rows.slice(1));
    expect(accumulator.n).toBe(14);
    expect(accumulator.totalVariance()).toBeCloseTo(without.totalVariance()!, 12);
  });

  it('stays exact far from zero, where Σx² − (Σx)²/n would cancel', () => {
    const far = rows.map((row) => row.map((value) => value + 1e9));
    expect(cronbachAlpha(accumulate(far))).toBeCloseTo(0.591719, 6);
  });

  it('has no variances below two rows and refuses rows of the wrong length', () => {
    const accumulator = new CovarianceAccumulator(3);
    expect(accumulator.itemVariances()).toBeNull();
    accumulator.add([1, 2, 3]);
    expect(accumulator.totalVariance()).toBeNull();
    expect(() => accumulator.add([1, 2])).toThrow(RangeError);
    expect(() => new CovarianceAccumulator(3).remove([1, 2, 3])).toThrow(RangeError);
  });
});
