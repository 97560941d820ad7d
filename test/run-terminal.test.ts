// End-to-end: the built bin in a real pseudo-terminal (tmux), driven key by key. Every step
// waits for the screen it expects before pressing the next key, as a person would.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin, tempDir } from './helpers/bin.js';
import { statementIds } from './helpers/responses.js';
import { TmuxBin, until } from './helpers/tmux.js';

const E2E_TIMEOUT = 60_000;

let dir: string;
let cleanup: () => void;
let term: TmuxBin;

beforeEach((context) => {
  ({ dir, cleanup } = tempDir('sma-run-tty-'));
  term = new TmuxBin(dir, context.task.id.replace(/[^A-Za-z0-9]/g, ''));
});

afterEach(() => {
  term.kill();
  cleanup();
});

const responsesDir = () => join(dir, 'responses');
const filesIn = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);
const finished = () =>
  filesIn(responsesDir()).filter((f) => !f.startsWith('.') && f.endsWith('.json') && !f.endsWith('.partial.json'));
const partials = () => filesIn(responsesDir()).filter((f) => f.endsWith('.partial.json'));
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** Answers statements `from`..`to` (1-based) with the digit keys given, one screen at a time. */
async function answer(from: number, ratings: readonly number[]): Promise<void> {
  for (const [i, rating] of ratings.entries()) {
    await term.waitForText(`? ${from + i}/20`);
    term.keys(String(rating));
  }
}

describe('run in a terminal', () => {
  it(
    'takes one respondent through the start questions, the statements and the review',
    async () => {
      term.start(['run'], { cwd: dir });

      await term.waitForText('? Organization');
      term.type('Acme Tools');
      term.keys('Enter');
      await term.waitForText('? Your department');
      term.keys('Down');
      await term.waitForText('❯ Marketing');
      term.keys('Enter');
      await term.waitForText('? Your role');
      term.keys('Enter');
      await term.waitForText('? Your name');
      term.type('Dana Scully');
      term.keys('Enter');

      // Keys 1-5, then back from statement 6 to change statement 5 from 5 to 2.
      const ratings = [4, 2, 3, 1, 5];
      await answer(1, ratings);
      await term.waitForText('? 6/20');
      term.keys('Left');
      const back = await term.waitForText('? 5/20');
      expect(back).toMatch(/❯ 5 {2}Strongly agree \(your answer\)/);
      term.keys('2');
      const rest = [3, 4, 4, 3, 2, 3, 4, 5, 1, 2, 3, 4, 5, 3, 2];
      await answer(6, rest);

      // The review lists every answer; change statement 3 from 3 to 5, then save.
      const review = await term.waitForText('Review your answers');
      expect(review).toMatch(/^ {3}3 {2}People from Marketing often join meetings.*… +3 Neither agree nor disagree$/m);
      expect(review).toMatch(/^❯ Save these answers and finish$/m);
      for (let i = 0; i < 18; i++) term.keys('Up');
      await term.waitForText(/^❯ {2}3 {2}People from Marketing/m);
      term.keys('Enter');
      const edit = await term.waitForText('? 3/20');
      expect(edit).toContain('← back to the review');
      term.keys('5');
      await term.waitFor((s) => /^❯ {2}3 .* 5 Strongly agree$/m.test(s), 'the changed answer in the review');
      for (let i = 0; i < 18; i++) term.keys('Down');
      await term.waitForText(/^❯ Save these answers and finish$/m);
      term.keys('Enter');

      const expected = [4, 2, 5, 1, 2, ...rest];
      const total = expected.reduce((a, b) => a + b, 0);
      const result = await term.waitForText('Thank you');
      expect(result).toContain(`Total: ${total} of 100`);
      expect(result).toContain('Stage: Aligned');
      expect(await term.ended()).toEqual({ code: 0, signal: null });

      const [name, ...others] = finished();
      expect(others).toEqual([]);
      expect(name).toMatch(/^\d{4}-\d\d-\d\dT\d{6}Z-marketing-r-[0-9a-f]{8}\.json$/);
      expect(term.history()).toContain(`Saved to responses/${name}`);
      expect(partials()).toEqual([]);

      const file = join(responsesDir(), name!);
      const text = readFileSync(file, 'utf8');
      expect(text.endsWith('}\n')).toBe(true);
      const response = readJson(file);
      expect(Object.keys(response)).toEqual([
        'format', 'formatVersion', 'questionnaire', 'respondent', 'startedAt', 'completedAt', 'answers', 'result',
      ]);
      expect(response.format).toBe('salesmarketing-align/response');
      expect(response.formatVersion).toBe(1);
      expect(response.questionnaire).toEqual({ id: 'sales-marketing-alignment', version: '1.0' });
      expect(response.respondent).toEqual({
        id: expect.stringMatching(/^r-[0-9a-f]{8}$/),
        department: 'marketing',
        role: 'head',
        organization: 'Acme Tools',
        name: 'Dana Scully',
      });
      expect(name).toContain(response.respondent.id);
      expect(Date.parse(response.startedAt)).toBeLessThanOrEqual(Date.parse(response.completedAt));
      expect(response.answers).toEqual(Object.fromEntries(statementIds.map((id, i) => [id, expected[i]])));
      expect(response.result).toEqual({ total, stage: 'aligned' });
      expect(readJson(join(responsesDir(), '.salesmarketing-align.json'))).toEqual({ organization: 'Acme Tools' });

      const scored = runBin(['score', file, '--format', 'json']);
      expect(scored.code).toBe(0);
      expect(JSON.parse(scored.stdout).results[0].total).toBe(total);
    },
    E2E_TIMEOUT,
  );
});
