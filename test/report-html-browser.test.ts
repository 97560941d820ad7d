import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { percent, unitValue } from '../src/report/html/format.js';
import { pct, percentAt } from '../src/report/html/geometry.js';
import { oneDecimal, signedOneDecimal } from '../src/report/numbers.js';
import type { AggregateReport } from '../src/report/types.js';
import { root, runBin, tempDir } from './helpers/bin.js';

// The HTML report opened in a real browser: Debian's Chromium, driven by playwright-core,
// never a downloaded one. The page is written by the built bin, opened from its file with
// every request but the page itself refused, and read back against `--format json` of the
// same input. Screenshots and printed PDFs go to test-output/report-html/ for a person to see.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SKIPPED =
  `SKIPPED: no Chromium at ${CHROMIUM}; install it (apt-get install chromium) or ` +
  'set CHROMIUM_PATH';
if (!HAVE_CHROMIUM) console.warn(`report-html-browser.test.ts ${SKIPPED}`);

const OUTPUT = join(root, 'test-output', 'report-html');
const EXAMPLES = join('examples', 'responses');
const TWO_ORGANIZATIONS = join('test', 'fixtures', 'aggregate', 'two-organizations');
const HOSTILE = join('test', 'fixtures', 'html', 'hostile');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1024, height: 900 };
const DEADLINE = 10_000;
// Elements no report of ours contains: any of them on the page came from data.
const FOREIGN =
  'script, img, iframe, object, embed, a[href^="javascript"], body style, foreignObject';

let browser: Browser;
let dir: string;
let cleanup: () => void;

/** Writes the report for `args` with the built bin, as HTML and as JSON. */
function writeReport(name: string, args: string[]): { file: string; json: AggregateReport } {
  const file = join(dir, `${name}.html`);
  const written = runBin(['aggregate', ...args, '--format', 'html', '--out', file]);
  expect(written.stdout).toBe('');
  expect(existsSync(file)).toBe(true);
  const json = runBin(['aggregate', ...args, '--format', 'json']);
  expect(json.code).toBe(written.code);
  return { file, json: JSON.parse(json.stdout) as AggregateReport };
}

interface Opened {
  page: Page;
  /** Requests other than the page, console errors, page errors and dialogs, as lines. */
  problems: string[];
}

/**
 * Opens a report file with the network cut off: any request that is not the file itself is
 * aborted and counted as a problem, as is every console error, uncaught error and dialog.
 */
