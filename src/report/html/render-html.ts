import type { AggregateReport, OrganizationReport } from '../types.js';
import { bandFigure } from './band-chart.js';
import { departmentTable } from './department-table.js';
import { html, type Markup } from './escape.js';
import { gapSection } from './gap-chart.js';
import { organizationHeadline, reportHeading } from './headline.js';
import { method } from './method.js';
import { page } from './page.js';
import { recommendation } from './recommendation.js';
import { statementTable } from './statement-table.js';
import { advice, whereToAct } from './where-to-act.js';
import { shownDepartments } from './withheld.js';
import { words } from './wording.js';

/**
 * The report as one self-contained HTML page for a client: inline CSS and SVG, no script and
 * no request of any kind. Per organization the headline, the band chart with the numbers it
 * is drawn from, the perception gap chart, where to act and the next stage's advice; then
 * the method. Every text from a bank or a response file is escaped (escape.ts).
 */
export function renderHtml(report: AggregateReport): string {
  const sections = report.organizations.map((org, i) => organization(report, org, `org-${i + 1}`));
  const body = html`${reportHeading(report)}
<main>
${sections.length > 0 ? sections : html`<p class="note">${words.noOrganizations}</p>`}
${method(report)}
</main>`;
  return page(report.title ?? report.questionnaire.title, body);
}

function organization(report: AggregateReport, org: OrganizationReport, id: string): Markup {
  return html`<section class="org" id="${id}" aria-labelledby="${id}-title">
  ${organizationHeadline(report, org, id)}
  <h3>${words.bandHeading}</h3>
  ${bandFigure(report, org, `${id}-bands`)}
  ${departmentTable(report, org)}
  ${statements(report, org, id)}
  <div class="next-steps">
    ${whereToAct(report, org)}
    <div class="next-stage">${advice(report, org)}${recommendation(report, org)}</div>
  </div>
</section>
`;
}

// The statements: as the perception gap when both sides of it are shown, otherwise each
// shown department's mean rating.
function statements(report: AggregateReport, org: OrganizationReport, id: string): Markup {
  if (org.gap.total !== null) return gapSection(report, org, id);
  if (shownDepartments(org).length === 0) return html``;
  const { min, max } = report.questionnaire.scale;
  return html`<h3>${words.statementMeans}</h3>
    <p>${words.statementMeansIntro(min, max)}</p>
    ${statementTable(report, org)}`;
}
