// The statement and review prompts, driven key by key through @inquirer/testing's renderer.
import { render as renderPrompt } from '@inquirer/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { painter } from '../src/output/paint.js';
import { reviewPrompt } from '../src/session/review-prompt.js';
import { statementPrompt, type StatementPromptConfig } from '../src/session/statement-prompt.js';
import { wrapText } from '../src/session/wrap.js';

const scale = {
  min: 1,
  max: 5,
  labels: {
    1: 'Strongly disagree',
    2: 'Disagree',
    3: 'Neither agree nor disagree',
    4: 'Agree',
    5: 'Strongly agree',
  },
};
const plain = painter(false);

// A prompt a test only looks at is still waiting when the test ends; cancel it, or inquirer's
// exit hook rejects it when the worker exits and vitest reports an unhandled rejection.
const open: (Promise<unknown> & { cancel?: () => void })[] = [];
afterEach(async () => {
  for (const answer of open.splice(0)) {
    answer.cancel?.();
    await answer.catch(() => undefined);
  }
});

const render: typeof renderPrompt = async (prompt, config, options) => {
  const rendered = await renderPrompt(prompt, config, options);
  open.push(rendered.answer);
  return rendered;
};
const LONG =
  'The heads of Sales and Marketing talk regularly about early-stage questions such as new ideas, ' +
  'what the market is signalling and where our products should go.';

function statement(overrides: Partial<StatementPromptConfig> = {}) {
  const config: StatementPromptConfig = {
    position: 8,
    count: 20,
    text: LONG,
    scale,
    back: 'previous',
    paint: plain,
    columns: () => 80,
    ...overrides,
  };
  return render(statementPrompt, config);
}

describe('the statement prompt', () => {
  it('shows the place, the statement wrapped at spaces, the scale and the keys', async () => {
    const { getScreen } = await statement();
    expect(getScreen()).toBe(
      [
        '? 8/20',
        '  The heads of Sales and Marketing talk regularly about early-stage questions',
        '  such as new ideas, what the market is signalling and where our products should',
        '  go.',
        '',
        '    1  Strongly disagree',
        '    2  Disagree',
        '    3  Neither agree nor disagree',
        '    4  Agree',
        '    5  Strongly agree',
        '',
        '1-5 answer • ↑↓ move • ⏎ confirm • ← previous statement',
      ].join('\n'),
    );
  });

  it.each([1, 2, 3, 4, 5])('answers %i at once when its key is pressed', async (value) => {
    const { answer, events } = await statement();
    events.keypress(String(value));
    await expect(answer).resolves.toEqual({ action: 'answer', value });
  });

  it('preselects the answer given before, which Enter keeps', async () => {
    const { answer, events, getScreen } = await statement({ default: 2 });
    expect(getScreen()).toContain('  ❯ 2  Disagree (your answer)');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ action: 'answer', value: 2 });
  });

  it('moves with the arrows and confirms with Enter', async () => {
    const { answer, events, getScreen } = await statement({ default: 4 });
    events.keypress('down');
    events.keypress('down');
    events.keypress('down');
    expect(getScreen()).toContain('  ❯ 5  Strongly agree');
    events.keypress('up');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ action: 'answer', value: 4 });
  });

  it('asks for a choice on Enter with none, and for the scale on another digit', async () => {
    const { answer, events, getScreen } = await statement();
    events.keypress('enter');
    expect(getScreen()).toContain(
      '> Choose an answer first: press 1-5, or move with the arrow keys.',
    );
    events.keypress('7');
    expect(getScreen()).toContain('> Press a number from 1 to 5.');
    events.keypress('3');
    await expect(answer).resolves.toEqual({ action: 'answer', value: 3 });
  });

  it.each(['left', 'backspace'])('goes back with %s', async (key) => {
    const { answer, events } = await statement();
    events.keypress(key);
    await expect(answer).resolves.toEqual({ action: 'back' });
  });

  it('cannot go back from the first statement, and does not offer to', async () => {
    const { answer, events, getScreen } = await statement({ position: 1, back: 'none' });
    expect(getScreen()).not.toContain('←');
    events.keypress('left');
    expect(getScreen()).toContain('> This is the first statement; there is none before it.');
    events.keypress('1');
    await expect(answer).resolves.toEqual({ action: 'answer', value: 1 });
  });

  it('offers the way back to the review when changing an answer from it', async () => {
    const { getScreen } = await statement({ back: 'review', default: 3 });
    expect(getScreen()).toContain('← back to the review');
  });

  it('shows a notice above the keys', async () => {
    const { getScreen } = await statement({ notice: 'Progress could not be saved (disk full).' });
    expect(getScreen()).toMatch(/Progress could not be saved \(disk full\)\.\n1-5 answer/);
  });

  it('keeps every line within a narrow terminal', async () => {
    const { getScreen } = await statement({ columns: () => 40 });
    const lines = getScreen().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(
      lines
        .slice(1, lines.indexOf(''))
        .map((l) => l.trim())
        .join(' '),
    ).toBe(LONG);
  });

  it('uses colour only when asked to', async () => {
    const colour = await statement({ paint: painter(true), default: 3 });
    expect(colour.getScreen({ raw: true })).toMatch(/\x1b\[3\dm/);
    const none = await statement({ default: 3 });
    expect(none.getScreen({ raw: true })).not.toMatch(/\x1b\[[0-9;]*m/);
  });
});

