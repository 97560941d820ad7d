import type { Frequencies } from './frequencies.js';

/**
 * The arithmetic mean of a frequency table, Σ fᵢxᵢ / Σ fᵢ; null when it is empty. The sums
 * are of whole numbers, so they are exact and the only rounding is the final division.
 */
export function meanOf(table: Frequencies): number | null {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < table.counts.length; i++) {
    const f = table.counts[i]!;
    n += f;
    sum += f * (table.offset + i);
  }
  return n === 0 ? null : sum / n;
}

/** The arithmetic mean of a list of numbers; null for an empty list. */
export function meanOfValues(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
