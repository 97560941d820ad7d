// The whole interactive session in-process: every prompt (inquirer's and ours) drawn on
// @inquirer/testing's shared screen, signals from a stand-in emitter, a fixed clock, and real
// files in a temp folder.
import { EventEmitter } from 'node:events';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runSession, type RunOptions } from '../src/commands/run.js';
import { InputError, UsageError } from '../src/errors.js';
import type { SessionIO } from '../src/session/terminal.js';
import { tempDir } from './helpers/bin.js';
import { makeResponse, statementIds, writeJson } from './helpers/responses.js';

// Our own prompts join inquirer's on the shared test screen, as @inquirer/testing advises.
vi.mock('../src/session/statement-prompt.js', async (importOriginal) => {
  const { wrapPrompt } = await import('@inquirer/testing/vitest');
  const actual = await importOriginal<typeof import('../src/session/statement-prompt.js')>();
  return { ...actual, statementPrompt: wrapPrompt(actual.statementPrompt) };
});
vi.mock('../src/session/review-prompt.js', async (importOriginal) => {
  const { wrapPrompt } = await import('@inquirer/testing/vitest');
  const actual = await importOriginal<typeof import('../src/session/review-prompt.js')>();
  return { ...actual, reviewPrompt: wrapPrompt(actual.reviewPrompt) };
});

let dir: string;
let cleanup: () => void;
let shown: string;
let signals: EventEmitter;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('sma-sitting-'));
  shown = '';
  signals = new EventEmitter();
});

afterEach(() => {
  cleanup();
});

const out = () => join(dir, 'responses');
const files = (suffix: string) =>
  existsSync(out())
    ? readdirSync(out()).filter((f) => f.endsWith(suffix) && !f.startsWith('.'))
    : [];
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

function io(interactive = true): SessionIO {
  const output = new PassThrough();
  output.on('data', (chunk) => (shown += String(chunk)));
  return {
    input: new PassThrough(),
    output,
    interactive,
    color: false,
    columns: () => 80,
    rows: () => 30,
  };
}

/** A clock that starts at 09:00:00 and moves a second each time it is read. */
function clock(): () => Date {
  let t = Date.parse('2026-12-03T09:00:00.000Z');
  return () => new Date((t += 1000));
}

/** Starts a session and waits for its first prompt; `ended` is the session's report. */
async function start(options: Partial<RunOptions> = {}) {
  const ended = runSession({ out: out(), now: clock(), signals, ...options }, io());
  await screen.next();
  return { ended };
}

/** Presses a key that ends the prompt on screen, and waits for the next one to show. */
async function press(key: string | { name: string; ctrl?: boolean }): Promise<void> {
  screen.keypress(key);
  await screen.next();
}

/** Answers the statement on screen, checking it is the one expected. */
async function answer(position: number, rating: number): Promise<void> {
  expect(screen.getScreen()).toMatch(new RegExp(`^\\? ${position}/20`));
  await press(String(rating));
}

