import { oneDecimal } from '../numbers.js';
import { departmentName, statementNumber, statementText } from '../report-view.js';
import type {
  AggregateReport,
  GapStatement,
  OrganizationReport,
  PerceptionGap,
  StatementTest,
} from '../types.js';
import { html, type Markup } from './escape.js';
import { fixed, pValue, signed, smallP } from './format.js';
import { pct, percentAt } from './geometry.js';
import { markOf } from './palette.js';
import { words } from './wording.js';

interface Sides {
  names: [string, string];
  colours: [string, string];
  /** The largest difference the bars can show, either way: a whole number of points. */
  reach: number;
}

/**
 * The perception gap: its heading, the test of the gap in totals where there is one, the
 * rules of the marks, and the chart.
 */
export function gapSection(report: AggregateReport, org: OrganizationReport, id: string): Markup {
  const [first, second] = sidesOf(report, org).names;
  return html`<h3>${words.gapHeading(first, second)}</h3>
    <p id="${id}-intro">${words.gapIntro(first, second)}</p>
    ${
      report.statistics &&
      gapTest(org.gap, report.statistics.minRespondents, report.statistics.level)
    }
    ${marksLegend(org.gap)}
    ${gapChart(report, org, id)}`;
}

function gapTest(gap: PerceptionGap, min: number, level: number): Markup {
  const test = gap.test;
  if (!test || gap.total === null) return html`<p class="test">${words.gapUntested(min)}</p>`;
  const [low, high] = test.ci95.map(signed) as [string, string];
  const summary = words.gapTest(
    signed(gap.total),
    low,
    high,
    fixed(test.t, 2),
    fixed(test.df, 1),
    pValue(test.p),
    fixed(test.hedgesG, 2),
  );
  return html`<p class="test">${summary} ${test.p < level ? words.gapReal : words.gapChance}</p>`;
}

// The rules of both marks as the report states them, each after the mark it explains, and
// whether a statement can be notable at all with groups this small.
function marksLegend(gap: PerceptionGap): Markup {
  const rules = [
    gap.rules.large && html`<li>${mark('large')} ${gap.rules.large}</li>`,
    gap.statementTests &&
      gap.rules.notable &&
      html`<li>${mark('notable')} ${gap.rules.notable}</li>`,
  ];
  const reach = gap.reach;
  const none =
    reach &&
    !reach.possible &&
    html`<li>${words.noneCanBeNotable(smallP(reach.smallestP), smallP(reach.threshold))}</li>`;
  if (!rules.some(Boolean) && !none) return html``;
  return html`<ul class="marks-legend" aria-label="${words.marks}">${rules}${none}</ul>`;
}

// A mark is a symbol beside the gap, so that it takes no line of its own; its word is there
// for screen readers, and the legend above the chart pairs each symbol with its rule.
function mark(kind: 'large' | 'notable'): Markup {
  const [symbol, word] = kind === 'large' ? ['▲', words.markLarge] : ['★', words.markNotable];
  return html`<span class="mark mark-${kind}" title="${word}"><span aria-hidden="true">${
    symbol
  }</span><span class="visually-hidden">${word}</span></span>`;
}

/**
 * The perception gap as a diverging bar chart: one row per statement, largest difference
 * first, with the statement's text, both sides' means and the gap as numbers, and a bar to
 * the right where the first department of the pair rates it higher, to the left where the
 * second does. The chart is a table, so the numbers it is drawn from are its text.
 */
function gapChart(report: AggregateReport, org: OrganizationReport, id: string): Markup {
  const sides = sidesOf(report, org);
  const [first, second] = sides.names;
  const tests = org.gap.statementTests;
  return html`<table class="gap-table" aria-describedby="${id}-intro">
    <caption class="visually-hidden">${words.gapTitle(first, second)}</caption>
    <thead><tr>
      <th scope="col" class="n-col">#</th>
      <th scope="col" class="text-col">${words.statement}</th>
      <th scope="col" class="value-col">${first}</th>
      <th scope="col" class="value-col">${second}</th>
      <th scope="col" class="value-col">${words.gap}</th>
      <th scope="col" class="bar-col">${gapAxis(sides, id)}</th>
    </tr></thead>
    <tbody>${org.gap.ranked.map((g) =>
      gapRow(report, g, tests?.[g.statement] ?? null, sides),
    )}</tbody>
  </table>`;
}

