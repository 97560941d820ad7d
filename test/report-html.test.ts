import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../src/commands/aggregate.js';
import { escapeHtml, html, joinMarkup, trusted } from '../src/report/html/escape.js';
import { pct, percentAt } from '../src/report/html/geometry.js';
import { bandFill, departmentMark } from '../src/report/html/palette.js';
import { renderReport } from '../src/report/render.js';
import type { AggregateReport } from '../src/report/types.js';
import { root, runBin, tempDir } from './helpers/bin.js';

// The HTML report read as text: what it contains, what it never contains, and where the
// charts put things. The browser test (report-html-browser.test.ts) opens the page itself.

const TWO_ORGANIZATIONS = join(root, 'test', 'fixtures', 'aggregate', 'two-organizations');
const HOSTILE = join(root, 'test', 'fixtures', 'html', 'hostile');
const EXAMPLES = join('examples', 'responses');
const PLAIN = { tty: false, color: false };

// The fixture as aggregate reports it by default (statistics, anonymity at 3), with the rule
// off (--min-group 1), and without statistics (--no-stats).
let report: AggregateReport;
let page: string;
let ruleOff: string;
let noStats: string;
beforeAll(async () => {
  const options = { paths: [TWO_ORGANIZATIONS], title: 'Q4 review', preparedBy: 'Dana Reyes' };
  report = (await buildReport(options)).report;
  page = await renderReport(report, 'html', PLAIN);
  const open = (await buildReport({ ...options, minGroup: 1 })).report;
  ruleOff = await renderReport(open, 'html', PLAIN);
  const bare = (await buildReport({ ...options, stats: false })).report;
  noStats = await renderReport(bare, 'html', PLAIN);
});

/** The markup of one organization's section, by its place in the report (from 1). */
function section(html: string, n: number): string {
  const start = html.indexOf(`<section class="org" id="org-${n}"`);
  const next = html.slice(start + 1).search(/<section class="(org|method)"/);
  return html.slice(start, start + 1 + next);
}

/** What an organization's headline says of a department: its name, stage and detail. */
function headline(markup: string, department: string): string[] {
  const item = markup.split(`<li data-department="${department}">`)[1]!.split('</li>')[0]!;
  return [...item.matchAll(/<(?:span|strong) class="(?:name|stage|detail)">([^<]*)</g)].map((m) =>
    m[1]!.trim(),
  );
}

