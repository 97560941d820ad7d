import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, tempDir } from './helpers/bin.js';
import { makeResponse } from './helpers/responses.js';

// The package as a user gets it: packed, installed into an empty project, its bin run there.
describe('the packed package', () => {
  const { dir, cleanup } = tempDir('sma-pack-');
  let bin: string;
  afterAll(cleanup);

  beforeAll(() => {
    const npm = (args: string[], cwd: string) =>
      execFileSync('npm', args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
      });
    // --ignore-scripts: npm test has just built dist, and rebuilding here would race other tests.
    npm(['pack', '--ignore-scripts', '--pack-destination', dir], root);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true }\n');
    // Everything is bundled into dist, so the package has no dependencies to fetch.
    npm(['install', '--offline', '--no-package-lock', join(dir, tarball)], dir);
    bin = join(dir, 'node_modules', '.bin', 'salesmarketing-align');
  }, 120_000);

  it('scores a response with its installed bin', () => {
    writeFileSync(join(dir, 'r.json'), JSON.stringify(makeResponse({ answers: 4 })));
    const result = spawnSync(bin, ['score', 'r.json', '--format', 'ndjson'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ total: 80, stage: 'integrated' });
  });

  it('ships the bank, the schema and the README, but not the sources or tests', () => {
    const installed = join(dir, 'node_modules', 'salesmarketing-align');
    expect(readdirSync(join(installed, 'questionnaires'))).toContain(
      'sales-marketing-alignment.yaml',
    );
    expect(readdirSync(join(installed, 'schema'))).toContain('response.v1.schema.json');
    expect(readdirSync(installed).sort()).toEqual([
      'LICENSE',
      'README.md',
      'bin',
      'dist',
      'package.json',
      'questionnaires',
      'schema',
    ]);
  });
});
