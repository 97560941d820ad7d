import { signedOneDecimal } from '../numbers.js';

// The page rounds as the other human formats do (numbers.ts) and only sets the type better:
// a true minus sign, which is as wide as the plus and is not split from its number.

/** A difference with its sign, "+2.5" or "−0.8". */
export function signed(value: number | null): string {
  return signedOneDecimal(value).replace('-', '−');
}
