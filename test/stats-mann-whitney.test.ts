import { describe, expect, it } from 'vitest';
import { mannWhitney } from '../src/stats/mann-whitney.js';

function table(values: number[]): { offset: number; counts: number[] } {
  const offset = Math.min(...values);
  const counts = new Array<number>(Math.max(...values) - offset + 1).fill(0);
  for (const value of values) counts[value - offset]!++;
  return { offset, counts };
}

const empty = { offset: 1, counts: [0, 0, 0, 0, 0] };

describe('mannWhitney', () => {
  it('matches the SciPy documentation example (no ties)', () => {
    // scipy.stats.mannwhitneyu docs: males [19, 22, 16, 29, 24], females [20, 11, 17, 12];
    // U1 = 17.0, and with method="asymptotic" p = 0.11134688653314041.
    const test = mannWhitney(table([19, 22, 16, 29, 24]), table([20, 11, 17, 12]))!;
    expect(test.u).toBe(17);
    expect(test.p).toBeCloseTo(0.11134688653314041, 12);
  });

  it("matches R's ?wilcox.test example with ties (airquality, May vs August ozone)", () => {
    // wilcox.test(Ozone ~ Month, data = airquality, subset = Month %in% c(5, 8)); R prints
    // "Wilcoxon rank sum test with continuity correction, W = 127.5, p-value = 0.0001208".
    // Ozone values as in R's airquality dataset, missing days left out.
    const may = [41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4];
    may.push(32, 23, 45, 115, 37);
    const august = [39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9];
    august.push(45, 168, 73, 76, 118, 84, 85);
    const test = mannWhitney(table(may), table(august))!;
    expect(test.u).toBe(127.5);
    expect(Math.abs(test.p - 0.0001208)).toBeLessThan(5e-8);
  });

  it('agrees with SciPy on five-point answers full of ties', () => {
    // Extra checks, computed with scipy.stats.mannwhitneyu(method="asymptotic") 1.17.1.
    const test = mannWhitney(table([5, 4, 4, 5, 3, 4, 5, 4]), table([2, 3, 3, 4, 2, 1, 3, 3, 2]))!;
    expect(test.u).toBe(67);
    expect(test.p).toBeCloseTo(0.002484782681665431, 14);

    const large = mannWhitney(
      { offset: 1, counts: [100, 200, 300, 250, 150] },
      { offset: 1, counts: [150, 250, 300, 200, 100] },
    )!;
    expect(large.u).toBe(570000);
    expect(large.p / 2.512094734461173e-8).toBeCloseTo(1, 9);
  });

  it('gives the other sample U = n1·n2 − U and the same p', () => {
    const a = table([5, 4, 4, 5, 3, 4, 5, 4]);
    const b = table([2, 3, 3, 4, 2, 1, 3, 3, 2]);
    const ab = mannWhitney(a, b)!;
    const ba = mannWhitney(b, a)!;
    expect(ba.u).toBe(8 * 9 - ab.u);
    expect(ba.p).toBeCloseTo(ab.p, 15);
    expect(ba.z).toBeCloseTo(-ab.z, 15);
  });

  it('does not depend on how the tables are laid out', () => {
    const narrow = mannWhitney(table([2, 3, 3]), table([3, 4, 4, 5]))!;
    const wide = mannWhitney(
      { offset: 1, counts: [0, 1, 2, 0, 0] },
      { offset: 1, counts: [0, 0, 1, 2, 1] },
    )!;
    expect(wide).toEqual(narrow);
  });

  it('reports p = 1 when every answer is the same, as SciPy does', () => {
    expect(mannWhitney(table([3, 3, 3]), table([3, 3, 3, 3]))).toEqual({ u: 6, z: 0, p: 1 });
  });

  it('reports p = 1 for one answer against one (U is half a unit from its mean)', () => {
    expect(mannWhitney(table([3]), table([4]))).toEqual({ u: 0, z: 0, p: 1 });
  });

  it('has no test when a sample is empty', () => {
    expect(mannWhitney(empty, table([1, 2, 3]))).toBeNull();
    expect(mannWhitney(table([1, 2, 3]), empty)).toBeNull();
  });
});