describe('an interactive sitting', () => {
  it('asks who answers, takes every statement with a way back, reviews and saves', async () => {
    const { ended: session } = await start();

    expect(screen.getScreen()).toContain('? Organization');
    screen.type('Acme Tools');
    await press('enter');
    expect(screen.getScreen()).toContain('? Your department');
    screen.keypress('down');
    await press('enter');
    expect(screen.getScreen()).toContain('? Your role');
    screen.keypress('down');
    await press('enter');
    // Staff are never asked for a name: the statements start.
    const ratings = [5, 4, 3, 2, 1, 1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 1, 2, 3, 4, 5];
    for (let i = 0; i < 3; i++) await answer(i + 1, ratings[i]!);
    await press('left');
    expect(screen.getScreen()).toContain('❯ 3  Neither agree nor disagree (your answer)');
    await press('enter');
    for (let i = 3; i < 20; i++) await answer(i + 1, ratings[i]!);

    expect(screen.getScreen()).toContain('? Review your answers');
    // Moving redraws the prompt at once; only keys that end a prompt need a wait.
    screen.keypress('up');
    await press('enter');
    expect(screen.getScreen()).toContain('? 20/20');
    await press('1');
    expect(screen.getScreen()).toMatch(/^❯ 20 {2}.* 1 Strongly disagree$/m);
    screen.keypress('down');
    screen.keypress('enter');
    const report = await session;

    const expected = [...ratings.slice(0, 19), 1];
    const total = expected.reduce((a, b) => a + b, 0);
    expect(report.exitCode).toBe(0);
    expect(report.saved).toHaveLength(1);
    const [saved] = report.saved;
    const { completedAt, respondent } = saved!.response;
    const stamp = completedAt.replace('.000Z', 'Z').replaceAll(':', '');
    expect(saved!.file).toBe(join(out(), `${stamp}-marketing-${respondent.id}.json`));
    expect(readJson(saved!.file)).toEqual(saved!.response);
    expect(saved!.response.respondent).toEqual({
      id: expect.stringMatching(/^r-[0-9a-f]{8}$/),
      department: 'marketing',
      role: 'staff',
      organization: 'Acme Tools',
    });
    // The clock's first reading: the moment the start questions were answered.
    expect(saved!.response.startedAt).toBe('2026-12-03T09:00:01.000Z');
    expect(saved!.response.answers).toEqual(
      Object.fromEntries(statementIds.map((id, i) => [id, expected[i]])),
    );
    expect(saved!.total).toBe(total);
    expect(files('.partial.json')).toEqual([]);

    expect(shown).toContain('How well do Sales and Marketing work together?');
    expect(shown).toContain('  5  Strongly agree');
    expect(shown).toContain(`Total: ${total} of 100`);
    expect(shown).toContain(`Saved to ${saved!.file}`);
  });

  it('asks a head for an optional name, offers the last organization, and skips flagged questions', async () => {
    mkdirSync(out());
    writeFileSync(
      join(out(), '.salesmarketing-align.json'),
      '{ "organization": "Borealis Foods" }\n',
    );
    const { ended: session } = await start({ department: 'sales' });

    expect(screen.getScreen()).toContain('? Organization (Borealis Foods)');
    await press('enter');
    expect(screen.getScreen()).toContain('? Your role');
    await press('enter');
    expect(screen.getScreen()).toContain('? Your name (optional, press Enter to skip)');
    screen.type('  Dana Scully ');
    await press('enter');
    for (let i = 0; i < 20; i++) await answer(i + 1, 4);
    screen.keypress('enter');

    const { saved } = await session;
    expect(saved[0]!.response.respondent).toMatchObject({
      department: 'sales',
      role: 'head',
      organization: 'Borealis Foods',
      name: 'Dana Scully',
    });
  });

  it('does not take an empty organization', async () => {
    const { ended: session } = await start({ department: 'sales', role: 'staff' });
    await press('enter');
    expect(screen.getScreen()).toContain('> Please give the name of the organization.');
    screen.type('Acme');
    await press('enter');
    signals.emit('SIGTERM');
    expect((await session).exitCode).toBe(143);
  });

  it('keeps the answers in the partial file on Ctrl-C and says how to carry on', async () => {
    const { ended: session } = await start({
      organization: 'Acme',
      department: 'sales',
      role: 'staff',
    });
    for (let i = 0; i < 7; i++) await answer(i + 1, (i % 5) + 1);
    screen.keypress({ name: 'c', ctrl: true });
    const report = await session;

    expect(report.exitCode).toBe(130);
    const [partial] = files('.partial.json');
    const file = join(out(), partial!);
    expect(report.interrupted).toEqual({
      signal: 'SIGINT',
      savedCount: 0,
      inProgress: {
        answered: 7,
        count: 20,
        partialFile: file,
        resumeCommand: `npx salesmarketing-align run --resume ${file}`,
      },
    });
    const saved = readJson(file);
    expect(Object.keys(saved)).toEqual([
      'format',
      'formatVersion',
      'questionnaire',
      'respondent',
      'startedAt',
      'updatedAt',
      'answers',
    ]);
    expect(saved.answers).toEqual(
      Object.fromEntries(statementIds.slice(0, 7).map((id, i) => [id, (i % 5) + 1])),
    );
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ])('stops at once on %s, exit code %i', async (signal, code) => {
    const { ended: session } = await start({
      organization: 'Acme',
      department: 'sales',
      role: 'staff',
    });
    await answer(1, 2);
    await answer(2, 3);
    signals.emit(signal);
    signals.emit(signal);
    const report = await session;
    expect(report.exitCode).toBe(code);
    expect(report.interrupted).toMatchObject({ signal, inProgress: { answered: 2 } });
    expect(signals.listenerCount(signal)).toBe(0);
  });

  it('stops before the first statement without a file to resume', async () => {
    const { ended: session } = await start({ department: 'sales' });
    signals.emit('SIGTERM');
    const report = await session;
    expect(report.interrupted).toEqual({ signal: 'SIGTERM', savedCount: 0 });
    expect(files('.json')).toEqual([]);
  });

  it('resumes at the first unanswered statement, keeping the respondent and startedAt', async () => {
    const given = Object.fromEntries(statementIds.slice(0, 7).map((id) => [id, 2]));
    mkdirSync(out());
    const partialFile = writeJson(out(), 'x.partial.json', {
      format: 'salesmarketing-align/partial-response',
      formatVersion: 1,
      questionnaire: { id: 'sales-marketing-alignment', version: '1.0' },
      respondent: {
        id: 'r-kept',
        department: 'marketing',
        role: 'head',
        organization: 'Acme',
        name: 'Jo',
      },
      startedAt: '2026-11-30T16:00:00.000Z',
      updatedAt: '2026-11-30T16:04:00.000Z',
      answers: given,
    });
    const session = runSession({ resume: partialFile, now: clock(), signals }, io());
    await screen.next();

    expect(screen.getScreen()).toContain('? 8/20');
    expect(screen.getScreen()).toContain('Welcome back: 7 of 20 statements are answered.');
    await press('left');
    expect(screen.getScreen()).toContain('❯ 2  Disagree (your answer)');
    await press('enter');
    for (let i = 7; i < 20; i++) await answer(i + 1, 5);
    screen.keypress('enter');
    const report = await session;

    const response = report.saved[0]!.response;
    expect(report.saved[0]!.file.startsWith(out())).toBe(true);
    expect(response.respondent).toEqual({
      id: 'r-kept',
      department: 'marketing',
      role: 'head',
      organization: 'Acme',
      name: 'Jo',
    });
    expect(response.startedAt).toBe('2026-11-30T16:00:00.000Z');
    expect(Object.values(response.answers)).toEqual([...Array(7).fill(2), ...Array(13).fill(5)]);
    expect(existsSync(partialFile)).toBe(false);
  });

  it('goes on when progress cannot be saved, says so, and keeps the answers for the end', async () => {
    const { ended: session } = await start({
      organization: 'Acme',
      department: 'sales',
      role: 'staff',
    });
    await answer(1, 1);
    await answer(2, 2);
    // A folder where the progress file was: every later save of progress fails.
    const partialFile = join(out(), files('.partial.json')[0]!);
    rmSync(partialFile);
    mkdirSync(partialFile);
    await answer(3, 3);
    expect(screen.getScreen()).toContain('Progress could not be saved');
    screen.keypress({ name: 'c', ctrl: true });
    const report = await session;

    expect(report.exitCode).toBe(130);
    const kept = report.interrupted!.inProgress!;
    expect(kept.partialFile).toBeUndefined();
    expect(Object.values(JSON.parse(kept.unsavedDocument!).answers)).toEqual([1, 2, 3]);
  });

  it('hands back the finished response when it cannot be written (exit 4)', async () => {
    const { ended: session } = await start({
      organization: 'Acme',
      department: 'sales',
      role: 'staff',
    });
    for (let i = 0; i < 19; i++) await answer(i + 1, 3);
    // The output folder goes away and a file takes its place.
    renameSync(out(), `${out()}-moved`);
    writeFileSync(out(), 'not a folder');
    await answer(20, 4);
    screen.keypress('enter');
    const report = await session;

    expect(report.exitCode).toBe(4);
    expect(report.saved).toEqual([]);
    expect(report.unsaved!.problem).toContain('cannot write');
    expect(report.unsaved!.partialFile).toBeUndefined();
    const document = JSON.parse(report.unsaved!.document);
    expect(Object.values(document.answers)).toEqual([...Array(19).fill(3), 4]);
    expect(document.result).toEqual({ total: 61, stage: 'aligned' });
    // What was saved before the folder went is still there.
    const moved = readdirSync(`${out()}-moved`).filter((f) => f.endsWith('.partial.json'));
    expect(Object.keys(readJson(join(`${out()}-moved`, moved[0]!)).answers)).toHaveLength(19);
  });

  it('with --repeat, clears the screen and scrollback before the next respondent', async () => {
    const { ended: session } = await start({ repeat: true, organization: 'Acme', role: 'staff' });
    await press('enter');
    for (let i = 0; i < 20; i++) await answer(i + 1, 5);
    await press('enter');
    expect(screen.getScreen()).toContain('Start the next respondent?');
    const before = shown.length;
    await press('enter');
    expect(shown.slice(before).startsWith('\x1b[2J\x1b[3J\x1b[H')).toBe(true);
    expect(screen.getScreen()).toContain('? Your department');
    signals.emit('SIGINT');
    const report = await session;
    expect(report.saved).toHaveLength(1);
    expect(report.interrupted).toEqual({ signal: 'SIGINT', savedCount: 1 });
  });
});

