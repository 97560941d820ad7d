import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { root, runBin, tempDir } from './helpers/bin.js';
import { makeResponse, writeJson } from './helpers/responses.js';

// `aggregate` given context files among the responses, through the built bin. Every
// organization here has three sales staff and no marketing, so no figure is withheld and
// each stage is the sales mean: all 2 is 40 (Defined), all 3 is 60 (Aligned), all 4 is 80.

const CONTEXTS = join(root, 'test', 'fixtures', 'context');
const EXAMPLES = join('examples', 'responses');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('sma-aggregate-context-')));
afterEach(() => cleanup());

/** Three sales staff of `organization`, every statement rated `rating`. */
function respondents(organization: string, rating: number): void {
  const slug = organization.toLowerCase().replace(/\W+/g, '-');
  for (const n of [1, 2, 3]) {
    const id = `r-${slug}-${n}`;
    writeJson(dir, `${id}.json`, makeResponse({ id, organization, answers: rating }));
  }
}

/** A fixture context file copied into the temp folder; returns its path there. */
function context(fixture: string, name = `context-${fixture}.json`): string {
  const file = join(dir, name);
  copyFileSync(join(CONTEXTS, `${fixture}.json`), file);
  return file;
}

/** A fixture context file with changes, written into the temp folder. */
function contextWith(fixture: string, name: string, changes: Record<string, unknown>): string {
  const data = JSON.parse(readFileSync(join(CONTEXTS, `${fixture}.json`), 'utf8'));
  return writeJson(dir, name, { ...data, ...changes });
}

function aggregateJson(...extra: string[]) {
  const result = runBin(['aggregate', dir, '--format', 'json', ...extra]);
  return { ...result, report: result.stdout === '' ? null : JSON.parse(result.stdout) };
}

function organization(report: { organizations: { organization: string }[] }, name: string) {
  const found = report.organizations.find((o) => o.organization === name);
  if (!found) throw new Error(`no organization ${name} in the report`);
  return found as unknown as { stage: string; recommendation: Record<string, unknown> };
}

describe('aggregate with context files: the verdicts in JSON', () => {
  it('qualifies each organization with its own context, and leaves none among the skipped', () => {
    respondents('Corner Shop', 2);
    respondents('Quick Sell', 3);
    respondents('Acme Tools', 3);
    respondents('Lone Wolves', 3);
    respondents('Half Way', 3);
    const files = {
      'Corner Shop': context('small-informal'),
      'Quick Sell': context('simple-selling'),
      'Acme Tools': context('ready-to-integrate'),
      'Lone Wolves': context('no-joint-ownership'),
      'Half Way': context('few-habits'),
    };

    const { code, stderr, report } = aggregateJson();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.files.skipped).toEqual([]);
    expect(report.files.excluded).toEqual([]);
    expect(report.files.unusedContexts).toEqual([]);
    expect(report.warnings).toEqual([]);

    const expected = {
      'Corner Shop': ['defined', 'hold', /^A small company whose groups already cooperate well/],
      'Quick Sell': ['aligned', 'consolidate', /^Selling here is quick and simple/],
      'Acme Tools': ['aligned', 'move-up', /Integrated/],
      'Lone Wolves': ['aligned', 'consolidate', /^The company has no habit of teams owning/],
      'Half Way': ['aligned', 'consolidate', /^Too few of the working habits/],
    } as const;
    for (const [name, [stage, verdict, firstReason]] of Object.entries(expected)) {
      const org = organization(report, name);
      const file = files[name as keyof typeof files];
      expect(org.stage, name).toBe(stage);
      expect(Object.keys(org.recommendation)).toEqual([
        'verdict',
        'qualified',
        'reasons',
        'context',
      ]);
      expect(org.recommendation, name).toMatchObject({
        verdict,
        qualified: true,
        context: { file, answeredAt: '2026-11-20T10:00:00.000Z' },
      });
      const reasons = org.recommendation.reasons as string[];
      expect(reasons[0], name).toMatch(firstReason);
      // The rule's reason, then the conditions weighed, each with the answers behind it.
      expect(reasons.length, name).toBeGreaterThan(1);
      for (const reason of reasons.slice(1)) expect(reason).toMatch(/: (not )?found/);
    }
  });

  it('moves up below Aligned unless the company should hold, and consolidates at the top', () => {
    respondents('Quick Sell', 2);
    respondents('Acme Tools', 4);
    context('simple-selling');
    context('ready-to-integrate');

    const { code, report } = aggregateJson();
    expect(code).toBe(0);
    expect(organization(report, 'Quick Sell').recommendation).toMatchObject({
      verdict: 'move-up',
      qualified: true,
    });
    expect(organization(report, 'Acme Tools').recommendation).toMatchObject({
      verdict: 'consolidate',
      qualified: true,
    });
  });

  it('is present and unqualified without a context file, and says how to add one', () => {
    respondents('Borealis Foods', 3);
    const { code, stderr, report } = aggregateJson();
    expect([code, stderr]).toEqual([0, '']);
    const { recommendation } = organization(report, 'Borealis Foods');
    expect(recommendation).toEqual({
      verdict: 'move-up',
      qualified: false,
      reasons: [
        'Move up from Aligned to Integrated.',
        expect.stringContaining('Unqualified: no context answers were given for Borealis Foods'),
      ],
      context: null,
    });
    expect((recommendation.reasons as string[])[1]).toContain(
      'run `salesmarketing-align context --organization "Borealis Foods"` and give the file to ' +
        'aggregate with the responses',
    );
  });
});

