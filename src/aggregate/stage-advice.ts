import type { Bank } from '../questionnaire/types.js';
import type { StageAdvice } from '../report/types.js';
import { nextStage, stageFor } from '../scoring/stage.js';

/**
 * The bank's advice for moving from the stage of `mean` to the next one. At the top stage
 * there is nowhere to move: `to` is null and there are no steps.
 */
export function stageAdvice(bank: Bank, mean: number): StageAdvice {
  const from = stageFor(bank, mean);
  const to = nextStage(bank, from);
  return { from: from.id, to: to?.id ?? null, steps: to ? [...from.advice] : [] };
}
