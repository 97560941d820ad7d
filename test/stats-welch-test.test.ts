import { describe, expect, it } from 'vitest';
import { hedgesG } from '../src/stats/hedges-g.js';
import { summaryOf, summaryOfValues, type Summary } from '../src/stats/summary-of.js';
import { welchTest } from '../src/stats/welch-test.js';

// Student's (1908) sleep data, R's `sleep` dataset: extra hours of sleep under two drugs.
const sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

function summary(values: number[]): Summary {
  return summaryOfValues(values)!;
}

function table(values: number[], offset = 1, length = 5): { offset: number; counts: number[] } {
  const counts = new Array<number>(length).fill(0);
  for (const value of values) counts[value - offset]!++;
  return { offset, counts };
}

describe('welchTest', () => {
  it("matches R's t.test(extra ~ group, data = sleep), as R prints it", () => {
    // ?t.test example; R prints: t = -1.8608, df = 17.776, p-value = 0.07939, 95 percent
    // confidence interval -3.3654832 0.2054832, means 0.75 and 2.33.
    const test = welchTest(summary(sleep1), summary(sleep2))!;
    expect(test.diff).toBeCloseTo(0.75 - 2.33, 12);
    expect(test.t).toBeCloseTo(-1.8608, 4);
    expect(test.df).toBeCloseTo(17.776, 3);
    expect(Math.abs(test.p - 0.07939)).toBeLessThan(5e-6);
    expect(test.ci95[0]).toBeCloseTo(-3.3654832, 7);
    expect(test.ci95[1]).toBeCloseTo(0.2054832, 7);
  });

  it('agrees with SciPy to full precision on the same data', () => {
    // Extra check, computed with scipy.stats.ttest_ind(equal_var=False) 1.17.1.
    const test = welchTest(summary(sleep1), summary(sleep2))!;
    expect(test.t).toBeCloseTo(-1.8608134674868526, 12);
    expect(test.df).toBeCloseTo(17.776473516178488, 10);
    expect(test.p).toBeCloseTo(0.0793941401873583, 12);
  });

  it('has no test when either group has fewer than two answers', () => {
    expect(welchTest({ n: 1, mean: 60, variance: 0 }, summary(sleep2))).toBeNull();
    expect(welchTest(summary(sleep1), { n: 0, mean: 0, variance: 0 })).toBeNull();
  });

  it('works at n = 2 per group', () => {
    const test = welchTest(summary([60, 64]), summary([50, 52]))!;
    expect(test.diff).toBe(11);
    expect(test.df).toBeGreaterThan(1);
    expect(test.p).toBeGreaterThan(0);
    expect(test.p).toBeLessThan(1);
  });

  it('takes its df from the other group when one group has zero variance', () => {
    const test = welchTest(summary([70, 70, 70]), summary(sleep2))!;
    expect(test.df).toBeCloseTo(sleep2.length - 1, 12);
  });

  it('has no test when both groups answered identically throughout (t is 0/0)', () => {
    expect(welchTest(summary([70, 70, 70]), summary([70, 70, 70, 70]))).toBeNull();
    expect(welchTest(summary([70, 70, 70]), summary([60, 60, 60]))).toBeNull();
  });
});

describe('hedgesG', () => {
  it('matches the R effsize value checked in pingouin’s test suite', () => {
    // raphaelvallat/pingouin tests/test_effsize.py, "Compare with the effsize R package":
    // a = [3.2, 6.4, 1.8, 2.4, 5.8, 6.5], b = [2.4, 3.2, 3.2, 1.4, 2.8, 3.5]; Cohen's d
    // 1.002549, Hedges' g 0.9254296 (with J = 1 − 3/(4(n1 + n2) − 9)).
    const a = summary([3.2, 6.4, 1.8, 2.4, 5.8, 6.5]);
    const b = summary([2.4, 3.2, 3.2, 1.4, 2.8, 3.5]);
    const g = hedgesG(a, b)!;
    expect(g).toBeCloseTo(0.9254296, 7);
    expect(g / (1 - 3 / 39)).toBeCloseTo(1.002549, 6);
    expect(welchTest(a, b)!.hedgesG).toBe(g);
  });

  it('changes sign with the order of the groups', () => {
    expect(hedgesG(summary(sleep2), summary(sleep1))).toBeCloseTo(
      -hedgesG(summary(sleep1), summary(sleep2))!,
      14,
    );
  });
});

describe('summaryOf', () => {
  it('reads the same n, mean and variance off a frequency table as off the list', () => {
    const ratings = [1, 2, 2, 3, 3, 3, 4, 5, 5];
    const fromTable = summaryOf(table(ratings))!;
    const fromList = summaryOfValues(ratings)!;
    expect(fromTable.n).toBe(fromList.n);
    expect(fromTable.mean).toBeCloseTo(fromList.mean, 14);
    expect(fromTable.variance).toBeCloseTo(fromList.variance, 14);
  });

  it('has no summary below two answers', () => {
    expect(summaryOf(table([4]))).toBeNull();
    expect(summaryOf(table([]))).toBeNull();
    expect(summaryOfValues([4])).toBeNull();
  });
});
