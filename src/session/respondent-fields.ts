import { randomBytes } from 'node:crypto';

/** The longest values the response schema allows. */
export const MAX_LENGTH = { organization: 200, respondent: 100, name: 200 } as const;

// C0 and C1 controls, DEL, and the bidi overrides that could make a name display as another.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export type TextProblem = 'empty' | 'tooLong' | 'control';

/** Why a typed or flagged value cannot be stored as given, if it cannot. */
export function textProblem(
  value: string,
  max: number,
  required: boolean,
): TextProblem | undefined {
  if (required && value.trim() === '') return 'empty';
  if (value.length > max) return 'tooLong';
  if (CONTROL.test(value)) return 'control';
  return undefined;
}

/**
 * A new respondent id: `r-` and 8 random hex digits. Random rather than counted, so two
 * laptops collecting for one organization do not hand out the same ids.
 */
export function newRespondentId(): string {
  return `r-${randomBytes(4).toString('hex')}`;
}
