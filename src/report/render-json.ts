import type { AggregateReport } from './types.js';

/**
 * The report as JSON: the report object itself, whose names are the contract. Numbers are
 * not rounded, and what does not exist is null, never absent.
 */
export function renderJson(report: AggregateReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
