import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContextFile } from '../src/context/read-context.js';
import { recommend } from '../src/context/recommend.js';
import type { ContextFileV1 } from '../src/context/types.js';
import { loadBank, parseBank, toBank } from '../src/questionnaire/load-bank.js';
import type { Bank } from '../src/questionnaire/types.js';
import { bundledBankPath } from '../src/paths.js';
import { readFileSync } from 'node:fs';
import { root } from './helpers/bin.js';

const fixtures = join(root, 'test', 'fixtures', 'context');

let bank: Bank;
beforeAll(async () => {
  bank = await loadBank();
});

function fixture(name: string): ContextFileV1 {
  return readContextFile(join(fixtures, `${name}.json`), bank)!;
}

describe('a qualified recommendation from a context file', () => {
  it('holds a small company whose groups cooperate well informally, below Integrated', () => {
    const { answers } = fixture('small-informal');
    for (const stage of ['undefined', 'defined', 'aligned']) {
      const result = recommend(bank, stage, answers, 'Corner Shop');
      expect(result.verdict).toBe('hold');
      expect(result.qualified).toBe(true);
    }
    expect(recommend(bank, 'defined', answers).reasons).toEqual([
      'A small company whose groups already cooperate well informally gains little from more ' +
        'structure: leave things as they are for now, and look again as the company grows.',
      'A small company whose groups cooperate well informally: found (yes: the company is small; ' +
        'the groups cooperate well informally).',
    ]);
  });

  it('moves an organization below Aligned up, whatever its selling, unless it should hold', () => {
    const { answers } = fixture('simple-selling');
    const result = recommend(bank, 'defined', answers);
    expect(result).toEqual({
      verdict: 'move-up',
      qualified: true,
      reasons: [
        'Most companies are well served at Aligned or above, and Defined is below it: move up to Aligned.',
        'A small company whose groups cooperate well informally: not found (no: the company is small; ' +
          'the groups cooperate well informally).',
      ],
    });
    expect(recommend(bank, 'undefined', answers).reasons[0]).toContain('move up to Defined');
  });

  it('stops at Aligned when selling is quick and simple', () => {
    const result = recommend(bank, 'aligned', fixture('simple-selling').answers);
    expect(result.verdict).toBe('consolidate');
    expect(result.reasons[0]).toMatch(/^Selling here is quick and simple/);
    expect(result.reasons[0]).toContain('stay at Aligned');
    expect(result.reasons).toContain(
      'A selling situation that is complex or changes fast: not found (no: a sale takes months; ' +
        'a sale involves many people and steps; the market is complex or changes fast).',
    );
  });

  it('stops at Aligned when teams do not own results jointly', () => {
    const result = recommend(bank, 'aligned', fixture('no-joint-ownership').answers);
    expect(result.verdict).toBe('consolidate');
    expect(result.reasons[0]).toMatch(/^The company has no habit of teams owning results together/);
    expect(result.reasons).toContain(
      'A habit of owning results jointly: not found (no: teams already own results jointly).',
    );
  });

  it('stops at Aligned when too few working habits of integration are in place', () => {
    // Two of the four habits (metrics, systems); the rule needs three.
    const result = recommend(bank, 'aligned', fixture('few-habits').answers);
    expect(result.verdict).toBe('consolidate');
    expect(result.reasons[0]).toMatch(/^Too few of the working habits/);
    expect(result.reasons.at(-1)).toBe(
      'The working habits that integration builds on: not found (yes: the company is managed by ' +
        'metrics; work runs through systems and processes | no: planning is disciplined; ' +
        'rewards are tied to results).',
    );
  });

  it('moves Aligned up to Integrated when selling is complex and the habits are there', () => {
    const result = recommend(bank, 'aligned', fixture('ready-to-integrate').answers, 'Acme Tools');
    expect(result.verdict).toBe('move-up');
    expect(result.qualified).toBe(true);
    expect(result.reasons).toHaveLength(5);
    expect(result.reasons[0]).toContain('move up to Integrated');
    // Every condition weighed on the way is listed, in the order the rules consulted them.
    expect(result.reasons.slice(1).map((r) => r.split(':')[0])).toEqual([
      'A small company whose groups cooperate well informally',
      'A selling situation that is complex or changes fast',
      'A habit of owning results jointly',
      'The working habits that integration builds on',
    ]);
    expect(result.reasons.slice(1).every((r) => /: (not )?found/.test(r))).toBe(true);
  });

  it('consolidates at Integrated, the last stage, whatever the answers', () => {
    for (const name of ['small-informal', 'ready-to-integrate']) {
      const result = recommend(bank, 'integrated', fixture(name).answers);
      expect(result.verdict).toBe('consolidate');
      expect(result.qualified).toBe(true);
      expect(result.reasons[0]).toMatch(
        /^Integrated is the last stage: there is nothing to move up to/,
      );
    }
  });
});

