// Shared pieces of the benchmarks: synthetic responses and wall-clock timing of real processes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const bin = join(root, 'bin', 'salesmarketing-align.js');

const bank = JSON.parse(
  readFileSync(join(root, 'dist', 'sales-marketing-alignment.bank.json'), 'utf8'),
).questionnaire;

/** Writes `count` valid responses into `dir`, spread over 3 organizations and both departments. */
export function writeResponses(dir, count, seed = 1) {
  mkdirSync(dir, { recursive: true });
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const files = [];
  for (let i = 0; i < count; i++) {
    const department = i % 3 === 0 ? 'marketing' : 'sales';
    const answers = {};
    for (const s of bank.statements) answers[s.id] = 1 + Math.floor(next() * 5);
    const response = {
      format: 'salesmarketing-align/response',
      formatVersion: 1,
      questionnaire: { id: bank.id, version: bank.version },
      respondent: {
        id: `r-${i}`,
        department,
        role: i % 10 === 0 ? 'head' : 'staff',
        organization: `Org ${i % 3}`,
      },
      startedAt: '2026-11-02T09:00:00.000Z',
      completedAt: new Date(Date.UTC(2026, 10, 2, 9, 0, i % 3600)).toISOString(),
      answers,
    };
    const file = join(dir, `response-${String(i).padStart(6, '0')}.json`);
    writeFileSync(file, `${JSON.stringify(response, null, 2)}\n`);
    files.push(file);
  }
  return files;
}

/** Wall time of one run of a command, in milliseconds; throws when it fails. */
export function timeOnce(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
    ...options,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const ok = options.okCodes ?? [0];
  if (!ok.includes(result.status)) {
    throw new Error(
      `${command} ${args.slice(0, 3).join(' ')} exited ${result.status}: ${result.stderr}`,
    );
  }
  return ms;
}

/**
 * Times several commands over `runs` rounds, interleaved so that a slow moment of a noisy
 * machine hits them all alike, and returns each one's median.
 */
export function compare(commands, runs) {
  const times = commands.map(() => []);
  for (let round = 0; round < runs; round++) {
    commands.forEach(([command, args, options], i) =>
      times[i].push(timeOnce(command, args, options)),
    );
  }
  return times.map(median);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Prints one budget line and returns whether it held. */
export function report(name, ratio, budget, detail) {
  const ok = ratio <= budget;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: ${ratio.toFixed(2)} x (budget ${budget} x) ${detail}`,
  );
  return ok;
}
