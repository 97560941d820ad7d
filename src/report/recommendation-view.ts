import { day } from './numbers.js';
import { recommendationText as text } from './recommendation-text.js';
import { stageName } from './report-view.js';
import type { AggregateReport, OrganizationReport } from './types.js';

/** The recommendation as the human formats show it: a headline, its basis, the reasons. */
export interface RecommendationView {
  headline: string;
  /** The context file it rests on; null when unqualified, as the headline and reasons say. */
  basis: string | null;
  reasons: string[];
}

/** What the table, Markdown and HTML reports say of an organization's recommendation. */
export function recommendationView(
  report: AggregateReport,
  org: OrganizationReport,
): RecommendationView | null {
  const recommendation = org.recommendation;
  if (!recommendation || org.stage === null) return null;

  const { stages } = report.questionnaire;
  const index = stages.findIndex((s) => s.id === org.stage);
  const stage = stageName(report, org.stage);
  const next = stages[index + 1]?.name ?? stage;
  const verdict =
    recommendation.verdict === 'move-up'
      ? text.verdict['move-up'](stage, next)
      : text.verdict[recommendation.verdict](stage);

  const { context } = recommendation;
  return {
    headline: text.headline(verdict, recommendation.qualified),
    basis: context ? text.basis(day(context.answeredAt), context.file) : null,
    reasons: recommendation.reasons,
  };
}
