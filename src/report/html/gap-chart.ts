import { oneDecimal } from '../numbers.js';
import { departmentName, statementNumber, statementText } from '../report-view.js';
import type { AggregateReport, GapStatement, OrganizationReport } from '../types.js';
import { html, type Markup } from './escape.js';
import { signed } from './format.js';
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
 * The perception gap as a diverging bar chart: one row per statement, largest difference
 * first, with the statement's text, both sides' means and the gap as numbers, and a bar to
 * the right where the first department of the pair rates it higher, to the left where the
 * second does. The chart is a table, so the numbers it is drawn from are its text.
 */
export function gapChart(report: AggregateReport, org: OrganizationReport, id: string): Markup {
  const sides = sidesOf(report, org);
  const [first, second] = sides.names;
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
    <tbody>${org.gap.ranked.map((g) => gapRow(report, g, sides))}</tbody>
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

function gapRow(report: AggregateReport, g: GapStatement, sides: Sides): Markup {
  const [first, second] = sides.names;
  const number = statementNumber(report, g.statement);
  const [firstMean, secondMean] = g.means.map(oneDecimal) as [string, string];
  return html`<tr data-statement="${g.statement}">
    <td class="n-col">${number}</td>
    <td class="text-col">${statementText(report, g.statement)}</td>
    <td class="value-col" data-label="${first}">${firstMean}</td>
    <td class="value-col" data-label="${second}">${secondMean}</td>
    <td class="value-col gap-value" data-label="${words.gap}">${signed(g.difference)}</td>
    <td class="bar-col">${gapBar(g, sides, words.gapBar(number, signed(g.difference), first,
      firstMean, second, secondMean))}</td>
  </tr>`;
}

function gapBar(g: GapStatement, sides: Sides, title: string): Markup {
  const x = (value: number) => percentAt(value, -sides.reach, sides.reach);
  const end = x(g.difference);
  const colour = g.difference >= 0 ? sides.colours[0] : sides.colours[1];
  return html`<svg class="gap-bar" width="100%" height="18" role="img"><title>${title}</title>
    ${gridLines(sides, 18)}
    <rect x="${pct(Math.min(50, end))}" y="3" width="${pct(Math.abs(end - 50))}" height="12"
      fill="${colour}"/>
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
