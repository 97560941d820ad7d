import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../src/commands/aggregate.js';
import { loadBank } from '../src/questionnaire/load-bank.js';
import type { Bank } from '../src/questionnaire/types.js';
import { renderReport } from '../src/report/render.js';
import type { AggregateReport } from '../src/report/types.js';
import { root, runBin } from './helpers/bin.js';
import { collectedReport } from './helpers/collected-report.js';
import { statementIds, type ResponseSpec } from './helpers/responses.js';

// The anonymity rule (issue 5) under its default k = 3, on the fixture of
// aggregate-report.test.ts: Acme's marketing is one head (43) and two staff (62, 34), its sales
// one head (80) and three staff; Borealis's sales is two staff only (100, 80), and it has no
// marketing answers.

const FIXTURE = join(root, 'test', 'fixtures', 'aggregate', 'two-organizations');
const PLAIN = { tty: false, color: false };
const nulls = Object.fromEntries(statementIds.map((id) => [id, null]));

const ROLES_WITHHELD =
  'Marketing: the figures by role are withheld, as Staff are 2, fewer than 3; heads and staff ' +
  'are shown only together, so that no subtraction recovers the answers of the staff.';
const SALES_WITHHELD =
  'Sales: 2 respondents, fewer than 3, so every figure of the department but its size is ' +
  'withheld.';
const ORGANIZATION_WITHHELD = (names: string) =>
  "The organization's stage, its two means, where to act, the advice and the recommendation " +
  `are withheld: they combine every department, so the figures of ${names} could be worked ` +
  'out from them.';

let report: AggregateReport;
beforeAll(async () => {
  report = (await buildReport({ paths: [FIXTURE] })).report;
});

describe('one head and two staff (Acme marketing)', () => {
  it('shows the department, but its head and staff only together', () => {
    const acme = report.organizations[0]!;
    const marketing = acme.departments[1]!;
    expect(marketing).toMatchObject({ n: 3, median: 43, min: 34, max: 62, stage: 'defined' });
    expect(marketing.mean).toBeCloseTo(139 / 3, 12);
    expect(marketing.roles).toEqual([
      { role: 'head', name: 'Head of department', n: 1, mean: null, stage: null },
      { role: 'staff', name: 'Staff', n: 2, mean: null, stage: null },
    ]);
    expect(acme.withheld).toEqual([{ scope: 'roles:marketing', reason: ROLES_WITHHELD }]);
    // Sales has three staff: its head may be shown apart, n 1, as heads answer as heads.
    expect(acme.departments[0]!.roles.map((r) => [r.role, r.n, r.mean])).toEqual([
      ['head', 1, 80],
      ['staff', 3, 190 / 3],
    ]);
    // Nothing combining the departments needs withholding: both rest on 3 or more.
    expect(acme.meanOfDepartmentMeans).toBeCloseTo(683 / 12, 12);
    expect(acme.gap.total).toBeCloseTo(127 / 6, 12);
  });

  it('says what was withheld and why in the human formats', async () => {
    const table = await renderReport(report, 'table', PLAIN);
    expect(table).toMatch(/^ {2}Head of department +1 +— +withheld$/m);
    expect(table).toMatch(/^ {2}Staff +2 +— +withheld$/m);
    expect(table).toContain(
      'Withheld for anonymity\n----------------------\n  - Marketing: the figures',
    );
    const markdown = await renderReport(report, 'markdown', PLAIN);
    expect(markdown).toContain(
      '| Marketing | 3 | 46.3 | 14.3 | 43.0 | 34 | 62 | Defined | withheld (n 1) | ' +
        'withheld (n 2) |',
    );
    expect(markdown).toContain(`### Withheld for anonymity\n\n- ${ROLES_WITHHELD}\n`);
  });
});