describe('aggregate with context files that are not used', () => {
  it('reports a context for an organization without responses, exit code unchanged', () => {
    respondents('Acme Tools', 3);
    const ghost = context('small-informal');

    const { code, stderr, report } = aggregateJson();
    expect(code).toBe(0);
    const message =
      'the context for "Corner Shop" was not used: no response of that organization is among ' +
      'the inputs (the names must match exactly)';
    expect(stderr).toBe(`warning: ${ghost}: ${message}\n`);
    expect(report.warnings).toEqual([{ file: ghost, code: 'context-without-responses', message }]);
    expect(report.files.unusedContexts).toEqual([
      { file: ghost, organization: 'Corner Shop', reason: message },
    ]);
    expect(report.organizations.map((o: { organization: string }) => o.organization)).toEqual([
      'Acme Tools',
    ]);
    expect(organization(report, 'Acme Tools').recommendation.qualified).toBe(false);

    // Visible in every format, not on stderr only.
    const markdown = runBin(['aggregate', dir, '--format', 'markdown']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('1 file left out (listed at the end)');
    expect(markdown.stdout).toMatch(/## Files left out\n\n\| File \| Reason \|/);
    expect(markdown.stdout).toContain('the context for "Corner Shop" was not used');
    const table = runBin(['aggregate', dir]);
    expect(table.stdout).toMatch(/Files left out\n-+\n {2}\S+context-small-informal\.json: the/);
    const csv = runBin(['aggregate', dir, '--format', 'csv']).stdout.split('\r\n');
    const cell = `"${ghost}: ${message.replaceAll('"', '""')}"`;
    const row = `Corner Shop,context-unused,,,,,,,,,,,,,,${cell}`;
    expect(csv.at(-2) === row || csv.at(-2)!.startsWith(`${row},`)).toBe(true);
    const html = runBin(['aggregate', dir, '--format', 'html']).stdout;
    expect(html).toContain('the context for &quot;Corner Shop&quot; was not used');
  });

  it('uses the later of two contexts for one organization, whatever their order, and warns', () => {
    respondents('Acme Tools', 3);
    // The earlier answers say "small and informal"; the later are ready to integrate.
    const earlier = contextWith('small-informal', 'b-context.json', {
      organization: 'Acme Tools',
      answeredAt: '2026-11-01T10:00:00.000Z',
    });
    const later = context('ready-to-integrate', 'a-context.json');

    const { code, stderr, report } = aggregateJson();
    expect(code).toBe(0);
    const message = `a second context for "Acme Tools"; ${later} is used instead, as it was answered later`;
    expect(stderr).toBe(`warning: ${earlier}: ${message}\n`);
    expect(report.warnings).toEqual([{ file: earlier, code: 'duplicate-context', message }]);
    expect(report.files.unusedContexts).toEqual([
      { file: earlier, organization: 'Acme Tools', reason: message },
    ]);
    expect(organization(report, 'Acme Tools').recommendation).toMatchObject({
      verdict: 'move-up',
      context: { file: later, answeredAt: '2026-11-20T10:00:00.000Z' },
    });

    // Read the other way round (the later file second), the later still wins.
    const reversed = runBin([
      'aggregate',
      later,
      earlier,
      ...readdirSync(dir)
        .filter((f) => f.startsWith('r-'))
        .map((f) => join(dir, f)),
      '--format',
      'json',
    ]);
    const again = JSON.parse(reversed.stdout);
    expect(organization(again, 'Acme Tools').recommendation.context).toMatchObject({ file: later });
    expect(again.warnings[0]).toMatchObject({ file: earlier, code: 'duplicate-context' });
  });

  it('lists an invalid context file as left out, exits 1, and still writes the report', () => {
    respondents('Acme Tools', 3);
    const broken = contextWith('ready-to-integrate', 'context-broken.json', {
      answers: { 'small-company': 'yes' },
    });

    const { code, stderr, report } = aggregateJson();
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^error: ${broken.replaceAll('.', '\\.')}: answers`));
    expect(report.files.excluded).toEqual([
      { file: broken, message: expect.stringMatching(/^\S+context-broken\.json: answers/) },
    ]);
    expect(organization(report, 'Acme Tools').recommendation).toMatchObject({
      qualified: false,
      context: null,
    });

    const strict = runBin(['aggregate', dir, '--strict', '--format', 'json']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain(
      'no report written (--strict): 1 of the 4 files read is invalid',
    );
  });

  it('writes no report from context files alone, and says why', () => {
    const ghost = context('small-informal');
    const { code, stdout, stderr } = runBin(['aggregate', dir]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `warning: ${ghost}: the context for "Corner Shop" was not used: no response of that ` +
        'organization is among the inputs (the names must match exactly)\n' +
        'no report written: no response among the files found (see the notes above)\n',
    );
  });
});

describe('the sample context in examples/responses', () => {
  const contexts = readdirSync(join(root, EXAMPLES)).filter((f) => f.startsWith('context-'));

  it('is one valid context file, for Acme Tools', () => {
    expect(contexts).toHaveLength(1);
    const file = join(EXAMPLES, contexts[0]!);
    const { code, stdout } = runBin(['validate', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/: OK \(context/);
    expect(JSON.parse(readFileSync(join(root, file), 'utf8')).organization).toBe('Acme Tools');
  });

  it('qualifies Acme Tools in the README example, and score passes over it with a note', () => {
    const { code, stderr, stdout } = runBin(['aggregate', EXAMPLES, '--format', 'json']);
    expect([code, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout);
    expect(report.files.skipped).toEqual([]);
    expect(organization(report, 'Acme Tools').recommendation).toMatchObject({
      verdict: 'move-up',
      qualified: true,
      context: { file: join(EXAMPLES, contexts[0]!) },
    });
    expect(organization(report, 'Borealis Foods').recommendation.qualified).toBe(false);

    const score = runBin(['score', EXAMPLES]);
    expect(score.code).toBe(0);
    expect(score.stderr).toBe(
      `note: skipped ${join(EXAMPLES, contexts[0]!)}: a context file, read by \`aggregate\`\n`,
    );
  });
});
