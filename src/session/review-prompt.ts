import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isUpKey,
  makeTheme,
  useKeypress,
  usePagination,
  usePrefix,
  useState,
  type Status,
} from '@inquirer/core';
import type { Scale, Statement } from '../questionnaire/types.js';
import { reviewText } from './messages.js';
import { CURSOR_HIDE } from './terminal.js';
import { keysLine, promptTheme, type Paint } from './theme.js';
import { layoutWidth, truncate } from './wrap.js';

export interface ReviewPromptConfig {
  statements: readonly Statement[];
  answers: Readonly<Record<string, number>>;
  scale: Scale;
  /** The row the cursor starts on; the save row (after the last statement) by default. */
  start?: number;
  /** A line shown above the key hints, such as a failed save. */
  notice?: string;
  paint: Paint;
  columns: () => number;
  rows: () => number;
}

export type ReviewChoice = { action: 'save' } | { action: 'change'; index: number };

// Lines the review uses besides the rows of the table: heading, intro, column titles, the
// blank line and the key hints, and one spare so the screen does not scroll.
const FRAME_LINES = 6;

/**
 * Every answer in a compact table, one row per statement and a last row to save. Enter on a
 * statement asks to change it; Enter on the save row confirms.
 */
export const reviewPrompt = createPrompt<ReviewChoice, ReviewPromptConfig>((config, done) => {
  const { statements, answers, scale, paint } = config;
  const theme = makeTheme(promptTheme(paint));
  const saveRow = statements.length;
  const [status, setStatus] = useState<Status>('idle');
  const [active, setActive] = useState(config.start ?? saveRow);
  const prefix = usePrefix({ status, theme });

  useKeypress((key, rl) => {
    rl.clearLine(0);
    if (isUpKey(key)) setActive(Math.max(0, active - 1));
    else if (isDownKey(key)) setActive(Math.min(saveRow, active + 1));
    else if (isEnterKey(key)) {
      setStatus('done');
      done(active === saveRow ? { action: 'save' } : { action: 'change', index: active });
    }
  });

  const heading = theme.style.message(reviewText.title, status);
  if (status === 'done') return `${prefix} ${heading}`;

  const numberWidth = String(statements.length).length;
  const labelWidth = Math.max(...Object.values(scale.labels).map((l) => l.length));
  const answerWidth = String(scale.max).length + 1 + labelWidth;
  // "❯ " + number + two spaces + statement + two spaces + answer, and a free last column so a
  // full row never makes the terminal wrap.
  const width = layoutWidth(config.columns());
  const textWidth = width - 2 - numberWidth - 2 - 2 - answerWidth - 1;

  const rows = [...statements.map((_, i) => i), saveRow];
  const page = usePagination({
    items: rows,
    active,
    loop: false,
    pageSize: Math.max(3, config.rows() - FRAME_LINES),
    renderItem: ({ item, isActive }) => {
      const pointer = isActive ? '❯' : ' ';
      const line =
        item === saveRow
          ? `${pointer} ${reviewText.save}`
          : `${pointer} ${tableRow(item, numberWidth, textWidth)}`;
      return isActive ? theme.style.highlight(line) : line;
    },
  });

  function tableRow(index: number, nWidth: number, tWidth: number): string {
    const statement = statements[index]!;
    const value = answers[statement.id];
    const answer = value === undefined ? '-' : `${value} ${scale.labels[value] ?? ''}`;
    const text = truncate(statement.text, tWidth).padEnd(tWidth);
    return `${String(index + 1).padStart(nWidth)}  ${text}  ${answer}`;
  }

  const { number, statement, answer } = reviewText.columns;
  const titles = `  ${number.padStart(numberWidth)}  ${statement.padEnd(textWidth)}  ${answer}`;
  const lines = [
    `${prefix} ${heading}`,
    paint.dim(reviewText.intro),
    paint.bold(titles),
    page,
    '',
    ...(config.notice ? [paint.yellow(truncate(config.notice, width))] : []),
    keysLine(paint, reviewText.keys, width),
  ];
  return `${lines.join('\n')}${CURSOR_HIDE}`;
});
