import { describe, expect, it } from 'vitest';
import { loadBank } from '../src/questionnaire/load-bank.js';
import { stageFor } from '../src/scoring/stage.js';
import { bandOf } from '../src/stats/band-of.js';
import { binomialDraw } from '../src/stats/binomial-draw.js';
import { bootstrapStageCertainty, resampleMeans } from '../src/stats/bootstrap-stage-certainty.js';
import { mulberry32 } from '../src/stats/mulberry32.js';
import { multinomialDraw } from '../src/stats/multinomial-draw.js';
import { quantileSorted } from '../src/stats/quantile-sorted.js';

const bank = await loadBank();
const bands = bank.bands;

function counting(seed: number): { calls: number; random: () => number } {
  const random = mulberry32(seed);
  const counter = {
    calls: 0,
    random: () => {
      counter.calls++;
      return random();
    },
  };
  return counter;
}

// Totals 40..90, each held by `per` × 1, 2 or 3 respondents: the same shape at any size.
function spread(per: number): Map<number, number> {
  const totals = new Map<number, number>();
  for (let total = 40; total <= 90; total++) totals.set(total, per * (1 + (total % 3)));
  return totals;
}

// P(X ≤ k) for X ~ Binomial(n, ½), summed in logs so that n = 10,000 does not underflow.
function binomialHalfCdf(n: number, k: number): number {
  let logTerm = n * Math.log(0.5);
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log((n - i + 1) / i);
    sum += Math.exp(logTerm);
  }
  return sum;
}

function chiSquare(observed: number[], expected: number[]): number {
  return observed.reduce((sum, o, i) => sum + (o - expected[i]!) ** 2 / expected[i]!, 0);
}

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const value = a();
      expect(value).toBe(b());
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });

  it('fills ten equal bins evenly (χ² with 9 df below its 0.1% point, 27.88)', () => {
    const random = mulberry32(7);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) bins[Math.floor(random() * 10)]!++;
    expect(chiSquare(bins, new Array(10).fill(10_000))).toBeLessThan(27.88);
  });
});

describe('binomialDraw', () => {
  function frequencies(n: number, p: number, draws: number, seed: number): number[] {
    const random = mulberry32(seed);
    const counts = new Array<number>(n + 1).fill(0);
    for (let i = 0; i < draws; i++) counts[binomialDraw(n, p, random)]!++;
    return counts;
  }

  function pmf(n: number, p: number): number[] {
    const terms = [(1 - p) ** n];
    for (let k = 1; k <= n; k++) terms.push((terms[k - 1]! * (n - k + 1) * p) / (k * (1 - p)));
    return terms;
  }

  it('follows the binomial law by inversion (n·p < 10): χ² over k = 0..12', () => {
    const draws = 200_000;
    const observed = frequencies(20, 0.3, draws, 11);
    const expected = pmf(20, 0.3).map((mass) => mass * draws);
    // k = 12..20 pooled so every expected count is large; 12 df, 0.1% point 32.91.
    const pool = (values: number[]): number[] => [
      ...values.slice(0, 12),
      values.slice(12).reduce((sum, value) => sum + value, 0),
    ];
    expect(chiSquare(pool(observed), pool(expected))).toBeLessThan(32.91);
  });

  it('follows the binomial law by transformed rejection (n·p ≥ 10): χ² near the mode', () => {
    const draws = 200_000;
    const n = 1000;
    const observed = frequencies(n, 0.3, draws, 12);
    const expected = pmf(n, 0.3).map((mass) => mass * draws);
    // Bins k ≤ 270, one per k in 271..329, k ≥ 330: 60 df, 0.1% point 99.61.
    const bin = (values: number[]): number[] => [
      values.slice(0, 271).reduce((sum, value) => sum + value, 0),
      ...values.slice(271, 330),
      values.slice(330).reduce((sum, value) => sum + value, 0),
    ];
    expect(chiSquare(bin(observed), bin(expected))).toBeLessThan(99.61);
  });

  it('keeps to the law at the switch, n·p = 10, where small k use the exact Stirling tails', () => {
    const draws = 200_000;
    const observed = frequencies(40, 0.25, draws, 13);
    const expected = pmf(40, 0.25).map((mass) => mass * draws);
    // Bins k ≤ 3, one per k in 4..19, k ≥ 20: 17 df, 0.1% point 40.79.
    const bin = (values: number[]): number[] => [
      values.slice(0, 4).reduce((sum, value) => sum + value, 0),
      ...values.slice(4, 20),
      values.slice(20).reduce((sum, value) => sum + value, 0),
    ];
    expect(chiSquare(bin(observed), bin(expected))).toBeLessThan(40.79);
  });

  it('mirrors p above ½ and handles the ends', () => {
    const random = mulberry32(3);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += binomialDraw(500, 0.9, random);
    // Mean 450, SD of the average √(500·0.9·0.1 / 20,000) = 0.047.
    expect(Math.abs(sum / 20_000 - 450)).toBeLessThan(0.25);
    expect(binomialDraw(10, 0, random)).toBe(0);
    expect(binomialDraw(10, 1, random)).toBe(10);
    expect(binomialDraw(0, 0.5, random)).toBe(0);
  });
});

describe('multinomialDraw', () => {
  it('places every pick, and none on a category without weight', () => {
    const random = mulberry32(5);
    const out = new Float64Array(4);
    for (let i = 0; i < 100; i++) {
      multinomialDraw(57, [3, 0, 10, 1], random, out);
      expect(out.reduce((sum, count) => sum + count, 0)).toBe(57);
      expect(out[1]).toBe(0);
    }
  });
});