describe('two staff only (Borealis sales)', () => {
  it('withholds every figure of the department but n, and what combines departments', async () => {
    const borealis = report.organizations[1]!;
    expect(borealis.departments[0]).toEqual({
      department: 'sales',
      name: 'Sales',
      n: 2,
      mean: null,
      sd: null,
      median: null,
      min: null,
      max: null,
      stage: null,
      statements: nulls,
      statementSds: nulls,
      ci95: null,
      stageCertainty: null,
      rwgj: null,
      roles: [
        { role: 'head', name: 'Head of department', n: 0, mean: null, stage: null },
        { role: 'staff', name: 'Staff', n: 2, mean: null, stage: null },
      ],
    });
    expect(borealis).toMatchObject({
      respondents: 2,
      stage: null,
      meanOfDepartmentMeans: null,
      meanOfRespondents: null,
      whereToAct: [],
      advice: null,
      recommendation: null,
      alpha: { value: null, n: 2 },
    });
    expect(borealis.withheld).toEqual([
      { scope: 'department:sales', reason: SALES_WITHHELD },
      { scope: 'organization', reason: ORGANIZATION_WITHHELD('Sales') },
    ]);

    // In JSON, null and never absent.
    const json = JSON.parse(await renderReport(report, 'json', PLAIN));
    const sales = json.organizations[1].departments[0];
    for (const key of ['mean', 'sd', 'median', 'min', 'max', 'stage', 'ci95', 'rwgj']) {
      expect(sales).toHaveProperty(key, null);
    }
    expect(json.organizations[1]).toHaveProperty('meanOfRespondents', null);
    expect(json.anonymity).toEqual({ minGroup: 3, on: true });
  });

  it('says so in every human format, and lists it in CSV', async () => {
    const table = await renderReport(report, 'table', PLAIN);
    expect(table).toMatch(/^Sales {7}2 +— +— +— +— +— +withheld$/m);
    expect(table).toContain(
      "Stage and means of the organization: withheld for anonymity (see 'Withheld for anonymity').",
    );
    expect(table).toContain(
      'Anonymity: a figure is shown only if it rests on at least 3 respondents (--min-group 3);',
    );
    const markdown = await renderReport(report, 'markdown', PLAIN);
    expect(markdown).toContain('| Sales | 2 | — | — | — | — | — | withheld | — | withheld (n 2) |');
    expect(markdown).toContain(`- ${SALES_WITHHELD}\n- ${ORGANIZATION_WITHHELD('Sales')}`);
    // No column of dashes for a department withheld.
    expect(markdown).not.toMatch(/^\| # \| Statement \| Sales \|$/m);

    const csv = (await renderReport(report, 'csv', PLAIN)).split('\r\n');
    const withheld = csv.filter((row) => row.startsWith('Borealis,withheld,'));
    expect(withheld).toHaveLength(2);
    expect(withheld[0]).toMatch(
      /^Borealis,withheld,sales,,+"Sales: 2 respondents, fewer than 3, .*",,+department:sales$/,
    );
    expect(csv).toContain('Borealis,department,sales,,(total),2,' + ','.repeat(24));
  });
});

describe('a side of the gap withheld', () => {
  let bank: Bank;
  beforeAll(async () => {
    bank = await loadBank();
  });
  // Sales: a head and three staff; Marketing: two staff.
  const specs: ResponseSpec[] = [
    { role: 'head', answers: 5 },
    { answers: 4 },
    { answers: 4 },
    { answers: 3 },
    { department: 'marketing', answers: 2 },
    { department: 'marketing', answers: 3 },
  ];

  it('withholds the gap, its order, and every figure that combines the departments', async () => {
    const acme = (await collectedReport(bank, specs)).organizations[0]!;
    // 100, 80, 80, 60: the mean of Sales is its own figure and stays.
    expect(acme.departments[0]).toMatchObject({ n: 4, mean: 80, stage: 'integrated' });
    expect(acme.departments[0]!.roles.map((r) => r.mean)).toEqual([100, 220 / 3]);
    expect(acme.gap).toMatchObject({ means: [80, null], total: null, ranked: [], test: null });
    // Back in the bank's order: ranked by size, the order would tell of Marketing's means.
    expect(acme.gap.statements).toEqual(nulls);
    expect(Object.keys(acme.gap.statements)).toEqual(statementIds);
    // Beside Sales's 80 and n, either mean would give Marketing's away: 2·M − 80, 6·R − 320.
    expect([acme.meanOfDepartmentMeans, acme.meanOfRespondents, acme.stage]).toEqual([
      null,
      null,
      null,
    ]);
    const scopes = ['department:marketing', 'gap', 'organization'];
    expect(acme.withheld.map((w) => w.scope)).toEqual(scopes);
    expect(acme.withheld[1]!.reason).toBe(
      'The perception gap is withheld, as Marketing is withheld.',
    );
  });

  it('shows everything with --min-group 1, and says the rule is off', async () => {
    const report = await collectedReport(bank, specs, { minGroup: 1 });
    const acme = report.organizations[0]!;
    expect(report.anonymity).toEqual({ minGroup: 1, on: false });
    expect(acme.withheld).toEqual([]);
    expect(acme.gap.total).toBe(30);
    expect(acme.departments[1]!.roles[1]!.mean).toBe(50);
    const off =
      'Anonymity rule off (--min-group 1): every figure is shown, whatever the size of ' +
      'its group.';
    expect(await renderReport(report, 'markdown', PLAIN)).toContain(off);
    const table = await renderReport(report, 'table', PLAIN);
    expect(table).toContain('Anonymity rule off (--min-group 1)');
    const csv = (await renderReport(report, 'csv', PLAIN)).split('\r\n');
    expect(csv[2]).toMatch(/^,anonymity,,,,1,,+"Anonymity rule off \(--min-group 1\)/);
  });
});

describe('aggregate --min-group, --seed, --resamples and --no-stats', () => {
  it('says in every format that the rule is off with --min-group 1', () => {
    const args = ['aggregate', FIXTURE, '--min-group', '1'];
    const json = JSON.parse(runBin([...args, '--format', 'json']).stdout);
    expect(json.anonymity).toEqual({ minGroup: 1, on: false });
    expect(json.organizations.flatMap((o: { withheld: unknown[] }) => o.withheld)).toEqual([]);
    for (const format of ['table', 'markdown', 'csv', 'html']) {
      const { code, stdout } = runBin([...args, '--format', format]);
      expect(code).toBe(1);
      // The HTML report words it in its method section: "Anonymity: Off (--min-group 1)".
      expect(stdout, format).toMatch(/off \(--min-group 1\)/i);
    }
  });

  it('shows the seed and resamples it was given, and refuses values it cannot use', () => {
    const args = ['aggregate', FIXTURE, '--format', 'json', '--seed', '42', '--resamples', '500'];
    const { statistics } = JSON.parse(runBin(args).stdout);
    expect(statistics).toMatchObject({ seed: 42, resamples: 500 });
    const table = runBin(['aggregate', FIXTURE, '--seed', '42', '--resamples', '500']).stdout;
    expect(table).toContain('stage certainty from 500 bootstrap resamples (seed 42)');

    const bad = [
      ['--seed', 'x', '--seed: "x" is not a whole number from 0 to 4,294,967,295'],
      ['--resamples', '10', '--resamples: "10" is not a whole number from 100 to 100,000'],
      ['--min-group', '0', '--min-group: "0" is not a whole number from 1 to 1,000,000'],
      ['--min-group', '2.5', '--min-group: "2.5" is not a whole number from 1 to 1,000,000'],
    ];
    for (const [flag, value, message] of bad) {
      const { code, stdout, stderr } = runBin(['aggregate', FIXTURE, flag!, value!]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`${message}\n`);
    }
  });

  it('computes no statistic with --no-stats and says so', () => {
    const args = ['aggregate', FIXTURE, '--format', 'json', '--no-stats'];
    const json = JSON.parse(runBin(args).stdout);
    expect(json.statistics).toBeNull();
    expect(json.organizations[0].departments[0].ci95).toBeNull();
    expect(json.organizations[0].gap.test).toBeNull();
    const table = runBin(['aggregate', FIXTURE, '--no-stats']).stdout;
    expect(table).toContain('Statistics off (--no-stats)');
  });
});
