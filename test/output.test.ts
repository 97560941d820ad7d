import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { combineExitCodes, ExitCode } from '../src/errors.js';
import { colorEnabled } from '../src/output/color.js';
import { csvCell } from '../src/output/csv.js';
import { plainTable } from '../src/output/plain-table.js';
import { scoreFiles } from '../src/commands/score.js';
import { renderScore } from '../src/output/score-formats.js';
import { root } from './helpers/bin.js';

describe('combineExitCodes', () => {
  it.each([
    [[], 0],
    [[0, 0], 0],
    [[1, 3], 1],
    [[3, 1, 4], 4],
    [[3, 4, 2, 1], 2],
    [[3], 3],
  ])('%j gives %d (2, then 4, then 1, then 3)', (codes, expected) => {
    expect(combineExitCodes(codes)).toBe(expected);
  });

  it('keeps the documented numbers', () => {
    expect(ExitCode).toEqual({ ok: 0, invalidInput: 1, usage: 2, gateFailed: 3, outputFailed: 4 });
  });
});

describe('colorEnabled', () => {
  it.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: false }, {}, false],
    [{ isTTY: true }, { NO_COLOR: '1' }, false],
    [{ isTTY: true }, { NO_COLOR: '' }, true],
    [{ isTTY: false }, { FORCE_COLOR: '1' }, true],
    [{ isTTY: true }, { FORCE_COLOR: '0' }, false],
    [{ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ])('%j with %j is %s', (stream, env, expected) => {
    expect(colorEnabled(stream, env)).toBe(expected);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['=1+2', "'=1+2"],
    ['+cmd', "'+cmd"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    [-3.5, '-3.5'],
    [null, ''],
  ])('%j is written %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('plainTable', () => {
  it('pads text left and numbers right, two spaces apart', () => {
    expect(
      plainTable(
        ['Name', 'Total'],
        [
          ['ab', 7],
          ['abcd', 100],
        ],
      ),
    ).toBe('Name  Total\nab        7\nabcd    100\n');
  });
});

describe('the score table on a terminal', () => {
  it('draws a box table, coloured only when asked', async () => {
    const report = await scoreFiles({
      paths: [join(root, 'examples', 'responses', 'acme-tools-sales-head-r-001.json')],
    });
    const plain = await renderScore(report, 'table', { tty: true, color: false });
    expect(plain.stdout).toMatch(/┌─/);
    expect(plain.stdout).toMatch(/│ +73 │ Aligned +│/);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    const coloured = await renderScore(report, 'table', { tty: true, color: true });
    expect(coloured.stdout).toMatch(/\x1b\[1m/);
  });
});

describe('the shipped JSON Schema for responses', () => {
  it('accepts every sample response and refuses a broken one', () => {
    const schema = JSON.parse(
      readFileSync(join(root, 'schema', 'response.v1.schema.json'), 'utf8'),
    );
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const dir = join(root, 'examples', 'responses');
    // The samples are responses and a context file, checked in aggregate-context-cli.test.ts.
    const files = readdirSync(dir).filter((file) => !file.startsWith('context-'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(validate(JSON.parse(readFileSync(join(dir, file), 'utf8'))), file).toBe(true);
    }
    expect(validate({ format: 'salesmarketing-align/response', formatVersion: 1 })).toBe(false);
  });
});
