// The pure parts of `run`: file names, answer lists, partial files and the signal guard.
import { EventEmitter } from 'node:events';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../src/errors.js';
import { loadBank } from '../src/questionnaire/load-bank.js';
import { checkPartial } from '../src/session/check-partial.js';
import {
  fileStamp,
  partialFileName,
  pathInside,
  responseFileName,
  safeNamePart,
} from '../src/session/file-names.js';
import { parseAnswersFlag } from '../src/session/parse-answers.js';
import { toPartial } from '../src/session/partial-v1.js';
import { textProblem } from '../src/session/respondent-fields.js';
import {
  SignalGuard,
  exitCodeForSignal,
  isCtrlC,
  isPromptInterrupt,
} from '../src/session/signals.js';
import { statementIds } from './helpers/responses.js';

const bank = await loadBank();

describe('safe file names', () => {
  it.each([
    ['r-7f3a', 'r-7f3a'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Users\\me', 'C-Users-me'],
    ['Ops / Team A', 'Ops-Team-A'],
    ['a\u0000b\u001fc', 'a-b-c'],
    ['Société Générale', 'Societe-Generale'],
    ['..', 'x'],
    ['', 'x'],
    ['CON', '_CON'],
    ['lpt1', '_lpt1'],
    ['trailing.dots...', 'trailing-dots'],
    ['x'.repeat(60), 'x'.repeat(40)],
  ])('%j becomes %j', (text, safe) => {
    expect(safeNamePart(text)).toBe(safe);
  });

  it('names files by time, department and respondent, without colons', () => {
    const parts = { at: '2026-12-03T10:15:07.123Z', department: 'sales', respondentId: 'r-1' };
    expect(fileStamp(parts.at)).toBe('2026-12-03T101507Z');
    expect(responseFileName(parts)).toBe('2026-12-03T101507Z-sales-r-1.json');
    expect(responseFileName(parts, 3)).toBe('2026-12-03T101507Z-sales-r-1-3.json');
    expect(partialFileName(parts)).toBe('2026-12-03T101507Z-sales-r-1.partial.json');
  });

  it('keeps every generated path directly inside the output folder', () => {
    expect(resolve(pathInside('responses', 'a.json'))).toBe(resolve('responses', 'a.json'));
    expect(() => pathInside('responses', '../a.json')).toThrow(/would leave responses/);
    expect(() => pathInside('responses', join('sub', 'a.json'))).toThrow(/would leave/);
  });
});

describe('parseAnswersFlag', () => {
  it('reads one rating per statement, by id, in order', () => {
    const answers = parseAnswersFlag(' 1, 2 ,3,4,5 1 2 3 4 5,1,2,3,4,5,1,2,3,4,5 ', bank);
    expect(Object.keys(answers)).toEqual(statementIds);
    expect(Object.values(answers)).toEqual([
      1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5,
    ]);
  });

  it('throws a usage error that names the position and the statement', () => {
    const list = Array(20).fill('3');
    list[9] = '+7';
    expect(() => parseAnswersFlag(list.join(','), bank)).toThrow(
      new UsageError('run: --answers: answer 10 (little-firefighting) is 7, outside the scale 1-5'),
    );
  });
});

describe('text given for the respondent', () => {
  it.each([
    ['Acme', 200, true, undefined],
    ['', 200, true, 'empty'],
    ['', 200, false, undefined],
    ['x'.repeat(201), 200, true, 'tooLong'],
    ['tab\there', 200, true, 'control'],
    ['rtl \u202e override', 200, true, 'control'],
  ] as const)('%j (max %i, required %s) is %s', (value, max, required, problem) => {
    expect(textProblem(value, max, required)).toBe(problem);
  });
});

describe('partial files', () => {
  const respondent = { id: 'r-1', department: 'sales', role: 'staff', organization: 'Acme' };

  it('store the answers so far in statement order and pass their own check', () => {
    const partial = toPartial(
      bank,
      {
        respondent,
        startedAt: '2026-12-03T09:00:00.000Z',
        answers: { 'no-blame': 2, 'forecast-accuracy': 5 },
      },
      '2026-12-03T09:01:00.000Z',
    );
    expect(Object.keys(partial.answers)).toEqual(['forecast-accuracy', 'no-blame']);
    expect(checkPartial(JSON.parse(JSON.stringify(partial)), bank)).toEqual([]);
  });

  it('are checked against the bank like the response they will become', () => {
    const partial = toPartial(
      bank,
      { respondent, startedAt: '2026-12-03T09:00:00.000Z', answers: {} },
      'x',
    );
    const data = JSON.parse(
      JSON.stringify({ ...partial, respondent: { ...respondent, role: 'boss' } }),
    );
    data.answers = JSON.parse('{"__proto__": 3, "no-blame": 0}');
    expect(checkPartial(data, bank).map((p) => `${p.path.join('.')} ${p.message}`)).toEqual([
      'updatedAt is not in the expected form (the string "x")',
    ]);
    data.updatedAt = '2026-12-03T09:01:00Z';
    expect(checkPartial(data, bank).map((p) => `${p.path.join('.')} ${p.message}`)).toEqual([
      'respondent.role "boss" is not a role of sales-marketing-alignment (head, staff)',
      'answers.__proto__ is a reserved name and is not accepted',
      'answers.no-blame is 0, outside the scale 1-5',
    ]);
  });
});

describe('the signal guard', () => {
  it('maps signals to 128 plus their number', () => {
    expect([
      exitCodeForSignal('SIGHUP'),
      exitCodeForSignal('SIGINT'),
      exitCodeForSignal('SIGTERM'),
    ]).toEqual([129, 130, 143]);
  });

  it('aborts on the first signal, ignores the next, and stops listening when disposed', async () => {
    const source = new EventEmitter();
    const guard = new SignalGuard(source);
    expect(source.listenerCount('SIGTERM')).toBe(1);

    const waiting = guard.settle(5_000);
    source.emit('SIGTERM');
    source.emit('SIGINT');
    expect(guard.signal.aborted).toBe(true);
    expect(guard.signal.reason).toBe('SIGTERM');
    await expect(waiting).resolves.toBe('SIGTERM');
    expect(guard.received).toBe('SIGTERM');

    guard.dispose();
    for (const name of ['SIGINT', 'SIGHUP', 'SIGTERM', 'uncaughtException'])
      expect(source.listenerCount(name)).toBe(0);
  });

  it('takes an EIO error from the terminal for a hangup, and keeps taking them after it', () => {
    const source = new EventEmitter();
    const stdin = new EventEmitter();
    const guard = new SignalGuard(source);
    guard.watch(stdin);

    stdin.emit('error', Object.assign(new Error('setRawMode EIO'), { code: 'EIO' }));
    expect(guard.received).toBe('SIGHUP');
    guard.dispose();
    expect(source.listenerCount('uncaughtException')).toBe(1);
    expect(stdin.listenerCount('error')).toBe(1);
    expect(() =>
      source.emit('uncaughtException', Object.assign(new Error('write EIO'), { code: 'EIO' })),
    ).not.toThrow();
  });

  it('settles with nothing when no signal comes', async () => {
    const guard = new SignalGuard(new EventEmitter());
    await expect(guard.settle(10)).resolves.toBeUndefined();
    guard.dispose();
  });

  it('knows inquirer interrupts by name and Ctrl-C by its message', () => {
    const exit = Object.assign(new Error('User force closed the prompt with SIGINT'), {
      name: 'ExitPromptError',
    });
    const abort = Object.assign(new Error('Prompt was aborted'), { name: 'AbortPromptError' });
    expect([
      isPromptInterrupt(exit),
      isPromptInterrupt(abort),
      isPromptInterrupt(new InputError('x')),
    ]).toEqual([true, true, false]);
    expect([isCtrlC(exit), isCtrlC(abort)]).toEqual([true, false]);
  });
});
