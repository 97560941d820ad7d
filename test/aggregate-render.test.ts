import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../src/commands/aggregate.js';
import { ASCII_GLYPHS, TERMINAL_GLYPHS, bandAxis, bandBar } from '../src/report/band-bar.js';
import { markdownText } from '../src/report/markdown-text.js';
import { oneDecimal, roundOneDecimal, signedOneDecimal } from '../src/report/numbers.js';
import { renderReport } from '../src/report/render.js';
import type { AggregateReport } from '../src/report/types.js';
import { wrapText } from '../src/report/wrap-text.js';
import { root } from './helpers/bin.js';
import { csvHeader, csvRecords } from './helpers/csv-records.js';

const FIXTURE = join(root, 'test', 'fixtures', 'aggregate', 'two-organizations');
const PLAIN = { tty: false, color: false };

let report: AggregateReport;
beforeAll(async () => {
  // The anonymity rule off, to see every figure's form; aggregate-anonymity.test.ts renders
  // what it withholds.
  const details = { title: 'Q4 review', preparedBy: 'Dana Reyes', minGroup: 1 };
  const outcome = await buildReport({ paths: [FIXTURE], ...details });
  report = outcome.report;
});

describe('numbers in the human formats', () => {
  it.each([
    [1.45, 1.5],
    [2.625, 2.6],
    [-0.75, -0.8],
    [0.04999, 0],
    [-0.04, 0],
    [59.95, 60],
    [127 / 6, 21.2],
  ])('rounds %d half away from zero to %d', (value, expected) => {
    expect(roundOneDecimal(value)).toBe(expected);
  });

  it('writes one decimal, a sign on differences and a dash for nothing', () => {
    expect(oneDecimal(65)).toBe('65.0');
    expect(oneDecimal(null)).toBe('—');
    expect(signedOneDecimal(1.25)).toBe('+1.3');
    expect(signedOneDecimal(-0.75)).toBe('-0.8');
    expect(signedOneDecimal(-0.01)).toBe('0.0');
  });
});

describe('the band bar', () => {
  const scale = {
    totals: { min: 20, max: 100 },
    stages: [
      { id: 'undefined', name: 'Undefined', min: 20, max: 39 },
      { id: 'defined', name: 'Defined', min: 40, max: 59 },
      { id: 'aligned', name: 'Aligned', min: 60, max: 79 },
      { id: 'integrated', name: 'Integrated', min: 80, max: 100 },
    ],
  };

  it.each([
    // 4 points a cell: 67.5 is cell round(47.5 / 4) = 12.
    [67.5, 'aligned', '|....|....|.*..|....|'],
    // 59.5 would round onto the edge at 60 (cell 10); it stays in Defined's last cell.
    [59.5, 'defined', '|....|...*|....|....|'],
    [60, 'aligned', '|....|....|*...|....|'],
    [20, 'undefined', '|*...|....|....|....|'],
    [100, 'integrated', '|....|....|....|...*|'],
  ])('puts %d (%s) inside its band', (mean, stage, bar) => {
    expect(bandBar(mean, stage, scale, ASCII_GLYPHS)).toBe(bar);
  });

  it('draws a ruler on a terminal, and numbers each edge above it', () => {
    expect(bandBar(46.3, 'defined', scale, TERMINAL_GLYPHS)).toBe('├────┼─●──┼────┼────┤');
    expect(bandAxis(scale)).toBe('20   40   60   80 100');
  });
});

describe('Markdown text', () => {
  it('escapes what would become markup, and nothing else', () => {
    expect(markdownText('Acme <b>|*x*|</b> & [link](y)')).toBe(
      'Acme \\<b\\>\\|\\*x\\*\\|\\</b\\> &amp; \\[link\\](y)',
    );
    expect(markdownText('Acme (UK) Ltd.')).toBe('Acme (UK) Ltd.');
    expect(markdownText('line\nbreak')).toBe('line break');
    expect(markdownText('1. first', { lineStart: true })).toBe('1\\. first');
    expect(markdownText('- item', { lineStart: true })).toBe('\\- item');
    expect(markdownText('1.0')).toBe('1.0');
  });
});

describe('wrapText', () => {
  it('breaks at spaces under a hanging indent, and keeps a long word whole', () => {
    expect(wrapText('aa bb cc dd', 8, '- ')).toEqual(['- aa bb', '  cc dd']);
    const lines = wrapText('a /a/very/long/path', 8, '  ', '    ');
    expect(lines).toEqual(['  a', '    /a/very/long/path']);
  });
});

