import type { Bank, Stage } from '../questionnaire/types.js';

/**
 * The stage a total or a mean falls in. Bands are written with inclusive whole bounds; a
 * fractional mean belongs to the band whose half-open interval [min, next band's min) holds
 * it, so with bands 40-59 and 60-79, 59.5 is in the first and 60 in the second (DOMAIN.md).
 */
export function stageFor(bank: Bank, value: number): Stage {
  const bands = bank.bands;
  if (!(value >= bank.totalMin && value <= bank.totalMax)) {
    throw new RangeError(`total ${value} lies outside ${bank.totalMin}..${bank.totalMax}`);
  }
  for (let i = bands.length - 1; i > 0; i--) {
    if (value >= bands[i]!.min) return bands[i]!;
  }
  return bands[0]!;
}

/** The stage after this one, or undefined at the top. */
export function nextStage(bank: Bank, stage: Stage): Stage | undefined {
  const index = bank.bands.indexOf(stage);
  return index === -1 ? undefined : bank.bands[index + 1];
}
