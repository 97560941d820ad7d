import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const binPath = join(root, 'bin', 'salesmarketing-align.js');

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bin (npm test builds first) with no terminal and no colour forced. */
export function runBin(args: readonly string[], options: SpawnSyncOptions = {}): BinResult {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env };
  const result = spawnSync(process.execPath, [binPath, ...args], {
    encoding: 'utf8',
    cwd: root,
    timeout: 30_000,
    input: '',
    ...options,
    env,
  });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** A fresh temp folder, removed by the returned cleanup function. */
export function tempDir(prefix = 'sma-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
