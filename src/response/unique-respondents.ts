import type { ScoredResponse, Warning } from './types.js';

/**
 * A check to call once per response, in reading order: it warns when a respondent id of an
 * organization was already seen in an earlier file. Keeps only the ids, not the responses.
 */
export function duplicateRespondentCheck(): (scored: ScoredResponse) => Warning | undefined {
  const firstFile = new Map<string, string>();
  return ({ file, response }) => {
    const { id, organization } = response.respondent;
    const key = `${organization}\u0000${id}`;
    const first = firstFile.get(key);
    if (first === undefined) {
      firstFile.set(key, file);
      return undefined;
    }
    return {
      file,
      code: 'duplicate-respondent',
      message: `respondent ${id} of ${organization} also answered in ${first}`,
    };
  };
}

/** Every duplicate-respondent warning for a list of responses. */
export function checkUniqueRespondents(scored: readonly ScoredResponse[]): Warning[] {
  const check = duplicateRespondentCheck();
  return scored.map(check).filter((w): w is Warning => w !== undefined);
}
