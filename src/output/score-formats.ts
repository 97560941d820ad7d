import type { GateOutcome, ScoreReport, ScoreRow } from '../commands/score.js';
import { csvRow } from './csv.js';
import { plainTable } from './plain-table.js';

export const SCORE_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];

/** What a command prints: data for stdout, diagnostics for stderr. */
export interface Rendered {
  stdout: string;
  stderr: string[];
}

const COLUMNS = [
  'file',
  'respondentId',
  'organization',
  'department',
  'role',
  'total',
  'stage',
] as const;

export async function renderScore(
  report: ScoreReport,
  format: ScoreFormat,
  terminal: { tty: boolean; color: boolean },
): Promise<Rendered> {
  switch (format) {
    case 'json':
      return { stdout: `${JSON.stringify(toJson(report), null, 2)}\n`, stderr: usageLines(report) };
    case 'ndjson':
      return {
        stdout: report.results.map((r) => `${JSON.stringify(r)}\n`).join(''),
        stderr: diagnostics(report),
      };
    case 'csv':
      return {
        stdout:
          csvRow(COLUMNS) + report.results.map((r) => csvRow(COLUMNS.map((c) => r[c]))).join(''),
        stderr: diagnostics(report),
      };
    case 'table':
      return { stdout: await table(report, terminal), stderr: diagnostics(report) };
  }
}

function toJson(report: ScoreReport) {
  return {
    questionnaire: { id: report.bank.id, version: report.bank.version },
    results: report.results,
    errors: report.errors,
    warnings: report.warnings,
    skipped: report.skipped,
    meanTotal: report.meanTotal,
    gate: report.gate && {
      failUnder: report.gate.threshold.total,
      each: report.gate.each,
      value: report.gate.value,
      passed: report.gate.passed,
      failing: report.gate.failing,
    },
  };
}

async function table(
  report: ScoreReport,
  terminal: { tty: boolean; color: boolean },
): Promise<string> {
  if (report.results.length === 0) return '';
  const stageName = new Map(report.bank.stages.map((s) => [s.id, s.name]));
  const head = ['File', 'Respondent', 'Organization', 'Department', 'Role', 'Total', 'Stage'];
  const rows = report.results.map((r: ScoreRow) => [
    r.file,
    r.respondentId,
    r.organization,
    r.department,
    r.role,
    r.total,
    stageName.get(r.stage) ?? r.stage,
  ]);
  const summary = summaryLine(report);
  if (!terminal.tty) return plainTable(head, rows) + `${summary}\n`;

  const { default: Table } = await import('cli-table3');
  const { painter } = await import('./paint.js');
  const paint = painter(terminal.color);
  const grid = new Table({
    head: head.map((h) => paint.bold(h)),
    colAligns: ['left', 'left', 'left', 'left', 'left', 'right', 'left'],
    style: { head: [], border: terminal.color ? ['grey'] : [] },
  });
  for (const row of rows) grid.push(row.map(String));
  return `${grid.toString()}\n${paint.bold(summary)}\n`;
}

function summaryLine(report: ScoreReport): string {
  const mean = report.meanTotal === null ? '' : `, mean total ${report.meanTotal.toFixed(1)}`;
  return `${report.results.length} scored${mean}`;
}

function usageLines(report: ScoreReport): string[] {
  return report.unmatched.map((u) => `${u.path}: ${u.message}`);
}

/** Errors, warnings, notes and the gate, one line each, for stderr. */
function diagnostics(report: ScoreReport): string[] {
  return [
    ...usageLines(report),
    ...report.errors.map((e) => `error: ${e.message}`),
    ...report.warnings.map((w) => `warning: ${w.file}: ${w.message}`),
    ...report.skipped.map((s) => `note: skipped ${s.file}: ${s.reason}`),
    ...(report.gate ? gateLines(report.gate) : []),
  ];
}

function gateLines(gate: GateOutcome): string[] {
  const bar = gate.threshold.label;
  if (gate.each) {
    return gate.passed
      ? []
      : [
          `fail-under: ${gate.failing.length} file(s) scored below ${bar}: ${gate.failing.join(', ')}`,
        ];
  }
  return gate.passed ? [] : [`fail-under: the mean total ${round(gate.value)} is below ${bar}`];
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
