/**
 * Sums from which the sample covariances of k items can be read at any time, kept while files
 * are read: n, the k sums and the k×k sums of cross-products (400 numbers for 20 statements),
 * so memory does not grow with the number of respondents. Every row is shifted by the first
 * row seen before it is summed; the covariance is unchanged by a shift, and centring near the
 * data keeps (Σxy − Σx·Σy/n) from cancelling (Chan, Golub & LeVeque 1983, "Algorithms for
 * computing the sample variance", The American Statistician 37:242–247). With whole-number
 * ratings every sum is an exact integer, so a row taken out again (a superseded duplicate)
 * leaves exactly the sums it would have had without it.
 */
export class CovarianceAccumulator {
  private rows = 0;
  private shift: Float64Array | null = null;
  private readonly sums: Float64Array;
  /** products[i·k + j] for j ≥ i: Σ (xᵢ − shiftᵢ)(xⱼ − shiftⱼ). */
  private readonly products: Float64Array;

  constructor(readonly k: number) {
    if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`k must be a positive integer`);
    this.sums = new Float64Array(k);
    this.products = new Float64Array(k * k);
  }

  /** The number of rows counted in. */
  get n(): number {
    return this.rows;
  }

  /** Counts one row of k answers in. */
  add(row: ArrayLike<number>): void {
    this.apply(row, 1);
  }

  /** Takes a row counted earlier out again. */
  remove(row: ArrayLike<number>): void {
    if (this.rows === 0) throw new RangeError('no row to remove');
    this.apply(row, -1);
  }

  /** The sample covariance of items i and j, Σ(xᵢ − x̄ᵢ)(xⱼ − x̄ⱼ) / (n − 1); null for n < 2. */
  covariance(i: number, j: number): number | null {
    if (this.n < 2) return null;
    const [low, high] = i <= j ? [i, j] : [j, i];
    const product = this.products[low * this.k + high]!;
    return (product - (this.sums[low]! * this.sums[high]!) / this.n) / (this.n - 1);
  }

  /** The k sample variances (n − 1); null for n < 2. */
  itemVariances(): number[] | null {
    if (this.n < 2) return null;
    return Array.from({ length: this.k }, (_, i) => this.covariance(i, i)!);
  }

  /** The sample variance of the row totals, Σᵢ Σⱼ cov(i, j); null for n < 2. */
  totalVariance(): number | null {
    if (this.n < 2) return null;
    let sumOfSums = 0;
    let products = 0;
    for (let i = 0; i < this.k; i++) {
      sumOfSums += this.sums[i]!;
      products += this.products[i * this.k + i]!;
      for (let j = i + 1; j < this.k; j++) products += 2 * this.products[i * this.k + j]!;
    }
    return (products - (sumOfSums * sumOfSums) / this.n) / (this.n - 1);
  }

  private apply(row: ArrayLike<number>, sign: 1 | -1): void {
    const { k } = this;
    if (row.length !== k) throw new RangeError(`a row of ${row.length} answers, not ${k}`);
    this.shift ??= Float64Array.from(row);
    const shift = this.shift;

    this.rows += sign;
    for (let i = 0; i < k; i++) {
      const di = row[i]! - shift[i]!;
      if (di === 0) continue;
      this.sums[i]! += sign * di;
      for (let j = i; j < k; j++) this.products[i * k + j]! += sign * di * (row[j]! - shift[j]!);
    }
  }
}