describe('the table format', () => {
  it('is plain padded text when not on a terminal', async () => {
    const text = await renderReport(report, 'table', PLAIN);
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Q4 review',
      'Prepared by Dana Reyes',
      'Questionnaire sales-marketing-alignment version 1.0 · 9 responses used · 1 file left out (listed at the end)',
      'Statistics: 95% t intervals; stage certainty from 1,000 bootstrap resamples (seed 1); none for a',
    ]);
    expect(text).toContain(
      'Anonymity rule off (--min-group 1): every figure is shown, whatever the size of its group.',
    );
    expect(text).toContain(
      [
        'Department            n  Mean    SD  Median  Min  Max  Stage       20   40   60   80 100',
        'Sales                 4  67.5   9.6    65.0   60   80  Aligned     |....|....|.*..|....|',
        '  Head of department  1  80.0                          Integrated',
        '  Staff               3  63.3                          Aligned',
        'Marketing             3  46.3  14.3    43.0   34   62  Defined     |....|.*..|....|....|',
        '  Head of department  1  43.0                          Defined',
        '  Staff               2  48.0                          Defined',
      ].join('\n'),
    );
    expect(text).toContain(
      'Stage: Defined, from the mean of the department means: 56.9 (each department counts once)',
    );
    expect(text).toContain('Mean of the 7 respondents: 58.4 (each respondent counts once)');
    expect(text).toContain(
      '+21.2 in total (Sales 67.5, Marketing 46.3); by statement, largest gap first',
    );
    // Gap, Holm-adjusted p and the marks: 4 against 3 cannot make any statement notable.
    expect(text).toMatch(/^funnel-analytics +3\.3 +2\.0 +\+1\.3 +1\.000 +large$/m);
    expect(text).toMatch(/^shared-plan-presentations +3\.3 +4\.0 +-0\.8 +1\.000$/m);
    expect(text).toContain(
      'Department        95% CI  Stage certainty                         Agreement, rwg(j)\n' +
        'Sales       52.3 to 82.7  Aligned > 99%, Integrated < 1%          .99 very strong\n' +
        'Marketing   10.8 to 81.8  Defined 83%, Undefined 13%, Aligned 4%  .98 very strong\n',
    );
    expect(text).toContain('Sales       too few (n < 3)  —                —\n');
    expect(text).toContain("Welch's t-test of the gap in total: t 2.22, df 3.3, p .105;");
    expect(text).toContain('With 4 Sales and 3 Marketing respondents no statement can be notable');
    expect(text).toContain('  2.6  Marketing does a real share of the work');
    expect(text).toContain('Marketing   0     —     —       —    —    —  no answers');
    expect(text).toContain('No perception gap: Marketing has no answers.');
    expect(text).toContain('Integrated is the top stage: there is no next stage to move to.');
    expect(text).toMatch(
      /Files left out\n-+\n {2}\S+acme-sales-staff-r-x9-broken\.json:\n {4}answers\.forecast-accuracy is 7/,
    );
    expect(text).not.toMatch(/[│┌─●]|\x1b\[/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
  });

  it('draws boxes and a ruler on a terminal, and colours only when asked', async () => {
    const plain = await renderReport(report, 'table', { tty: true, color: false, width: 80 });
    expect(plain).toContain('┌');
    expect(plain).toContain('├────┼─●──┼────┼────┤');
    expect(plain).not.toMatch(/\x1b\[/);
    // Prose wraps to the terminal's width.
    expect(plain).toMatch(
      /^ {2}2\.6 {2}Marketing does a real share of the work of analysing sales-pipeline data\n/m,
    );

    const coloured = await renderReport(report, 'table', { tty: true, color: true, width: 80 });
    expect(coloured).toMatch(/\x1b\[1m/);
  });
});

describe('the Markdown format', () => {
  it('has headings and tables ready to paste', async () => {
    const text = await renderReport(report, 'markdown', PLAIN);
    const headings = text.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Q4 review',
      '## Acme',
      '### Departments',
      '### Statistics by department',
      '### Perception gap: Sales minus Marketing',
      '### Where to act',
      '### Moving from Defined to Aligned',
      '### Recommendation: move up from Defined to Aligned (unqualified)',
      '## Borealis',
      '### Departments',
      '### Statistics by department',
      '### Mean rating of each statement',
      '### Where to act',
      '### Recommendation: stay at Integrated and consolidate (unqualified)',
      '## Files left out',
    ]);
    expect(text).toContain(
      'Prepared by Dana Reyes  \nQuestionnaire `sales-marketing-alignment` version 1.0',
    );
    expect(text).toContain(
      '| Department | n | Mean | SD | Median | Min | Max | Stage | Head of department | Staff |\n' +
        '| --- | --: | --: | --: | --: | --: | --: | --- | --: | --: |\n' +
        '| Sales | 4 | 67.5 | 9.6 | 65.0 | 60 | 80 | Aligned | 80.0 (n 1) | 63.3 (n 3) |\n' +
        '| Marketing | 3 | 46.3 | 14.3 | 43.0 | 34 | 62 | Defined | 43.0 (n 1) | 48.0 (n 2) |',
    );
    expect(text).toContain('| Marketing | 0 | — | — | — | — | — | no answers | — | — |');
    expect(text).toContain('Stage: **Defined**, from the mean of the department means: 56.9');
    expect(text).toContain('| # | Statement | Sales | Marketing | Gap | p (Holm) | Mark |');
    expect(text).toContain('| Marketing | 10.8 to 81.8 | Defined 83%, Undefined 13%, Aligned 4% |');
    expect(text).toContain("Reliability: Cronbach's alpha of the statements over the 7 ");
    expect(text).toMatch(
      /^\| 15 \| Marketing does a real share [^|]+ \| 3\.3 \| 2\.0 \| \+1\.3 \| 1\.000 \| large \|$/m,
    );
    expect(text).toMatch(
      /^\| 20 \| Each group helps prepare [^|]+ \| 3\.3 \| 4\.0 \| -0\.8 \| 1\.000 \|  \|$/m,
    );
    expect(text).toMatch(/^1\. Marketing does a real share .+ \(2\.6\)$/m);
    expect(text).toMatch(/^- Keep contact between the groups regular and organised\.$/m);
    expect(text).toContain('Integrated is the top stage');
    expect(text).toMatch(
      /^\| \S+acme-sales-staff-r-x9-broken\.json \| answers\.forecast-accuracy is 7, outside the scale 1-5 \|$/m,
    );
    expect(text).toMatch(/^_Source: .*Harvard Business Review/m);
  });
});

