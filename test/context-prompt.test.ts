// Import order matters: the testing module must mock the prompts before the command loads them.
import { screen } from '@inquirer/testing/vitest';
import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordContext, type ContextIO } from '../src/commands/context.js';
import { tempDir } from './helpers/bin.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const AT = new Date('2026-12-03T10:15:07.123Z');

function terminalIO(): ContextIO & { intro: () => string } {
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk) => (written += String(chunk)));
  return {
    input: new PassThrough(),
    output,
    stdinIsTerminal: true,
    stdoutIsTerminal: true,
    columns: 80,
    signals: new EventEmitter(),
    intro: () => written,
  };
}

async function answer(text: string): Promise<void> {
  screen.type(text);
  screen.keypress('enter');
  await screen.next();
}

describe('the context prompts', () => {
  it('asks for the organization, each question in order and a note, then saves', async () => {
    const io = terminalIO();
    const outcome = recordContext({ out: dir, now: () => AT }, io);

    await screen.next();
    expect(screen.getScreen()).toContain('Organization');
    await answer('  Acme Tools ');

    expect(screen.getScreen()).toBe(
      '? (1/10) Is it a small company, where the people of Sales and Marketing all know each other? (Y/n)',
    );
    await answer('n');
    expect(screen.getScreen()).toContain(
      '(2/10) Do Sales and Marketing already work well together',
    );
    await answer('y');
    // An answer that is neither yes nor no is asked again, not guessed. The error is drawn at
    // once, within the key press, so there is no later screen to wait for.
    screen.type('perhaps');
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('You must answer with "Yes" or "No"');
    for (let i = 0; i < 'perhaps'.length; i++) screen.keypress('backspace');
    await answer('yes');
    for (const reply of ['n', 'y', 'y', 'n', 'y', 'y', 'N']) await answer(reply);

    expect(screen.getScreen()).toContain(
      'A note to keep with the answers (optional, press Enter to skip)',
    );
    screen.type('Met the CEO');
    screen.keypress('enter');
    const result = await outcome;

    expect(io.intro()).toMatch(
      /^Context: 10 questions, each yes or no\.\nThese questions are about/,
    );
    expect(result.kind).toBe('saved');
    if (result.kind !== 'saved') return;
    expect(result.file).toBe(join(dir, 'context-acme-tools-2026-12-03T101507Z.json'));
    expect(JSON.parse(readFileSync(result.file, 'utf8'))).toEqual({
      format: 'salesmarketing-align/context',
      formatVersion: 1,
      questionnaire: { id: 'sales-marketing-alignment', version: '1.0' },
      organization: 'Acme Tools',
      answeredAt: '2026-12-03T10:15:07.123Z',
      answers: {
        'small-company': false,
        'informal-cooperation': true,
        'long-sales-cycle': true,
        'complex-sale': false,
        'changing-market': true,
        'shared-responsibility': true,
        'disciplined-planning': false,
        'metrics-driven': true,
        'rewards-for-results': true,
        'systems-and-processes': false,
      },
      note: 'Met the CEO',
    });
  });

  it('does not ask again for what the flags gave, and leaves an empty note out', async () => {
    const io = terminalIO();
    const outcome = recordContext({ out: dir, organization: 'Beta', now: () => AT }, io);

    await screen.next();
    expect(screen.getScreen()).toContain('(1/10)');
    for (let i = 0; i < 10; i++) await answer(i % 2 === 0 ? 'y' : 'n');
    screen.keypress('enter');
    const result = await outcome;

    expect(io.intro()).toMatch(/^Context for Beta: 10 questions/);
    expect(result.kind === 'saved' && Object.hasOwn(result.context, 'note')).toBe(false);
  });

  it('refuses an empty organization in the prompt and asks again', async () => {
    const outcome = recordContext({ out: dir, now: () => AT }, terminalIO());
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Please give the name of the organization.');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await outcome).toMatchObject({ kind: 'interrupted', signal: 'SIGINT', exitCode: 130 });
  });

  it('stops on Ctrl-C with exit code 130 and writes nothing', async () => {
    const outcome = recordContext({ out: dir, organization: 'Acme', now: () => AT }, terminalIO());
    await screen.next();
    await answer('y');
    screen.keypress({ name: 'c', ctrl: true });

    expect(await outcome).toEqual({ kind: 'interrupted', signal: 'SIGINT', exitCode: 130 });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops on SIGTERM from outside with exit code 143', async () => {
    const io = terminalIO();
    const outcome = recordContext({ out: dir, organization: 'Acme', now: () => AT }, io);
    await screen.next();
    (io.signals as EventEmitter).emit('SIGTERM');

    expect(await outcome).toEqual({ kind: 'interrupted', signal: 'SIGTERM', exitCode: 143 });
    expect(readdirSync(dir)).toEqual([]);
    expect((io.signals as EventEmitter).listenerCount('SIGINT')).toBe(0);
  });
});
