import type { ScoredResponse, Warning } from './types.js';

/** Warns when one respondent id of an organization appears in more than one file. */
export function checkUniqueRespondents(scored: readonly ScoredResponse[]): Warning[] {
  const firstFile = new Map<string, string>();
  const warnings: Warning[] = [];
  for (const { file, response } of scored) {
    const key = `${response.respondent.organization}\u0000${response.respondent.id}`;
    const first = firstFile.get(key);
    if (first === undefined) firstFile.set(key, file);
    else warnings.push({
      file,
      code: 'duplicate-respondent',
      message: `respondent ${response.respondent.id} of ${response.respondent.organization} also answered in ${first}`,
    });
  }
  return warnings;
}
