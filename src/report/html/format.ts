import { signedOneDecimal } from '../numbers.js';

// The page rounds as the other human formats do (numbers.ts) and only sets the type better:
// a true minus sign, which is as wide as the plus and is not split from its number. The
// statistics are written as a report in the social sciences writes them: p and indices that
// cannot exceed 1 without the leading zero (".04"), p below .001 as "< .001".

/** A difference with its sign, "+2.5" or "−0.8". */
export function signed(value: number | null): string {
  return signedOneDecimal(value).replace('-', '−');
}

/** A value to `digits` decimals, half away from zero, with a true minus sign. */
export function fixed(value: number, digits: number): string {
  const magnitude = Math.abs(value);
  // Shifting through the decimal text ("3.05e-1" to "3.05e1", exactly 30.5) avoids
  // 0.305 * 100 landing on 30.4999...; text already in exponent form is tiny or huge.
  const text = String(magnitude);
  const shifted = text.includes('e') ? magnitude * 10 ** digits : Number(`${text}e${digits}`);
  const rounded = Math.round(shifted) / 10 ** digits;
  const out = rounded.toFixed(digits);
  return value < 0 && rounded !== 0 ? `−${out}` : out;
}

/** A value in [0, 1] to two decimals without the leading zero: ".82", "1.00". */
export function unitValue(value: number): string {
  return fixed(value, 2).replace(/^(−?)0\./, '$1.');
}

/** A p-value: "= .043", or "< .001" below that, with a no-break space after the sign. */
export function pValue(p: number): string {
  if (p < 0.001) return '<\u00a0.001';
  return `=\u00a0${fixed(p, 3).replace(/^0\./, '.')}`;
}

/** A small probability to two significant digits, for thresholds: ".0025", ".0072". */
export function smallP(p: number): string {
  return String(Number(p.toPrecision(2))).replace(/^0\./, '.');
}

/**
 * A share as a whole percentage, "87%". A share that is not nothing, or not everything, never
 * rounds to 0% or 100%: it is "< 1%" or "> 99%", so the page never claims a certainty the
 * resamples did not give.
 */
export function percent(share: number): string {
  const whole = Math.round(share * 100);
  if (whole === 0 && share > 0) return '< 1%';
  if (whole === 100 && share < 1) return '> 99%';
  return `${whole}%`;
}
