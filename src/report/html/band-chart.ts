import { oneDecimal } from '../numbers.js';
import { stageName } from '../report-view.js';
import type { AggregateReport, OrganizationReport } from '../types.js';
import { html, type Markup } from './escape.js';
import { marker, pct, percentAt } from './geometry.js';
import { ORGANIZATION_MARK, bandFill, markOf, type MarkerShape } from './palette.js';
import { shownDepartments } from './withheld.js';
import { words } from './wording.js';

/** One marker of the band chart: a department, or the organization as a whole. */
export interface BandRow {
  name: string;
  mean: number;
  stage: string | null;
  interval: [number, number] | null;
  colour: string;
  shape: MarkerShape;
}

const HEADER = 36;
const ROW = 37;
const AXIS = 24;
// Labels near either end are anchored inwards, so that they stay inside the drawing.
const EDGE_PERCENT = 16;

/** The departments whose mean is shown, then the organization: what the band chart shows. */
export function bandRows(report: AggregateReport, org: OrganizationReport): BandRow[] {
  const rows: BandRow[] = shownDepartments(org).map((d) => ({
    name: d.name,
    mean: d.mean!,
    stage: d.stage,
    interval: d.ci95,
    ...markOf(report, d.department),
  }));
  if (org.meanOfDepartmentMeans === null) return rows;
  const overall = {
    name: words.organizationRow(org.organization),
    mean: org.meanOfDepartmentMeans,
    stage: org.stage,
    interval: null,
    ...ORGANIZATION_MARK,
  };
  return [...rows, overall];
}

/** The band chart with its caption, and the departments it leaves out for anonymity. */
export function bandFigure(report: AggregateReport, org: OrganizationReport, id: string): Markup {
  const rows = bandRows(report, org);
  const hidden = org.departments.filter((d) => d.n > 0 && d.mean === null).map((d) => d.name);
  if (rows.length === 0) return html`<p class="note">${words.bandNone(hidden)}</p>`;
  return html`<figure>
    ${bandChart(report, org, rows, id)}
    <figcaption>${words.bandCaption(rows.some((r) => r.interval !== null))}${
      hidden.length > 0 && html` ${words.bandLeftOut(hidden)}`
    }</figcaption>
  </figure>`;
}

/**
 * The possible totals as a strip of stage bands, each labelled with its name and range, and
 * a row per department with a marker at its mean (and its interval where there is one), so a
 * reader sees which stage each side is in and how far it is from the next.
 */
function bandChart(
  report: AggregateReport,
  org: OrganizationReport,
  rows: readonly BandRow[],
  id: string,
): Markup {
  const { totals, stages } = report.questionnaire;
  const x = (value: number) => percentAt(value, totals.min, totals.max);
  const height = HEADER + rows.length * ROW + AXIS;
  const plot = HEADER + rows.length * ROW;

  const bands = stages.map((s, i) => {
    const start = x(s.min);
    const end = i + 1 < stages.length ? x(stages[i + 1]!.min) : 100;
    const middle = pct((start + end) / 2);
    return html`<rect x="${pct(start)}" y="0" width="${pct(end - start)}" height="${plot}"
      fill="${bandFill(i, stages.length)}"/>
    <text class="band-name" x="${middle}" y="16" text-anchor="middle">${s.name}</text>
    <text class="band-range" x="${middle}" y="31" text-anchor="middle">${words.range(
      s.min,
      s.max,
    )}</text>`;
  });
  const edges = stages.slice(1).map((s) => {
    const at = pct(x(s.min));
    return html`<line x1="${at}" x2="${at}" y1="0" y2="${plot}" class="band-edge"/>`;
  });

  const described = rows.map((r) => {
    const interval =
      r.interval && words.interval(oneDecimal(r.interval[0]), oneDecimal(r.interval[1]));
    return words.bandRow(r.name, oneDecimal(r.mean), stageName(report, r.stage), interval);
  });
  const description = words.bandDescription(
    words.range(totals.min, totals.max),
    described.join(' '),
  );
  return html`<svg class="band-chart" width="100%" height="${height}" role="img"
    aria-labelledby="${id}-title ${id}-desc">
    <title id="${id}-title">${words.bandTitle(org.organization)}</title>
    <desc id="${id}-desc">${description}</desc>
    ${bands}${edges}
    ${rows.map((row, i) => bandRowMarkup(row, HEADER + i * ROW, totals))}
    ${axis(report, plot, x)}
  </svg>`;
}

function bandRowMarkup(row: BandRow, top: number, scale: { min: number; max: number }): Markup {
  const at = percentAt(row.mean, scale.min, scale.max);
  const y = top + 25;
  const anchor = at < EDGE_PERCENT ? 'start' : at > 100 - EDGE_PERCENT ? 'end' : 'middle';
  const interval = row.interval && intervalMarkup(row.interval, y, row.colour, scale);
  return html`<g class="band-row">
    <line x1="0" x2="100%" y1="${y}" y2="${y}" class="track"/>
    ${interval}
    ${marker(row.shape, at, y, row.colour)}
    <text x="${pct(at)}" y="${top + 12}" text-anchor="${anchor}" class="row-label"><tspan
      class="row-name">${row.name}</tspan> ${oneDecimal(row.mean)}</text>
  </g>`;
}

function intervalMarkup(
  [low, high]: [number, number],
  y: number,
  colour: string,
  scale: { min: number; max: number },
): Markup {
  const x = (value: number) => percentAt(value, scale.min, scale.max);
  const [from, to] = [pct(x(low)), pct(x(high))];
  // An end beyond the possible totals is drawn open, without its cap: the interval goes on.
  const { min, max } = scale;
  const cap = (at: string, inside: boolean) =>
    inside && html`<line x1="${at}" x2="${at}" y1="${y - 6}" y2="${y + 6}" stroke="${colour}"/>`;
  return html`<g class="interval" stroke-width="2">
    <line x1="${from}" x2="${to}" y1="${y}" y2="${y}" stroke="${colour}"/>${cap(
      from,
      low >= min,
    )}${cap(to, high <= max)}
  </g>`;
}

function axis(report: AggregateReport, top: number, x: (value: number) => number): Markup {
  const { totals, stages } = report.questionnaire;
  const ticks = [...stages.map((s) => s.min), totals.max];
  return html`<g class="axis">${ticks.map((value, i) => {
    const anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
    return html`<text x="${pct(x(value))}" y="${top + 17}" text-anchor="${anchor}">${value}</text>`;
  })}</g>`;
}