describe('the CSV format', () => {
  it('writes one row per organization x department x statement, and the totals', async () => {
    const text = await renderReport(report, 'csv', PLAIN);
    expect(csvHeader(text).slice(0, 13)).toEqual([
      'organization',
      'kind',
      'department',
      'role',
      'statement',
      'n',
      'mean',
      'sd',
      'median',
      'min',
      'max',
      'stage',
      'gap',
    ]);
    const records = csvRecords(text);
    // The row of one organization, kind, department, role and statement; '' for none.
    const row = (organization: string, kind: string, department = '', role = '', statement = '') =>
      records.filter(
        (r) =>
          r.organization === organization &&
          r.kind === kind &&
          r.department === department &&
          r.role === role &&
          r.statement === statement,
      );
    const one = (...key: Parameters<typeof row>) => {
      const found = row(...key);
      expect(found, key.join(',')).toHaveLength(1);
      return found[0]!;
    };
    const TOTAL = '(total)';

    // Unrounded numbers: compared as numbers where they are fractions like 683/12.
    const acme = one('Acme', 'organization', '', '', TOTAL);
    expect(acme).toMatchObject({ n: '7', sd: '', median: '', stage: 'defined', gap: '' });
    expect(Number(acme.mean)).toBeCloseTo(683 / 12, 12);
    expect(Number(one('Acme', 'respondents', '', '', TOTAL).mean)).toBeCloseTo(409 / 7, 12);
    const sales = one('Acme', 'department', 'sales', '', TOTAL);
    expect(sales).toMatchObject({
      n: '4',
      mean: '67.5',
      median: '65',
      min: '60',
      max: '80',
      stage: 'aligned',
      gap: '',
      verdict: '',
      qualified: '',
      reason: '',
    });
    expect(Number(sales.sd)).toBeCloseTo(Math.sqrt(275 / 3), 12);
    expect(one('Acme', 'role', 'sales', 'head', TOTAL)).toMatchObject({
      n: '1',
      mean: '80',
      sd: '',
      stage: 'integrated',
    });
    // A statement's row: its mean and SD (two 4s and two 3s: √(1/3)).
    const statement = one('Acme', 'department', 'sales', '', 'forecast-accuracy');
    expect(statement).toMatchObject({ n: '4', mean: '3.5', median: '', stage: '' });
    expect(Number(statement.sd)).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(one('Acme', 'department', 'marketing', '', 'shared-plan-presentations').mean).toBe('4');
    expect(Number(one('Acme', 'gap', '', '', TOTAL).gap)).toBeCloseTo(127 / 6, 12);
    expect(one('Acme', 'gap', '', '', 'shared-plan-presentations').gap).toBe('-0.75');
    expect(one('Borealis', 'department', 'marketing', '', TOTAL)).toMatchObject({
      n: '0',
      mean: '',
      sd: '',
      stage: '',
    });
    expect(one('Borealis', 'department', 'marketing', '', 'no-blame')).toMatchObject({
      n: '0',
      mean: '',
    });
    expect(row('Borealis', 'gap', '', '', TOTAL)).toEqual([]);

    // Per organization: 2 totals; per department 1 total, 2 roles and 20 statements, and a row
    // per stage of its stage certainty when it has one (Acme's two: 4 each); 2 recommendation
    // rows (its two reasons). Acme also has 21 gap rows and its 2 rules and 1 reach row. Before
    // them, the statistics and anonymity rows: 2 + 2 × (2 + 2 × 23 + 2) + 8 + 21 + 3 = 134.
    expect(records).toHaveLength(134);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('starts with a byte-order mark only when asked', async () => {
    expect(await renderReport(report, 'csv', PLAIN)).toMatch(/^organization,/);
    const withBom = await renderReport(report, 'csv', { ...PLAIN, bom: true });
    expect(withBom).toMatch(/^\uFEFForganization,/);
  });
});

describe('the JSON format', () => {
  it('is the report object itself', async () => {
    expect(JSON.parse(await renderReport(report, 'json', PLAIN))).toEqual(report);
  });
});
