import type { ContextRecord } from '../context/collect-contexts.js';
import { recommend } from '../context/recommend.js';
import type { Bank } from '../questionnaire/types.js';
import type { RecommendationReport } from '../report/types.js';
import { stageFor } from '../scoring/stage.js';

/**
 * The recommendation for an organization whose stage is read off `mean`: qualified by its
 * context file when one was given, the unqualified default otherwise (whose reasons say how
 * to add the context). Null when there is no mean, and so no stage to start from.
 */
export function organizationRecommendation(
  bank: Bank,
  mean: number | null,
  organization: string,
  context: ContextRecord | undefined,
): RecommendationReport | null {
  if (mean === null) return null;
  const stage = stageFor(bank, mean).id;
  const { verdict, qualified, reasons } = recommend(
    bank,
    stage,
    context?.context.answers,
    organization,
  );
  const used = context && { file: context.file, answeredAt: context.context.answeredAt };
  return { verdict, qualified, reasons, context: used ?? null };
}
