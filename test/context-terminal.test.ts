import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/bin.js';
import { TmuxBin } from './helpers/tmux.js';

// The built bin in a real terminal: the prompts, the file they leave, and Ctrl-C.
let dir: string;
let out: string;
let cleanup: () => void;
let term: TmuxBin;
beforeEach((context) => {
  ({ dir, cleanup } = tempDir());
  out = join(dir, 'out');
  term = new TmuxBin(dir, `ctx${context.task.id.replace(/[^A-Za-z0-9]/g, '')}`);
});
afterEach(() => {
  term.kill();
  cleanup();
});

describe('context in a terminal', () => {
  it('asks every question and saves the answers', async () => {
    term.start(['context', '--organization', 'Acme Tools', '--out', out], { cwd: dir, width: 100 });
    await term.waitForText('Context for Acme Tools: 10 questions, each yes or no.');

    for (let i = 1; i <= 10; i++) {
      await term.waitForText(`(${i}/10)`);
      term.type(i <= 2 ? 'n' : 'y');
      term.keys('Enter');
    }
    await term.waitForText('A note to keep with the answers');
    term.keys('Enter');

    expect(await term.ended()).toEqual({ code: 0, signal: null });
    const [name] = readdirSync(out);
    const written = JSON.parse(readFileSync(join(out, name!), 'utf8'));
    expect(written.organization).toBe('Acme Tools');
    expect(Object.values(written.answers)).toEqual([false, false, ...Array(8).fill(true)]);
    // The history joins the lines the terminal wrapped.
    expect(term.history()).toContain(`Saved the context for Acme Tools to ${join(out, name!)};`);
  });

  it('ends on Ctrl-C with exit code 130, one line, and nothing written', async () => {
    term.start(['context', '--organization', 'Acme', '--out', out], { cwd: dir });
    await term.waitForText('(1/10)');
    term.type('y');
    term.keys('Enter');
    await term.waitForText('(2/10)');
    term.keys('C-c');

    expect(await term.ended()).toEqual({ code: 130, signal: null });
    const screen = await term.waitForText('context: stopped by Ctrl-C; nothing was saved.');
    expect(screen.match(/stopped by Ctrl-C/g)).toHaveLength(1);
    expect(screen).not.toMatch(/Error|at .*\.js/);
    expect(readdirSync(dir)).not.toContain('out');
  });
});
