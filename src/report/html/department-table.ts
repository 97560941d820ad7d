import { oneDecimal, whole } from '../numbers.js';
import { stageName } from '../report-view.js';
import type { AggregateReport, DepartmentReport, OrganizationReport } from '../types.js';
import { html, type Markup } from './escape.js';
import { percent, unitValue } from './format.js';
import { marker } from './geometry.js';
import { markOf, type MarkerShape } from './palette.js';
import { isWithheld } from './withheld.js';
import { words } from './wording.js';

/**
 * The numbers the band chart is drawn from, and those it leaves out: per department its
 * respondents, mean, interval, stage and how sure that stage is, agreement, spread and the
 * mean of each role; under it, what the statistics say a reader must know.
 */
export function departmentTable(report: AggregateReport, org: OrganizationReport): Markup {
  const stats = report.statistics !== null;
  const head = (label: string, value = true) =>
    html`<th scope="col"${value && html` class="value-col"`}>${label}</th>`;
  return html`<div class="table-scroll"><table class="department-table">
    <caption>${words.tableCaption}</caption>
    <thead><tr>
      <th scope="col" class="text-col">${words.department}</th>
      ${head(words.n)}${head(words.mean)}${stats && head(words.ci95)}${head(words.stage, false)}
      ${stats && [head(words.certainty, false), head(words.agreement, false)]}
      ${head(words.median)}${head(words.sd)}${head(words.minMax)}
    </tr></thead>
    ${org.departments.map((d) => departmentRows(report, org, d))}
  </table></div>
  ${statisticsNotes(report, org)}`;
}

// A department's row, then a row per role under it (heads, staff) with its n, mean and stage,
// as the other formats show them; a tbody each, so that print never parts them.
function departmentRows(
  report: AggregateReport,
  org: OrganizationReport,
  d: DepartmentReport,
): Markup {
  const stats = report.statistics !== null;
  const mark = markOf(report, d.department);
  const name = html`<th scope="row" class="text-col">${legendMark(mark.shape, mark.colour)}${
    d.name
  }</th>`;
  const columns = stats ? 8 : 5;
  const n = cell(words.n, whole(d.n));
  if (d.n === 0 || d.mean === null) {
    const note = d.n === 0 ? words.noAnswers : words.withheld;
    return html`<tbody><tr data-department="${d.department}">${name}${n}
      <td class="empty" colspan="${columns}">${note}</td></tr></tbody>`;
  }

  const range = d.min === null || d.max === null ? '—' : words.range(d.min, d.max);
  const interval = d.ci95 && words.range(...(d.ci95.map(oneDecimal) as [string, string]));
  return html`<tbody><tr data-department="${d.department}">${name}${n}
    ${cell(words.mean, oneDecimal(d.mean), 'value-col mean')}
    ${stats && cell(words.ci95, interval ?? '—')}
    ${cell(words.stage, stageName(report, d.stage), 'stage')}
    ${stats && cell(words.certainty, certainty(report, d), 'certainty')}
    ${stats && cell(words.agreement, agreement(d), 'agreement')}
    ${cell(words.median, oneDecimal(d.median))}
    ${cell(words.sd, oneDecimal(d.sd))}
    ${cell(words.minMax, range)}
  </tr>${roleRows(report, org, d, columns)}</tbody>`;
}

function roleRows(
  report: AggregateReport,
  org: OrganizationReport,
  d: DepartmentReport,
  columns: number,
): Markup[] {
  const withheld = isWithheld(org, `roles:${d.department}`);
  // The role rows fill the mean, the interval's empty place and the stage, then leave the rest.
  const blank = columns - (report.statistics !== null ? 3 : 2);
  return d.roles
    .filter((r) => r.n > 0)
    .map((r) => {
      const shown = r.mean !== null && !withheld;
      const figures = shown
        ? html`${cell(words.mean, oneDecimal(r.mean))}${
            report.statistics !== null && html`<td></td>`
          }${cell(words.stage, stageName(report, r.stage), 'stage')}<td colspan="${blank}"></td>`
        : html`<td class="empty" colspan="${columns}">${words.withheld}</td>`;
      return html`<tr class="role" data-role="${r.role}"><th scope="row" class="text-col">${
        r.name
      }</th>${cell(words.n, whole(r.n))}${figures}</tr>`;
    });
}

function cell(label: string, value: string, kind = 'value-col'): Markup {
  return html`<td class="${kind}" data-label="${label}">${value}</td>`;
}

// The share of resamples in the department's own stage, then the likeliest other stage if it
// has any, so "87% (13% Defined)" says both how sure and which way the doubt lies.
function certainty(report: AggregateReport, d: DepartmentReport): string {
  if (!d.stageCertainty || d.stage === null) return '—';
  const own = d.stageCertainty[d.stage] ?? 0;
  const [other] = Object.entries(d.stageCertainty)
    .filter(([stage, share]) => stage !== d.stage && share > 0)
    .sort(([, a], [, b]) => b - a);
  if (!other) return percent(own);
  return words.certaintyCell(percent(own), percent(other[1]), stageName(report, other[0]));
}

function agreement(d: DepartmentReport): string {
  if (!d.rwgj) return '—';
  return words.agreementCell(unitValue(d.rwgj.value), words.agreementBands[d.rwgj.band]);
}

// Departments too small for the statistics, departments whose mean hides a split, and the
// instrument's reliability on these answers: said in words under the table.
function statisticsNotes(report: AggregateReport, org: OrganizationReport): Markup {
  const settings = report.statistics;
  if (!settings) return html``;
  const min = settings.minRespondents;
  const notes: string[] = [];
  for (const d of org.departments) {
    if (d.n === 0 || d.mean === null) continue;
    if (d.n < min) notes.push(words.tooFew(d.name, d.n, min));
    if (d.rwgj?.split && d.min !== null && d.max !== null) {
      const band = words.agreementBands[d.rwgj.band];
      const range = words.range(d.min, d.max);
      notes.push(words.split(d.name, band, unitValue(d.rwgj.value), range, oneDecimal(d.sd)));
    }
  }
  if (org.alpha.value !== null) notes.push(words.alpha(unitValue(org.alpha.value), org.alpha.n));
  else if (!isWithheld(org, 'organization') && !isWithheld(org, 'alpha') && org.alpha.n < min) {
    notes.push(words.alphaTooFew(org.alpha.n, min));
  }
  if (notes.length === 0) return html``;
  return html`<ul class="notes">${notes.map((note) => html`<li>${note}</li>`)}</ul>`;
}

/** The chart's marker of a department, as a key beside its name. */
export function legendMark(shape: MarkerShape, colour: string): Markup {
  return html`<svg class="legend-mark" width="18" height="16" aria-hidden="true">${marker(
    shape,
    50,
    8,
    colour,
  )}</svg>`;
}
