import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin, tempDir } from './helpers/bin.js';
import { csvHeader, csvRecords } from './helpers/csv-records.js';
import { makeResponse, statementIds, writeJson } from './helpers/responses.js';

const FIXTURE = join('test', 'fixtures', 'aggregate', 'two-organizations');
const BROKEN = join(FIXTURE, 'acme-sales-staff-r-x9-broken.json');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('sma-aggregate-')));
afterEach(() => cleanup());

/** The fixture without its broken file, copied into the temp folder. */
function validFixture(): string {
  const target = join(dir, 'valid');
  cpSync(FIXTURE, target, { recursive: true, filter: (src) => !src.endsWith('broken.json') });
  return target;
}

const ORGANIZATION_KEYS = [
  'organization',
  'respondents',
  'dateRange',
  'stage',
  'meanOfDepartmentMeans',
  'meanOfRespondents',
  'departments',
  'gap',
  'whereToAct',
  'advice',
  'alpha',
  'withheld',
];
const DEPARTMENT_KEYS = [
  'department',
  'n',
  'mean',
  'sd',
  'median',
  'min',
  'max',
  'stage',
  'statements',
  'roles',
  'statementSds',
  'ci95',
  'stageCertainty',
  'rwgj',
];

describe('aggregate --format json', () => {
  it('follows the contract field by field, with null where a value does not exist', () => {
    const { code, stdout, stderr } = runBin(['aggregate', FIXTURE, '--format', 'json']);
    expect(code).toBe(1);
    const problem = `${BROKEN}: answers.forecast-accuracy is 7, outside the scale 1-5`;
    expect(stderr).toBe(`error: ${problem}\n`);

    const report = JSON.parse(stdout);
    expect(report.questionnaire).toMatchObject({ id: 'sales-marketing-alignment', version: '1.0' });
    expect(report.title).toBeNull();
    expect(report.preparedBy).toBeNull();
    expect(report.files.used).toBe(9);
    expect(report.files.excluded).toEqual([{ file: BROKEN, message: problem }]);
    expect(report.statistics).toMatchObject({ seed: 1, resamples: 1000 });
    expect(report.anonymity).toEqual({ minGroup: 3, on: true });

    const [acme, borealis] = report.organizations;
    for (const org of report.organizations) {
      expect(Object.keys(org)).toEqual(expect.arrayContaining(ORGANIZATION_KEYS));
      expect(Object.keys(org.dateRange)).toEqual(['first', 'last']);
      const gapKeys = ['between', 'total', 'statements', 'test', 'statementTests', 'rules'];
      expect(Object.keys(org.gap)).toEqual(expect.arrayContaining([...gapKeys, 'reach']));
      expect(Object.keys(org.alpha)).toEqual(['value', 'n']);
      for (const d of org.departments) {
        expect(Object.keys(d)).toEqual(expect.arrayContaining(DEPARTMENT_KEYS));
        expect(Object.keys(d.statements)).toEqual(statementIds);
        for (const r of d.roles) {
          expect(Object.keys(r)).toEqual(expect.arrayContaining(['role', 'n', 'mean', 'stage']));
        }
      }
    }

    // Acme: sales 80, 60, 70, 60; marketing 43, 62, 34 (see aggregate-report.test.ts).
    expect(acme).toMatchObject({
      organization: 'Acme',
      respondents: 7,
      dateRange: { first: '2026-11-02T09:12:00.000Z', last: '2026-11-06T16:45:00.000Z' },
      stage: 'defined',
    });
    expect(acme.meanOfDepartmentMeans).toBeCloseTo(683 / 12, 12);
    expect(acme.meanOfRespondents).toBeCloseTo(409 / 7, 12);
    expect(acme.departments[0]).toMatchObject({
      department: 'sales',
      n: 4,
      mean: 67.5,
      median: 65,
      min: 60,
      max: 80,
      stage: 'aligned',
    });
    expect(acme.departments[0].roles).toEqual([
      { role: 'head', name: 'Head of department', n: 1, mean: 80, stage: 'integrated' },
      { role: 'staff', name: 'Staff', n: 3, mean: 190 / 3, stage: 'aligned' },
    ]);
    expect(acme.departments[1]).toMatchObject({
      department: 'marketing',
      n: 3,
      median: 43,
      min: 34,
      max: 62,
      stage: 'defined',
    });
    expect(acme.gap.between).toEqual(['sales', 'marketing']);
    expect(acme.gap.total).toBeCloseTo(127 / 6, 12);
    // Numbers are not rounded: a negative gap of exactly −0.75 stays so.
    expect(acme.gap.statements['shared-plan-presentations']).toBe(-0.75);
    expect(acme.whereToAct[0]).toEqual({ statement: 'funnel-analytics', mean: 2.625 });
    expect(Object.keys(acme.advice)).toEqual(['from', 'to', 'steps']);
    expect(acme.advice).toMatchObject({ from: 'defined', to: 'aligned' });
    expect(acme.gap.test.p).toBeCloseTo(0.10453580519452702, 12);
    expect(acme.departments[0].ci95).toHaveLength(2);
    expect(acme.withheld).toEqual([{ scope: 'roles:marketing', reason: expect.any(String) }]);

    // Borealis has no marketing answers: nulls, never zeros, and no gap. Its sales are two
    // staff, so the anonymity rule withholds them, and what combines departments.
    expect(borealis.departments[1]).toMatchObject({
      n: 0,
      mean: null,
      sd: null,
      median: null,
      min: null,
      max: null,
      stage: null,
    });
    expect(Object.values(borealis.departments[1].statements).every((v) => v === null)).toBe(true);
    expect(borealis.gap).toMatchObject({ total: null, ranked: [], test: null });
    expect(borealis.departments[0]).toMatchObject({ n: 2, mean: null, sd: null });
    expect(borealis).toMatchObject({ stage: null, advice: null, alpha: { value: null, n: 2 } });
    expect(borealis.withheld.map((w: { scope: string }) => w.scope)).toEqual([
      'department:sales',
      'organization',
    ]);
  });

  it('carries --title and --prepared-by, tidied to one line', () => {
    const valid = validFixture();
    const { code, stdout } = runBin([
      'aggregate',
      valid,
      '--format',
      'json',
      '--title',
      ' Acme,\n Q4 review ',
      '--prepared-by',
      'Dana Reyes',
    ]);
    expect(code).toBe(0);
    const { title, preparedBy } = JSON.parse(stdout);
    expect({ title, preparedBy }).toEqual({ title: 'Acme, Q4 review', preparedBy: 'Dana Reyes' });
  });
});

