import { describe, expect, it } from 'vitest';
import { loadBank } from '../src/questionnaire/load-bank.js';
import { nextStage, stageFor } from '../src/scoring/stage.js';
import { totalOf } from '../src/scoring/total.js';
import { parseThreshold } from '../src/scoring/threshold.js';
import { statementIds } from './helpers/responses.js';

const bank = await loadBank();

describe('stageFor on the bundled bands 20-39, 40-59, 60-79, 80-100', () => {
  it.each([
    [20, 'undefined'],
    [39, 'undefined'],
    [39.99, 'undefined'],
    [40, 'defined'],
    [59, 'defined'],
    [59.5, 'defined'],
    [60, 'aligned'],
    [79, 'aligned'],
    [79.5, 'aligned'],
    [80, 'integrated'],
    [100, 'integrated'],
  ])('%d is %s', (value, stage) => {
    expect(stageFor(bank, value).id).toBe(stage);
  });

  it('refuses values no respondent can reach', () => {
    expect(() => stageFor(bank, 19)).toThrow(RangeError);
    expect(() => stageFor(bank, 101)).toThrow(RangeError);
    expect(() => stageFor(bank, Number.NaN)).toThrow(RangeError);
  });

  it('knows the next stage, and that Integrated has none', () => {
    expect(nextStage(bank, stageFor(bank, 45))?.id).toBe('aligned');
    expect(nextStage(bank, stageFor(bank, 90))).toBeUndefined();
  });
});

describe('totalOf', () => {
  it('sums the 20 ratings: 4 x 5 + 16 x 3 = 68', () => {
    const answers = Object.fromEntries(statementIds.map((id, i) => [id, i < 4 ? 5 : 3]));
    expect(totalOf(bank, answers)).toBe(68);
  });
});

describe('parseThreshold', () => {
  it('reads a stage id as its lowest total', () => {
    expect(parseThreshold('aligned', bank).total).toBe(60);
  });

  it('reads a number within the possible totals', () => {
    expect(parseThreshold('55.5', bank).total).toBe(55.5);
  });

  it.each(['abc', '', '19', '101'])('refuses %j as a usage error', (text) => {
    expect(() => parseThreshold(text, bank)).toThrow(/--fail-under/);
  });
});
