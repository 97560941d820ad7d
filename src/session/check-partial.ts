import { Format } from '../files/formats.js';
import { validatePartialV1 } from '../generated/validators.js';
import type { Bank } from '../questionnaire/types.js';
import { checkResponse } from '../response/check-response.js';
import { describeValue } from '../validation/field-path.js';
import { checkSchema, type Problem } from '../validation/schema-issues.js';
import type { PartialV1 } from './partial-v1.js';

/**
 * Every reason a parsed JSON value is not a usable unfinished session for this bank. Beyond its
 * own shape, a partial obeys the rules of the response it will become (same questionnaire,
 * known department and role, answers on the scale), except that answers may be missing.
 */
export function checkPartial(data: unknown, bank: Bank): Problem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ path: [], message: `must be a JSON object, not ${describeValue(data)}` }];
  }
  const structural = checkSchema(validatePartialV1, data);
  if (structural.length > 0) return structural;

  const { updatedAt, ...rest } = data as PartialV1;
  const asResponse = { ...rest, format: Format.response, completedAt: updatedAt };
  const given = rest.answers;
  return checkResponse(asResponse, bank).filter(
    (p) => !(p.path[0] === 'answers' && p.path.length === 2 && !Object.hasOwn(given, p.path[1]!)),
  );
}
