import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { organizationRecommendation } from '../src/aggregate/recommendation.js';
import { buildReport } from '../src/commands/aggregate.js';
import { loadBank } from '../src/questionnaire/load-bank.js';
import type { Bank } from '../src/questionnaire/types.js';
import { renderReport } from '../src/report/render.js';
import type { AggregateReport } from '../src/report/types.js';
import { root, tempDir } from './helpers/bin.js';
import { makeResponse, writeJson } from './helpers/responses.js';

// The recommendation in the human formats and the CSV, built in-process from files on disk.
// Each organization has three sales staff, so nothing is withheld: all 3 is 60 (Aligned).

const CONTEXTS = join(root, 'test', 'fixtures', 'context');
const PLAIN = { tty: false, color: false };

let bank: Bank;
let dir: string;
let cleanup: () => void;
beforeAll(async () => {
  bank = await loadBank();
});
beforeEach(() => ({ dir, cleanup } = tempDir('sma-context-render-')));
afterEach(() => cleanup());

/** A CSV row that begins with these cells; columns added at the end may follow. */
function startsWithCells(row: string | undefined, cells: string): void {
  expect(row === cells || row?.startsWith(`${cells},`), `${row}\nshould start ${cells}`).toBe(true);
}

function respondents(organization: string, rating: number): void {
  for (const n of [1, 2, 3]) {
    const id = `r-${n}`;
    const name = `${organization.replace(/\W+/g, '_')}-${id}.json`;
    writeJson(dir, name, makeResponse({ id, organization, answers: rating }));
  }
}

/** "Acme Tools" (qualified by ready-to-integrate: move up) and "Borealis" (no context). */
async function twoOrganizations(): Promise<{ report: AggregateReport; contextFile: string }> {
  respondents('Acme Tools', 3);
  respondents('Borealis', 3);
  const contextFile = join(dir, 'context-acme.json');
  copyFileSync(join(CONTEXTS, 'ready-to-integrate.json'), contextFile);
  const { report } = await buildReport({ paths: [dir] });
  return { report, contextFile };
}

describe('the recommendation in Markdown', () => {
  it('gives the verdict, the context it rests on and the reasons, after the advice', async () => {
    const { report, contextFile } = await twoOrganizations();
    const text = await renderReport(report, 'markdown', PLAIN);
    const acme = text.slice(text.indexOf('## Acme Tools'), text.indexOf('## Borealis'));

    expect(acme.indexOf('### Recommendation')).toBeGreaterThan(acme.indexOf('### Moving from'));
    const escapedFile = contextFile.replaceAll('_', '\\_');
    expect(acme).toContain(
      '### Recommendation: move up from Aligned to Integrated\n\n' +
        `Qualified by the context answered on 2026-11-20, in ${escapedFile}.\n\n` +
        '- The selling situation is demanding and the company already works in the ways ' +
        'integration needs: move up to Integrated.\n' +
        '- A small company whose groups cooperate well informally: not found (no: the company ' +
        'is small; the groups cooperate well informally).\n',
    );
    expect(acme).toContain(
      '- A habit of owning results jointly: found (yes: teams already own results jointly).',
    );
  });

  it('says the recommendation is unqualified and how to add the context', async () => {
    const { report } = await twoOrganizations();
    const text = await renderReport(report, 'markdown', PLAIN);
    const borealis = text.slice(text.indexOf('## Borealis'));
    expect(borealis).toContain(
      '### Recommendation: move up from Aligned to Integrated (unqualified)\n\n' +
        '- Move up from Aligned to Integrated.\n' +
        '- Unqualified: no context answers were given for Borealis, so whether this suits',
    );
    expect(borealis).toContain(
      'run \\`salesmarketing-align context --organization Borealis\\` and give the file',
    );
  });
});

