import { isNameTaken, writeFileExclusive } from '../files/write-atomic.js';
import type { ResponseV1 } from '../response/types.js';
import { responseJson } from './build-response.js';
import { pathInside, responseFileName } from './file-names.js';

// Two respondents of one department finishing in the same second need this many tries at
// most; beyond it something else is wrong and the error is worth showing.
const MAX_ATTEMPTS = 50;

/**
 * Writes a finished response into `folder` under a new name: completion time, department and
 * respondent id, with `-2`, `-3`... added when the name is taken. Never replaces a file; the
 * write is atomic (temp file, fsync, link). Returns the path written; throws OutputError.
 */
export async function saveResponse(folder: string, response: ResponseV1): Promise<string> {
  const parts = {
    at: response.completedAt,
    department: response.respondent.department,
    respondentId: response.respondent.id,
  };
  const content = responseJson(response);

  for (let attempt = 1; ; attempt++) {
    const file = pathInside(folder, responseFileName(parts, attempt));
    try {
      await writeFileExclusive(file, content);
      return file;
    } catch (error) {
      if (!isNameTaken(error) || attempt === MAX_ATTEMPTS) throw error;
    }
  }
}
