// How the human formats write numbers: one decimal, half away from zero, as a reader
// rounding by hand would (1.45 is 1.5, not the 1.4 that toFixed gives for its binary value).
// JSON carries the unrounded values.

const DASH = '—';

/** A value rounded to one decimal, half away from zero. */
export function roundOneDecimal(value: number): number {
  const magnitude = Math.abs(value);
  // Shifting through the decimal text ("1.45e1" is exactly 14.5) avoids 1.45 * 10 landing on
  // 14.499999...; numbers already written with an exponent are tiny or huge and safe to scale.
  const text = String(magnitude);
  const shifted = text.includes('e') ? magnitude * 10 : Number(`${text}e1`);
  const rounded = Math.round(shifted) / 10;
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

/** "62.4", or a dash when there is no value. */
export function oneDecimal(value: number | null): string {
  return value === null ? DASH : roundOneDecimal(value).toFixed(1);
}

/** A difference with its sign: "+2.5", "-0.8", "0.0". */
export function signedOneDecimal(value: number | null): string {
  if (value === null) return DASH;
  const rounded = roundOneDecimal(value);
  return rounded > 0 ? `+${rounded.toFixed(1)}` : rounded.toFixed(1);
}

/** A whole number as it is, or a dash. */
export function whole(value: number | null): string {
  return value === null ? DASH : String(value);
}

/** The day of an ISO timestamp, "2026-11-03". */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** A value rounded to `digits` decimals, half away from zero: decimals(0.835, 2) is "0.84". */
export function decimals(value: number | null, digits: number): string {
  if (value === null) return DASH;
  const magnitude = Math.abs(value);
  const text = String(magnitude);
  const shifted = text.includes('e') ? magnitude * 10 ** digits : Number(`${text}e${digits}`);
  const rounded = Math.round(shifted) / 10 ** digits;
  return (rounded === 0 ? 0 : Math.sign(value) * rounded).toFixed(digits);
}

/**
 * A p-value as papers in the social sciences print it (and the HTML report does): three
 * decimals without the leading zero, ".043", or "< .001".
 */
export function pValue(p: number | null): string {
  if (p === null) return DASH;
  return p < 0.001 ? '< .001' : decimals(p, 3).replace(/^0\./, '.');
}

/** An index that cannot exceed 1 (rwg(j), alpha), two decimals without the leading zero. */
export function unitDecimals(value: number | null): string {
  if (value === null) return DASH;
  return decimals(value, 2).replace(/^(-?)0\./, '$1.');
}

/** A small probability to two significant digits, as 0.0025 or 0.047, without an exponent. */
export function probability(p: number): string {
  if (p === 0) return '0';
  const digits = Math.max(0, 1 - Math.floor(Math.log10(p)));
  return decimals(p, Math.min(digits, 10));
}

/**
 * A share as a whole percent, "88%". A share above 0 that rounds to 0 is "< 1%", and one
 * below 1 that rounds to 100 is "> 99%", so that 100% always means every resample.
 */
export function percentOf(share: number): string {
  const percent = Math.round(share * 100);
  if (share > 0 && percent === 0) return '< 1%';
  if (share < 1 && percent === 100) return '> 99%';
  return `${percent}%`;
}
