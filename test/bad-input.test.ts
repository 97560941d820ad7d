import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempDir } from './helpers/bin.js';
import { makeResponse, statementIds } from './helpers/responses.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const valid = makeResponse();
const withAnswers = (answers: Record<string, unknown>) => ({
  ...valid,
  answers: { ...(valid.answers as object), ...answers },
});
const without = (key: string) => {
  const answers = { ...(valid.answers as Record<string, number>) };
  delete answers[key];
  return { ...valid, answers };
};
// Written by hand: JSON.stringify would drop a __proto__ key set through an object literal.
const protoText = JSON.stringify(valid).replace(
  '"answers":{',
  '"answers":{"__proto__":{"polluted":1},',
);

// [case, file content, the message expected after "<file>"]
const CASES: [string, string, string][] = [
  ['an empty file', '', ': the file is empty'],
  ['text that is not JSON', '{\n  "format": nope\n}', ':2:13: not valid JSON'],
  ['JSON that is not an object', '42', ': (top level) must be a JSON object, not 42'],
  [
    'another format',
    JSON.stringify({ ...valid, format: 'survey' }),
    ': format is "survey", not "salesmarketing-align/response": not a response file',
  ],
  [
    'no format at all',
    JSON.stringify({ answers: {} }),
    ': format is missing, not "salesmarketing-align/response": not a response file',
  ],
  [
    'another format version',
    JSON.stringify({ ...valid, formatVersion: 2 }),
    ': formatVersion must be 1, not 2',
  ],
  [
    'another questionnaire',
    JSON.stringify({ ...valid, questionnaire: { id: 'other', version: '1.0' } }),
    ': questionnaire is other version 1.0, but the questionnaire in use is sales-marketing-alignment version 1.0',
  ],
  [
    'another version',
    JSON.stringify({
      ...valid,
      questionnaire: { id: 'sales-marketing-alignment', version: '2.0' },
    }),
    ': questionnaire is sales-marketing-alignment version 2.0, but the questionnaire in use is sales-marketing-alignment version 1.0',
  ],
  ['a missing answer', JSON.stringify(without('no-blame')), ': answers.no-blame is missing'],
  [
    'an unknown answer id',
    JSON.stringify(withAnswers({ 'free-lunch': 3 })),
    ': answers.free-lunch is not a statement of sales-marketing-alignment',
  ],
  [
    'a value above the scale',
    JSON.stringify(withAnswers({ 'no-blame': 6 })),
    ': answers.no-blame is 6, outside the scale 1-5',
  ],
  [
    'a value below the scale',
    JSON.stringify(withAnswers({ 'no-blame': 0 })),
    ': answers.no-blame is 0, outside the scale 1-5',
  ],
  [
    'a non-integer',
    JSON.stringify(withAnswers({ 'no-blame': 3.5 })),
    ': answers.no-blame must be a whole number, not 3.5',
  ],
  [
    'a number in a string',
    JSON.stringify(withAnswers({ 'no-blame': '4' })),
    ': answers.no-blame must be a whole number, not the string "4"',
  ],
  [
    'a department not in the bank',
    JSON.stringify({
      ...valid,
      respondent: { ...(valid.respondent as object), department: 'finance' },
    }),
    ': respondent.department "finance" is not a department of sales-marketing-alignment (sales, marketing)',
  ],
  [
    'a role not in the bank',
    JSON.stringify({ ...valid, respondent: { ...(valid.respondent as object), role: 'intern' } }),
    ': respondent.role "intern" is not a role of sales-marketing-alignment (head, staff)',
  ],
  [
    'a __proto__ key in answers',
    protoText,
    ': answers.__proto__ must be a whole number, not an object',
  ],
  [
    'a constructor key in answers',
    JSON.stringify(withAnswers({ constructor: 3 })),
    ': answers.constructor is a reserved name and is not accepted',
  ],
  [
    'a file over the size limit',
    JSON.stringify({ ...valid, padding: 'x'.repeat(300 * 1024) }),
    ': file is 301 KiB, over the 256 KiB limit',
  ],
];

describe('score refuses a bad response with one line naming the file and field, exit 1', () => {
  it.each(CASES)('%s', (name, content, expected) => {
    const file = join(dir, `${name.replaceAll(' ', '-')}.json`);
    writeFileSync(file, content);
    const { code, stdout, stderr } = runBin(['score', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`error: ${file}${expected}\n`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('lists several problems of one file on its line', () => {
    const file = join(dir, 'many.json');
    writeFileSync(
      file,
      JSON.stringify(withAnswers({ 'no-blame': 9, 'common-language': 0, extra: 1 })),
    );
    const { code, stderr } = runBin(['score', file]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `error: ${file}: answers.no-blame is 9, outside the scale 1-5; ` +
        'answers.common-language is 0, outside the scale 1-5; answers.extra is not a statement of sales-marketing-alignment\n',
    );
  });

  it('still scores the valid files beside a bad one', () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(valid));
    const bad = join(dir, 'a-missing-answer.json');
    const { code, stdout, stderr } = runBin(['score', good, bad, '--format', 'ndjson']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).total).toBe(statementIds.length * 3);
    expect(stderr).toBe(`error: ${bad}: answers.no-blame is missing\n`);
  });
});

describe('validate', () => {
  it('says OK for a good file and lists problems of a bad one (exit 1)', () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(valid));
    const bad = join(dir, 'a-value-above-the-scale.json');
    const { code, stdout, stderr } = runBin(['validate', good, bad]);
    expect(code).toBe(1);
    expect(stdout).toBe(`${good}: OK (response)\n`);
    expect(stderr).toBe(`${bad}: answers.no-blame is 6, outside the scale 1-5\n`);
  });

  it('says OK but warns when the stored result disagrees with the answers (exit 0)', () => {
    const file = join(dir, 'stale-result.json');
    writeFileSync(file, JSON.stringify({ ...valid, result: { total: 99, stage: 'integrated' } }));
    const { code, stdout, stderr } = runBin(['validate', file]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${file}: OK (response)\n`);
    expect(stderr).toBe(
      `warning: ${file}: the stored result (99, integrated) disagrees with the answers (60, aligned); ` +
        'the answers are used\n',
    );
  });

  it('checks the bundled questionnaire', () => {
    const { code, stdout } = runBin(['validate', 'questionnaires/sales-marketing-alignment.yaml']);
    expect(code).toBe(0);
    expect(stdout).toBe('questionnaires/sales-marketing-alignment.yaml: OK (questionnaire)\n');
  });

  it('names an unknown format', () => {
    const file = join(dir, 'odd.json');
    writeFileSync(file, '{"format":"odd"}');
    const { code, stderr } = runBin(['validate', file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^${file}: format is "odd", not one of salesmarketing-align/questionnaire, salesmarketing-align/response`,
      ),
    );
  });
});