describe('the review prompt', () => {
  const statements = Array.from({ length: 20 }, (_, i) => ({
    id: `s-${i + 1}`,
    text: i === 2 ? LONG : `Statement number ${i + 1} of the bank.`,
  }));
  const answers = Object.fromEntries(statements.map((s, i) => [s.id, (i % 5) + 1]));
  const review = (start?: number, rows = 30) =>
    render(reviewPrompt, {
      statements,
      answers,
      scale,
      start,
      paint: plain,
      columns: () => 80,
      rows: () => rows,
    });

  it('lists every answer in a compact table that fits 80 columns, the save row selected', async () => {
    const { getScreen } = await review();
    const screen = getScreen();
    expect(screen).toContain('? Review your answers');
    expect(screen).toContain(
      '   3  The heads of Sales and Marketing talk regu…  3 Neither agree nor disagree',
    );
    expect(screen).toContain('  20  Statement number 20 of the bank.');
    expect(screen).toMatch(/^❯ Save these answers and finish$/m);
    for (const line of screen.split('\n')) expect(line.length).toBeLessThan(80);
  });

  it('saves on Enter', async () => {
    const { answer, events } = await review();
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ action: 'save' });
  });

  it('asks to change the statement the cursor is on', async () => {
    const { answer, events, getScreen } = await review();
    events.keypress('up');
    events.keypress('up');
    expect(getScreen()).toMatch(/^❯ 19 {2}Statement number 19/m);
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ action: 'change', index: 18 });
  });

  it('starts on the row last changed and stops at both ends', async () => {
    const { answer, events, getScreen } = await review(0);
    expect(getScreen()).toMatch(/^❯ {2}1 {2}Statement number 1 /m);
    events.keypress('up');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({ action: 'change', index: 0 });
  });

  it('pages the table in a short terminal', async () => {
    const { getScreen } = await review(undefined, 16);
    const rows = getScreen()
      .split('\n')
      .filter((l) => /^[ ❯] +\d+ {2}/.test(l));
    expect(rows.length).toBeLessThanOrEqual(10);
    expect(getScreen()).toContain('❯ Save these answers and finish');
  });
});

describe('wrapText', () => {
  it('wraps at spaces and cuts only a word longer than the line', () => {
    expect(wrapText('one two three four', 10)).toEqual(['one two', 'three four']);
    expect(wrapText('a verylongwordindeed b', 10)).toEqual(['a', 'verylongwo', 'rdindeed b']);
  });
});