describe('bandOf', () => {
  it.each([20, 39, 39.99, 40, 59, 59.5, 60, 79.5, 80, 100])(
    'places %d as stageFor does on the bundled bands',
    (value) => {
      expect(bandOf(bands, value).id).toBe(stageFor(bank, value).id);
    },
  );
});

describe('quantileSorted', () => {
  it("interpolates as R's quantile(type = 7): quantile(1:10, 0.025) is 1.225", () => {
    const values = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(quantileSorted(values, 0.025)).toBeCloseTo(1.225, 12);
    expect(quantileSorted(values, 0.975)).toBeCloseTo(9.775, 12);
    expect(quantileSorted([5], 0.5)).toBe(5);
  });
});

describe('bootstrapStageCertainty', () => {
  it('is certain of Aligned when every total is 70', () => {
    const certainty = bootstrapStageCertainty(new Map([[70, 12]]), bands, 1000, 1)!;
    expect(certainty.shares).toEqual({ undefined: 0, defined: 0, aligned: 1, integrated: 0 });
    expect(certainty.interval95).toEqual([70, 70]);
  });

  it('gives the same shares for the same input and seed, and other shares for another seed', () => {
    const totals = new Map([
      [55, 4],
      [58, 3],
      [61, 3],
      [66, 2],
    ]);
    const first = bootstrapStageCertainty(totals, bands, 2000, 2026)!;
    expect(bootstrapStageCertainty(totals, bands, 2000, 2026)).toEqual(first);
    const other = bootstrapStageCertainty(totals, bands, 2000, 2027)!;
    expect(other.shares.aligned).not.toBe(first.shares.aligned);
    expect(Math.abs(other.shares.aligned! - first.shares.aligned!)).toBeLessThan(0.05);
  });

  it.each([100, 10_000])('splits %d totals straddling 60 as the exact binomial law says', (n) => {
    // Half answered 58, half 62: a resample mean is ≥ 60 exactly when at most n/2 of its
    // picks are 58, so P(Aligned) = P(Binomial(n, ½) ≤ n/2), 0.5398 for n = 100 and 0.5040
    // for n = 10,000. 20,000 resamples: SE 0.0035; allowed 4 SE.
    const totals = new Map([
      [58, n / 2],
      [62, n / 2],
    ]);
    const { shares } = bootstrapStageCertainty(totals, bands, 20_000, 9)!;
    const aligned = binomialHalfCdf(n, n / 2);
    expect(Math.abs(shares.aligned! - aligned)).toBeLessThan(0.014);
    expect(shares.defined! + shares.aligned!).toBeCloseTo(1, 12);
  });

  it('has a percentile interval near x̄ ± 1.96·σ/√n', () => {
    const totals = spread(2);
    const n = [...totals.values()].reduce((sum, count) => sum + count, 0);
    let sum = 0;
    let squares = 0;
    for (const [total, count] of totals) sum += total * count;
    const mean = sum / n;
    for (const [total, count] of totals) squares += count * (total - mean) ** 2;
    // The bootstrap standard error of a mean is the SD with divisor n, over √n.
    const se = Math.sqrt(squares / n) / Math.sqrt(n);

    const [low, high] = bootstrapStageCertainty(totals, bands, 20_000, 4)!.interval95;
    expect(Math.abs(low - (mean - 1.96 * se))).toBeLessThan(0.1 * se);
    expect(Math.abs(high - (mean + 1.96 * se))).toBeLessThan(0.1 * se);
  });

  it('reads a frequency table as it reads a map', () => {
    const counts = new Array<number>(81).fill(0);
    counts[55 - 20] = 4;
    counts[61 - 20] = 3;
    const fromTable = bootstrapStageCertainty({ offset: 20, counts }, bands, 500, 8);
    const fromMap = bootstrapStageCertainty(
      new Map([
        [55, 4],
        [61, 3],
      ]),
      bands,
      500,
      8,
    );
    expect(fromTable).toEqual(fromMap);
  });

  it('has nothing to say about an empty group, and refuses a bad resample count', () => {
    expect(bootstrapStageCertainty(new Map(), bands, 100, 1)).toBeNull();
    expect(() => bootstrapStageCertainty(new Map([[70, 3]]), bands, 0, 1)).toThrow(RangeError);
    expect(() => bootstrapStageCertainty(new Map([[70, 3]]), bands, 1.5, 1)).toThrow(RangeError);
  });

  it('costs no more random numbers for 10,000 respondents than about twice 100', () => {
    // Same 51 distinct totals at every size. Copying respondents would cost n draws a
    // resample (100× more for 10,000); the multinomial draw costs O(distinct totals).
    const calls = (per: number): number => {
      const counter = counting(1);
      resampleMeans(spread(per), 1000, counter.random);
      return counter.calls / 1000;
    };
    const small = calls(1); // 102 respondents
    const large = calls(100); // 10,200
    const huge = calls(10_000); // 1,020,000
    expect(large / small).toBeLessThan(3);
    expect(huge / large).toBeLessThan(1.1);
    expect(large).toBeLessThan(3 * 51);
  });

  it('takes about as long for 10,000 respondents as for 100 (a ratio, not a time)', () => {
    const time = (per: number): number => {
      const runs: number[] = [];
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        resampleMeans(spread(per), 2000, mulberry32(run));
        runs.push(performance.now() - start);
      }
      return runs.sort((a, b) => a - b)[2]!;
    };
    time(1); // warm-up, so the first measured run is not the one that compiles the code
    expect(time(100) / time(1)).toBeLessThan(5);
  });
});
