import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../src/commands/aggregate.js';
import type { AggregateReport, DepartmentReport } from '../src/report/types.js';
import { root } from './helpers/bin.js';
import { statementIds } from './helpers/responses.js';

const FIXTURE = join('test', 'fixtures', 'aggregate', 'two-organizations');
const BROKEN = join(FIXTURE, 'acme-sales-staff-r-x9-broken.json');

// The fixture, statement by statement (s1 = forecast-accuracy ... s20 = shared-plan-presentations):
//
//   Acme, sales      r-s1 head   all 4                      total 80
//                    r-s2 staff  all 3                            60
//                    r-s3 staff  s1-s10 4, s11-s20 3              70
//                    r-s4 staff  all 3                            60
//   Acme, marketing  r-m1 head   all 2, s20 5                     43
//                    r-m2 staff  all 3, s20 5                     62
//                    r-m3 staff  all 2, s1-s5 and s15 1           34
//   Borealis, sales  r-s2 staff  all 5 (the same id as in Acme)  100
//                    r-b2 staff  all 4                            80
//   and acme-sales-staff-r-x9-broken.json, with a rating of 7: left out.
const s = (n: number) => statementIds[n - 1]!;
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => s(from + i));

/** A department's statement means as the report keeps them, from a rule per statement number. */
function means(rule: (n: number) => number | null): Record<string, number | null> {
  return Object.fromEntries(statementIds.map((id, i) => [id, rule(i + 1)]));
}

let report: AggregateReport;
let exitCode: number;
beforeAll(async () => {
  // The rule off, so the figures of every group can be checked by hand; the same fixture under
  // the default rule is in aggregate-anonymity.test.ts.
  const outcome = await buildReport({ paths: [join(root, FIXTURE)], minGroup: 1 });
  report = outcome.report;
  exitCode = outcome.exitCode;
});

