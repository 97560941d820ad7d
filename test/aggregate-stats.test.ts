import { describe, expect, it } from 'vitest';
import { extentOf } from '../src/aggregate/stats/extent.js';
import { countOf, poolFrequencies, type Frequencies } from '../src/aggregate/stats/frequencies.js';
import { meanOf, meanOfValues } from '../src/aggregate/stats/mean.js';
import { medianOf } from '../src/aggregate/stats/median.js';
import { sampleSdOf } from '../src/aggregate/stats/sample-sd.js';

/** A frequency table of the given observations, over offset..offset+size-1. */
function table(values: number[], offset = 0, size = 10): Frequencies {
  const counts = new Int32Array(size);
  for (const v of values) counts[v - offset]! += 1;
  return { offset, counts };
}

// The textbook example of a standard deviation: 2, 4, 4, 4, 5, 5, 7, 9 has mean 5 and
// population SD 2 (Σ(x − 5)² = 32); the sample SD is √(32 / 7) = 2.1380899...
const TEXTBOOK = table([2, 4, 4, 4, 5, 5, 7, 9]);

describe('statistics of a frequency table', () => {
  it('gives the textbook mean, sample SD, median and extremes', () => {
    expect(countOf(TEXTBOOK)).toBe(8);
    expect(meanOf(TEXTBOOK)).toBe(5);
    expect(sampleSdOf(TEXTBOOK)).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(sampleSdOf(TEXTBOOK)).toBeCloseTo(2.1380899, 6);
    // Sorted 2 4 4 4 | 5 5 7 9: the two middle values are 4 and 5.
    expect(medianOf(TEXTBOOK)).toBe(4.5);
    expect(extentOf(TEXTBOOK)).toEqual({ min: 2, max: 9 });
  });

  it('reads values through the offset, as totals of 20-100 are kept', () => {
    // Totals 60, 60, 70, 80: mean 67.5; Σ(x − 67.5)² = 56.25 + 56.25 + 6.25 + 156.25 = 275.
    const totals = table([60, 80, 70, 60], 20, 81);
    expect(meanOf(totals)).toBe(67.5);
    expect(sampleSdOf(totals)).toBeCloseTo(Math.sqrt(275 / 3), 12);
    expect(medianOf(totals)).toBe(65);
    expect(extentOf(totals)).toEqual({ min: 60, max: 80 });
  });

  it('takes the middle value of an odd count', () => {
    expect(medianOf(table([43, 62, 34], 20, 81))).toBe(43);
    expect(medianOf(table([7]))).toBe(7);
  });

  it('gives null where a figure does not exist, never zero', () => {
    const empty = table([]);
    expect(meanOf(empty)).toBeNull();
    expect(medianOf(empty)).toBeNull();
    expect(extentOf(empty)).toBeNull();
    expect(sampleSdOf(empty)).toBeNull();
    // One observation has no sample SD (n − 1 = 0).
    expect(sampleSdOf(table([5]))).toBeNull();
  });

  it('gives SD 0 to identical values and stays exact for large counts', () => {
    expect(sampleSdOf(table([3, 3, 3]))).toBe(0);
    // A million respondents at 59 and one at 61: the mean sits just above 59 and the
    // two-pass sum keeps the SD from drowning in cancellation.
    const counts = new Int32Array(81);
    counts[59 - 20] = 1_000_000;
    counts[61 - 20] = 1;
    const big = { offset: 20, counts };
    const n = 1_000_001;
    const mean = (59 * 1_000_000 + 61) / n;
    expect(meanOf(big)).toBe(mean);
    const squares = 1_000_000 * (59 - mean) ** 2 + (61 - mean) ** 2;
    expect(sampleSdOf(big)).toBeCloseTo(Math.sqrt(squares / (n - 1)), 12);
  });

  it('pools tables of one layout and refuses tables of another', () => {
    const pooled = poolFrequencies([table([1, 2]), table([2, 9])])!;
    expect(meanOf(pooled)).toBe(3.5);
    expect(countOf(pooled)).toBe(4);
    expect(poolFrequencies([])).toBeNull();
    expect(() => poolFrequencies([table([1]), table([1], 1)])).toThrow(RangeError);
  });

  it('averages plain lists, as the mean of department means does', () => {
    // (67.5 + 139/3) / 2 = 683/12
    expect(meanOfValues([67.5, 139 / 3])).toBeCloseTo(683 / 12, 12);
    expect(meanOfValues([])).toBeNull();
  });
});
