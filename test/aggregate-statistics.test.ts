import { beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../src/questionnaire/load-bank.js';
import type { Bank } from '../src/questionnaire/types.js';
import { decimals, percentOf, probability, pValue, unitDecimals } from '../src/report/numbers.js';
import { renderReport } from '../src/report/render.js';
import type { AggregateReport, OrganizationReport } from '../src/report/types.js';
import { mannWhitney } from '../src/stats/mann-whitney.js';
import { smallestMannWhitneyP } from '../src/stats/smallest-mann-whitney-p.js';
import { collectedReport } from './helpers/collected-report.js';
import { statementIds, type ResponseSpec } from './helpers/responses.js';

// The statistics of issue 5 as `aggregate` wires them, on a fixture whose every figure was
// computed independently with SciPy 1.17.1 and NumPy 2.4.6 (scipy.stats.ttest_ind with
// equal_var=False, mannwhitneyu with method="asymptotic", t.interval; Holm, rwg(j) and alpha
// by their formulas over the raw ratings). The pure functions have their own tests
// (stats-*.test.ts); these check that the right counts reach them.

let bank: Bank;
beforeAll(async () => {
  bank = await loadBank();
});

const PLAIN = { tty: false, color: false };
const MARKETING = { department: 'marketing' };

/** 20 ratings: 3 throughout, then the first few statements set. */
function ratings(...first: number[]): number[] {
  return statementIds.map((_, k) => first[k] ?? 3);
}

// Eight sales staff and eight marketing staff. Statement 1 (forecast-accuracy): Sales all 5,
// Marketing all 1 but one 2. Statement 2: Sales four 4s and four 3s, Marketing four 3s and four
// 2s. Statements 3 and 4 vary within each side; the other 16 are 3 for everyone.
// Sales totals 60 62 64 63 64 61 60 62; Marketing totals 58 60 59 56 57 56 58 61.
const EIGHT = Array.from({ length: 8 }, (_, i) => i);
const SALES: ResponseSpec[] = EIGHT.map((i) => ({
  answers: ratings(5, i < 4 ? 4 : 3, 1 + (i % 5), 2 + (i % 3)),
}));
const MARKETING_EIGHT: ResponseSpec[] = EIGHT.map((i) => ({
  ...MARKETING,
  answers: ratings(i < 7 ? 1 : 2, i < 4 ? 3 : 2, 1 + ((i + 2) % 5), 2 + ((i + 1) % 3)),
}));

describe('the statistics on eight against eight', () => {
  let org: OrganizationReport;
  let report: AggregateReport;
  beforeAll(async () => {
    report = await collectedReport(bank, [...SALES, ...MARKETING_EIGHT]);
    org = report.organizations[0]!;
  });

  it("tests the gap in total with Welch's t, as SciPy does", () => {
    const test = org.gap.test!;
    // ttest_ind(sales, marketing, equal_var=False): t 4.535621836465765, df 13.803651452282155,
    // p 0.0004827399531129351, confidence_interval() (2.0401572047316914, 5.709842795268308).
    expect(test.t).toBeCloseTo(4.535621836465765, 10);
    expect(test.df).toBeCloseTo(13.803651452282155, 10);
    expect(test.p).toBeCloseTo(0.0004827399531129351, 12);
    expect(test.ci95[0]).toBeCloseTo(2.0401572047316914, 10);
    expect(test.ci95[1]).toBeCloseTo(5.709842795268308, 10);
    // Pooled SD with J = 1 − 3/(4·16 − 9): 2.144112140874725.
    expect(test.hedgesG).toBeCloseTo(2.144112140874725, 10);
    expect(Object.keys(test)).toEqual(['t', 'df', 'p', 'ci95', 'hedgesG']);
  });

  it('tests each statement by Mann–Whitney U, Holm-adjusted over all 20, marked both ways', () => {
    const tests = org.gap.statementTests!;
    expect(Object.keys(tests)).toEqual(Object.keys(org.gap.statements));
    // mannwhitneyu(..., method="asymptotic"): U 64, p 0.00020537573614121685; Holm over the 20
    // p-values (16 of them 1): 0.004107514722824337, below 0.05.
    const first = tests['forecast-accuracy']!;
    expect(first.diff).toBeCloseTo(5 - 9 / 8, 12);
    expect(first.u).toBe(64);
    expect(first.p).toBeCloseTo(0.00020537573614121685, 14);
    expect(first.pAdjusted).toBeCloseTo(0.004107514722824337, 13);
    expect(first.notable).toBe(true);
    // U 56, p 0.007328013253645392, Holm 0.13923225181926246: not notable, yet a large gap of 1.
    const second = tests['no-blame']!;
    expect([second.u, second.notable]).toEqual([56, false]);
    expect(second.p).toBeCloseTo(0.007328013253645392, 14);
    expect(second.pAdjusted).toBeCloseTo(0.13923225181926246, 13);
    expect(org.gap.ranked.find((g) => g.statement === 'no-blame')!.large).toBe(true);
    expect(tests['marketing-meets-customers']).toMatchObject({ u: 22, pAdjusted: 1 });
    expect(tests['marketing-meets-customers']!.p).toBeCloseTo(0.30899255825884675, 13);
    expect(tests['sales-in-marketing-plan']!.p).toBeCloseTo(0.5777309038086982, 13);
    // Everyone gave 3: no evidence of a difference.
    const same = { diff: 0, u: 32, p: 1, pAdjusted: 1, notable: false };
    expect(tests['common-language']).toEqual(same);
    // Smallest p for 8 and 8, mannwhitneyu([2]*8, [1]*8): 0.00013758605716602886 < 0.05 / 20.
    expect(org.gap.reach!.smallestP).toBeCloseTo(0.00013758605716602886, 15);
    expect(org.gap.reach).toMatchObject({ threshold: 0.0025, possible: true });
  });

  it('gives each department its interval, stage certainty and agreement', () => {
    const sales = org.departments[0]!;
    // t.interval(0.95, 7, loc=62, scale=sem(totals)): (60.65938406132284, 63.34061593867716).
    expect(sales.mean).toBe(62);
    expect(sales.ci95![0]).toBeCloseTo(60.65938406132284, 10);
    expect(sales.ci95![1]).toBeCloseTo(63.34061593867716, 10);
    // Every total lies in 60-79, so every resample mean does.
    expect(sales.stageCertainty).toEqual({ undefined: 0, defined: 0, aligned: 1, integrated: 0 });
    // Mean statement variance 0.14821428571428572 against 2: rwg(j) 0.9960140229553858.
    expect(sales.rwgj!.value).toBeCloseTo(0.9960140229553858, 12);
    expect(sales.rwgj).toMatchObject({ band: 'very strong', split: false });
    expect(org.departments[1]!.rwgj!.value).toBeCloseTo(0.9958326307421772, 12);
    // Statement 2 of Sales: four 4s and four 3s, sample SD √(2/7).
    expect(sales.statementSds['no-blame']).toBeCloseTo(Math.sqrt(2 / 7), 12);
  });

  it("gives Cronbach's alpha over all 16 respondents, negative as it comes", () => {
    // k/(k − 1) · (1 − Σ s²ᵢ / s²ₜ) over the 16 × 20 ratings: −0.08342838520449719.
    expect(org.alpha.n).toBe(16);
    expect(org.alpha.value).toBeCloseTo(-0.08342838520449719, 12);
  });

  it('shows the settings it used', () => {
    expect(report.statistics).toEqual({
      seed: 1,
      resamples: 1000,
      minRespondents: 3,
      level: 0.05,
      largeDifference: 1,
    });
  });
});

describe('the bootstrap of stage certainty', () => {
  // Marketing's totals 43, 62, 34 straddle two band edges, so the shares are not all or nothing.
  const SPREAD: ResponseSpec[] = [
    { ...MARKETING, answers: ratings(...Array<number>(19).fill(2), 5) },
    { ...MARKETING, answers: ratings(...Array<number>(19).fill(3), 5) },
    { ...MARKETING, answers: ratings(1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2) },
  ];
  const certainty = async (options: { seed?: number; resamples?: number }) => {
    const report = await collectedReport(bank, SPREAD, options);
    return report.organizations[0]!.departments[1]!.stageCertainty!;
  };

  it('gives the same shares under the same seed, and others under another', async () => {
    const once = await certainty({ seed: 7 });
    expect(await certainty({ seed: 7 })).toEqual(once);
    expect(await certainty({ seed: 8 })).not.toEqual(once);
    const sum = Object.values(once).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    // Mean 46.3: Defined most of the time, never Integrated (no total reaches 80).
    expect(once.defined).toBeGreaterThan(0.6);
    expect(once.integrated).toBe(0);
  });

  it('counts in whole resamples of the number asked for', async () => {
    const shares = await certainty({ resamples: 500 });
    for (const share of Object.values(shares)) expect(Number.isInteger(share * 500)).toBe(true);
  });
});

describe('small groups', () => {
  // One sales staff member and two marketing staff, with the anonymity rule off.
  const SMALL: ResponseSpec[] = [
    { answers: 4 },
    { ...MARKETING, answers: 2 },
    { ...MARKETING, answers: 3 },
  ];
  let report: AggregateReport;
  beforeAll(async () => {
    report = await collectedReport(bank, SMALL, { minGroup: 1 });
  });

  it('gives no inferential number below 3 respondents, only the descriptive ones', () => {
    const [sales, marketing] = report.organizations[0]!.departments;
    expect(sales).toMatchObject({ n: 1, mean: 80, sd: null, ci95: null, rwgj: null });
    expect(sales!.stageCertainty).toBeNull();
    expect(marketing).toMatchObject({ n: 2, mean: 50, ci95: null, stageCertainty: null });
    expect(marketing!.rwgj).toBeNull();
    expect(marketing!.sd).toBeCloseTo(Math.sqrt(200), 12);
    const { gap, alpha } = report.organizations[0]!;
    expect(gap.total).toBe(30);
    expect([gap.test, gap.statementTests, gap.reach]).toEqual([null, null, null]);
    // Three respondents in the organization are enough for alpha; each rates every statement
    // alike, so the statements covary perfectly and alpha is 1.
    expect(alpha.n).toBe(3);
    expect(alpha.value).toBeCloseTo(1, 12);
  });

  it('says so in the human formats instead of a number', async () => {
    const table = await renderReport(report, 'table', PLAIN);
    expect(table).toMatch(/^Sales +too few \(n < 3\) +— +—$/m);
    expect(table).toContain(
      'No test of the gap: Sales and Marketing have fewer than 3 respondents.',
    );
    const markdown = await renderReport(report, 'markdown', PLAIN);
    expect(markdown).toContain('| Marketing | too few (n < 3) | — | — |');
  });
});

describe('a department that disagrees with itself', () => {
  // All 1s, all 5s and all 3s: every statement's variance is 4, twice the uniform null of 2, so
  // s̄²/σ² is truncated to 1 and rwg(j) is 0.
  const SPLIT: ResponseSpec[] = [{ answers: 1 }, { answers: 5 }, { answers: 3 }];

  it('reports no agreement, says the mean hides a split and shows the spread', async () => {
    const report = await collectedReport(bank, SPLIT);
    const sales = report.organizations[0]!.departments[0]!;
    expect(sales.rwgj).toEqual({ value: 0, band: 'none', split: true });
    const markdown = await renderReport(report, 'markdown', PLAIN);
    expect(markdown).toContain(
      'Sales: the mean hides a split (agreement none, rwg(j) .00). Totals run from 20 to 100, SD ' +
        '40.0; rated most differently: forecast-accuracy (SD 2.0), no-blame (SD 2.0), ' +
        'marketing-meets-customers (SD 2.0).',
    );
    const table = await renderReport(report, 'table', PLAIN);
    expect(table).toMatch(/^Sales +-39\.4 to 159\.4 +.+ +\.00 none: split$/m);
    expect(table).toContain('Sales: the mean hides a split (agreement none, rwg(j) .00).');
    expect(markdown).toMatch(/^\| Sales \| \S+ to \S+ \| .+ \| \.00 none: split \|$/m);
  });
});

describe('--no-stats', () => {
  it('computes no statistic, says so, and keeps the anonymity rule', async () => {
    const report = await collectedReport(bank, [...SALES, ...MARKETING_EIGHT], { stats: false });
    expect(report.statistics).toBeNull();
    expect(report.anonymity).toEqual({ minGroup: 3, on: true });
    const org = report.organizations[0]!;
    expect(org.alpha).toEqual({ value: null, n: 16 });
    expect(org.gap).toMatchObject({ test: null, statementTests: null, reach: null });
    for (const d of org.departments) {
      expect([d.ci95, d.stageCertainty, d.rwgj]).toEqual([null, null, null]);
    }
    expect(org.gap.total).toBeCloseTo(62 - 465 / 8, 12);
    const text = await renderReport(report, 'table', PLAIN);
    expect(text).toContain('Statistics off (--no-stats): no intervals, stage certainty,');
    expect(text).not.toContain('Statistics by department');
    expect(text).not.toContain('p (Holm)');
  });
});

describe('a respondent who answered again', () => {
  it("takes the earlier answers out of Cronbach's alpha too", async () => {
    const later = '2026-11-05T09:00:00Z';
    const first = [...SALES.slice(0, 4), ...MARKETING_EIGHT.slice(0, 4)].map((spec, i) => ({
      ...spec,
      id: `r-${i}`,
    }));
    // r-0 answers again, later, with r-5's answers (as a marketer): the same 8 rows as first
    // with r-0's replaced.
    const again = { ...first[5]!, id: 'r-0', completedAt: later };
    const replaced = (await collectedReport(bank, [...first, again])).organizations[0]!;
    const fresh = await collectedReport(bank, [{ ...first[5]!, id: 'r-0' }, ...first.slice(1)]);
    expect(replaced.respondents).toBe(8);
    expect(replaced.alpha.value).not.toBeNull();
    expect(replaced.alpha.value).toBeCloseTo(fresh.organizations[0]!.alpha.value!, 12);
  });
});

describe('smallestMannWhitneyP', () => {
  it('gives the p of complete separation, as SciPy does', () => {
    // mannwhitneyu([2]*3, [1]*3, method="asymptotic"): 0.04685417760387376.
    expect(smallestMannWhitneyP(3, 3)).toBeCloseTo(0.04685417760387376, 15);
    expect(smallestMannWhitneyP(8, 8)).toBeCloseTo(0.00013758605716602886, 15);
    expect(smallestMannWhitneyP(0, 5)).toBe(1);
  });

  it('is the smallest p of every pair of samples of up to 4 ratings on five points', () => {
    const samples = (n: number): number[][] =>
      n === 0
        ? [[]]
        : samples(n - 1).flatMap((s) =>
            [1, 2, 3, 4, 5].filter((v) => s.length === 0 || v >= s.at(-1)!).map((v) => [...s, v]),
          );
    const table = (values: number[]) => {
      const counts = [0, 0, 0, 0, 0];
      for (const v of values) counts[v - 1]! += 1;
      return { offset: 1, counts };
    };
    for (const [n1, n2] of [
      [1, 4],
      [2, 3],
      [3, 3],
      [4, 2],
      [4, 4],
    ] as const) {
      let smallest = 1;
      for (const a of samples(n1)) {
        for (const b of samples(n2)) {
          smallest = Math.min(smallest, mannWhitney(table(a), table(b))!.p);
        }
      }
      expect(smallestMannWhitneyP(n1, n2)).toBeCloseTo(smallest, 14);
    }
  });
});

describe('how the human formats write the statistics', () => {
  it('rounds half away from zero, and writes p and unit indices without the leading zero', () => {
    expect(decimals(0.835, 2)).toBe('0.84');
    expect(decimals(-2.005, 2)).toBe('-2.01');
    expect(decimals(-0.001, 2)).toBe('0.00');
    expect(pValue(0.10453580519452702)).toBe('.105');
    expect(pValue(0.0004827)).toBe('< .001');
    expect(pValue(1)).toBe('1.000');
    expect(unitDecimals(0.9871658)).toBe('.99');
    expect(unitDecimals(-0.0834)).toBe('-.08');
    expect(probability(0.0025)).toBe('0.0025');
    expect(probability(0.024744672)).toBe('0.025');
  });

  it('never calls a share 0% or 100% unless it is', () => {
    expect(percentOf(0.825)).toBe('83%');
    expect(percentOf(0.002)).toBe('< 1%');
    expect(percentOf(0.998)).toBe('> 99%');
    expect([percentOf(0), percentOf(1)]).toEqual(['0%', '100%']);
  });
});