describe('aggregate in the human formats', () => {
  it('prints a plain table when stdout is not a terminal', () => {
    const { code, stdout } = runBin(['aggregate', validFixture()]);
    expect(code).toBe(0);
    const sales = /^Sales +4 +67\.5 +9\.6 +65\.0 +60 +80 +Aligned +(\S+)$/m.exec(stdout);
    expect(sales?.[1]).toBe('|....|....|.*..|....|');
    expect(stdout).toMatch(/^ {2}Staff +3 +63\.3 +Aligned$/m);
    expect(stdout).toContain('Acme\n----\n7 respondents, 2026-11-02 to 2026-11-06\n');
    expect(stdout).not.toMatch(/[│┌─●]|\x1b\[/);
  });

  it('writes Markdown with headings, tables and the title', () => {
    const { code, stdout } = runBin([
      'aggregate',
      validFixture(),
      '--format',
      'markdown',
      '--title',
      'Q4 review',
      '--prepared-by',
      'Dana Reyes',
    ]);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      '# Q4 review',
      '',
      'Prepared by Dana Reyes  ',
      'Questionnaire `sales-marketing-alignment` version 1.0 · 9 responses used',
    ]);
    expect(stdout).toContain('\n## Acme\n');
    expect(stdout).toContain('\n## Borealis\n');
    expect(stdout).toContain(
      '| Sales | 4 | 67.5 | 9.6 | 65.0 | 60 | 80 | Aligned | 80.0 (n 1) | 63.3 (n 3) |',
    );
    expect(stdout).not.toContain('## Files left out');
  });
});

