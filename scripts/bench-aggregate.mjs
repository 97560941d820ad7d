// The budgets of `aggregate` (issue 4), timed on the real built bin:
// - 10,000 files: wall time at most 1.6 x a bare synchronous read-and-JSON.parse loop over the
//   same files, run as its own node process so that both pay for starting node. This is the
//   budget of aggregate's own work, so it is timed with `--no-stats`: the statistics have a
//   budget of their own, below, relative to it;
// - 100,000 files: peak memory (maxRSS) under 150 MB, which only holds if responses are
//   tallied as they are read rather than kept (timed as it runs by default, with statistics);
// - the statistics of issue 5 (intervals, the bootstrap of stage certainty, rwg(j), alpha and
//   the tests) add at most 20% to aggregate on 10,000 files: `--format json` against the
//   same with `--no-stats`.
// `npm run bench` calls benchAggregate() after the score budgets; `node
// scripts/bench-aggregate.mjs` runs these alone (after `npm run build`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bin, compare, report, writeResponses } from './bench-lib.mjs';

const node = process.execPath;
const TIME_BUDGET = 1.6;
const STATISTICS_BUDGET = 1.2;
const MEMORY_BUDGET_MB = 150;
const MANY = 10_000;
const HUGE = 100_000;

/**
 * Runs both budgets and returns one boolean per budget, true when it held. `work` is a temp
 * folder to write into, `many` a folder of 10,000 responses, `loop` the bare loop script; the
 * last two are made here when not given.
 */
export async function benchAggregate({ work, many, loop, runs = 5 } = {}) {
  const folder = many ?? writeManyFiles(work);
  const baseline = loop ?? writeLoop(work);
  const results = [];

  const [base, plain, table, json] = compare(
    [
      [node, [baseline, folder]],
      [node, [bin, 'aggregate', folder, '--format', 'json', '--no-stats']],
      [node, [bin, 'aggregate', folder, '--no-stats']],
      [node, [bin, 'aggregate', folder, '--format', 'json']],
    ],
    runs,
  );
  results.push(
    report(
      `aggregate ${count(MANY)} files (json) vs a bare read-and-parse loop`,
      plain / base,
      TIME_BUDGET,
      `(${plain.toFixed(0)} ms vs ${base.toFixed(0)} ms, --no-stats)`,
    ),
  );
  results.push(
    report(
      `aggregate ${count(MANY)} files (table) vs a bare read-and-parse loop`,
      table / base,
      TIME_BUDGET,
      `(${table.toFixed(0)} ms vs ${base.toFixed(0)} ms, --no-stats)`,
    ),
  );
  results.push(
    report(
      `aggregate ${count(MANY)} files (json), statistics on vs --no-stats`,
      json / plain,
      STATISTICS_BUDGET,
      `(${json.toFixed(0)} ms vs ${plain.toFixed(0)} ms)`,
    ),
  );

  const huge = join(work, 'huge');
  writeResponses(huge, HUGE, 11);
  const probe = writeMaxRssProbe(work);
  const loopPeak = peak([node, '--import', probe, baseline, huge]);
  // Peak memory depends on when V8 happens to collect; the median of three runs is the figure.
  const command = [node, '--import', probe, bin, 'aggregate', huge, '--format', 'json'];
  const runs3 = [0, 1, 2].map(() => peak(command));
  rmSync(huge, { recursive: true, force: true });
  results.push(reportMemory(`aggregate ${count(HUGE)} files, peak memory`, runs3, loopPeak));
  return results;
}

function writeManyFiles(work) {
  const folder = join(work, 'many');
  writeResponses(folder, MANY, 7);
  return folder;
}

// The same loop as the foundation's bench: read and parse every file, nothing else.
function writeLoop(work) {
  const file = join(work, 'loop.mjs');
  writeFileSync(
    file,
    [
      "import { readdirSync, readFileSync } from 'node:fs';",
      "import { join } from 'node:path';",
      'const dir = process.argv[2]; let n = 0;',
      'for (const f of readdirSync(dir)) {',
      '  const r = JSON.parse(readFileSync(join(dir, f), "utf8")); n += r.answers ? 1 : 0;',
      '}',
      'console.log(n);',
    ].join('\n'),
  );
  return file;
}

// Preloaded into a process, reports its own peak resident set size as it exits.
function writeMaxRssProbe(work) {
  const file = join(work, 'max-rss.mjs');
  writeFileSync(
    file,
    "process.on('exit', () => process.stderr.write(" +
      '`max-rss-kib ${process.resourceUsage().maxRSS}\\n`));\n',
  );
  return pathToFileURL(file).href;
}

/** A command's wall time and peak memory, read from the probe's line on stderr. */
function peak([command, ...args]) {
  const start = process.hrtime.bigint();
  const options = { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' };
  const result = spawnSync(command, args, options);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const match = /max-rss-kib (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !match) {
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  }
  return { mb: (Number(match[1]) * 1024) / 1e6, ms };
}

function reportMemory(name, runs, loop) {
  const sorted = [...runs].sort((a, b) => a.mb - b.mb);
  const run = sorted[1];
  const ok = run.mb < MEMORY_BUDGET_MB;
  const all = sorted.map((r) => r.mb.toFixed(1)).join(', ');
  const verdict = ok ? 'ok  ' : 'FAIL';
  console.log(
    `${verdict} ${name}: ${run.mb.toFixed(1)} MB (budget ${MEMORY_BUDGET_MB} MB; ` +
      `runs ${all} MB) in ${(run.ms / 1000).toFixed(1)} s; the bare loop: ${loop.mb.toFixed(1)} MB ` +
      `in ${(loop.ms / 1000).toFixed(1)} s`,
  );
  return ok;
}

function count(n) {
  return n.toLocaleString('en');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const work = mkdtempSync(join(tmpdir(), 'sma-bench-aggregate-'));
  try {
    const results = await benchAggregate({ work });
    process.exitCode = results.every(Boolean) ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
