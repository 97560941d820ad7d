import { oneDecimal, whole } from '../numbers.js';
import { stageName } from '../report-view.js';
import type { AggregateReport, DepartmentReport, OrganizationReport } from '../types.js';
import { html, type Markup } from './escape.js';
import { marker } from './geometry.js';
import { markOf, type MarkerShape } from './palette.js';
import { words } from './wording.js';

/**
 * The numbers the band chart is drawn from, and those it leaves out: per department its
 * respondents, mean, stage, median, spread and the mean of each role.
 */
export function departmentTable(report: AggregateReport, org: OrganizationReport): Markup {
  const { roles } = report.questionnaire;
  return html`<div class="table-scroll"><table class="department-table">
    <caption>${words.tableCaption}</caption>
    <thead><tr>
      <th scope="col" class="text-col">${words.department}</th>
      <th scope="col" class="value-col">${words.n}</th>
      <th scope="col" class="value-col">${words.mean}</th>
      <th scope="col">${words.stage}</th>
      <th scope="col" class="value-col">${words.median}</th>
      <th scope="col" class="value-col">${words.sd}</th>
      <th scope="col" class="value-col">${words.minMax}</th>
      ${roles.map((r) => html`<th scope="col" class="value-col">${words.roleHeading(r.name)}</th>`)}
    </tr></thead>
    <tbody>${org.departments.map((d) => departmentRow(report, d))}</tbody>
  </table></div>`;
}

function departmentRow(report: AggregateReport, d: DepartmentReport): Markup {
  const mark = markOf(report, d.department);
  const name = html`<th scope="row" class="text-col">${legendMark(mark.shape, mark.colour)}${
    d.name}</th>`;
  const roles = d.roles.map((r) => {
    const value = r.n === 0 ? '—' : words.roleCell(oneDecimal(r.mean), r.n);
    return html`<td class="value-col" data-label="${words.roleHeading(r.name)}">${value}</td>`;
  });
  const n = html`<td class="value-col" data-label="${words.n}">${whole(d.n)}</td>`;
  if (d.n === 0) {
    return html`<tr data-department="${d.department}">${name}${n}
      <td class="empty" colspan="5">${words.noAnswers}</td>${roles}</tr>`;
  }
  const range = d.min === null || d.max === null ? '—' : words.range(d.min, d.max);
  return html`<tr data-department="${d.department}">${name}${n}
    <td class="value-col mean" data-label="${words.mean}">${oneDecimal(d.mean)}</td>
    <td class="stage" data-label="${words.stage}">${stageName(report, d.stage)}</td>
    <td class="value-col" data-label="${words.median}">${oneDecimal(d.median)}</td>
    <td class="value-col" data-label="${words.sd}">${oneDecimal(d.sd)}</td>
    <td class="value-col" data-label="${words.minMax}">${range}</td>
    ${roles}
  </tr>`;
}

/** The chart's marker of a department, as a key beside its name. */
export function legendMark(shape: MarkerShape, colour: string): Markup {
  return html`<svg class="legend-mark" width="18" height="16" aria-hidden="true">${
    marker(shape, 50, 8, colour)}</svg>`;
}