describe('an unqualified recommendation', () => {
  it('moves up by default, says it is unqualified and how to add the context', () => {
    const result = recommend(bank, 'aligned', undefined, 'Acme Tools');
    expect(result.verdict).toBe('move-up');
    expect(result.qualified).toBe(false);
    expect(result.reasons[0]).toBe('Move up from Aligned to Integrated.');
    expect(result.reasons[1]).toMatch(/^Unqualified: no context answers were given for Acme Tools/);
    expect(result.reasons[1]).toContain(
      '`salesmarketing-align context --organization "Acme Tools"`',
    );
  });

  it('consolidates by default at the top stage', () => {
    const result = recommend(bank, 'integrated', undefined, 'Acme');
    expect(result).toMatchObject({ verdict: 'consolidate', qualified: false });
    expect(result.reasons[1]).toContain('--organization Acme`');
  });

  it('quotes an organization name for the shell and names a custom bank', async () => {
    const text = readFileSync(bundledBankPath, 'utf8');
    const custom = toBank(await parseBank('my bank.yaml', text), 'my bank.yaml');
    const result = recommend(custom, 'defined', undefined, 'Tom & "Jerry" $Co');
    expect(result.reasons[1]).toContain(
      `\`salesmarketing-align context --organization 'Tom & "Jerry" $Co' --questionnaire "my bank.yaml"\``,
    );
  });

  it('says so when the bank has no context questions', () => {
    const bare: Bank = { ...bank, context: undefined };
    const result = recommend(bare, 'defined', { 'small-company': true });
    expect(result).toMatchObject({ verdict: 'move-up', qualified: false });
    expect(result.reasons[1]).toMatch(/^Unqualified: this questionnaire has no context questions/);
  });

  it('refuses a stage the bank does not have, as a bug', () => {
    expect(() => recommend(bank, 'heaven', undefined)).toThrow(/internal: "heaven" is not a stage/);
  });
});

describe('rules as data', () => {
  // A custom bank with its own question and weights; no code knows about either.
  const customContext = `
context:
  questions:
    - id: big-deals
      text: Are most deals worth more than a year of a salesperson's pay?
      label: deals are large
      points: integration
    - id: one-office
      text: Do both groups sit in one office?
      label: both groups share an office
      points: stay
  conditions:
    - id: worth-it
      name: enough at stake
      yes: { big-deals: 3 }
      no: { one-office: 1 }
      atLeast: 4
  rules:
    - stages: [integrated]
      verdict: consolidate
      reason: Stay at {stage}.
    - when: { all: [worth-it] }
      verdict: move-up
      stages: [undefined, defined, aligned]
      reason: From {stage} to {next}.
    - verdict: hold
      stages: [undefined, defined, aligned]
      reason: Hold at {stage}.
`;

  it("weighs yes and no answers by the bank's weights", async () => {
    const text = readFileSync(bundledBankPath, 'utf8').split('\ncontext:\n')[0] + customContext;
    const custom = toBank(await parseBank('custom.yaml', text), 'custom.yaml');

    const both = recommend(custom, 'aligned', { 'big-deals': true, 'one-office': false });
    expect(both).toEqual({
      verdict: 'move-up',
      qualified: true,
      reasons: [
        'From Aligned to Integrated.',
        'Enough at stake: found (yes: deals are large | no: both groups share an office).',
      ],
    });
    // 3 of the 4 needed: one office shared is enough to hold.
    expect(recommend(custom, 'aligned', { 'big-deals': true, 'one-office': true }).verdict).toBe(
      'hold',
    );
    const top = recommend(custom, 'integrated', { 'big-deals': true, 'one-office': false });
    expect(top.reasons).toEqual(['Stay at Integrated.']);
  });
});
