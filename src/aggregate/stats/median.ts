import { countOf, type Frequencies } from './frequencies.js';

/**
 * The median of a frequency table: the middle observation in order, or the mean of the two
 * middle ones when n is even; null when the table is empty. Source: NIST/SEMATECH
 * e-Handbook of Statistical Methods, 1.3.5.1 "Measures of Location". Found by walking the
 * cumulative counts, so no list of observations is ever built.
 */
export function medianOf(table: Frequencies): number | null {
  const n = countOf(table);
  if (n === 0) return null;

  // 0-based ranks of the middle observations: one rank when n is odd, two neighbours if even.
  const lowRank = Math.floor((n - 1) / 2);
  const highRank = Math.floor(n / 2);
  const low = valueAtRank(table, lowRank);
  const high = highRank === lowRank ? low : valueAtRank(table, highRank);
  return (low + high) / 2;
}

function valueAtRank(table: Frequencies, rank: number): number {
  let seen = 0;
  for (let i = 0; i < table.counts.length; i++) {
    seen += table.counts[i]!;
    if (seen > rank) return table.offset + i;
  }
  throw new RangeError(`rank ${rank} is beyond the ${seen} observations`);
}