describe('the recommendation in the table format', () => {
  it('has a heading of its own, the basis and the reasons as a wrapped list', async () => {
    const { report, contextFile } = await twoOrganizations();
    const text = await renderReport(report, 'table', PLAIN);
    const heading = 'Recommendation: move up from Aligned to Integrated';
    // The basis wraps before the file's name when the temp folder's path is long.
    const basis = text
      .slice(text.indexOf(`${heading}\n`))
      .split('\n')
      .slice(0, 5);
    expect(basis[1]).toBe('-'.repeat(heading.length));
    const [first, second] = basis.slice(2);
    expect(first!.startsWith('  - ') ? basis[2] : `${first} ${second}`).toBe(
      `Qualified by the context answered on 2026-11-20, in ${contextFile}.`,
    );
    expect(text).toContain(
      '  - The selling situation is demanding and the company already works in the ways ' +
        'integration needs:\n    move up to Integrated.\n',
    );
    expect(text).toContain(`${heading} (unqualified)\n`);
    expect(text).toMatch(/ {2}- Unqualified: no context answers were given for Borealis, so/);
    for (const line of text.split('\n')) {
      if (!line.includes(contextFile)) expect(line.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('the recommendation in CSV', () => {
  it('is one row per reason, with the verdict and whether it is qualified', async () => {
    const { report } = await twoOrganizations();
    const rows = (await renderReport(report, 'csv', PLAIN)).split('\r\n');
    expect(rows[0]).toMatch(/,stage,gap,verdict,qualified,reason(,|$)/);

    const acme = rows.filter((r) => r.startsWith('Acme Tools,recommendation,'));
    const reasons = report.organizations[0]!.recommendation!.reasons;
    expect(acme).toHaveLength(reasons.length);
    startsWithCells(
      acme[0],
      'Acme Tools,recommendation,,,,,,,,,,aligned,,move-up,true,The selling situation is ' +
        'demanding and the company already works in the ways integration needs: move up to ' +
        'Integrated.',
    );
    const borealis = rows.filter((r) => r.startsWith('Borealis,recommendation,'));
    startsWithCells(
      borealis[0],
      'Borealis,recommendation,,,,,,,,,,aligned,,move-up,false,Move up from Aligned to Integrated.',
    );
    // Together, after the organization's figures.
    const start = rows.indexOf(acme[0]!);
    expect(rows.slice(start, start + acme.length)).toEqual(acme);
    const figures = rows.filter((r) => r.startsWith('Acme Tools,department,'));
    expect(start).toBeGreaterThan(rows.lastIndexOf(figures.at(-1)!));
  });

  it('neutralizes a formula in an organization name on these rows too', async () => {
    respondents('=HYPERLINK("x")', 3);
    const context = JSON.parse(readFileSync(join(CONTEXTS, 'ready-to-integrate.json'), 'utf8'));
    writeJson(dir, 'context-a.json', { ...context, organization: '=HYPERLINK("x")' });
    writeJson(dir, 'context-b.json', { ...context, organization: '-1+1' });
    const { report } = await buildReport({ paths: [dir] });
    const rows = (await renderReport(report, 'csv', PLAIN)).split('\r\n');

    expect(rows.filter((r) => r.startsWith(`"'=HYPERLINK(""x"")",recommendation,`))).toHaveLength(
      report.organizations[0]!.recommendation!.reasons.length,
    );
    expect(rows.at(-2)).toMatch(/^'-1\+1,context-unused,(,){13}"\S+context-b\.json: the/);
  });
});

describe('the recommendation in HTML', () => {
  it('is a small section after where to act, escaped, with the command as code', async () => {
    respondents('Borealis <b>', 3);
    const { report } = await buildReport({ paths: [dir] });
    const page = await renderReport(report, 'html', PLAIN);

    const start = page.indexOf('<section class="advice recommendation"');
    expect(start).toBeGreaterThan(page.indexOf('<section class="act"'));
    const section = page.slice(start, page.indexOf('</section>', start));
    expect(section).toContain('data-verdict="move-up"');
    expect(section).toContain('data-qualified="false"');
    expect(section).toContain(
      '<h3>Recommendation: move up from Aligned to Integrated (unqualified)</h3>',
    );
    expect(section).toContain(
      '<code>salesmarketing-align context --organization &quot;Borealis &lt;b&gt;&quot;</code>',
    );
    expect(section).not.toContain('<b>');
  });
});

describe('organizationRecommendation', () => {
  it('gives none without a stage, the unqualified default without context questions', async () => {
    expect(organizationRecommendation(bank, null, 'Acme', undefined)).toBeNull();

    const bundled = join(root, 'questionnaires', 'sales-marketing-alignment.yaml');
    const yaml = readFileSync(bundled, 'utf8');
    const file = join(dir, 'no-context.yaml');
    writeFileSync(file, yaml.slice(0, yaml.indexOf('\ncontext:\n') + 1));
    const plain = await loadBank(file);
    expect(plain.context).toBeUndefined();
    expect(organizationRecommendation(plain, 85, 'Acme', undefined)).toEqual({
      verdict: 'consolidate',
      qualified: false,
      reasons: [
        'Integrated is the highest stage: keep what works and make it stronger.',
        expect.stringMatching(/^Unqualified: this questionnaire has no context questions/),
      ],
      context: null,
    });
  });
});
