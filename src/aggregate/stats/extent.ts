import type { Frequencies } from './frequencies.js';

/** The smallest and largest observed values of a frequency table; null when it is empty. */
export function extentOf(table: Frequencies): { min: number; max: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < table.counts.length; i++) {
    if (table.counts[i]! > 0) {
      if (first === -1) first = i;
      last = i;
    }
  }
  return first === -1 ? null : { min: table.offset + first, max: table.offset + last };
}
