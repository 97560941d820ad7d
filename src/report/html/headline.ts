import { day, oneDecimal } from '../numbers.js';
import { departmentName, missingGapSides, stageName } from '../report-view.js';
import type { AggregateReport, OrganizationReport } from '../types.js';
import { legendMark } from './department-table.js';
import { html, type Markup } from './escape.js';
import { pValue } from './format.js';
import { markOf } from './palette.js';
import { isWithheld, withheldNotice } from './withheld.js';
import { words } from './wording.js';

/** The top of the page: the title, who prepared it, and what the report rests on. */
export function reportHeading(report: AggregateReport): Markup {
  const { questionnaire, files, organizations } = report;
  const facts = [
    words.responsesUsed(files.used, organizations.length),
    words.questionnaire(questionnaire.id, questionnaire.version),
  ].join(' · ');
  const contents =
    organizations.length > 1 &&
    html`<nav aria-label="${words.contents}"><ul>${organizations.map(
      (o, i) => html`<li><a href="#org-${i + 1}">${o.organization}</a></li>`,
    )}</ul></nav>`;
  return html`<header class="report-head">
    <p class="kicker">${words.kicker}</p>
    <h1>${report.title ?? questionnaire.title}</h1>
    ${
      report.preparedBy !== null &&
      html`<p class="byline">${words.preparedBy(report.preparedBy)}</p>`
    }
    <p class="facts">${facts}</p>
    ${contents}
  </header>`;
}

/**
 * An organization's headline: its name, respondents and dates, the stage of the whole and of
 * each department in words, and the perception gap in one sentence.
 */
export function organizationHeadline(
  report: AggregateReport,
  org: OrganizationReport,
  id: string,
): Markup {
  const { first, last } = org.dateRange;
  const facts = [
    words.respondents(org.respondents),
    ...(first && last ? [words.dateRange(day(first), day(last))] : []),
  ].join(' · ');
  return html`<header class="org-head">
    <h2 id="${id}-title">${org.organization}</h2>
    <p class="facts">${facts}</p>
  </header>
  <div class="verdict">
    ${overall(report, org)}
    <ul class="department-stages">${org.departments
      .filter((d) => d.n > 0)
      .map((d) => {
        const mark = markOf(report, d.department);
        const shown = d.mean !== null;
        return html`<li data-department="${d.department}">${legendMark(mark.shape, mark.colour)}
        <span class="name">${d.name}</span>
        <strong class="stage">${shown ? stageName(report, d.stage) : words.withheld}</strong>
        <span class="detail">${
          shown ? words.departmentFacts(d.n, oneDecimal(d.mean)) : words.respondents(d.n)
        }</span></li>`;
      })}</ul>
  </div>
  <p class="gap-summary">${gapSentence(report, org)}</p>
  ${withheldNotice(org)}`;
}

function overall(report: AggregateReport, org: OrganizationReport): Markup {
  if (org.meanOfDepartmentMeans === null && isWithheld(org, 'organization')) {
    return html`<p class="overall">
      <span class="label">${words.overallStage}</span>
      <strong class="stage">${words.withheld}</strong>
      <span class="detail">${words.stageWithheld}</span>
    </p>`;
  }
  if (org.meanOfDepartmentMeans === null) return html`<p class="overall">${words.noStage}</p>`;
  return html`<p class="overall">
    <span class="label">${words.overallStage}</span>
    <strong class="stage">${stageName(report, org.stage)}</strong>
    <span class="detail">${words.overallBasis(oneDecimal(org.meanOfDepartmentMeans))}.
      ${words.plainMean(org.respondents, oneDecimal(org.meanOfRespondents))}.</span>
  </p>`;
}

function gapSentence(report: AggregateReport, org: OrganizationReport): string {
  const { total, between } = org.gap;
  if (total === null) {
    // Both sides answered, yet no gap: the anonymity rule withheld it.
    const missing = missingGapSides(report, org);
    return missing.length > 0 ? words.noGap(missing) : words.gapWithheld;
  }
  const [first, second] = between.map((id) => departmentName(report, id)) as [string, string];
  const size = oneDecimal(Math.abs(total));
  if (size === oneDecimal(0)) return words.gapNone(first, second);
  const summary = words.gapSummary(first, second, size, total > 0);
  const { test } = org.gap;
  if (!test || !report.statistics) return summary;
  return `${summary} ${words.gapVerdict(test.p < report.statistics.level, pValue(test.p))}`;
}