describe('buildReport on two organizations', () => {
  it('counts the valid files, lists the broken one and exits 1', () => {
    expect(exitCode).toBe(1);
    expect(report.files.used).toBe(9);
    expect(report.files.excluded).toEqual([
      {
        file: join(root, BROKEN),
        message: `${join(root, BROKEN)}: answers.forecast-accuracy is 7, outside the scale 1-5`,
      },
    ]);
    expect(report.files.skipped).toEqual([]);
    expect(report.files.superseded).toEqual([]);
    expect(report.organizations.map((o) => o.organization)).toEqual(['Acme', 'Borealis']);
  });

  it('computes Acme sales: 80, 60, 70, 60', () => {
    const sales = report.organizations[0]!.departments[0]!;
    expect(sales).toMatchObject({ department: 'sales', name: 'Sales', n: 4 });
    expect([sales.median, sales.min, sales.max]).toEqual([65, 60, 80]);
    // (80 + 60 + 70 + 60) / 4 = 270 / 4 = 67.5: Aligned (60-79).
    expect(sales.mean).toBe(67.5);
    expect(sales.stage).toBe('aligned');
    // Σ(x − 67.5)² = 12.5² + 7.5² + 2.5² + 7.5² = 156.25 + 56.25 + 6.25 + 56.25 = 275; / 3.
    expect(sales.sd).toBeCloseTo(Math.sqrt(275 / 3), 12);
    // s1-s10: (4 + 3 + 4 + 3) / 4 = 3.5; s11-s20: (4 + 3 + 3 + 3) / 4 = 3.25.
    expect(sales.statements).toEqual(means((n) => (n <= 10 ? 3.5 : 3.25)));
    // The head alone: 80, Integrated; the staff: (60 + 70 + 60) / 3 = 63.33, Aligned.
    expect(sales.roles[0]).toEqual({
      role: 'head',
      name: 'Head of department',
      n: 1,
      mean: 80,
      stage: 'integrated',
    });
    expect(sales.roles[1]).toMatchObject({ role: 'staff', name: 'Staff', n: 3, stage: 'aligned' });
    expect(sales.roles[1]!.mean).toBeCloseTo(190 / 3, 12);
  });

  it('computes Acme marketing: 43, 62, 34', () => {
    const marketing = report.organizations[0]!.departments[1]!;
    expect(marketing).toMatchObject({ department: 'marketing', n: 3, stage: 'defined' });
    expect([marketing.median, marketing.min, marketing.max]).toEqual([43, 34, 62]);
    // (43 + 62 + 34) / 3 = 139 / 3 = 46.33: Defined (40-59).
    expect(marketing.mean).toBeCloseTo(139 / 3, 12);
    // Σx² − (Σx)²/n = 1849 + 3844 + 1156 − 139²/3 = 6849 − 19321/3 = 1226/3; / 2 = 613/3.
    expect(marketing.sd).toBeCloseTo(Math.sqrt(613 / 3), 12);
    // s1-s5 and s15: (2 + 3 + 1) / 3 = 2; s20: (5 + 5 + 2) / 3 = 4; the rest (2 + 3 + 2) / 3.
    const expected = means((n) => (n <= 5 || n === 15 ? 2 : n === 20 ? 4 : 7 / 3));
    for (const id of statementIds) expect(marketing.statements[id]).toBeCloseTo(expected[id]!, 12);
    expect(marketing.roles).toEqual([
      { role: 'head', name: 'Head of department', n: 1, mean: 43, stage: 'defined' },
      // (62 + 34) / 2 = 48
      { role: 'staff', name: 'Staff', n: 2, mean: 48, stage: 'defined' },
    ]);
  });

  it("reads Acme's stage off the mean of department means, and gives the plain mean", () => {
    const acme = report.organizations[0]!;
    expect(acme.respondents).toBe(7);
    // (67.5 + 139/3) / 2 = 683/12 = 56.92: Defined; (270 + 139) / 7 = 409/7 = 58.43.
    expect(acme.meanOfDepartmentMeans).toBeCloseTo(683 / 12, 12);
    expect(acme.meanOfRespondents).toBeCloseTo(409 / 7, 12);
    expect(acme.stage).toBe('defined');
    expect(acme.dateRange).toEqual({
      first: '2026-11-02T09:12:00.000Z',
      last: '2026-11-06T16:45:00.000Z',
    });
  });

  it('orders the perception gap by its size, with both means', () => {
    const { gap } = report.organizations[0]!;
    expect(gap.between).toEqual(['sales', 'marketing']);
    // 67.5 − 139/3 = 127/6 = 21.17
    expect(gap.total).toBeCloseTo(127 / 6, 12);
    expect(gap.means[0]).toBe(67.5);
    expect(gap.means[1]).toBeCloseTo(139 / 3, 12);
    // s1-s5: 3.5 − 2 = 1.5; s15: 3.25 − 2 = 1.25; s6-s10: 3.5 − 7/3 = 7/6;
    // s11-s14, s16-s19: 3.25 − 7/3 = 11/12; s20: 3.25 − 4 = −0.75. Ties in the bank's order.
    const order = [...range(1, 5), s(15), ...range(6, 14), ...range(16, 20)];
    expect(gap.ranked.map((g) => g.statement)).toEqual(order);
    expect(Object.keys(gap.statements)).toEqual(order);
    expect(gap.statements[s(1)]).toBe(1.5);
    expect(gap.statements[s(15)]).toBe(1.25);
    expect(gap.statements[s(6)]).toBeCloseTo(7 / 6, 12);
    expect(gap.statements[s(11)]).toBeCloseTo(11 / 12, 12);
    expect(gap.statements[s(20)]).toBe(-0.75);
    expect(gap.ranked.at(-1)).toEqual({
      statement: s(20),
      means: [3.25, 4],
      difference: -0.75,
      large: false,
    });
  });

  it('names where to act and the advice for the next stage', () => {
    const acme = report.organizations[0]!;
    // Per statement, the mean of the two department means: s15 (3.25 + 2) / 2 = 2.625;
    // s1-s5 (3.5 + 2) / 2 = 2.75; s11-s19 (3.25 + 7/3) / 2 = 2.79; s6-s10 2.92; s20 3.625.
    expect(acme.whereToAct).toEqual([
      { statement: s(15), mean: 2.625 },
      ...range(1, 4).map((statement) => ({ statement, mean: 2.75 })),
    ]);
    const file = join(root, 'questionnaires', 'sales-marketing-alignment.yaml');
    const bank = parse(readFileSync(file, 'utf8'));
    const defined = bank.stages.find((st: { id: string }) => st.id === 'defined');
    expect(acme.advice).toEqual({ from: 'defined', to: 'aligned', steps: defined.advice });
    expect(acme.advice!.steps.length).toBeGreaterThan(0);
  });

  it('shows a department without answers as such, and no gap for Borealis', () => {
    const borealis = report.organizations[1]!;
    const [sales, marketing] = borealis.departments as [DepartmentReport, DepartmentReport];
    // Sales: 100 and 80: mean 90, sample SD √((10² + 10²) / 1) = √200.
    expect(sales).toMatchObject({ n: 2, mean: 90, median: 90, stage: 'integrated' });
    expect([sales.min, sales.max]).toEqual([80, 100]);
    expect(sales.sd).toBeCloseTo(Math.sqrt(200), 12);
    expect(sales.roles.map((r) => [r.role, r.n, r.mean])).toEqual([
      ['head', 0, null],
      ['staff', 2, 90],
    ]);
    expect(marketing).toEqual({
      department: 'marketing',
      name: 'Marketing',
      n: 0,
      mean: null,
      sd: null,
      median: null,
      min: null,
      max: null,
      stage: null,
      statements: means(() => null),
      statementSds: means(() => null),
      ci95: null,
      stageCertainty: null,
      rwgj: null,
      roles: [
        { role: 'head', name: 'Head of department', n: 0, mean: null, stage: null },
        { role: 'staff', name: 'Staff', n: 0, mean: null, stage: null },
      ],
    });
    expect(borealis.gap).toEqual({
      between: ['sales', 'marketing'],
      means: [90, null],
      total: null,
      statements: means(() => null),
      ranked: [],
      test: null,
      statementTests: null,
      reach: null,
      rules: borealis.gap.rules,
    });
    expect(borealis).toMatchObject({ stage: 'integrated', meanOfDepartmentMeans: 90 });
    expect(borealis.meanOfRespondents).toBe(90);
    // 2026-11-19T10:00:00+01:00 is 09:00 UTC.
    expect(borealis.dateRange).toEqual({
      first: '2026-11-19T09:00:00.000Z',
      last: '2026-11-20T08:30:00.000Z',
    });
    expect(borealis.whereToAct).toEqual(range(1, 5).map((statement) => ({ statement, mean: 4.5 })));
    expect(borealis.advice).toEqual({ from: 'integrated', to: null, steps: [] });
  });
});
