import { oneDecimal } from '../numbers.js';
import type { AggregateReport, OrganizationReport } from '../types.js';
import { html, type Markup } from './escape.js';
import { shownDepartments } from './withheld.js';
import { words } from './wording.js';

/**
 * Every statement's mean rating per department shown, in the questionnaire's order: what the
 * page has in place of the gap chart when one side of the gap pair has no answers.
 */
export function statementTable(report: AggregateReport, org: OrganizationReport): Markup {
  const departments = shownDepartments(org);
  return html`<table class="statement-table">
    <thead><tr>
      <th scope="col" class="n-col">#</th>
      <th scope="col" class="text-col">${words.statement}</th>
      ${departments.map((d) => html`<th scope="col" class="value-col">${d.name}</th>`)}
    </tr></thead>
    <tbody>${report.questionnaire.statements.map(
      (s, i) => html`<tr data-statement="${s.id}">
      <td class="n-col">${i + 1}</td>
      <td class="text-col">${s.text}</td>
      ${departments.map(
        (d) =>
          html`<td class="value-col" data-label="${d.name}">${oneDecimal(
            d.statements[s.id] ?? null,
          )}</td>`,
      )}
    </tr>`,
    )}</tbody>
  </table>`;
}
