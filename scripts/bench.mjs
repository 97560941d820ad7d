// npm run bench: the performance budgets, each a ratio against a baseline timed in the same
// run, since absolute times on these machines vary from one minute to the next.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, compare, report, writeResponses } from './bench-lib.mjs';

const node = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'sma-bench-'));
const results = [];

try {
  const [one] = writeResponses(join(work, 'one'), 1);
  const [bare, scoreOne] = compare(
    [
      [node, ['-e', '0']],
      [node, [bin, 'score', one]],
    ],
    40,
  );
  results.push(
    report(
      'score one file vs node -e 0',
      scoreOne / bare,
      1.4,
      `(${scoreOne.toFixed(1)} ms vs ${bare.toFixed(1)} ms)`,
    ),
  );

  const many = join(work, 'many');
  const files = writeResponses(many, 10_000, 7);
  // The baseline: read and parse the same files synchronously, nothing else.
  const loop = join(work, 'loop.mjs');
  writeFileSync(
    loop,
    [
      "import { readdirSync, readFileSync } from 'node:fs';",
      "import { join } from 'node:path';",
      'const dir = process.argv[2]; let n = 0;',
      'for (const f of readdirSync(dir)) { const r = JSON.parse(readFileSync(join(dir, f), "utf8")); n += r.answers ? 1 : 0; }',
      'console.log(n);',
    ].join('\n'),
  );
  const hasJq = spawnSync('jq', ['--version']).status === 0;
  const jqArgs = ['-s', 'map(.answers | add) | add', ...files];
  const commands = [
    [node, [loop, many]],
    [node, [bin, 'score', many]],
    [node, [bin, 'score', many, '--format', 'ndjson']],
  ];
  if (hasJq) commands.push(['jq', jqArgs]);
  const [base, table, ndjson, jq] = compare(commands, 5);
  results.push(
    report(
      'score 10,000 files (table) vs a bare read-and-parse loop',
      table / base,
      1.5,
      `(${table.toFixed(0)} ms vs ${base.toFixed(0)} ms)`,
    ),
  );
  results.push(
    report(
      'score 10,000 files (ndjson) vs a bare read-and-parse loop',
      ndjson / base,
      1.5,
      `(${ndjson.toFixed(0)} ms vs ${base.toFixed(0)} ms)`,
    ),
  );
  if (hasJq) {
    results.push(
      report(
        'score 10,000 files vs jq -s summing the answers',
        table / jq,
        1.0,
        `(${table.toFixed(0)} ms vs ${jq.toFixed(0)} ms)`,
      ),
    );
  } else {
    console.log('skip score vs jq: jq is not installed (apt-get install jq)');
  }

  const more = await import('./bench-aggregate.mjs').catch((error) => {
    if (error.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  });
  if (more) results.push(...(await more.benchAggregate({ work, many, loop })));
} finally {
  rmSync(work, { recursive: true, force: true });
}

process.exitCode = results.every(Boolean) ? 0 : 1;
