/**
 * One draw from Binomial(n, p) in expected time that does not grow with n, using `random` for
 * uniforms in [0, 1). With min(p, 1 − p)·n < 10 it inverts the distribution function (BINV,
 * Kachitvichyanukul & Schmeiser 1988, "Binomial random variate generation", CACM 31:216–222),
 * which walks about n·p + 1 terms; above that it uses transformed rejection with squeeze (BTRS,
 * Hörmann 1993, "The generation of binomial random variates", J. Statistical Computation and
 * Simulation 46:101–110), which accepts about 4 draws in 5 whatever n is. The same split is
 * made by PyTorch's and TensorFlow's binomial samplers.
 */
export function binomialDraw(n: number, p: number, random: () => number): number {
  if (n === 0 || p <= 0) return 0;
  if (p >= 1) return n;
  // Both methods assume p ≤ ½; the count of failures of the mirrored draw is the answer.
  if (p > 0.5) return n - binomialDraw(n, 1 - p, random);
  return n * p < 10 ? byInversion(n, p, random) : byTransformedRejection(n, p, random);
}

function byInversion(n: number, p: number, random: () => number): number {
  const q = 1 - p;
  const first = Math.exp(n * Math.log1p(-p));
  // Past this bound the remaining mass is negligible; rounding could otherwise walk too far.
  const bound = Math.min(n, n * p + 10 * Math.sqrt(n * p * q + 1));

  for (;;) {
    let k = 0;
    let mass = first;
    let u = random();
    while (u > mass) {
      u -= mass;
      k++;
      if (k > bound) break;
      mass *= ((n - k + 1) * p) / (k * q);
    }
    if (k <= bound) return k;
  }
}

function byTransformedRejection(n: number, p: number, random: () => number): number {
  const q = 1 - p;
  const spread = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spread;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const boxAccept = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spread;
  const odds = p / q;
  const mode = Math.floor((n + 1) * p);

  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= boxAccept) return k;

    // log f(k)/f(mode), with the factorials written by Stirling's series plus its tail.
    const logRatio =
      (mode + 0.5) * Math.log((mode + 1) / (odds * (n - mode + 1))) +
      (n + 1) * Math.log((n - mode + 1) / (n - k + 1)) +
      (k + 0.5) * Math.log((odds * (n - k + 1)) / (k + 1)) +
      stirlingTail(mode) +
      stirlingTail(n - mode) -
      stirlingTail(k) -
      stirlingTail(n - k);
    if (Math.log((v * alpha) / (a / (us * us) + b)) <= logRatio) return k;
  }
}

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

// ln k! − [(k + ½)ln(k + 1) − (k + 1) + ½ ln 2π]: exact from ln k! for k < 10, else the first
// three terms of the Stirling series in 1/(k + 1), whose next term is below 1e-10.
const SMALL_TAILS = Array.from({ length: 10 }, (_, k) => {
  let logFactorial = 0;
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
  return logFactorial - ((k + 0.5) * Math.log(k + 1) - (k + 1) + HALF_LOG_TWO_PI);
});

function stirlingTail(k: number): number {
  if (k < 10) return SMALL_TAILS[k]!;
  const square = (k + 1) * (k + 1);
  return (1 / 12 - (1 / 360 - 1 / 1260 / square) / square) / (k + 1);
}
