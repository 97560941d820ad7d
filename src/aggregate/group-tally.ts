import type { Bank } from '../questionnaire/types.js';
import type { Frequencies } from './stats/frequencies.js';

/** The sizes every tally of one bank is laid out for. */
export interface TallyShape {
  totalMin: number;
  totalMax: number;
  scaleMin: number;
  /** Points on the rating scale: 5 for 1..5. */
  points: number;
  statements: number;
}

/** The tally layout for a bank. */
export function tallyShape(bank: Bank): TallyShape {
  return {
    totalMin: bank.totalMin,
    totalMax: bank.totalMax,
    scaleMin: bank.scale.min,
    points: bank.scale.max - bank.scale.min + 1,
    statements: bank.statements.length,
  };
}

/**
 * What `aggregate` keeps about one group (a department, or a role within it): how many
 * respondents reached each total, and how many gave each rating to each statement. Everything
 * the report shows (mean, SD, median, extremes, statement means) is read off these counts, so
 * the memory does not grow with the group, and taking a respondent out again (a superseded
 * duplicate) is adding with the opposite sign. Later statistics fit the same pattern: rank
 * tests and rwg(j) read the rating counts, a bootstrap the total counts, and Cronbach's alpha
 * would add sums of cross-products per pair of statements, which subtract just as well.
 */
export class GroupTally {
  n = 0;
  /** totals[t − totalMin]: respondents whose total is t. */
  readonly totals: Int32Array;
  /**
   * ratings[s × points + (r − scaleMin)]: respondents who gave statement s the rating r.
   * Empty for a tally of totals only (a role, whose statements the report does not show).
   */
  readonly ratings: Int32Array;

  constructor(
    private readonly shape: TallyShape,
    options: { ratings: boolean } = { ratings: true },
  ) {
    this.totals = new Int32Array(shape.totalMax - shape.totalMin + 1);
    this.ratings = new Int32Array(options.ratings ? shape.statements * shape.points : 0);
  }

  /** Counts one respondent in (`sign` 1) or out again (`sign` −1). */
  apply(total: number, ratings: ArrayLike<number>, sign: 1 | -1): void {
    const { totalMin, scaleMin, points, statements } = this.shape;
    this.n += sign;
    this.totals[total - totalMin]! += sign;
    if (this.ratings.length === 0) return;
    for (let s = 0; s < statements; s++) this.ratings[s * points + ratings[s]! - scaleMin]! += sign;
  }

  /** The totals of the group as a frequency table. */
  totalFrequencies(): Frequencies {
    return { offset: this.shape.totalMin, counts: this.totals };
  }

  /** The ratings of one statement (by its index in the bank) as a frequency table. */
  statementFrequencies(index: number): Frequencies {
    if (this.ratings.length === 0) throw new RangeError('this tally keeps totals only');
    const { points, scaleMin } = this.shape;
    const start = index * points;
    return { offset: scaleMin, counts: this.ratings.subarray(start, start + points) };
  }
}
