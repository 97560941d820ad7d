import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildContextFile } from '../src/context/build-context.js';
import { collectContexts } from '../src/context/collect-contexts.js';
import { contextFileName, organizationSlug, pathInside } from '../src/context/file-name.js';
import { parseContextAnswers } from '../src/context/parse-answers.js';
import { saveContext } from '../src/context/save-context.js';
import { shellQuote } from '../src/context/shell-quote.js';
import { UsageError } from '../src/errors.js';
import { loadBank } from '../src/questionnaire/load-bank.js';
import type { Bank } from '../src/questionnaire/types.js';
import { root, tempDir } from './helpers/bin.js';
import { makeResponse, writeJson } from './helpers/responses.js';

let bank: Bank;
beforeAll(async () => {
  bank = await loadBank();
});

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const fixtures = join(root, 'test', 'fixtures', 'context');
const AT = new Date('2026-12-03T10:15:07.123Z');

describe('parseContextAnswers', () => {
  const questions = () => bank.context!.questions.slice(0, 3);

  it.each([
    ['yes,no,yes', [true, false, true]],
    ['Y N TRUE', [true, false, true]],
    [' no , FALSE,  y ', [false, false, true]],
  ])('reads %j', (text, expected) => {
    expect(Object.values(parseContextAnswers(text, questions()))).toEqual(expected);
  });

  it.each([
    ['yes,no', /has 2 answers, but the questionnaire has 3 context questions/],
    ['yes,no,ja', /answer 3 \(long-sales-cycle\) is "ja"/],
    ['', /--answers is empty/],
  ])('refuses %j as a usage error', (text, message) => {
    expect(() => parseContextAnswers(text, questions())).toThrow(UsageError);
    expect(() => parseContextAnswers(text, questions())).toThrow(message);
  });
});

describe('context file names', () => {
  it.each([
    ['Acme Tools', 'acme-tools'],
    ['Müller & Söhne GmbH', 'muller-sohne-gmbh'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Users\\Ops', 'c-users-ops'],
    ['NUL', 'nul'],
    ['株式会社', 'organization'],
    ['A'.repeat(60), 'a'.repeat(40)],
  ])('makes %j safe as %j', (name, slug) => {
    expect(organizationSlug(name)).toBe(slug);
  });

  it('carries the organization and the time, without colons, and a number after a clash', () => {
    expect(contextFileName('Acme', AT.toISOString())).toBe('context-acme-2026-12-03T101507Z.json');
    expect(contextFileName('Acme', AT.toISOString(), 3)).toBe(
      'context-acme-2026-12-03T101507Z-3.json',
    );
  });

  it('refuses, as a bug, a name that would leave the folder', () => {
    expect(() => pathInside(dir, '../x.json')).toThrow(/internal/);
    expect(pathInside(dir, 'x.json')).toBe(join(dir, 'x.json'));
  });
});

describe('saveContext', () => {
  it('writes pretty JSON with a final newline and never overwrites', async () => {
    const context = buildContextFile(bank, { organization: 'Acme', answers: {}, answeredAt: AT });
    const taken = join(dir, 'context-acme-2026-12-03T101507Z.json');
    writeFileSync(taken, 'someone else\n');

    const first = await saveContext(dir, context);
    const second = await saveContext(dir, context);
    expect(first).toBe(join(dir, 'context-acme-2026-12-03T101507Z-2.json'));
    expect(second).toBe(join(dir, 'context-acme-2026-12-03T101507Z-3.json'));
    expect(readFileSync(taken, 'utf8')).toBe('someone else\n');
    expect(readFileSync(first, 'utf8')).toBe(`${JSON.stringify(context, null, 2)}\n`);
    // No temporary file is left behind.
    const names = [taken, first, second].map((f) => f.slice(dir.length + 1));
    expect(readdirSync(dir).sort()).toEqual(names.sort());
  });

  it('creates the folder when it is missing', async () => {
    const context = buildContextFile(bank, { organization: 'Acme', answers: {}, answeredAt: AT });
    const file = await saveContext(join(dir, 'a', 'b'), context);
    expect(file).toBe(join(dir, 'a', 'b', 'context-acme-2026-12-03T101507Z.json'));
  });
});

describe('collectContexts', () => {
  const fixture = (name: string) => join(fixtures, `${name}.json`);

  it('keys the context files by organization and passes over other files', () => {
    const response = writeJson(dir, 'r.json', makeResponse({ organization: 'Acme Tools' }));
    const result = collectContexts([response, fixture('ready-to-integrate')], bank, ['Acme Tools']);
    expect([...result.byOrganization.keys()]).toEqual(['Acme Tools']);
    expect(result.byOrganization.get('Acme Tools')).toMatchObject({
      file: fixture('ready-to-integrate'),
      context: { organization: 'Acme Tools', note: 'Board wants one revenue team by next year.' },
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('reports a context whose organization has no responses', () => {
    const result = collectContexts([fixture('small-informal')], bank, ['Acme Tools']);
    expect(result.byOrganization.size).toBe(0);
    expect(result.warnings).toEqual([
      {
        file: fixture('small-informal'),
        code: 'context-without-responses',
        message:
          'the context for "Corner Shop" was not used: no response of that organization is ' +
          'among the inputs (the names must match exactly)',
      },
    ]);
  });

  it('uses the later of two contexts for one organization, with a warning, in either order', () => {
    const base = JSON.parse(readFileSync(fixture('ready-to-integrate'), 'utf8'));
    const older = writeJson(dir, 'older.json', base);
    const newer = writeJson(dir, 'newer.json', { ...base, answeredAt: '2026-11-21T08:00:00.000Z' });

    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const result = collectContexts(order, bank, ['Acme Tools']);
      expect(result.byOrganization.get('Acme Tools')?.file).toBe(newer);
      expect(result.warnings).toEqual([
        {
          file: older,
          code: 'duplicate-context',
          message: `a second context for "Acme Tools"; ${newer} is used instead, as it was answered later`,
        },
      ]);
    }
  });

  it('keeps the first of two answered at the same moment', () => {
    const base = JSON.parse(readFileSync(fixture('ready-to-integrate'), 'utf8'));
    const a = writeJson(dir, 'a.json', base);
    const b = writeJson(dir, 'b.json', base);
    const result = collectContexts([a, b], bank, ['Acme Tools']);
    expect(result.byOrganization.get('Acme Tools')?.file).toBe(a);
    expect(result.warnings[0]?.message).toContain('as it was read first and is not older');
  });

  it('lists an invalid context file as an error and goes on', () => {
    const bad = writeJson(dir, 'bad.json', {
      format: 'salesmarketing-align/context',
      formatVersion: 1,
    });
    const result = collectContexts([bad, fixture('ready-to-integrate')], bank, ['Acme Tools']);
    expect(result.byOrganization.size).toBe(1);
    expect(result.errors).toEqual([
      {
        file: bad,
        message:
          `${bad}: questionnaire is missing; organization is missing; answeredAt is missing; ` +
          'answers is missing',
      },
    ]);
  });
});

describe('shellQuote', () => {
  it.each([
    ['Acme', 'Acme'],
    ['Acme Tools', '"Acme Tools"'],
    ["O'Brien & Co", `"O'Brien & Co"`],
    ['Cost $5 "Ltd"', `'Cost $5 "Ltd"'`],
    ["It's $5", `'It'\\''s $5'`],
  ])('quotes %j as %s', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted);
  });
});
