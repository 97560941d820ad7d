import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { binPath, root, runBin, tempDir } from './helpers/bin.js';
import { writeJson } from './helpers/responses.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const IDS = [
  'small-company',
  'informal-cooperation',
  'long-sales-cycle',
  'complex-sale',
  'changing-market',
  'shared-responsibility',
  'disciplined-planning',
  'metrics-driven',
  'rewards-for-results',
  'systems-and-processes',
];
const ANSWERS = 'no,no,yes,yes,no,yes,yes,yes,no,yes';
const NAME = /^context-acme-tools-\d{4}-\d{2}-\d{2}T\d{6}Z\.json$/;

function contextFile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'salesmarketing-align/context',
    formatVersion: 1,
    questionnaire: { id: 'sales-marketing-alignment', version: '1.0' },
    organization: 'Acme Tools',
    answeredAt: '2026-11-20T10:00:00.000Z',
    answers: Object.fromEntries(IDS.map((id) => [id, false])),
    ...overrides,
  };
}

describe('context --answers', () => {
  it('writes the context file, field by field, and says where', () => {
    const before = Date.now();
    const { code, stdout, stderr } = runBin([
      'context',
      '--organization',
      'Acme Tools',
      '--out',
      dir,
      '--answers',
      ANSWERS,
      '--note',
      ' First visit ',
    ]);

    expect(stderr).toBe('');
    expect(code).toBe(0);
    const names = readdirSync(dir);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(NAME);
    const file = join(dir, names[0]!);
    expect(stdout).toBe(
      `Saved the context for Acme Tools to ${file}; give it to aggregate with the responses.\n`,
    );

    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "formatVersion": 1,\n');
    const written = JSON.parse(text);
    expect(Object.keys(written)).toEqual([
      'format',
      'formatVersion',
      'questionnaire',
      'organization',
      'answeredAt',
      'answers',
      'note',
    ]);
    expect(written.format).toBe('salesmarketing-align/context');
    expect(written.formatVersion).toBe(1);
    expect(written.questionnaire).toEqual({ id: 'sales-marketing-alignment', version: '1.0' });
    expect(written.organization).toBe('Acme Tools');
    const at = Date.parse(written.answeredAt);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(names[0]).toContain(written.answeredAt.replace(/\.\d+Z$/, 'Z').replaceAll(':', ''));
    expect(Object.keys(written.answers)).toEqual(IDS);
    expect(Object.values(written.answers)).toEqual(ANSWERS.split(',').map((a) => a === 'yes'));
    expect(written.note).toBe('First visit');
  });

  it('accepts y/n and true/false in any case, and writes to ./responses by default', () => {
    const { code, stderr } = runBin(
      [
        'context',
        '--organization',
        'Acme Tools',
        '--answers',
        'Y, N,TRUE,false,YES,no,y,n,True,No',
      ],
      { cwd: dir },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [name] = readdirSync(join(dir, 'responses'));
    expect(name).toMatch(NAME);
    const written = JSON.parse(readFileSync(join(dir, 'responses', name!), 'utf8'));
    expect(Object.values(written.answers)).toEqual(IDS.map((_, i) => i % 2 === 0));
    expect(written).not.toHaveProperty('note');
  });

  // Whether the second run lands in the same second as the first or in the next, its first
  // choice of name is taken; test/context-files.test.ts forces the clash with a fixed clock.
  it('never overwrites: a second context takes the next free name', () => {
    const args = ['context', '--organization', 'Acme Tools', '--out', dir, '--answers', ANSWERS];
    expect(runBin(args).code).toBe(0);
    const [first] = readdirSync(dir);
    const original = readFileSync(join(dir, first!), 'utf8');
    // A file of the very name the next run would pick, were it in the same second.
    const nextSecond = (t: string) => String(Number(t) + 1).padStart(6, '0');
    const taken = first!.replace(/T(\d{6})Z/, (_, t: string) => `T${nextSecond(t)}Z`);
    writeFileSync(join(dir, taken), 'not ours\n');

    expect(runBin(args).code).toBe(0);
    expect(readFileSync(join(dir, first!), 'utf8')).toBe(original);
    expect(readFileSync(join(dir, taken), 'utf8')).toBe('not ours\n');
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('keeps the file name safe and inside --out whatever the organization is called', () => {
    const organization = '../../Évil/Co:1 <CON>';
    const args = ['context', '--organization', organization, '--out', dir, '--answers', ANSWERS];
    const { code } = runBin(args);
    expect(code).toBe(0);
    const [name] = readdirSync(dir);
    expect(name).toMatch(/^context-evil-co-1-con-\d{4}-\d{2}-\d{2}T\d{6}Z\.json$/);
    expect(JSON.parse(readFileSync(join(dir, name!), 'utf8')).organization).toBe(organization);
  });

  const count = (n: number) =>
    `context: --answers has ${n} answers, but the questionnaire has 10 context questions: ` +
    IDS.join(', ');
  const value = (position: number, id: string, text: string) =>
    `context: --answers: answer ${position} (${id}) is "${text}"; use yes or no ` +
    '(y, n, true and false are accepted too)';
  it.each([
    ['yes,no', count(2)],
    [`${ANSWERS},yes`, count(11)],
    ['no,no,maybe,yes,no,yes,yes,yes,no,yes', value(3, 'long-sales-cycle', 'maybe')],
    ['no,no,yes,yes,no,yes,yes,yes,no,1', value(10, 'systems-and-processes', '1')],
    ['no,,yes,yes,no,yes,yes,yes,no,yes', value(2, 'informal-cooperation', '')],
    [' ', 'context: --answers is empty; give yes or no for every context question'],
  ])('refuses --answers %j with exit 2 and writes nothing', (answers, message) => {
    const args = ['context', '--organization', 'Acme', '--out', dir, '--answers', answers];
    const { code, stdout, stderr } = runBin(args);
    expect(stderr).toBe(`${message}\n`);
    expect(stdout).toBe('');
    expect(code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('needs --organization with --answers', () => {
    const { code, stderr } = runBin(['context', '--out', dir, '--answers', ANSWERS]);
    expect(stderr).toBe('context: --organization <name> is needed with --answers\n');
    expect(code).toBe(2);
  });

  it('exits 4 when --out is a file', () => {
    const file = join(dir, 'taken');
    writeFileSync(file, '');
    const args = ['context', '--organization', 'Acme', '--out', file, '--answers', ANSWERS];
    const { code, stderr } = runBin(args);
    expect(stderr).toBe(`${file}: cannot write there: it is a file, not a folder\n`);
    expect(code).toBe(4);
  });

  it('exits 1 when the questionnaire has no context section', () => {
    const bank = join(dir, 'bank.yaml');
    const text = readFileSync(
      join(root, 'questionnaires', 'sales-marketing-alignment.yaml'),
      'utf8',
    );
    writeFileSync(bank, text.split('\ncontext:\n')[0]!.replace(/\n#[^\n]*$/gm, '') + '\n');
    const args = [
      'context',
      '-q',
      bank,
      '--organization',
      'Acme',
      '--out',
      dir,
      '--answers',
      'yes',
    ];
    const { code, stderr } = runBin(args);
    expect(stderr).toBe(
      `${bank}: the questionnaire has no context section, so there is nothing to ask ` +
        '(see "Context questions and rules" in the README)\n',
    );
    expect(code).toBe(1);
  });
});

describe('context without a terminal', () => {
  it('exits 2 at once, naming --answers, when stdin is piped and stays open', async () => {
    // stdin is a pipe that is never written to or closed: a prompt would wait for ever.
    const args = [binPath, 'context', '--organization', 'Acme', '--out', dir];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);

    expect(code).toBe(2);
    expect(stderr).toBe(
      'context: stdin is not a terminal, so the questions cannot be asked; answer them without ' +
        'prompts with --answers yes,no,... in question order (and --organization <name>)\n',
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('validate and score on context files', () => {
  it('validates a good context file', () => {
    const file = writeJson(dir, 'ctx.json', contextFile({ note: 'ok' }));
    const { code, stdout, stderr } = runBin(['validate', file]);
    expect(stderr).toBe('');
    expect(stdout).toBe(`${file}: OK (context)\n`);
    expect(code).toBe(0);
  });

  it('lists every problem of a bad one on one line and exits 1', () => {
    const answers = Object.fromEntries(IDS.slice(1).map((id) => [id, true]));
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'shape.json',
        contextFile({ formatVersion: 2, answers: { 'small-company': 'yes' } }),
        'formatVersion must be 1, not 2; answers.small-company must be a boolean, not the string "yes"',
      ],
      [
        'ids.json',
        contextFile({ answers: { ...answers, 'team-size': true } }),
        'answers.team-size is not a context question of sales-marketing-alignment; ' +
          'answers.small-company is missing',
      ],
      [
        'version.json',
        contextFile({ questionnaire: { id: 'sales-marketing-alignment', version: '2.0' } }),
        'questionnaire is sales-marketing-alignment version 2.0, but the questionnaire in use ' +
          'is sales-marketing-alignment version 1.0',
      ],
      [
        'missing.json',
        (({ organization, ...rest }) => rest)(contextFile()),
        'organization is missing',
      ],
    ];
    const files = cases.map(([name, data]) => writeJson(dir, name, data));
    const { code, stdout, stderr } = runBin(['validate', ...files]);

    expect(stdout).toBe('');
    expect(stderr).toBe(cases.map(([, , message], i) => `${files[i]}: ${message}\n`).join(''));
    expect(code).toBe(1);
  });

  it('is passed over by score with a note', () => {
    writeJson(dir, 'ctx.json', contextFile());
    const { stderr } = runBin(['score', dir]);
    expect(stderr).toContain(`note: skipped ${join(dir, 'ctx.json')}: a context file`);
  });
});
