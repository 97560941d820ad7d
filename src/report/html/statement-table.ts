import { oneDecimal } from '../numbers.js';
import { answered, statementNumber, statementRows, statementText } from '../report-view.js';
import type { AggregateReport, OrganizationReport } from '../types.js';
import { html, type Markup } from './escape.js';
import { words } from './wording.js';

/**
 * Every statement's mean rating per department that answered, in the questionnaire's order:
 * what the page shows in place of the gap chart when one side of the gap pair has no answers.
 */
export function statementTable(report: AggregateReport, org: OrganizationReport): Markup {
  const departments = answered(org);
  return html`<table class="statement-table">
    <thead><tr>
      <th scope="col" class="n-col">#</th>
      <th scope="col" class="text-col">${words.statement}</th>
      ${departments.map((d) => html`<th scope="col" class="value-col">${d.name}</th>`)}
    </tr></thead>
    <tbody>${statementRows(report, org).map((row) => html`<tr data-statement="${row.statement}">
      <td class="n-col">${statementNumber(report, row.statement)}</td>
      <td class="text-col">${statementText(report, row.statement)}</td>
      ${row.means.map((mean, i) => html`<td class="value-col" data-label="${
        departments[i]!.name}">${oneDecimal(mean)}</td>`)}
    </tr>`)}</tbody>
  </table>`;
}
