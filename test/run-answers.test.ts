// `run` without prompts (--answers, --answers-file), on the built bin: exact exit codes,
// stdout and stderr, and the files written.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin, tempDir, type BinResult } from './helpers/bin.js';
import { makeResponse, statementIds, writeJson } from './helpers/responses.js';

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('sma-run-answers-'));
});

afterEach(() => {
  cleanup();
});

const RATINGS = [4, 5, 3, 2, 4, 3, 4, 4, 3, 2, 3, 4, 3, 3, 2, 4, 1, 2, 3, 3];
const TOTAL = RATINGS.reduce((a, b) => a + b, 0);
const WHO = ['--organization', 'Acme Tools', '--department', 'sales', '--role', 'staff'];

const out = () => join(dir, 'out');
const run = (...args: string[]) => runBin(['run', '--out', out(), ...args]);
const responsesIn = (folder: string) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => !f.startsWith('.'))
        .sort()
    : [];
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

function expectUsage(result: BinResult, message: string) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain(message);
  expect(responsesIn(out())).toEqual([]);
}

describe('run --answers', () => {
  it('writes a valid response, prints where, and score gives the same total', () => {
    const result = run('--answers', RATINGS.join(','), ...WHO, '--respondent', 'r-0042');

    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const [name] = responsesIn(out());
    expect(name).toMatch(/^\d{4}-\d\d-\d\dT\d{6}Z-sales-r-0042\.json$/);
    expect(result.stdout).toBe(`${join(out(), name!)}: total ${TOTAL}, Aligned\n`);

    const text = readFileSync(join(out(), name!), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const response = JSON.parse(text);
    expect(response).toEqual({
      format: 'salesmarketing-align/response',
      formatVersion: 1,
      questionnaire: { id: 'sales-marketing-alignment', version: '1.0' },
      respondent: { id: 'r-0042', department: 'sales', role: 'staff', organization: 'Acme Tools' },
      startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      completedAt: response.startedAt,
      answers: Object.fromEntries(statementIds.map((id, i) => [id, RATINGS[i]])),
      result: { total: TOTAL, stage: 'aligned' },
    });

    expect(runBin(['validate', join(out(), name!)]).stdout).toContain('OK (response)');
    const scored = JSON.parse(runBin(['score', out(), '--format', 'json']).stdout);
    expect(scored.results.map((r: { total: number }) => r.total)).toEqual([TOTAL]);
  });

  it('accepts spaces as separators, stores a name only when given, and a generated id', () => {
    const result = run(
      '--answers',
      RATINGS.join(' '),
      '--organization',
      'Acme',
      '--department',
      'marketing',
      '--role',
      'head',
      '--name',
      'Dana Scully',
    );
    expect(result.code).toBe(0);
    const response = readJson(join(out(), responsesIn(out())[0]!));
    expect(response.respondent).toEqual({
      id: expect.stringMatching(/^r-[0-9a-f]{8}$/),
      department: 'marketing',
      role: 'head',
      organization: 'Acme',
      name: 'Dana Scully',
    });
  });

  it('remembers the organization in a hidden file that score passes over', () => {
    expect(run('--answers', RATINGS.join(','), ...WHO).code).toBe(0);
    expect(readJson(join(out(), '.salesmarketing-align.json'))).toEqual({
      organization: 'Acme Tools',
    });

    const second = run(
      '--answers',
      RATINGS.join(','),
      '--department',
      'marketing',
      '--role',
      'staff',
    );
    expect(second.code).toBe(0);
    const organizations = responsesIn(out()).map(
      (f) => readJson(join(out(), f)).respondent.organization,
    );
    expect(organizations).toEqual(['Acme Tools', 'Acme Tools']);
    const scored = runBin(['score', out()]);
    expect(scored.code).toBe(0);
    expect(scored.stdout).toContain('2 scored');
  });

  it('never overwrites: a name already taken gets the next free suffix', () => {
    // Every name the run could choose within the next few seconds is taken already.
    mkdirSync(out());
    const taken = new Map<string, string>();
    for (let s = 0; s < 5; s++) {
      const stamp = new Date(Date.now() + s * 1000)
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replaceAll(':', '');
      const name = `${stamp}-sales-r-same.json`;
      writeFileSync(join(out(), name), `keep me ${s}\n`);
      taken.set(name, `keep me ${s}\n`);
    }

    const result = run('--answers', RATINGS.join(','), ...WHO, '--respondent', 'r-same');
    expect(result.code).toBe(0);
    for (const [name, content] of taken)
      expect(readFileSync(join(out(), name), 'utf8')).toBe(content);
    const fresh = responsesIn(out()).filter((f) => !taken.has(f));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toMatch(/-sales-r-same-2\.json$/);
    expect(readJson(join(out(), fresh[0]!)).respondent.id).toBe('r-same');
  });

  it('makes file names safe from what a respondent id may hold', () => {
    const result = run(
      '--answers',
      RATINGS.join(','),
      ...WHO,
      '--respondent',
      '../../etc/CON: x*?',
    );
    expect(result.code).toBe(0);
    const [name] = responsesIn(out());
    expect(name).toMatch(/^\d{4}-\d\d-\d\dT\d{6}Z-sales-etc-CON-x\.json$/);
    expect(readJson(join(out(), name!)).respondent.id).toBe('../../etc/CON: x*?');
    expect(readdirSync(dir).sort()).toEqual(['out']);
  });

  it.each([
    [
      RATINGS.slice(0, 19).join(','),
      'run: --answers: expected 20 answers, one per statement in order, but got 19',
    ],
    [[...RATINGS, 3].join(','), 'but got 21'],
    [
      RATINGS.map((r, i) => (i === 6 ? 6 : r)).join(','),
      'answer 7 (common-language) is 6, outside the scale 1-5',
    ],
    [
      RATINGS.map((r, i) => (i === 0 ? 0 : r)).join(','),
      'answer 1 (forecast-accuracy) is 0, outside the scale 1-5',
    ],
    [
      RATINGS.map((r, i) => (i === 11 ? '4.5' : r)).join(','),
      'answer 12 (common-metrics) is "4.5", not a whole number',
    ],
    [
      RATINGS.map((r, i) => (i === 19 ? 'x' : r)).join(','),
      'answer 20 (shared-plan-presentations) is "x", not a whole number',
    ],
    ['', 'run: --answers: no answers given'],
    [
      RATINGS.join(',').replace(',', ',,'),
      'run: --answers: answer 2 is empty (two separators in a row?)',
    ],
    [`${RATINGS.join(',')},`, 'run: --answers: answer 21 is empty (two separators in a row?)'],
  ])('refuses --answers %j as a usage error naming the position', (answers, message) => {
    expectUsage(run('--answers', answers, ...WHO), message);
  });

  it.each([
    [
      ['--department', 'sales', '--role', 'staff'],
      'run: answering without prompts needs --organization',
    ],
    [['--organization', 'Acme'], 'needs --department and --role'],
    [
      ['--organization', 'Acme', '--department', 'finance', '--role', 'staff'],
      'run: --department: "finance" is not one of sales, marketing',
    ],
    [
      ['--organization', 'Acme', '--department', 'sales', '--role', 'boss'],
      'run: --role: "boss" is not one of head, staff',
    ],
    [[...WHO, '--name', 'Jo', '--anonymous'], 'run: --name cannot be combined with --anonymous'],
    [[...WHO, '--repeat'], 'run: --answers cannot be combined with --repeat'],
    [[...WHO, '--resume', 'x.partial.json'], 'run: --answers cannot be combined with --resume'],
    [[...WHO, '--answers-file', 'x.txt'], 'run: --answers cannot be combined with --answers-file'],
    [
      ['--organization', ' ', '--department', 'sales', '--role', 'staff'],
      'run: --organization must not be empty',
    ],
    [
      ['--organization', 'A'.repeat(201), '--department', 'sales', '--role', 'staff'],
      'at most 200 characters',
    ],
    [
      [...WHO, '--respondent', 'r-\u001b[31m'],
      'run: --respondent must not contain control characters',
    ],
  ])('refuses %j as a usage error', (flags, message) => {
    expectUsage(run('--answers', RATINGS.join(','), ...flags), message);
  });
});

describe('run --answers-file', () => {
  it.each([
    ['a list, one per line', `${RATINGS.join('\n')}\n`],
    ['a JSON list', JSON.stringify(RATINGS)],
    [
      'a JSON object by statement id',
      JSON.stringify(Object.fromEntries(statementIds.map((id, i) => [id, RATINGS[i]]))),
    ],
  ])('reads %s', (_, content) => {
    const file = join(dir, 'answers.txt');
    writeFileSync(file, content);
    const result = run('--answers-file', file, ...WHO);
    expect(result.code).toBe(0);
    expect(Object.values(readJson(join(out(), responsesIn(out())[0]!)).answers)).toEqual(RATINGS);
  });

  it.each([
    [
      'bad.txt',
      RATINGS.slice(1).join(','),
      'bad.txt: expected 20 answers, one per statement in order, but got 19',
    ],
    [
      'bad.json',
      JSON.stringify({ ...Object.fromEntries(statementIds.map((id) => [id, 3])), extra: 3 }),
      'bad.json: "extra" is not a statement id',
    ],
    ['gap.json', JSON.stringify({ 'no-blame': 3 }), 'gap.json: no answer for forecast-accuracy'],
    ['broken.json', '[3, 4,', 'broken.json:1:7: not valid JSON'],
    [
      'strings.json',
      JSON.stringify(RATINGS.map(String)),
      'strings.json: answer 1 (forecast-accuracy) is "4"; JSON holds ratings as numbers, not strings',
    ],
    [
      'object.json',
      JSON.stringify(Object.fromEntries(statementIds.map((id) => [id, '3']))),
      'object.json: answer 1 (forecast-accuracy) is "3"; JSON holds ratings as numbers, not strings',
    ],
  ])('refuses %s as invalid input (exit 1) naming the file', (name, content, message) => {
    writeFileSync(join(dir, name), content);
    const result = run('--answers-file', join(dir, name), ...WHO);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(responsesIn(out())).toEqual([]);
  });

  it('names a missing file', () => {
    const result = run('--answers-file', join(dir, 'nope.txt'), ...WHO);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nope.txt: cannot read: no such file or directory');
  });
});

describe('run when the output cannot be written', () => {
  it('exits 4 and prints the whole response on stdout when --out is read-only', () => {
    const folder = join(dir, 'locked');
    mkdirSync(folder);
    chmodSync(dir, 0o755);
    chmodSync(folder, 0o555);
    // As root, permissions do not stop a write; run the bin as an unprivileged user then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

    const result = runBin(
      ['run', '--out', folder, '--answers', RATINGS.join(','), ...WHO, '--respondent', 'r-7'],
      asUser,
    );

    expect(result.code).toBe(4);
    expect(result.stderr).toContain(`${folder}: cannot write in this folder: permission denied`);
    expect(result.stderr).toContain(
      'The response was not saved; it is printed on stdout so that no answer is lost.',
    );
    const printed = JSON.parse(result.stdout);
    expect(printed.respondent.id).toBe('r-7');
    expect(Object.values(printed.answers)).toEqual(RATINGS);
    expect(printed.result).toEqual({ total: TOTAL, stage: 'aligned' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('exits 4 when --out names a file', () => {
    const file = writeJson(dir, 'taken.json', makeResponse());
    const result = runBin(['run', '--out', file, '--answers', RATINGS.join(','), ...WHO]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(`${file}: is not a folder; --out names the folder to write in`);
    expect(Object.values(JSON.parse(result.stdout).answers)).toEqual(RATINGS);
  });
});

describe('run --resume and partial files', () => {
  const partial = (answers: Record<string, number>, extra: Record<string, unknown> = {}) => ({
    format: 'salesmarketing-align/partial-response',
    formatVersion: 1,
    questionnaire: { id: 'sales-marketing-alignment', version: '1.0' },
    respondent: { id: 'r-9', department: 'sales', role: 'staff', organization: 'Acme' },
    startedAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:05:00.000Z',
    answers,
    ...extra,
  });

  it('validates a partial file and score passes over it with a note', () => {
    const file = writeJson(
      dir,
      'a.partial.json',
      partial({ 'forecast-accuracy': 4, 'no-blame': 2 }),
    );
    expect(runBin(['validate', file])).toEqual({
      code: 0,
      stdout: `${file}: OK (unfinished session)\n`,
      stderr: '',
    });

    writeJson(dir, 'done.json', makeResponse());
    const scored = runBin(['score', dir]);
    expect(scored.code).toBe(0);
    expect(scored.stderr).toContain(
      `note: skipped ${file}: an unfinished session; finish it with \`run --resume <file>\``,
    );
  });

  it('reports what is wrong with a bad partial file', () => {
    const file = writeJson(dir, 'b.partial.json', partial({ 'forecast-accuracy': 9, nope: 3 }));
    const result = runBin(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${file}: answers.forecast-accuracy is 9, outside the scale 1-5; answers.nope is not a statement of sales-marketing-alignment\n`,
    );
  });

  it.each([
    ['--department', 'sales'],
    ['--organization', 'Acme'],
    ['--name', 'Jo'],
  ])('refuses %s with --resume: the saved session holds the respondent', (flag, value) => {
    const file = writeJson(dir, 'c.partial.json', partial({}));
    expectUsage(
      runBin(['run', '--resume', file, flag, value]),
      `run: ${flag} cannot be given with --resume: the saved session already holds the respondent`,
    );
  });
});

describe('run without a terminal', () => {
  it('exits 2 at once when stdin is a pipe and no answers are given', () => {
    const started = Date.now();
    const result = runBin(['run', '--out', out()], { input: '4\n5\n3\n', timeout: 10_000 });
    expect(result.code).toBe(2);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'run: stdin is not a terminal, so no questions can be asked. To answer without prompts ' +
        '(scripts, CI), give every answer with --answers 4,5,3,... or --answers-file <file>.\n',
    );
    expect(existsSync(out())).toBe(false);
  });

  it('checks a file to resume before it says that stdin is not a terminal', () => {
    const finished = writeJson(dir, 'done.json', makeResponse());
    const result = runBin(['run', '--resume', finished], { input: '', timeout: 10_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${finished}: is a finished response, not an unfinished session; there is nothing to resume\n`,
    );
  });

  it('lists run first in the help, with examples', () => {
    const help = runBin(['run', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--answers <list>');
    expect(help.stdout).toContain('Examples:\n  $ salesmarketing-align run\n');
  });
});
