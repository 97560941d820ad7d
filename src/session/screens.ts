import type { Bank } from '../questionnaire/types.js';
import { stageFor } from '../scoring/stage.js';
import { resultText, startText } from './messages.js';
import type { SavedResponse } from './outcome.js';
import { scaleValues } from './statement-prompt.js';
import type { Paint } from './theme.js';
import { layoutWidth, wrapText } from './wrap.js';

/** What a respondent reads first: the title, the instructions and the scale legend. */
export function introScreen(bank: Bank, paint: Paint, columns: number): string {
  const width = layoutWidth(columns);
  const legend = scaleValues(bank.scale).map(
    (value) => `  ${paint.bold(String(value))}  ${bank.scale.labels[value] ?? ''}`,
  );
  return (
    [
      paint.bold(bank.title),
      '',
      ...wrapText(bank.instructions, width),
      '',
      startText.scaleTitle,
      ...legend,
      '',
    ].join('\n') + '\n'
  );
}

/** What a respondent reads last: their total, the stage and what it means, and the file. */
export function resultScreen(
  bank: Bank,
  saved: SavedResponse,
  paint: Paint,
  columns: number,
): string {
  const stage = stageFor(bank, saved.total);
  const width = layoutWidth(columns) - 2;
  return (
    [
      '',
      paint.green(resultText.thanks),
      '',
      `  ${paint.bold(resultText.total(saved.total, bank.totalMax))}`,
      `  ${paint.bold(resultText.stage(stage.name))}`,
      ...wrapText(stage.description, width).map((line) => `  ${line}`),
      '',
      `  ${resultText.savedTo(saved.file)}`,
      '',
    ].join('\n') + '\n'
  );
}
