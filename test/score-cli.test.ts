import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin, tempDir } from './helpers/bin.js';
import { makeResponse, statementIds, writeJson } from './helpers/responses.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

// Ratings 5,5,5,5 then 3 x 16: 20 + 48 = 68, Aligned.
const ALIGNED = statementIds.map((_, i) => (i < 4 ? 5 : 3));

describe('score on valid files', () => {
  it('prints a plain table and the mean when stdout is not a terminal', () => {
    writeJson(dir, 'a.json', makeResponse({ id: 'r-1', answers: ALIGNED }));
    writeJson(
      dir,
      'b.json',
      makeResponse({ id: 'r-2', department: 'marketing', role: 'head', answers: 2 }),
    );
    const { code, stdout, stderr } = runBin(['score', dir]);

    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^File +Respondent +Organization +Department +Role +Total +Stage$/);
    expect(lines[1]).toMatch(/a\.json +r-1 +Acme +sales +staff +68 +Aligned$/);
    expect(lines[2]).toMatch(/b\.json +r-2 +Acme +marketing +head +40 +Defined$/);
    // (68 + 40) / 2 = 54
    expect(lines[3]).toBe('2 scored, mean total 54.0');
    expect(stdout).not.toMatch(/[│┌─]|\x1b\[/);
  });

  it('writes JSON with results, errors and warnings', () => {
    const file = writeJson(dir, 'a.json', makeResponse({ id: 'r-1', answers: ALIGNED }));
    const { code, stdout } = runBin(['score', file, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.results).toEqual([
      {
        file,
        respondentId: 'r-1',
        organization: 'Acme',
        department: 'sales',
        role: 'staff',
        total: 68,
        stage: 'aligned',
      },
    ]);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.meanTotal).toBe(68);
  });

  it('writes one JSON object per line for ndjson, diagnostics to stderr', () => {
    const a = writeJson(dir, 'a.json', makeResponse({ id: 'r-1', answers: 1 }));
    writeJson(dir, 'b.json', '[]');
    const { code, stdout, stderr } = runBin(['score', dir, '--format', 'ndjson']);
    expect(code).toBe(1);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      {
        file: a,
        respondentId: 'r-1',
        organization: 'Acme',
        department: 'sales',
        role: 'staff',
        total: 20,
        stage: 'undefined',
      },
    ]);
    expect(stderr).toContain(
      `error: ${join(dir, 'b.json')}: (top level) must be a JSON object, not a list`,
    );
  });

  it('writes CSV with the documented header and neutralized text', () => {
    const file = writeJson(
      dir,
      'a.json',
      makeResponse({ id: 'r-1', organization: '=HYPERLINK("x")', answers: 5 }),
    );
    const { code, stdout } = runBin(['score', file, '--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'file,respondentId,organization,department,role,total,stage\r\n' +
        `${file},r-1,"'=HYPERLINK(""x"")",sales,staff,100,integrated\r\n`,
    );
  });

  it('expands a quoted glob itself and reads folders recursively only when asked', () => {
    mkdirSync(join(dir, 'sub'));
    writeJson(dir, 'top.json', makeResponse({ id: 'r-1' }));
    writeJson(join(dir, 'sub'), 'deep.json', makeResponse({ id: 'r-2' }));

    expect(runBin(['score', dir, '--format', 'ndjson']).stdout.trim().split('\n')).toHaveLength(1);
    expect(
      runBin(['score', dir, '--recursive', '--format', 'ndjson']).stdout.trim().split('\n'),
    ).toHaveLength(2);
    const glob = runBin(['score', `${dir}/**/*.json`, '--format', 'ndjson']);
    expect(glob.code).toBe(0);
    expect(glob.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('passes over partial files, context files and hidden files with a note', () => {
    writeJson(dir, 'a.json', makeResponse());
    writeJson(dir, 'b.partial.json', { format: 'salesmarketing-align/partial-response' });
    writeJson(dir, 'ctx.json', { format: 'salesmarketing-align/context' });
    writeJson(dir, '.state.json', { organization: 'Acme' });
    const { code, stderr } = runBin(['score', dir]);
    expect(code).toBe(0);
    expect(stderr).toContain(`note: skipped ${join(dir, 'b.partial.json')}: an unfinished session`);
    expect(stderr).toContain(`note: skipped ${join(dir, 'ctx.json')}: a context file`);
    expect(stderr).toContain(`note: skipped ${join(dir, '.state.json')}: a hidden file`);
  });
});

describe('--fail-under', () => {
  beforeEach(() => {
    writeJson(dir, 'a.json', makeResponse({ id: 'r-1', answers: ALIGNED })); // 68
    writeJson(dir, 'b.json', makeResponse({ id: 'r-2', answers: 2 })); // 40
  });

  it('fails with 3 when the mean (54) is below a stage', () => {
    const { code, stderr } = runBin(['score', dir, '--fail-under', 'aligned']);
    expect(code).toBe(3);
    expect(stderr).toContain('fail-under: the mean total 54 is below stage aligned (60)');
  });

  it('passes when the mean reaches the bar', () => {
    expect(runBin(['score', dir, '--fail-under', '54']).code).toBe(0);
  });

  it('with --each, fails on any file below the bar', () => {
    const { code, stderr } = runBin(['score', dir, '--fail-under', '41', '--each']);
    expect(code).toBe(3);
    expect(stderr).toContain(`fail-under: 1 file(s) scored below 41: ${join(dir, 'b.json')}`);
  });

  it('refuses a bar that is neither a number nor a stage (exit 2)', () => {
    const { code, stderr } = runBin(['score', dir, '--fail-under', 'great']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      '--fail-under: "great" is neither a total nor a stage id (undefined, defined, aligned, integrated)',
    );
  });
});

describe('usage errors exit 2', () => {
  it('for an unknown flag', () => {
    const { code, stderr } = runBin(['score', 'x.json', '--colour']);
    expect(code).toBe(2);
    expect(stderr).toContain("error: unknown option '--colour'");
  });

  it('for a format that does not exist', () => {
    const { code, stderr } = runBin(['score', 'x.json', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain("argument 'xml' is invalid");
  });

  it('for a glob that matches nothing, even when other paths are fine', () => {
    writeJson(dir, 'a.json', makeResponse());
    writeJson(dir, 'bad.json', '{');
    const { code, stdout, stderr } = runBin([
      'score',
      join(dir, 'a.json'),
      join(dir, 'bad.json'),
      `${dir}/nothing-*.json`,
    ]);
    // 2 (no match) wins over 1 (invalid file); the valid file is still scored.
    expect(code).toBe(2);
    expect(stderr).toContain(`${dir}/nothing-*.json: the pattern matched no files`);
    expect(stdout).toContain('1 scored');
  });

  it('for a path that does not exist', () => {
    const { code, stderr } = runBin(['score', join(dir, 'nope.json')]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`${join(dir, 'nope.json')}: no such file or directory`);
  });

  it('but --help exits 0 and shows examples', () => {
    const { code, stdout } = runBin(['score', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('$ salesmarketing-align score responses/*.json');
  });
});

describe('a folder with a symbolic link loop', () => {
  it('is read once, with a note for the link, and the files are scored (exit 0)', () => {
    writeJson(dir, 'a.json', makeResponse());
    symlinkSync(dir, join(dir, 'loop'));
    const { code, stdout, stderr } = runBin(['score', dir, '--recursive']);
    expect(code).toBe(0);
    expect(stdout).toContain('1 scored');
    expect(stderr).toContain(
      `note: skipped ${join(dir, 'loop')}: a symbolic link back to a folder already being read`,
    );
  });

  it('reports a file link that points at itself (exit 1)', () => {
    symlinkSync(join(dir, 'self.json'), join(dir, 'self.json'));
    const { code, stderr } = runBin(['score', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `error: ${join(dir, 'self.json')}: cannot read: too many symbolic links`,
    );
  });
});

describe('warnings keep the exit code', () => {
  it('for one respondent id in two files', () => {
    writeJson(dir, 'a.json', makeResponse({ id: 'r-9' }));
    writeJson(dir, 'b.json', makeResponse({ id: 'r-9' }));
    const { code, stdout } = runBin(['score', dir, '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).warnings).toEqual([
      {
        file: join(dir, 'b.json'),
        code: 'duplicate-respondent',
        message: `respondent r-9 of Acme also answered in ${join(dir, 'a.json')}`,
      },
    ]);
  });

  it('for a stored result that disagrees with the answers', () => {
    writeJson(dir, 'a.json', {
      ...makeResponse({ answers: 3 }),
      result: { total: 99, stage: 'integrated' },
    });
    const { code, stdout } = runBin(['score', dir, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.results[0].total).toBe(60);
    expect(report.warnings[0]).toMatchObject({ code: 'result-mismatch' });
  });
});

describe('a UTF-8 BOM and CRLF endings', () => {
  it('are accepted', () => {
    const text = JSON.stringify(makeResponse({ answers: 4 }), null, 2).replaceAll('\n', '\r\n');
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${text}\r\n`);
    const { code, stdout } = runBin(['score', dir, '--format', 'ndjson']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).total).toBe(80);
  });
});

describe('files that are not plain responses', () => {
  it('refuses a pipe named like a response at once instead of waiting on it (exit 1)', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const { code, stderr } = runBin(['score', dir], { timeout: 10_000 });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `error: ${join(dir, 'pipe.json')}: is not a regular file (a pipe or a device?)\n`,
    );
  });

  it('reports a folder it may not read as bad input (exit 1), not as an empty folder', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    writeJson(locked, 'a.json', makeResponse());
    chmodSync(dir, 0o755);
    chmodSync(locked, 0o000);
    // Root reads any folder, so the command runs as "nobody" when the tests run as root.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const { code, stderr } = runBin(['score', locked], asNobody);
    chmodSync(locked, 0o755);
    expect(code).toBe(1);
    expect(stderr).toBe(`error: ${locked}: cannot read the folder: permission denied\n`);
  });

  it("passes over run's own settings file without a word, and notes a folder a pattern matched", () => {
    writeJson(dir, 'a.json', makeResponse());
    writeJson(dir, '.salesmarketing-align.json', { organization: 'Acme' });
    const folder = runBin(['score', dir]);
    expect(folder.code).toBe(0);
    expect(folder.stderr).toBe('');

    mkdirSync(join(dir, 'old.json'));
    const named = runBin(['score', dir]);
    expect(named.code).toBe(1);
    expect(named.stderr).toBe(`error: ${join(dir, 'old.json')}: is a directory, not a file\n`);
    const pattern = runBin(['score', `${dir}/*.json`]);
    expect(pattern.code).toBe(0);
    expect(pattern.stderr).toBe(
      `note: skipped ${dir}/old.json: a folder (add --recursive, or name its files)\n`,
    );
  });

  it('treats a --questionnaire that does not exist as a usage error (exit 2)', () => {
    writeJson(dir, 'a.json', makeResponse());
    const { code, stderr } = runBin(['score', dir, '-q', join(dir, 'nope.yaml')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`${join(dir, 'nope.yaml')}: no such file (given as --questionnaire)\n`);
  });
});