describe('runSession refuses before asking anything', () => {
  it('when there is no terminal and no answers, naming the stream that is not one', async () => {
    await expect(runSession({ out: out() }, io(false))).rejects.toThrow(UsageError);
    const redirected = { ...io(false), notATerminal: 'stdout' as const };
    await expect(runSession({ out: out() }, redirected)).rejects.toThrow(
      'run: stdout is not a terminal',
    );
    expect(existsSync(out())).toBe(false);
  });

  it('a finished response given to --resume', async () => {
    const file = writeJson(dir, 'done.json', makeResponse());
    await expect(runSession({ resume: file }, io())).rejects.toThrow(
      new InputError(
        `${file}: is a finished response, not an unfinished session; there is nothing to resume`,
      ),
    );
  });

  it('a session begun with another questionnaire', async () => {
    const file = writeJson(dir, 'other.partial.json', {
      format: 'salesmarketing-align/partial-response',
      formatVersion: 1,
      questionnaire: { id: 'sales-marketing-alignment', version: '0.9' },
      respondent: { id: 'r-1', department: 'sales', role: 'staff', organization: 'Acme' },
      startedAt: '2026-11-30T16:00:00.000Z',
      updatedAt: '2026-11-30T16:04:00.000Z',
      answers: {},
    });
    await expect(runSession({ resume: file }, io())).rejects.toThrow(
      'this session was started with sales-marketing-alignment version 0.9, but the questionnaire in use is ' +
        'sales-marketing-alignment version 1.0; resume it with the same --questionnaire',
    );
  });

  it.each([
    [
      { repeat: true, respondent: 'r-1' },
      'run: --respondent names one person and cannot be combined with --repeat',
    ],
    [
      { repeat: true, name: 'Jo' },
      'run: --name names one person and cannot be combined with --repeat',
    ],
    [
      { resume: 'x.partial.json', anonymous: true },
      'run: --anonymous cannot be given with --resume',
    ],
  ])('the flags %j', async (flags, message) => {
    await expect(runSession({ out: out(), ...flags }, io())).rejects.toThrow(message);
  });
});