async function open(file: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: DESKTOP, offline: true, ...options });
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (r.url() !== url) problems.push(`request: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('h1').waitFor({ state: 'attached', timeout: DEADLINE });
  return { page, problems };
}

/** The pages of a PDF, from its page objects; checked against the page tree's own count. */
function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const counts = [...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  expect(Math.max(0, ...counts)).toBe(pages);
  return pages;
}

/** Prints the page on A4 and Letter into test-output, and returns the page counts. */
async function print(page: Page, name: string): Promise<{ a4: number; letter: number }> {
  const counts = { a4: 0, letter: 0 };
  for (const [format, key] of [
    ['A4', 'a4'],
    ['Letter', 'letter'],
  ] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    writeFileSync(join(OUTPUT, `${name}-${key}.pdf`), pdf);
    counts[key] = pdfPages(pdf);
  }
  return counts;
}

/** What the page shows of each organization, read from its DOM. */
async function shown(page: Page) {
  return page.$$eval('section.org', (sections) =>
    sections.map((s) => {
      const text = (selector: string) => s.querySelector(selector)?.textContent?.trim() ?? null;
      const cells = (row: Element) =>
        [...row.querySelectorAll('td')].map((c) => c.textContent!.trim());
      // A row's cells by the label each carries (its column's heading).
      const labelled = (row: Element) =>
        Object.fromEntries(
          [...row.querySelectorAll('td[data-label]')].map((c) => [
            c.getAttribute('data-label')!,
            c.textContent!.trim(),
          ]),
        );
      return {
        name: text('h2'),
        stage: text('.overall .stage'),
        overall: text('.overall .detail'),
        departments: [...s.querySelectorAll('.department-stages li')].map((li) => ({
          id: li.getAttribute('data-department'),
          stage: li.querySelector('.stage')!.textContent!.trim(),
          detail: li.querySelector('.detail')!.textContent!.trim(),
        })),
        table: [...s.querySelectorAll('.department-table tr[data-department]')].map((tr) => ({
          id: tr.getAttribute('data-department'),
          cells: labelled(tr),
        })),
        markers: [...s.querySelectorAll('.band-chart .band-row > svg')].map((m) =>
          m.getAttribute('x'),
        ),
        intervals: [...s.querySelectorAll('.band-chart .interval > line:first-child')].map((l) => [
          l.getAttribute('x1'),
          l.getAttribute('x2'),
        ]),
        gap: [...s.querySelectorAll('.gap-table tbody tr')].map((tr) => ({
          id: tr.getAttribute('data-statement'),
          cells: cells(tr),
          large: tr.hasAttribute('data-large'),
          notable: tr.hasAttribute('data-notable'),
        })),
        act: [...s.querySelectorAll('.act-list li')].map((li) => ({
          id: li.getAttribute('data-statement'),
          rating: li.querySelector('.rating-value')!.textContent!.trim(),
        })),
      };
    }),
  );
}

const stageName = (json: AggregateReport, id: string | null) =>
  json.questionnaire.stages.find((s) => s.id === id)?.name;
// The page sets a true minus sign; the other formats a hyphen-minus.
const plainMinus = (text: string) => text.replaceAll('−', '-');

describe.skipIf(!HAVE_CHROMIUM)(
  `the HTML report in Chromium${HAVE_CHROMIUM ? '' : ` (${SKIPPED})`}`,
  () => {
    beforeAll(async () => {
      mkdirSync(OUTPUT, { recursive: true });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      });
    });
    afterAll(async () => browser?.close());
    beforeEach(() => ({ dir, cleanup } = tempDir('sma-html-')));
    afterEach(() => cleanup());

    it('shows the stages and numbers of --format json, with no request and no error', async () => {
      const args = [EXAMPLES, '--title', 'Q4 review', '--prepared-by', 'Dana Reyes'];
      const { file, json } = writeReport('examples', args);
      const { page, problems } = await open(file);

      const orgs = await shown(page);
      expect(orgs.map((o) => o.name)).toEqual(json.organizations.map((o) => o.organization));
      json.organizations.forEach((org, i) => {
        const seen = orgs[i]!;
        expect(seen.stage).toBe(stageName(json, org.stage));
        expect(seen.overall).toContain(oneDecimal(org.meanOfDepartmentMeans));
        const plainMean = oneDecimal(org.meanOfRespondents);
        expect(seen.overall).toContain(`Mean of all ${org.respondents} respondents: ${plainMean}`);

        const answered = org.departments.filter((d) => d.n > 0);
        expect(seen.departments.map((d) => d.id)).toEqual(answered.map((d) => d.department));
        for (const d of answered) {
          const headline = seen.departments.find((s) => s.id === d.department)!;
          expect(headline.stage).toBe(stageName(json, d.stage));
          expect(headline.detail).toBe(`${d.n} respondents · mean ${oneDecimal(d.mean)}`);
          const row = seen.table.find((t) => t.id === d.department)!.cells;
          expect(row).toMatchObject({
            Respondents: String(d.n),
            Mean: oneDecimal(d.mean),
            '95% interval': `${oneDecimal(d.ci95![0])}–${oneDecimal(d.ci95![1])}`,
            Stage: stageName(json, d.stage),
            Median: oneDecimal(d.median),
            SD: oneDecimal(d.sd),
          });
          const certainty = percent(d.stageCertainty![d.stage!]!);
          expect(row['Stage certainty']!.startsWith(certainty)).toBe(true);
          expect(row.Agreement).toBe(`${unitValue(d.rwgj!.value)} ${d.rwgj!.band}`);
        }
        // A marker per department and one for the organization, each at its mean, and each
        // department's 95% interval through its marker.
        const means = [...answered.map((d) => d.mean!), org.meanOfDepartmentMeans!];
        const { min, max } = json.questionnaire.totals;
        expect(seen.markers).toEqual(means.map((m) => pct(percentAt(m, min, max))));
        expect(seen.intervals).toEqual(
          answered.map((d) => d.ci95!.map((v) => pct(percentAt(v, min, max)))),
        );

        expect(seen.gap.map((g) => g.id)).toEqual(org.gap.ranked.map((g) => g.statement));
        for (const [k, g] of org.gap.ranked.entries()) {
          const { cells, large, notable } = seen.gap[k]!;
          const [, , first, second, gap] = cells;
          expect([first, second, plainMinus(gap!).replace(/[^-+.\d]/g, '')]).toEqual([
            oneDecimal(g.means[0]),
            oneDecimal(g.means[1]),
            signedOneDecimal(g.difference),
          ]);
          const test = org.gap.statementTests![g.statement]!;
          expect([large, notable]).toEqual([g.large, test.notable]);
        }
        expect(seen.act).toEqual(
          org.whereToAct.map((s) => ({
            id: s.statement,
            rating: `${oneDecimal(s.mean)} of ${json.questionnaire.scale.max}`,
          })),
        );
      });

      await page.screenshot({ path: join(OUTPUT, 'examples-desktop.png'), fullPage: true });
      const pages = await print(page, 'examples');
      // One or two pages per organization, the method included.
      const n = json.organizations.length;
      for (const count of Object.values(pages)) {
        expect(count).toBeGreaterThanOrEqual(n);
        expect(count).toBeLessThanOrEqual(2 * n);
      }

      await page.setViewportSize(PHONE);
      // Readable on a phone: nothing wider than the screen, so no sideways scrolling.
      const width = () => page.evaluate(() => document.documentElement.scrollWidth);
      await expect.poll(width, { timeout: DEADLINE }).toBeLessThanOrEqual(PHONE.width);
      await page.screenshot({ path: join(OUTPUT, 'examples-phone.png'), fullPage: true });
      expect(problems).toEqual([]);
    });

    it('says what was left out and withheld, and why; prints each organization apart', async () => {
      const { file, json } = writeReport('two-organizations', [TWO_ORGANIZATIONS]);
      const { page, problems } = await open(file);

      const method = page.locator('section.method');
      await method.getByText('acme-sales-staff-r-x9-broken.json').waitFor({ timeout: DEADLINE });
      expect(await method.textContent()).toContain('answers.forecast-accuracy is 7, outside');
      // Borealis's two sales staff: nothing about them is shown, and the page says why.
      const borealis = page.locator('section.org').nth(1);
      const notice = borealis.locator('.withheld[role="note"]');
      await notice.waitFor({ timeout: DEADLINE });
      for (const w of json.organizations[1]!.withheld) {
        expect(await notice.textContent()).toContain(w.reason);
      }
      expect(await borealis.locator('.overall .stage').textContent()).toBe('withheld');
      expect(await borealis.locator('.band-chart').count()).toBe(0);

      // Each organization begins a new printed page.
      const pages = await print(page, 'two-organizations');
      for (const count of Object.values(pages)) {
        expect(count).toBeGreaterThanOrEqual(json.organizations.length);
        expect(count).toBeLessThanOrEqual(2 * json.organizations.length);
      }
      const screenshot = join(OUTPUT, 'two-organizations-desktop.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(problems).toEqual([]);
    });

    it('shows each statement mean when one side of the gap has no answers', async () => {
      const { file } = writeReport('rule-off', [TWO_ORGANIZATIONS, '--min-group', '1']);
      const { page, problems } = await open(file);

      const borealis = page.locator('section.org').nth(1);
      const noGap = borealis.getByText('No perception gap: Marketing has no answers.');
      await noGap.waitFor({ timeout: DEADLINE });
      expect(await borealis.locator('.statement-table tbody tr').count()).toBe(20);
      expect(await borealis.locator('.gap-table').count()).toBe(0);
      const anonymity = page.locator('section.method').getByText('Off (--min-group 1)');
      await anonymity.waitFor({ timeout: DEADLINE });
      expect(problems).toEqual([]);
    });

    it('runs no JavaScript from any text of a bank, a response file or a flag', async () => {
      const hostile = '<script>window.__sma_pwned = "flag"</script>';
      const args = [
        join(HOSTILE, 'responses'),
        '--questionnaire',
        join(HOSTILE, 'bank.yaml'),
        '--title',
        hostile,
        '--prepared-by',
        '"><img src=x onerror="window.__sma_pwned = 1">',
      ];
      const { file, json } = writeReport('hostile', args);
      // The page's own policy would stop a script too; bypassing it tests the escaping alone.
      const { page, problems } = await open(file, { bypassCSP: true });

      const dom = await page.evaluate(
        (foreign) => ({
          pwned: (window as { __sma_pwned?: unknown }).__sma_pwned,
          foreign: document.querySelectorAll(foreign).length,
          handlers: [...document.querySelectorAll('*')].flatMap((e) =>
            e
              .getAttributeNames()
              .filter((a) => a.startsWith('on'))
              .map((a) => `${e.tagName} ${a}`),
          ),
          text: document.body.innerText,
        }),
        FOREIGN,
      );
      expect(dom.pwned).toBeUndefined();
      expect(dom.foreign).toBe(0);
      expect(dom.handlers).toEqual([]);
      // Every hostile text reads as itself.
      const texts = [
        ...json.organizations.map((o) => o.organization),
        ...json.questionnaire.departments.map((d) => d.name),
        ...json.questionnaire.statements.map((s) => s.text),
        json.questionnaire.source,
      ];
      for (const text of texts) expect(dom.text).toContain(text);
      await page.locator('h1').getByText(hostile, { exact: true }).waitFor({ timeout: DEADLINE });

      await page.screenshot({ path: join(OUTPUT, 'hostile-desktop.png'), fullPage: true });
      expect(problems).toEqual([]);
      expect(readFileSync(file, 'utf8')).not.toContain('<script');
    });
  },
);
