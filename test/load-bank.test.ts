import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { loadBank, parseBank } from '../src/questionnaire/load-bank.js';
import { bundledBankPath } from '../src/paths.js';
import { tempDir } from './helpers/bin.js';

const bundledText = readFileSync(bundledBankPath, 'utf8');

// The ids of DOMAIN.md, in the diagnostic's order.
const DOMAIN_IDS = [
  'forecast-accuracy',
  'no-blame',
  'marketing-meets-customers',
  'sales-in-marketing-plan',
  'useful-collateral',
  'sales-feedback',
  'common-language',
  'upstream-dialogue',
  'segment-buying-behavior',
  'little-firefighting',
  'long-range-planning',
  'common-metrics',
  'key-account-strategy',
  'shared-funnel',
  'funnel-analytics',
  'rise-or-fall-together',
  'single-executive',
  'people-interchange',
  'joint-training',
  'shared-plan-presentations',
];

/** Problems reported for a bank text, or [] when it loads. */
async function problemsOf(text: string): Promise<string[]> {
  try {
    await parseBank('bank.yaml', text);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [...error.problems];
  }
}

describe('the bundled bank', () => {
  it('has the 20 statements of DOMAIN.md in order, and the four bands', async () => {
    const bank = await loadBank();
    expect(bank.id).toBe('sales-marketing-alignment');
    expect(bank.version).toBe('1.0');
    expect(bank.statements.map((s) => s.id)).toEqual(DOMAIN_IDS);
    expect(bank.stages.map((s) => [s.id, s.min, s.max])).toEqual([
      ['undefined', 20, 39],
      ['defined', 40, 59],
      ['aligned', 60, 79],
      ['integrated', 80, 100],
    ]);
    expect(bank.gap).toEqual(['sales', 'marketing']);
    expect(bank.roles.map((r) => r.id)).toEqual(['head', 'staff']);
    expect(Object.keys(bank.scale.labels)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('is loaded from the build output exactly as from the YAML', async () => {
    const fromBuild = await loadBank();
    const fromYaml = await parseBank(bundledBankPath, bundledText);
    expect(fromBuild.statements).toEqual(fromYaml.statements);
    expect(fromBuild.stages).toEqual(fromYaml.stages);
  });
});

describe('a custom bank with problems', () => {
  it('reports every problem at once with its line and column', async () => {
    const text = bundledText
      .replace('version: "1.0"', 'version: 1.0')
      .replace('  - id: no-blame\n', '  - id: forecast-accuracy\n')
      .replace('    5: Strongly agree\n', '')
      .replace('    min: 60\n', '    min: 61\n');
    const problems = await problemsOf(text);
    const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

    expect(problems).toContain(
      `bank.yaml:${line('version: 1.0')}:10: version must be a string, not 1`,
    );
    expect(problems.length).toBe(1);

    const fixedVersion = text.replace('version: 1.0', 'version: "1.0"');
    const more = await problemsOf(fixedVersion);
    const dup =
      fixedVersion.split('\n').findIndex((l, i) => i > 40 && l === '  - id: forecast-accuracy') + 1;
    expect(more).toEqual([
      `bank.yaml:${dup}:9: statements[1].id duplicate id "forecast-accuracy" (first used at statements[0])`,
      expect.stringMatching(/^bank\.yaml:\d+:\d+: scale\.labels has no label for scale point 5$/),
      expect.stringMatching(
        /^bank\.yaml:\d+:10: stages\[2\]\.min totals 60-60 fall between bands "defined" and "aligned"$/,
      ),
    ]);
  });

  it('finds overlapping bands and bands that do not cover 20-100', async () => {
    const overlap = await problemsOf(bundledText.replace('    max: 59\n', '    max: 62\n'));
    expect(overlap).toEqual([
      expect.stringMatching(/stages\[2\]\.min band "aligned" overlaps band "defined" \(40-62\)$/),
    ]);

    const short = await problemsOf(bundledText.replace('    max: 100\n', '    max: 99\n'));
    expect(short).toEqual([
      expect.stringMatching(
        /stages\[3\]\.max the highest band must end at 100 \(20 statements x 5\), not 99$/,
      ),
    ]);

    const high = await problemsOf(bundledText.replace('    min: 20\n', '    min: 21\n'));
    expect(high).toEqual([
      expect.stringMatching(/stages\[0\]\.min the lowest band must start at 20/),
    ]);
  });

  it('names missing and unknown fields', async () => {
    const problems = await problemsOf(
      bundledText
        .replace(/^title: .*\n/m, '')
        .replace('  - id: sales\n    name: Sales\n', '  - id: sales\n    nmae: Sales\n'),
    );
    expect(problems).toContain('bank.yaml:1:1: title is missing');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bank\.yaml:\d+:5: departments\[0\]\.name is missing$/),
        expect.stringMatching(/^bank\.yaml:\d+:\d+: departments\[0\]\.nmae is not a known field$/),
      ]),
    );
  });

  it('refuses ids that are not strings and stage ids used twice', async () => {
    const problems = await problemsOf(
      bundledText
        .replace('  - id: aligned\n', '  - id: defined\n')
        .replace('  - id: sales\n', '  - id: 7\n'),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/departments\[0\]\.id must be a string, not 7$/),
      ]),
    );
    const stages = await problemsOf(bundledText.replace('  - id: aligned\n', '  - id: defined\n'));
    // The context rules that name "aligned" are reported after it, as unknown stages.
    expect(stages[0]).toMatch(
      /stages\[2\]\.id duplicate id "defined" \(first used at stages\[1\]\)$/,
    );
  });

  it('reports YAML syntax errors and duplicate keys with their position', async () => {
    expect(await problemsOf('id: a\nid: b\n')).toEqual([
      expect.stringMatching(/^bank\.yaml:2:1: Map keys must be unique/),
    ]);
    expect(await problemsOf('title: [unclosed\n')).toEqual([
      expect.stringMatching(/^bank\.yaml:\d+:\d+: /),
    ]);
    expect(await problemsOf('- a list\n')).toEqual([
      'bank.yaml:1:1: a questionnaire must be a YAML mapping of fields',
    ]);
  });

  it('refuses an alias bomb before expanding it', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const problems = await problemsOf(`${bomb.join('\n')}\n`);
    expect(problems).toEqual([
      expect.stringMatching(/^bank\.yaml: .*alias.*at most 100 alias expansions are allowed\)$/i),
    ]);
  });
});

describe('reading a bank file', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it('refuses a file over 1 MiB without parsing it', async () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, `# ${'x'.repeat(1024 * 1024)}\n`);
    await expect(loadBank(file)).rejects.toThrow(
      `${file}: file is 1.0 MiB, over the 1.0 MiB limit`,
    );
  });

  it('names a file that does not exist', async () => {
    const file = join(dir, 'missing.yaml');
    await expect(loadBank(file)).rejects.toThrow(
      `${file}: no such file (given as --questionnaire)`,
    );
    await expect(loadBank(file)).rejects.toMatchObject({ exitCode: 2 });
  });

  it('accepts a BOM and CRLF line endings', async () => {
    const file = join(dir, 'crlf.yaml');
    writeFileSync(file, `\uFEFF${bundledText.replaceAll('\n', '\r\n')}`);
    const bank = await loadBank(file);
    expect(bank.statements).toHaveLength(20);
    expect(bank.statements[0]!.text).not.toMatch(/\r/);
  });
});
