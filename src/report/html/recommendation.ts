import { recommendationText } from '../recommendation-text.js';
import { recommendationView } from '../recommendation-view.js';
import type { AggregateReport, OrganizationReport } from '../types.js';
import { html, type Markup } from './escape.js';

/** Whether to move up at all, next to the advice: the verdict, its basis and its reasons. */
export function recommendation(report: AggregateReport, org: OrganizationReport): Markup {
  const view = recommendationView(report, org);
  if (!view || !org.recommendation) return html``;
  const { verdict, qualified } = org.recommendation;
  return html`<section class="advice recommendation" data-verdict="${verdict}"
    data-qualified="${String(qualified)}" aria-label="${recommendationText.heading}">
    <h3>${view.headline}</h3>
    ${view.basis !== null && html`<p class="note">${view.basis}</p>`}
    <ul>${view.reasons.map((reason) => html`<li>${withCode(reason)}</li>`)}</ul>
  </section>`;
}

// A reason quotes the command that adds the context between backticks: shown as code. Every
// part is still escaped, so a backtick in an organization's name changes only the styling.
function withCode(reason: string): Markup[] {
  return reason
    .split('`')
    .map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : html`${part}`));
}
