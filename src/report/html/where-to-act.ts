import { oneDecimal } from '../numbers.js';
import { stageName, statementNumber, statementText } from '../report-view.js';
import type { AggregateReport, OrganizationReport } from '../types.js';
import { html, type Markup } from './escape.js';
import { pct, percentAt } from './geometry.js';
import { words } from './wording.js';

/** The lowest-scoring statements, each with a small bar of its rating on the scale. */
export function whereToAct(report: AggregateReport, org: OrganizationReport): Markup {
  const { min, max } = report.questionnaire.scale;
  if (org.whereToAct.length === 0) return html``;
  return html`<section class="act" aria-label="${words.whereToAct}">
    <h3>${words.whereToAct}</h3>
    <p>${words.whereToActIntro(org.whereToAct.length, min, max)}</p>
    <ol class="act-list">${org.whereToAct.map((s) => {
      const rating = words.ratingOf(oneDecimal(s.mean), max);
      const width = pct(percentAt(s.mean, min, max));
      return html`<li data-statement="${s.statement}">
        <span class="rating"><svg class="rating-bar" width="64" height="10" aria-hidden="true">
          <rect width="100%" height="10" class="rating-track"/>
          <rect width="${width}" height="10" class="rating-fill"/></svg>
          <span class="rating-value">${rating}</span></span>
        <span class="act-text"><span class="n">${statementNumber(report, s.statement)}.</span>
          ${statementText(report, s.statement)}</span>
      </li>`;
    })}</ol>
  </section>`;
}

/** The bank's advice for reaching the next stage from the organization's present one. */
export function advice(report: AggregateReport, org: OrganizationReport): Markup {
  const advice = org.advice;
  if (!advice) return html``;
  const from = stageName(report, advice.from);
  if (advice.to === null) return html`<p class="advice">${words.topStage(from)}</p>`;
  return html`<div class="advice">
    <h3>${words.adviceHeading(from, stageName(report, advice.to))}</h3>
    <ul>${advice.steps.map((step) => html`<li>${step}</li>`)}</ul>
  </div>`;
}
