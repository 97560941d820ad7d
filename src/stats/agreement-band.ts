/** LeBreton & Senter's (2008) reading of an agreement index. */
export type AgreementBand = 'none' | 'weak' | 'moderate' | 'strong' | 'very strong';

// Upper edges in hundredths of the bands as LeBreton & Senter (2008) print them: .00–.30 lack
// of agreement, .31–.50 weak, .51–.70 moderate, .71–.90 strong, .91–1.00 very strong.
const EDGES: readonly [number, AgreementBand][] = [
  [30, 'none'],
  [50, 'weak'],
  [70, 'moderate'],
  [90, 'strong'],
];

/**
 * The band of an rwg(j) value. The published bands are written in hundredths with gaps between
 * them (.30 | .31); a value is placed by its rounding to two decimals, half away from zero as a
 * reader rounds, so the band always agrees with the two-decimal figure a report prints:
 * 0.305 prints .31 and is weak, 0.3049 prints .30 and is none. Source: LeBreton & Senter
 * (2008), "Answers to 20 questions about interrater reliability and interrater agreement",
 * Organizational Research Methods 11:815–852.
 */
export function agreementBand(rwg: number): AgreementBand {
  if (!(rwg >= 0 && rwg <= 1)) throw new RangeError(`rwg ${rwg} lies outside [0, 1]`);
  const hundredths = inHundredths(rwg);
  for (const [edge, band] of EDGES) {
    if (hundredths <= edge) return band;
  }
  return 'very strong';
}

// Shifting through the decimal text ("3.05e-1" becomes "3.05e1", exactly 30.5) avoids
// 0.305 * 100 landing on 30.499999...; values under 1e-6 are written with an exponent already
// and round to 0 either way.
function inHundredths(value: number): number {
  const text = String(value);
  return text.includes('e') ? Math.round(value * 100) : Math.round(Number(`${text}e2`));
}
