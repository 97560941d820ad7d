import { binomialDraw } from './binomial-draw.js';

/**
 * One draw of how many of n picks, made with replacement from a pool, fall on each category,
 * where category i holds weights[i] of the pool: Multinomial(n, weights / Σ weights), drawn as
 * a chain of binomials, the count of category i being Binomial(n left, weights[i] / weight
 * left). Source: Devroye (1986), Non-Uniform Random Variate Generation, §XI.1 (the conditional
 * distribution method). With a binomial draw whose cost does not grow with n, a draw costs
 * O(categories): resampling 10,000 respondents costs what 100 do. Writes into `out`.
 */
export function multinomialDraw(
  n: number,
  weights: ArrayLike<number>,
  random: () => number,
  out: Float64Array,
): void {
  let weightLeft = 0;
  for (let i = 0; i < weights.length; i++) weightLeft += weights[i]!;

  let left = n;
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i]!;
    // The last category with weight takes what is left; so does any once nothing is left.
    const last = left === 0 || weight >= weightLeft;
    const count = last ? left : binomialDraw(left, weight / weightLeft, random);
    out[i] = count;
    left -= count;
    weightLeft -= weight;
  }
}