describe('aggregate --format csv', () => {
  beforeEach(() => {
    // Sales: one staff member, all 4 (80). Marketing: all 3 but forecast-accuracy 5 (62).
    // Gap: 18 in total; forecast-accuracy 4 − 5 = −1, every other statement 4 − 3 = +1.
    const ratings = statementIds.map((_, i) => (i === 0 ? 5 : 3));
    const organization = '=cmd|calc';
    writeJson(dir, 'a.json', makeResponse({ id: 'r-1', organization, answers: 4 }));
    const marketing = { id: 'r-2', organization, department: 'marketing', answers: ratings };
    writeJson(dir, 'b.json', makeResponse(marketing));
  });

  it('neutralizes a formula in text and keeps negative gaps numeric', () => {
    // One respondent a side: the anonymity rule off, so that there are figures to write.
    const { code, stdout } = runBin(['aggregate', dir, '--format', 'csv', '--min-group', '1']);
    expect(code).toBe(0);
    expect(csvHeader(stdout).slice(0, 13).join(',')).toBe(
      'organization,kind,department,role,statement,n,mean,sd,median,min,max,stage,gap',
    );
    // The first organization row, after the statistics and anonymity rows.
    const first = stdout.split('\r\n')[3];
    expect(first).toMatch(/^'=cmd\|calc,organization,,,\(total\),2,71,,,,,aligned,/);
    const records = csvRecords(stdout).filter((r) => r.organization === "'=cmd|calc");
    const statement = (kind: string, id: string) =>
      records.filter((r) => r.kind === kind && r.statement === id && r.role === '');
    expect(statement('department', 'forecast-accuracy')[1]).toMatchObject({
      department: 'marketing',
      n: '1',
      mean: '5',
      sd: '',
    });
    // Ranked by size: every gap is 1 point, so the bank's order holds and −1 comes first.
    const gaps = records.filter((r) => r.kind === 'gap');
    expect(gaps.slice(0, 3).map((r) => [r.statement, r.gap, r.large])).toEqual([
      ['(total)', '18', ''],
      ['forecast-accuracy', '-1', 'true'],
      ['no-blame', '1', 'true'],
    ]);
    // One respondent a side: no test, so no p.
    expect(gaps.every((r) => r.p === '' && r.t === '')).toBe(true);
  });

  it('adds a byte-order mark with --bom, and refuses --bom for other formats', () => {
    const csv = runBin(['aggregate', dir, '--format', 'csv', '--bom']);
    expect(csv.stdout).toMatch(/^\uFEFForganization,kind,/);
    const json = runBin(['aggregate', dir, '--format', 'json', '--bom']);
    expect(json.code).toBe(2);
    expect(json.stderr).toBe('--bom applies to --format csv only\n');
    expect(json.stdout).toBe('');
  });
});

describe('aggregate on bad input', () => {
  it('writes no report under --strict when a file is invalid', () => {
    const strict = runBin(['aggregate', FIXTURE, '--strict', '--format', 'json']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toBe(
      `error: ${BROKEN}: answers.forecast-accuracy is 7, outside the scale 1-5\n` +
        'no report written (--strict): 1 of the 10 files read is invalid (see above)\n',
    );
    expect(runBin(['aggregate', validFixture(), '--strict']).code).toBe(0);
  });

  it('refuses responses of two questionnaire versions, naming both', () => {
    writeJson(dir, 'a.json', makeResponse({ id: 'r-1' }));
    const old = makeResponse({ id: 'r-2' });
    old.questionnaire = { id: 'sales-marketing-alignment', version: '0.9' };
    writeJson(dir, 'b.json', old);

    const { code, stdout, stderr } = runBin(['aggregate', dir, '--format', 'json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'no report written: responses to different questionnaire versions are never averaged together\n' +
        '  in use: sales-marketing-alignment version 1.0 (1 valid response)\n' +
        `  found:  sales-marketing-alignment version 0.9 (1 file: ${join(dir, 'b.json')})\n`,
    );
  });

  it('keeps the later answers of a respondent who answered twice, and warns', () => {
    const at = (day: number) => `2026-11-0${day}T09:00:00.000Z`;
    const respond = (name: string, answers: number, day: number) =>
      writeJson(dir, name, makeResponse({ id: 'r-1', answers, completedAt: at(day) }));
    const early = respond('a.json', 2, 2);
    const late = respond('b.json', 4, 3);
    writeJson(dir, 'c.json', makeResponse({ id: 'r-2', answers: 3 }));

    const args = ['aggregate', dir, '--format', 'json', '--min-group', '1'];
    const { code, stdout, stderr } = runBin(args);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `warning: ${early}: respondent r-1 of Acme answered again, later, in ${late}; ` +
        'those answers are used and these are left out\n',
    );
    const report = JSON.parse(stdout);
    // r-1 at 80 (its later answers) and r-2 at 60: n 2, mean 70.
    const sales = report.organizations[0].departments[0];
    expect(sales).toMatchObject({ n: 2, mean: 70, min: 60, max: 80 });
    expect(report.files.used).toBe(2);
    expect(report.files.superseded).toEqual([
      { file: early, keptFile: late, organization: 'Acme', respondentId: 'r-1' },
    ]);
    expect(report.warnings).toEqual([
      expect.objectContaining({ file: early, code: 'duplicate-respondent' }),
    ]);
  });

  it('says so when no file is usable (exit 1), or no path matched (exit 2)', () => {
    writeJson(dir, 'bad.json', '{ "format": ');
    const bad = runBin(['aggregate', join(dir, 'bad.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^error: .*bad\.json:1:\d+: not valid JSON\n/);
    expect(bad.stderr).toContain(
      'no report written: the file read is not a valid response (see above)\n',
    );

    writeJson(dir, 'x.partial.json', { format: 'salesmarketing-align/partial-response' });
    const partial = runBin(['aggregate', join(dir, 'x.partial.json')]);
    expect(partial.code).toBe(1);
    expect(partial.stderr).toContain(
      'no report written: no response among the files found (see the notes above)',
    );

    const none = runBin(['aggregate', join(dir, 'missing'), `${dir}/nothing/*.json`]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe(
      `${join(dir, 'missing')}: no such file or directory\n` +
        `${dir}/nothing/*.json: the pattern matched no files\n` +
        'no report written: no path matched a file\n',
    );
  });

  it('still reports on what matched when another path matched nothing (exit 2)', () => {
    const paths = [validFixture(), join(dir, 'missing')];
    const { code, stdout } = runBin(['aggregate', ...paths, '--format', 'json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).files.used).toBe(9);
  });

  it('passes over unfinished sessions with a note, as score does', () => {
    const valid = validFixture();
    writeJson(valid, 'x.partial.json', { format: 'salesmarketing-align/partial-response' });
    const { code, stderr, stdout } = runBin(['aggregate', valid, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^note: skipped .*x\.partial\.json: an unfinished session/);
    expect(JSON.parse(stdout).files.skipped).toHaveLength(1);
  });

  it('refuses an empty --title as a usage error', () => {
    const { code, stderr } = runBin(['aggregate', FIXTURE, '--title', '  ']);
    expect(code).toBe(2);
    expect(stderr).toBe('--title: the text must not be empty\n');
  });

  it('refuses an empty --out as a usage error', () => {
    const { code, stdout, stderr } = runBin(['aggregate', FIXTURE, '--out', '']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('--out: the file name is empty\n');
  });
});

describe('aggregate --out', () => {
  it('replaces the file atomically and prints nothing on stdout', () => {
    const out = join(dir, 'report.md');
    writeFileSync(out, 'an older report that is much longer than nothing\n'.repeat(1000));
    const args = ['aggregate', validFixture(), '--format', 'markdown'];
    const { code, stdout, stderr } = runBin([...args, '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('');

    const expected = runBin(['aggregate', validFixture(), '--format', 'markdown']).stdout;
    expect(readFileSync(out, 'utf8')).toBe(expected);
    // No temp file is left beside it.
    expect(readdirSync(dir).sort()).toEqual(['report.md', 'valid']);
  });

  it('writes the report even when files were left out, and exits 1', () => {
    const out = join(dir, 'report.json');
    const { code, stderr } = runBin(['aggregate', FIXTURE, '--format', 'json', '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('error: ');
    expect(JSON.parse(readFileSync(out, 'utf8')).files.excluded).toHaveLength(1);
  });

  it('exits 4 when the file cannot be written, after the other diagnostics', () => {
    const missing = join(dir, 'no-such-folder', 'report.md');
    const { code, stdout, stderr } = runBin(['aggregate', FIXTURE, '--out', missing]);
    expect(code).toBe(4);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: .*broken\.json: /);
    expect(stderr).toContain(`${missing}: cannot write: no such file or directory\n`);

    // A folder in the way: refused even for root, and nothing is left behind.
    const folder = join(dir, 'taken');
    mkdirSync(folder);
    const taken = runBin(['aggregate', validFixture(), '--out', folder]);
    expect(taken.code).toBe(4);
    expect(taken.stderr).toBe(`${folder}: cannot write: is a directory\n`);
    expect(readdirSync(dir).sort()).toEqual(['taken', 'valid']);
  });
});

describe('aggregate --help', () => {
  it('ends with examples', () => {
    const { code, stdout } = runBin(['aggregate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--format <format>');
    expect(stdout).toMatch(/Examples:\n {2}\$ salesmarketing-align aggregate responses\//);
  });
});