// Text never holds a raw "<" or ">", nor an attribute value a raw quote, once escaped: so
// every tag is a "<...>" run, and its attribute names are what is left outside the quotes.
function attributeNames(markup: string): string[] {
  return [...markup.matchAll(/<[^>]*>/g)].flatMap((tag) =>
    [...tag[0].replace(/"[^"]*"/g, '').matchAll(/\s([^\s=/>]+)=/g)].map((m) => m[1]!.toLowerCase()),
  );
}

describe('escaping', () => {
  it('escapes the five characters that could end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('Acme (UK) Ltd. – 100%')).toBe('Acme (UK) Ltd. – 100%');
  });

  it('escapes every interpolation in the html tag unless it is markup already', () => {
    const name = '"><script>x()</script>';
    const inner = html`<b>${name}</b>`;
    expect(
      html`<p title="${name}">${inner}${[1, ' & ', 2]}${null}${false}${undefined}</p>`.value,
    ).toBe(
      '<p title="&quot;&gt;&lt;script&gt;x()&lt;/script&gt;">' +
        '<b>&quot;&gt;&lt;script&gt;x()&lt;/script&gt;</b>1 &amp; 2</p>',
    );
    expect(joinMarkup(['<a>', trusted('<br>'), 'b'], ' · ').value).toBe('&lt;a&gt; · <br> · b');
  });

  it('shows every hostile text of a bank, a response or a flag as text, never markup', async () => {
    const { report: hostile } = await buildReport({
      paths: [join(HOSTILE, 'responses')],
      questionnaire: join(HOSTILE, 'bank.yaml'),
      title: '<script>window.__sma_pwned = "title"</script>',
      preparedBy: '"><img src=x onerror=alert(1)>',
    });
    const text = await renderReport(hostile, 'html', PLAIN);

    // The only tags are the page's own: no script, image, frame, link or style from data.
    expect(text).not.toMatch(/<(script|img|iframe|a href="javascript|svg onload|b>|i>)/i);
    expect(text.match(/<style>/g)).toHaveLength(1);
    const names = attributeNames(text);
    expect(names).toContain('data-label');
    expect(names.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(text).toContain('&lt;script&gt;window.__sma_pwned = &quot;title&quot;&lt;/script&gt;');
    expect(text).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__sma_pwned = &#39;img');
    expect(text).toContain('&#39; onfocus=&#39;window.__sma_pwned = 3&#39; autofocus &#39;');
    expect(text).toContain('Fish &amp;amp; chips &amp;lt;b&amp;gt; stay as written &lt;/td&gt;');
    // Attribute values from data are escaped too (the department names of the gap table).
    expect(text).toContain('data-label="Marketing&quot;&gt;&lt;svg onload=&quot;');
  });
});

describe('the page', () => {
  it('is one self-contained document that asks for nothing from anywhere', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/,
    );
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|https?:|\ssrc=/i);
    // The only links are the contents' anchors within the page.
    for (const [, target] of page.matchAll(/href="([^"]*)"/g)) expect(target).toMatch(/^#org-\d+$/);
    expect(page).toContain('@media print');
    expect(page).toContain('.org + .org { break-before: page;');
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('heads the page with the title, who prepared it, and what it rests on', () => {
    expect(page).toContain('<title>Q4 review</title>');
    expect(page).toContain('<h1>Q4 review</h1>');
    expect(page).toContain('<p class="byline">Prepared by Dana Reyes</p>');
    expect(page).toContain(
      '9 responses from 2 organizations · questionnaire sales-marketing-alignment, version 1.0',
    );
    expect(page).toContain('<a href="#org-1">Acme</a>');
  });

  it('gives every organization its headline: stages in words, respondents and dates', () => {
    const acme = section(page, 1);
    expect(acme).toContain('<h2 id="org-1-title">Acme</h2>');
    expect(acme).toContain('7 respondents · 2026-11-02 to 2026-11-06');
    expect(acme).toMatch(/Overall stage<\/span>\s*<strong class="stage">Defined<\/strong>/);
    expect(acme).toContain('56.9, the mean of the department means');
    expect(acme).toContain('Mean of all 7 respondents: 58.4');
    expect(headline(acme, 'sales')).toEqual(['Sales', 'Aligned', '4 respondents · mean 67.5']);
    expect(acme).toContain(
      'Sales rates the relationship 21.2 points higher than Marketing does. ' +
        'It could still be chance (p\u00a0=\u00a0.105).',
    );

    const borealis = section(ruleOff, 2);
    expect(borealis).toContain('No perception gap: Marketing has no answers.');
    expect(borealis).toContain('<td class="empty" colspan="8">no answers</td>');
    expect(borealis).toContain('Integrated is the top stage');
  });

  it('says what the anonymity rule withheld, where it would have been and why', () => {
    // Borealis has two sales staff only: every figure but n is withheld, and so are the
    // organization's, which would give them away.
    const borealis = section(page, 2);
    expect(borealis).toMatch(/Overall stage<\/span>\s*<strong class="stage">withheld<\/strong>/);
    expect(headline(borealis, 'sales')).toEqual(['Sales', 'withheld', '2 respondents']);
    expect(borealis).toContain('<strong>Withheld to protect anonymity</strong>');
    for (const w of report.organizations[1]!.withheld) {
      expect(borealis).toContain(`<li>${escapeHtml(w.reason)}</li>`);
    }
    expect(borealis).toContain('No chart: the mean of Sales is withheld');
    expect(borealis).toContain('<td class="empty" colspan="8">withheld</td>');
    expect(borealis).not.toContain('Where to act');
    // Acme's marketing staff are two: its heads and staff are shown only together.
    const marketing = section(page, 1).split('<tr data-department="marketing">')[1]!;
    expect(marketing).toContain(
      'data-role="staff"><th scope="row" class="text-col">Staff</th>' +
        '<td class="value-col" data-label="Respondents">2</td><td class="empty" colspan="8">withheld<',
    );

    const method = page.slice(page.indexOf('<section class="method"'));
    expect(method).toContain('shown only when it rests on at least 3 respondents');
    const reason = escapeHtml(report.organizations[1]!.withheld[0]!.reason);
    expect(method).toContain(`<li>Borealis: ${reason}</li>`);
    expect(ruleOff).toContain('Off (--min-group 1): every figure is shown');
    expect(ruleOff).not.toContain('Withheld to protect anonymity');
  });

  it('lists the files left out and how a stage is read, in the method', () => {
    const method = page.slice(page.indexOf('<section class="method"'));
    expect(method).toMatch(
      /<code>\S+acme-sales-staff-r-x9-broken\.json<\/code>: answers\.forecast-accuracy is 7/,
    );
    expect(method).toContain('59.5 is Defined, 60 is Aligned');
    expect(method).toContain('Harvard Business Review');
    expect(method).toContain('version 1.0): 20 statements, each rated 1 to 5');
  });
});

describe('the band chart', () => {
  it('draws the stage bands over the possible totals, a marker per department at its mean', () => {
    const acme = section(page, 1);
    const chart = acme.slice(acme.indexOf('<svg class="band-chart"'), acme.indexOf('</figure>'));
    expect(chart).toMatch(/role="img"\s+aria-labelledby="org-1-bands-title org-1-bands-desc"/);
    expect(chart).toContain('<title id="org-1-bands-title">Stages at Acme</title>');
    expect(chart).toContain('Sales: mean 67.5, Aligned, 95% interval 52.3 to 82.7. Marketing');
    for (const band of ['Undefined', 'Defined', 'Aligned', 'Integrated']) {
      expect(chart).toContain(`text-anchor="middle">${band}</text>`);
    }
    expect(chart).toContain('>60–79</text>');
    // Bands start at 20, 40, 60 and 80 of 20–100: 0%, 25%, 50%, 75%.
    expect([...chart.matchAll(/<rect x="([\d.]+%)" y="0" width="25%"/g)].map((m) => m[1])).toEqual([
      '0%',
      '25%',
      '50%',
      '75%',
    ]);
    // Sales at 67.5: (67.5 − 20) / 80 = 59.375%; Marketing at 139/3; the organization at 683/12.
    expect(chart).toContain('<svg x="59.375%" y="');
    expect(chart).toContain(`<svg x="${pct(percentAt(139 / 3, 20, 100))}" y="`);
    expect(chart).toContain(`<svg x="${pct(percentAt(683 / 12, 20, 100))}" y="`);
    expect(chart).toContain('Acme overall</tspan> 56.9');
  });

  it('draws the 95% interval through each marker, open where it runs past the totals', () => {
    const acme = section(page, 1);
    const [sales, marketing] = report.organizations[0]!.departments;
    const [low, high] = sales!.ci95!.map((v) => pct(percentAt(v, 20, 100)));
    expect(acme).toContain(`<line x1="${low}" x2="${high}" y1="`);
    expect(acme).toContain('Sales: mean 67.5, Aligned, 95% interval 52.3 to 82.7.');
    // Marketing's runs from 10.8, below the lowest total 20: no cap at 0%, a cap at its top.
    expect(marketing!.ci95![0]).toBeLessThan(20);
    const line = acme.split('<line x1="0%" x2="')[1]!;
    expect(line).toMatch(/^[\d.]+%" y1="\d+" y2="\d+" stroke="#D55E00"\/>\s*<line x1="[\d.]+%"/);
    expect(acme).toContain('The line through a marker is its 95% confidence interval.');
    expect(section(noStats, 1)).not.toContain('confidence interval');
  });

  it('places values as percentages of the width, kept inside the chart', () => {
    expect(percentAt(20, 20, 100)).toBe(0);
    expect(percentAt(100, 20, 100)).toBe(100);
    expect(percentAt(120, 20, 100)).toBe(100);
    expect(pct(100 / 3)).toBe('33.333%');
  });

  it('tells departments apart by shape as well as by an Okabe–Ito colour', () => {
    expect(departmentMark(0)).toEqual({ colour: '#0072B2', shape: 'circle' });
    expect(departmentMark(1)).toEqual({ colour: '#D55E00', shape: 'square' });
    expect(bandFill(0, 4)).toBe('#f4f6f9');
    expect(bandFill(3, 4)).toBe('#c3d1e0');
  });
});

describe('the perception gap chart', () => {
  it('has a row per statement, largest gap first, a bar right for Sales higher, else left', () => {
    const acme = section(page, 1);
    const rows = [...acme.matchAll(/<tr data-statement="([a-z-]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    const ranked = report.organizations[0]!.gap.ranked;
    expect(rows.map((r) => r[1])).toEqual(ranked.map((g) => g.statement));

    const row = (id: string) => rows.find((r) => r[1] === id)![2]!;
    // funnel-analytics: Sales 3.25, Marketing 2.0, +1.25 of a reach of 2 points either way.
    expect(row('funnel-analytics')).toContain('data-label="Gap">+1.3<span class="marks">');
    expect(row('funnel-analytics')).toMatch(/<rect x="50%" y="3" width="31.25%"/);
    // shared-plan-presentations: −0.75, drawn leftwards from the zero line.
    expect(row('shared-plan-presentations')).toContain('data-label="Gap">−0.8</td>');
    expect(row('shared-plan-presentations')).toMatch(
      /<rect x="31.25%" y="3" width="18.75%" height="12"\s+fill="#D55E00"/,
    );
    expect(row('shared-plan-presentations')).toMatch(
      /<title>Statement 20: gap −0.8 \(Sales 3.3, Marketing 4.0\); Holm-adjusted p\u00a0=\u00a0[.\d]+<\/title>/,
    );
    expect(acme).toContain('<title id="org-1-axis">Scale of the bars: 2 points either way');
  });

  it('marks large and notable gaps beside the number, and states both rules', () => {
    const acme = section(page, 1);
    const { gap } = report.organizations[0]!;
    const rows = acme.matchAll(/<tr data-statement="([a-z-]+)" data-large="">/g);
    const large = [...rows].map((m) => m[1]);
    expect(large).toEqual(gap.ranked.filter((g) => g.large).map((g) => g.statement));
    expect(large.length).toBeGreaterThan(0);
    const mark = (symbol: string, word: string) =>
      `<span class="mark mark-${word}" title="${word}"><span aria-hidden="true">${symbol}</span>` +
      `<span class="visually-hidden">${word}</span></span>`;
    expect(acme).toContain(`data-label="Gap">+1.3<span class="marks">${mark('▲', 'large')}`);
    expect(acme).toContain(`${mark('▲', 'large')} ${escapeHtml(gap.rules.large)}</li>`);
    expect(acme).toContain(`${mark('★', 'notable')} ${escapeHtml(gap.rules.notable)}</li>`);
    // Four respondents against three: no statement can be notable, and the page says so.
    expect(gap.reach!.possible).toBe(false);
    expect(acme).toContain(
      'no statement can be notable: even the clearest possible split gives ' +
        'p\u00a0=\u00a0.025, not below the first Holm threshold of .0025.',
    );
    expect(acme).toContain(
      'In total the gap is +21.2 points, 95% interval −7.6 to +49.9 (Welch&#39;s t 2.22, ' +
        'df 3.3, ' +
        'p\u00a0=\u00a0.105; Hedges&#39; g 1.52). With these few respondents, a difference of ' +
        'this size could still be chance.',
    );
  });

  it('marks a notable gap with a star and an outlined bar', async () => {
    const notable = structuredClone(report);
    const org = notable.organizations[0]!;
    org.gap.statementTests!['funnel-analytics']!.notable = true;
    const acme = section(await renderReport(notable, 'html', PLAIN), 1);
    const row = acme.split('<tr data-statement="funnel-analytics"')[1]!.split('</tr>')[0]!;
    expect(row).toMatch(/^ data-large="" data-notable="">/);
    expect(row).toContain('<span class="visually-hidden">notable</span>');
    expect(row).toMatch(/fill="#0072B2" class="notable"\/>/);
    expect(row).toMatch(/<title>[^<]*, notable; large<\/title>/);
  });

  it('gives each department its interval, stage certainty and agreement; the reliability', () => {
    const sales = section(page, 1).split('<tr data-department="sales">')[1]!.split('</tr>')[0]!;
    expect(sales).toContain('data-label="95% interval">52.3–82.7</td>');
    // 99.8% of the resamples fall in Aligned: never rounded up to a certain 100%.
    expect(sales).toContain('data-label="Stage certainty">&gt; 99% (&lt; 1% Integrated)</td>');
    expect(sales).toContain('data-label="Agreement">.99 very strong</td>');
    expect(section(page, 1)).toContain(
      'Reliability on these answers: Cronbach&#39;s alpha .99 over 7 respondents.',
    );

    const plain = section(noStats, 1);
    expect(plain).not.toMatch(/95% interval|Stage certainty|Agreement|alpha/);
    const method = noStats.slice(noStats.indexOf('<section class="method"'));
    expect(method).toContain('Not computed for this report.');
  });

  it('shows each statement mean instead when one side of the gap has no answers', () => {
    const borealis = section(ruleOff, 2);
    expect(borealis).not.toContain('gap-table');
    expect(borealis).toContain('<table class="statement-table">');
    expect(borealis.match(/<tr data-statement=/g)).toHaveLength(20);
  });
});

describe('aggregate --format html', () => {
  it('writes the page to stdout without --out, as every format does', () => {
    const { code, stdout, stderr } = runBin(['aggregate', EXAMPLES, '--format', 'html']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('writes the file named by --out and nothing to stdout', () => {
    const { dir, cleanup } = tempDir('sma-html-cli-');
    try {
      const file = join(dir, 'report.html');
      const args = ['aggregate', EXAMPLES, '--format', 'html', '--out', file];
      const { code, stdout } = runBin(args);
      expect([code, stdout]).toEqual([0, '']);
      expect(readFileSync(file, 'utf8')).toContain('<h2 id="org-1-title">Acme Tools</h2>');
    } finally {
      cleanup();
    }
  });

  it('refuses --bom, which only CSV has', () => {
    const { code, stderr } = runBin(['aggregate', EXAMPLES, '--format', 'html', '--bom']);
    expect(code).toBe(2);
    expect(stderr).toContain('--bom applies to --format csv only');
  });
});
