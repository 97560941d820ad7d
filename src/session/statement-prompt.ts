import {
  createPrompt,
  isBackspaceKey,
  isDownKey,
  isEnterKey,
  isNumberKey,
  isUpKey,
  makeTheme,
  useKeypress,
  usePrefix,
  useState,
  type Status,
} from '@inquirer/core';
import type { Scale } from '../questionnaire/types.js';
import { statementText } from './messages.js';
import { CURSOR_HIDE } from './terminal.js';
import { keysLine, promptTheme, type Paint } from './theme.js';
import { layoutWidth, wrapText } from './wrap.js';

export interface StatementPromptConfig {
  /** 1-based place of the statement, and how many there are. */
  position: number;
  count: number;
  text: string;
  scale: Scale;
  /** The answer given before, preselected. */
  default?: number;
  /** What the back key does: go to the previous statement, return to the review, or nothing. */
  back: 'previous' | 'review' | 'none';
  /** A line shown above the key hints, such as a failed save. */
  notice?: string;
  paint: Paint;
  columns: () => number;
}

export type StatementChoice = { action: 'answer'; value: number } | { action: 'back' };

const INDENT = '  ';

/**
 * One statement on one screen: its place (`7/20`), the text wrapped at word boundaries, and
 * the scale. A digit key answers at once; the arrows and Enter work too; left arrow or
 * Backspace goes back. Resolves with the answer or with the wish to go back.
 */
export const statementPrompt = createPrompt<StatementChoice, StatementPromptConfig>((config, done) => {
  const { scale, paint } = config;
  const theme = makeTheme(promptTheme(paint));
  const values = scaleValues(scale);
  const digits = scale.min >= 0 && scale.max <= 9;

  const [status, setStatus] = useState<Status>('idle');
  const [active, setActive] = useState(config.default === undefined ? -1 : values.indexOf(config.default));
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });

  const answer = (value: number) => {
    setActive(values.indexOf(value));
    setStatus('done');
    done({ action: 'answer', value });
  };

  useKeypress((key, rl) => {
    // Typed characters pile up in readline's line buffer; this prompt reads keys, not lines.
    rl.clearLine(0);
    setError(undefined);

    if (digits && isNumberKey(key)) {
      const value = Number(key.name);
      if (values.includes(value)) answer(value);
      else setError(statementText.outOfScale(scale.min, scale.max));
    } else if (isUpKey(key) || isDownKey(key)) {
      const step = isUpKey(key) ? -1 : 1;
      const from = active === -1 ? (step === 1 ? -1 : values.length) : active;
      setActive(Math.min(values.length - 1, Math.max(0, from + step)));
    } else if (isEnterKey(key)) {
      const value = values[active];
      if (value === undefined) setError(statementText.chooseFirst(scale.min, scale.max));
      else answer(value);
    } else if (key.name === 'left' || isBackspaceKey(key)) {
      if (config.back === 'none') setError(statementText.firstStatement);
      else {
        setStatus('done');
        done({ action: 'back' });
      }
    }
  });

  const heading = theme.style.message(statementText.position(config.position, config.count), status);
  if (status === 'done') {
    const value = values[active];
    const chosen = value === undefined ? '' : ` ${theme.style.answer(`${value} ${scale.labels[value] ?? ''}`)}`;
    return `${prefix} ${heading}${chosen}`;
  }

  const width = layoutWidth(config.columns()) - INDENT.length;
  const statement = wrapText(config.text, width).map((line) => `${INDENT}${paint.bold(line)}`);
  const choices = values.map((value, i) => {
    const pointer = i === active ? '❯' : ' ';
    const row = `${pointer} ${String(value).padStart(String(scale.max).length)}  ${scale.labels[value] ?? ''}`;
    const mark = value === config.default ? ` ${paint.dim(statementText.yourAnswer)}` : '';
    return `${INDENT}${i === active ? theme.style.highlight(row) : row}${mark}`;
  });
  const back = { previous: statementText.backToPrevious, review: statementText.backToReview, none: undefined };
  const keys = statementText.keys(scale.min, scale.max, digits, back[config.back]);

  const lines = [
    `${prefix} ${heading}`,
    ...statement,
    '',
    ...choices,
    '',
    ...(error ? wrapText(error, width).map((l) => theme.style.error(l)) : []),
    ...(config.notice ? wrapText(config.notice, width).map((l) => paint.yellow(l)) : []),
    keysLine(paint, keys, width),
  ];
  return `${lines.join('\n')}${CURSOR_HIDE}`;
});

/** The points of a scale, lowest first. */
export function scaleValues(scale: Scale): number[] {
  const values: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) values.push(v);
  return values;
}
