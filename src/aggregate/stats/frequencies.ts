/**
 * A frequency table of whole numbers: `counts[i]` observations of the value `offset + i`.
 * Totals (20 to 100) and ratings (1 to 5) take few distinct values, so a group of any size
 * is summarized exactly by its table, and a respondent can be taken out again by subtracting.
 */
export interface Frequencies {
  readonly offset: number;
  readonly counts: ArrayLike<number>;
}

/** The number of observations in a frequency table. */
export function countOf(table: Frequencies): number {
  let n = 0;
  for (let i = 0; i < table.counts.length; i++) n += table.counts[i]!;
  return n;
}

/** Frequency tables of one layout (same offset and length) added together. */
export function poolFrequencies(tables: readonly Frequencies[]): Frequencies | null {
  const [first] = tables;
  if (!first) return null;
  const counts = new Float64Array(first.counts.length);
  for (const table of tables) {
    if (table.offset !== first.offset || table.counts.length !== counts.length) {
      throw new RangeError('frequency tables of different layouts cannot be pooled');
    }
    for (let i = 0; i < counts.length; i++) counts[i]! += table.counts[i]!;
  }
  return { offset: first.offset, counts };
}