function sidesOf(report: AggregateReport, org: OrganizationReport): Sides {
  const ids = org.gap.between;
  const largest = Math.max(0, ...org.gap.ranked.map((g) => Math.abs(g.difference)));
  const { min, max } = report.questionnaire.scale;
  return {
    names: [departmentName(report, ids[0]), departmentName(report, ids[1])],
    colours: [markOf(report, ids[0]).colour, markOf(report, ids[1]).colour],
    reach: Math.min(Math.max(1, Math.ceil(largest - 1e-9)), Math.max(1, max - min)),
  };
}

function gapRow(
  report: AggregateReport,
  g: GapStatement,
  test: StatementTest | null,
  sides: Sides,
): Markup {
  const [first, second] = sides.names;
  const number = statementNumber(report, g.statement);
  const [firstMean, secondMean] = g.means.map(oneDecimal) as [string, string];
  const notable = test?.notable ?? false;
  const title = [
    words.gapBar(number, signed(g.difference), first, firstMean, second, secondMean),
    ...(test ? [words.barTest(pValue(test.pAdjusted), notable)] : []),
    ...(g.large ? [words.markLarge] : []),
  ].join('; ');
  const marks =
    (g.large || notable) &&
    html`<span class="marks">${g.large && mark('large')}${notable && mark('notable')}</span>`;
  return html`<tr data-statement="${g.statement}"${g.large && html` data-large=""`}${
    notable && html` data-notable=""`
  }>
    <td class="n-col">${number}</td>
    <td class="text-col">${statementText(report, g.statement)}</td>
    <td class="value-col" data-label="${first}">${firstMean}</td>
    <td class="value-col" data-label="${second}">${secondMean}</td>
    <td class="value-col gap-value" data-label="${words.gap}">${signed(g.difference)}${marks}</td>
    <td class="bar-col">${gapBar(g, notable, sides, title)}</td>
  </tr>`;
}

// A notable statement's bar is outlined as well as labelled, so the mark survives a
// black-and-white print.
function gapBar(g: GapStatement, notable: boolean, sides: Sides, title: string): Markup {
  const x = (value: number) => percentAt(value, -sides.reach, sides.reach);
  const end = x(g.difference);
  const colour = g.difference >= 0 ? sides.colours[0] : sides.colours[1];
  return html`<svg class="gap-bar" width="100%" height="18" role="img"><title>${title}</title>
    ${gridLines(sides, 18)}
    <rect x="${pct(Math.min(50, end))}" y="3" width="${pct(Math.abs(end - 50))}" height="12"
      fill="${colour}"${notable && html` class="notable"`}/>
    <line x1="50%" x2="50%" y1="0" y2="18" class="zero"/>
  </svg>`;
}

function ticks(sides: Sides): number[] {
  return Array.from({ length: 2 * sides.reach + 1 }, (_, i) => i - sides.reach);
}

function gridLines(sides: Sides, height: number): Markup[] {
  return ticks(sides)
    .filter((t) => t !== 0)
    .map((t) => {
      const at = pct(percentAt(t, -sides.reach, sides.reach));
      return html`<line x1="${at}" x2="${at}" y1="0" y2="${height}" class="grid"/>`;
    });
}

// The scale of the bars, in the header of their column: the points either way from zero, and
// which side rates higher as text that wraps in a narrow column.
function gapAxis(sides: Sides, id: string): Markup {
  const [first, second] = sides.names;
  const [left, right] = words.gapAxis(first, second);
  const all = ticks(sides);
  return html`<span class="sides"><span>${left}</span><span>${right}</span></span>
    <svg class="gap-axis" width="100%" height="16" role="img" aria-labelledby="${id}-axis">
    <title id="${id}-axis">${words.gapAxisTitle(sides.reach, left, right)}</title>
    ${all.map((t, i) => {
      const anchor = i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle';
      const at = pct(percentAt(t, -sides.reach, sides.reach));
      return html`<text x="${at}" y="12" text-anchor="${anchor}">${tickLabel(t)}</text>`;
    })}
  </svg>`;
}

function tickLabel(points: number): string {
  if (points === 0) return '0';
  return points > 0 ? `+${points}` : `−${-points}`;
}
