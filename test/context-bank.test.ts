import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { loadBank, parseBank } from '../src/questionnaire/load-bank.js';
import { bundledBankPath, compiledBankPath } from '../src/paths.js';
import { runBin, tempDir } from './helpers/bin.js';

const bundledText = readFileSync(bundledBankPath, 'utf8');

async function problemsOf(text: string): Promise<string[]> {
  try {
    await parseBank('bank.yaml', text);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [...error.problems];
  }
}

/** The line (1-based) of the first line of `text` that contains `needle`, after `from`. */
function lineOf(text: string, needle: string, from = 'context:'): number {
  const start = text.indexOf(from);
  return text.slice(0, text.indexOf(needle, start)).split('\n').length;
}

describe('the bundled context section', () => {
  it('asks ten yes/no questions, each pointing one way, without changing the bank version', async () => {
    const bank = await loadBank();
    expect(bank.version).toBe('1.0');
    expect(bank.context?.questions.map((q) => [q.id, q.points])).toEqual([
      ['small-company', 'stay'],
      ['informal-cooperation', 'stay'],
      ['long-sales-cycle', 'move-up'],
      ['complex-sale', 'move-up'],
      ['changing-market', 'move-up'],
      ['shared-responsibility', 'integration'],
      ['disciplined-planning', 'integration'],
      ['metrics-driven', 'integration'],
      ['rewards-for-results', 'integration'],
      ['systems-and-processes', 'integration'],
    ]);
  });

  it('is compiled into the build output with the rest of the bank', async () => {
    const compiled = JSON.parse(readFileSync(compiledBankPath, 'utf8'));
    const fromYaml = await parseBank(bundledBankPath, bundledText);
    expect(compiled.questionnaire.context).toEqual(fromYaml.context);
  });
});

describe('a bank with a broken context section', () => {
  it('reports unknown questions, conditions, stages and verdicts with their line and column', async () => {
    const text = bundledText
      .replace('yes: { small-company: 1,', 'yes: { small-firm: 1,')
      .replace('- when: { none: [joint-ownership] }', '- when: { none: [joint-owners] }')
      .replace('- stages: [undefined, defined]\n', '- stages: [undefined, defind]\n');
    const problems = await problemsOf(text);
    expect(problems).toEqual([
      // An unknown key is located by its value.
      `bank.yaml:${lineOf(text, 'small-firm')}:26: context.conditions[0].yes.small-firm ` +
        'is not a context question of this bank',
      `bank.yaml:${lineOf(text, 'defind')}:27: context.rules[2].stages[1] "defind" ` +
        'is not a stage of this bank',
      `bank.yaml:${lineOf(text, 'none: [joint-owners]')}:22: context.rules[4].when.none[0] ` +
        '"joint-owners" is not a condition of the context section',
      // With "defined" misspelt, no rule without `when` covers it any more. A list is located
      // at its first item.
      `bank.yaml:${lineOf(text, 'rules:\n') + 1}:5: context.rules need a rule without \`when\` ` +
        'for "defined", so that every answer gets a verdict',
    ]);
  });

  it('refuses a verdict outside the three, by the schema', async () => {
    const text = bundledText.replace('verdict: hold\n', 'verdict: wait\n');
    const line = lineOf(text, 'verdict: wait');
    expect(await problemsOf(text)).toEqual([
      `bank.yaml:${line}:16: context.rules[1].verdict must be one of "move-up", "consolidate", "hold"`,
    ]);
  });

  it('refuses duplicate question ids', async () => {
    const text = bundledText.replace('    - id: complex-sale\n', '    - id: long-sales-cycle\n');
    const problems = await problemsOf(text);
    expect(problems[0]).toBe(
      `bank.yaml:${lineOf(text, '- id: long-sales-cycle\n      text: >-')}:11: context.questions[3].id ` +
        'duplicate id "long-sales-cycle" (first used at questions[2])',
    );
  });

  it('refuses a condition that can never hold, and moving up from the top stage', async () => {
    const text = bundledText
      .replace('      atLeast: 2\n', '      atLeast: 3\n')
      .replace('[integrated]\n      verdict: consolidate', '[integrated]\n      verdict: move-up');
    const problems = await problemsOf(text);
    expect(problems).toEqual([
      `bank.yaml:${lineOf(text, 'atLeast: 3')}:16: context.conditions[0].atLeast is 3, ` +
        'but the weights add up to at most 2, so the condition can never hold',
      `bank.yaml:${lineOf(text, 'verdict: move-up')}:16: context.rules[0].verdict cannot be move-up for ` +
        '"integrated", the highest stage; list the stages the rule is for',
    ]);
  });

  it('refuses rules that leave a stage without a verdict, and unknown placeholders', async () => {
    const text = bundledText
      .replace(
        /    - stages: \[aligned\]\n      verdict: move-up\n      reason: >-\n[^\n]*\n[^\n]*\n/,
        '',
      )
      .replace(/\{stage\}( and make it stronger\.\n    - when: \{ none: \[joint)/, '{stag}$1');
    const problems = await problemsOf(text);
    expect(problems).toEqual([
      `bank.yaml:${lineOf(text, '{stag}') - 2}:15: context.rules[3].reason uses {stag}; ` +
        'only {stage} and {next} are filled in',
      `bank.yaml:${lineOf(text, 'rules:\n') + 1}:5: context.rules need a rule without \`when\` ` +
        'for "aligned", so that every answer gets a verdict',
    ]);
  });

  it('is listed by validate with file:line:col messages and exit 1', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'bank.yaml');
      const text = bundledText.replace('points: stay', 'points: sideways');
      writeFileSync(file, text);
      const { code, stdout, stderr } = runBin(['validate', file]);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `${file}:${lineOf(text, 'sideways')}:15: context.questions[0].points must be one of ` +
          '"stay", "move-up", "integration"\n',
      );
      expect(code).toBe(1);
    } finally {
      cleanup();
    }
  });
});
