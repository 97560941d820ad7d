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
export const statementPrompt = createPrompt<StatementChoice, StatementPromptConfig>(statementView);

type Theme = ReturnType<typeof makeTheme>;

function statementView(config: StatementPromptConfig, done: (choice: StatementChoice) => void) {
  const { scale } = config;
  const theme = makeTheme(promptTheme(config.paint));
  const values = scaleValues(scale);
  const digits = scale.min >= 0 && scale.max <= 9;

  const [status, setStatus] = useState<Status>('idle');
  const preselected = config.default === undefined ? -1 : values.indexOf(config.default);
  const [active, setActive] = useState(preselected);
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });

  const finish = (choice: StatementChoice) => {
    if (choice.action === 'answer') setActive(values.indexOf(choice.value));
    setStatus('done');
    done(choice);
  };

  useKeypress((key, rl) => {
    // Typed characters pile up in readline's line buffer; this prompt reads keys, not lines.
    rl.clearLine(0);
    setError(undefined);

    if (digits && isNumberKey(key)) {
      const value = Number(key.name);
      if (values.includes(value)) finish({ action: 'answer', value });
      else setError(statementText.outOfScale(scale.min, scale.max));
    } else if (isUpKey(key) || isDownKey(key)) {
      const step = isUpKey(key) ? -1 : 1;
      const from = active === -1 ? (step === 1 ? -1 : values.length) : active;
      setActive(Math.min(values.length - 1, Math.max(0, from + step)));
    } else if (isEnterKey(key)) {
      const value = values[active];
      if (value === undefined) setError(statementText.chooseFirst(scale.min, scale.max));
      else finish({ action: 'answer', value });
    } else if (key.name === 'left' || isBackspaceKey(key)) {
      if (config.back === 'none') setError(statementText.firstStatement);
      else finish({ action: 'back' });
    }
  });

  const position = statementText.position(config.position, config.count);
  const heading = `${prefix} ${theme.style.message(position, status)}`;
  if (status === 'done') {
    const value = values[active];
    if (value === undefined) return heading;
    return `${heading} ${theme.style.answer(choiceText(scale, value))}`;
  }
  const lines = [heading, ...body(config, { theme, values, active, error, digits })];
  return `${lines.join('\n')}${CURSOR_HIDE}`;
}

interface ViewState {
  theme: Theme;
  values: readonly number[];
  active: number;
  error: string | undefined;
  digits: boolean;
}

/** Everything under the heading: the statement, the choices, messages and the key hints. */
function body(config: StatementPromptConfig, view: ViewState): string[] {
  const { scale, paint } = config;
  const { theme, active, error } = view;
  const width = layoutWidth(config.columns()) - INDENT.length;

  const choices = view.values.map((value, i) => {
    const row = `${i === active ? '❯' : ' '} ${choiceText(scale, value)}`;
    const mark = value === config.default ? ` ${paint.dim(statementText.yourAnswer)}` : '';
    return `${INDENT}${i === active ? theme.style.highlight(row) : row}${mark}`;
  });
  const back = { previous: statementText.backToPrevious, review: statementText.backToReview };
  const backHint = config.back === 'none' ? undefined : back[config.back];
  const keys = statementText.keys(scale.min, scale.max, view.digits, backHint);

  return [
    ...wrapText(config.text, width).map((line) => `${INDENT}${paint.bold(line)}`),
    '',
    ...choices,
    '',
    ...(error ? wrapText(error, width).map((line) => theme.style.error(line)) : []),
    ...(config.notice ? wrapText(config.notice, width).map((line) => paint.yellow(line)) : []),
    keysLine(paint, keys, width),
  ];
}

/** `4  Agree`, the value padded so the labels line up. */
function choiceText(scale: Scale, value: number): string {
  return `${String(value).padStart(String(scale.max).length)}  ${scale.labels[value] ?? ''}`;
}

/** The points of a scale, lowest first. */
export function scaleValues(scale: Scale): number[] {
  const values: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) values.push(v);
  return values;
}
