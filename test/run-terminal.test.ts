// End-to-end: the built bin in a real pseudo-terminal (tmux), driven key by key. Every step
// waits for the screen it expects before pressing the next key, as a person would.
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root, runBin, tempDir } from './helpers/bin.js';
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
  filesIn(responsesDir()).filter(
    (f) => !f.startsWith('.') && f.endsWith('.json') && !f.endsWith('.partial.json'),
  );
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
      expect(review).toMatch(
        /^ {3}3 {2}People from Marketing often join meetings.*… +3 Neither agree nor disagree$/m,
      );
      expect(review).toMatch(/^❯ Save these answers and finish$/m);
      for (let i = 0; i < 18; i++) term.keys('Up');
      await term.waitForText(/^❯ {2}3 {2}People from Marketing/m);
      term.keys('Enter');
      const edit = await term.waitForText('? 3/20');
      expect(edit).toContain('← back to the review');
      term.keys('5');
      await term.waitFor(
        (s) => /^❯ {2}3 .* 5 Strongly agree$/m.test(s),
        'the changed answer in the review',
      );
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
        'format',
        'formatVersion',
        'questionnaire',
        'respondent',
        'startedAt',
        'completedAt',
        'answers',
        'result',
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
      expect(response.answers).toEqual(
        Object.fromEntries(statementIds.map((id, i) => [id, expected[i]])),
      );
      expect(response.result).toEqual({ total, stage: 'aligned' });
      expect(readJson(join(responsesDir(), '.salesmarketing-align.json'))).toEqual({
        organization: 'Acme Tools',
      });

      const scored = runBin(['score', file, '--format', 'json']);
      expect(scored.code).toBe(0);
      expect(JSON.parse(scored.stdout).results[0].total).toBe(total);
    },
    E2E_TIMEOUT,
  );

  it(
    'keeps the answers through Ctrl-C after 7 statements and finishes them with --resume',
    async () => {
      const who = ['--organization', 'Acme', '--department', 'sales', '--role', 'staff'];
      term.start(['run', ...who], { cwd: dir });
      const first = [5, 4, 3, 2, 1, 2, 3];
      await answer(1, first);
      await term.waitForText('? 8/20');
      term.keys('C-c');

      expect(await term.ended()).toEqual({ code: 130, signal: null });
      const [partialName] = partials();
      expect(partialName).toMatch(/^\d{4}-\d\d-\d\dT\d{6}Z-sales-r-[0-9a-f]{8}\.partial\.json$/);
      const partialPath = `responses/${partialName}`;
      const stopped = term.history();
      expect(stopped).toContain(
        `Interrupted: 7 of 20 answers are saved in ${partialPath}; to carry on, run: ` +
          `npx salesmarketing-align run --resume ${partialPath}`,
      );
      expect(await term.leftTerminal()).toEqual({ cursorShown: true, cooked: true });
      expect(finished()).toEqual([]);

      const partial = readJson(join(dir, partialPath));
      expect(partial.format).toBe('salesmarketing-align/partial-response');
      expect(partial.answers).toEqual(
        Object.fromEntries(statementIds.slice(0, 7).map((id, i) => [id, first[i]])),
      );
      expect(runBin(['validate', join(dir, partialPath)]).stdout).toContain(
        'OK (unfinished session)',
      );
      const skipped = runBin(['score', responsesDir()]);
      expect(skipped.stderr).toContain(`note: skipped ${join(responsesDir(), partialName!)}`);

      term.kill();
      term = new TmuxBin(dir, `${process.pid}resume`);
      term.start(['run', '--resume', partialPath], { cwd: dir });
      const resumed = await term.waitForText('? 8/20');
      expect(resumed).toContain('Welcome back: 7 of 20 statements are answered.');
      const rest = [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4];
      await answer(8, rest);
      await term.waitForText('Review your answers');
      term.keys('Enter');
      expect(await term.ended()).toEqual({ code: 0, signal: null });

      expect(partials()).toEqual([]);
      const [name] = finished();
      const response = readJson(join(responsesDir(), name!));
      expect(response.startedAt).toBe(partial.startedAt);
      expect(response.respondent).toEqual(partial.respondent);
      expect(Object.values(response.answers)).toEqual([...first, ...rest]);
      expect(name).toContain(partial.respondent.id);
    },
    E2E_TIMEOUT,
  );

  // A hangup ends the process by the signal itself (see run-command.ts); a shell shows 129.
  it.each([
    ['SIGTERM', { code: 143, signal: null }, 'Stopped (SIGTERM)'],
    ['SIGHUP', { code: null, signal: 'SIGHUP' }, 'The terminal closed'],
  ] as const)(
    'ends on %s with the conventional status, the terminal restored and the progress kept',
    async (signal, status, words) => {
      term.start(
        ['run', '--organization', 'Acme', '--department', 'marketing', '--role', 'staff'],
        { cwd: dir },
      );
      await answer(1, [2, 3, 4]);
      await term.waitForText('? 4/20');
      process.kill(await term.pid(), signal);

      expect(await term.ended()).toEqual(status);
      const [partialName] = partials();
      expect(term.history()).toContain(
        `${words}: 3 of 20 answers are saved in responses/${partialName}`,
      );
      expect(await term.leftTerminal()).toEqual({ cursorShown: true, cooked: true });
      expect(Object.values(readJson(join(responsesDir(), partialName!)).answers)).toEqual([
        2, 3, 4,
      ]);
    },
    E2E_TIMEOUT,
  );

  it(
    'ends without hanging when its terminal window is closed, with the progress kept',
    async () => {
      term.start(
        ['run', '--organization', 'Acme', '--department', 'sales', '--role', 'head', '--anonymous'],
        {
          cwd: dir,
        },
      );
      await answer(1, [1, 5]);
      await term.waitForText('? 3/20');
      const pid = await term.pid();
      term.closeTerminal();

      await until(() => !isAlive(pid), 'the bin to end after its terminal closed');
      expect(await term.ended()).toEqual({ code: null, signal: 'SIGHUP' });
      const [partialName] = partials();
      expect(Object.values(readJson(join(responsesDir(), partialName!)).answers)).toEqual([1, 5]);
    },
    E2E_TIMEOUT,
  );

  it(
    'exits 2 at once, naming --answers, when stdin is a pipe',
    async () => {
      term.start(['run'], { cwd: dir, stdinText: '4\n5\n3\n' });
      expect(await term.ended(5_000)).toEqual({ code: 2, signal: null });
      expect(term.history()).toContain('stdin is not a terminal');
      expect(term.history()).toContain('--answers 4,5,3,...');
      expect(filesIn(responsesDir())).toEqual([]);
    },
    E2E_TIMEOUT,
  );

  it(
    'draws every screen without colour under NO_COLOR and within 80 columns',
    async () => {
      term.start(['run', '--department', 'sales', '--role', 'staff'], {
        cwd: dir,
        env: { NO_COLOR: '1' },
      });
      const screens: string[] = [];
      const grab = async (text: string | RegExp) => {
        await term.waitForText(text);
        screens.push(term.screen({ escapes: true }));
      };

      await grab('? Organization');
      term.type('Borealis Foods');
      term.keys('Enter');
      // The longest statement of the bank, wrapped at spaces, not mid-word.
      await answer(1, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
      await grab('? 14/20');
      const lines = term.screen().split('\n');
      const text = lines
        .slice(1, lines.indexOf(''))
        .map((l) => l.trim())
        .join(' ');
      expect(text).toBe(bankStatement('shared-funnel'));
      await answer(14, [3, 3, 3, 3, 3, 3, 3]);
      await grab('Review your answers');
      term.keys('Enter');
      await grab('Thank you');

      for (const screen of screens) {
        // No SGR sequence at all: no colour, no bold, no dim.
        expect(screen).not.toMatch(/\x1b\[[0-9;]*m/);
        for (const row of screen.split('\n')) expect([...row].length).toBeLessThanOrEqual(80);
      }
      // The review keeps each row on one line, with a free last column.
      const review = screens[2]!.split('\n').filter((row) => /^[ ❯] +\d+ {2}/.test(row));
      expect(review).toHaveLength(20);
      for (const row of review) expect([...row].length).toBeLessThanOrEqual(79);
    },
    E2E_TIMEOUT,
  );

  it(
    'with --repeat, starts the next respondent on a screen cleared of the last one, scrollback too',
    async () => {
      term.start(['run', '--repeat', '--organization', 'Acme', '--role', 'staff'], { cwd: dir });
      await term.waitForText('? Your department');
      term.keys('Enter');
      await answer(1, Array(20).fill(5));
      await term.waitForText('Review your answers');
      term.keys('Enter');
      await term.waitForText('Start the next respondent?');
      expect(term.history()).toContain('Total: 100 of 100');
      term.keys('Enter');

      await term.waitForText('? Your department');
      const after = term.history();
      expect(after).not.toContain('Total: 100 of 100');
      expect(after).not.toContain('Strongly agree (your answer)');
      expect(after).not.toContain('Thank you');
      term.keys('Down', 'Enter');
      await answer(1, Array(20).fill(1));
      await term.waitForText('Review your answers');
      term.keys('Enter');
      await term.waitForText('Start the next respondent?');
      term.type('n');
      term.keys('Enter');

      expect(await term.ended()).toEqual({ code: 0, signal: null });
      const saved = finished().map((f) => readJson(join(responsesDir(), f)));
      expect(saved.map((r) => [r.respondent.department, r.result.total]).sort()).toEqual([
        ['marketing', 20],
        ['sales', 100],
      ]);
      expect(new Set(saved.map((r) => r.respondent.id)).size).toBe(2);
    },
    E2E_TIMEOUT,
  );
  it(
    'keeps every answer when the output folder turns read-only mid-session: exit 4, nothing lost',
    async () => {
      // As root, permissions stop nothing; the bin runs as an unprivileged user then.
      const asRoot = process.getuid?.() === 0;
      chmodSync(dir, 0o755);
      mkdirSync(responsesDir());
      if (asRoot) chownSync(responsesDir(), 65534, 65534);
      const asUser = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

      term.start(['run', '--organization', 'Acme', '--department', 'sales', '--role', 'staff'], {
        cwd: dir,
        asUser,
      });
      await answer(1, [1, 2, 3]);
      await term.waitForText('? 4/20');
      chmodSync(responsesDir(), 0o555);
      term.keys('4');
      const warned = await term.waitForText('? 5/20');
      expect(warned).toContain('Progress could not be saved');
      expect(warned).toContain('permission denied');
      await answer(5, Array(16).fill(5));
      await term.waitForText('Review your answers');
      term.keys('Enter');

      expect(await term.ended()).toEqual({ code: 4, signal: null });
      const history = term.history();
      expect(history).toContain(
        'The response was not saved; it is printed on stdout so that no answer is lost.',
      );
      const lines = history.split('\n');
      const json = lines.slice(lines.indexOf('{'), lines.indexOf('}') + 1).join('\n');
      const printed = JSON.parse(json);
      expect(Object.values(printed.answers)).toEqual([1, 2, 3, 4, ...Array(16).fill(5)]);
      expect(printed.result.total).toBe(90);
      // The progress saved before the folder turned read-only is still there.
      const [partialName] = partials();
      expect(Object.values(readJson(join(responsesDir(), partialName!)).answers)).toEqual([
        1, 2, 3,
      ]);
      expect(finished()).toEqual([]);
    },
    E2E_TIMEOUT,
  );
});

/** A statement's text as the bundled bank words it, spaces collapsed. */
function bankStatement(id: string): string {
  const bank = parse(
    readFileSync(join(root, 'questionnaires', 'sales-marketing-alignment.yaml'), 'utf8'),
  );
  return bank.statements
    .find((s: { id: string }) => s.id === id)
    .text.trim()
    .replace(/\s+/g, ' ');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
