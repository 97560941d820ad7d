import { unlink } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { Format } from '../files/formats.js';
import { MAX_RESPONSE_BYTES } from '../files/limits.js';
import { readJsonFile } from '../files/read-json.js';
import { reason } from '../files/read-text.js';
import { writeFileReplacing } from '../files/write-atomic.js';
import type { Bank } from '../questionnaire/types.js';
import { summarize } from '../response/read-response.js';
import { responseJson } from './build-response.js';
import { checkPartial } from './check-partial.js';
import { runErrors } from './messages.js';
import type { PartialV1 } from './partial-v1.js';

/** Saves progress over the previous save, atomically: a crash leaves the old or the new. */
export async function savePartial(file: string, partial: PartialV1): Promise<void> {
  await writeFileReplacing(file, responseJson(partial));
}

/**
 * Reads an unfinished session for `run --resume`. Throws InputError naming the file when it
 * is not a partial, belongs to another questionnaire, or holds anything the bank refuses.
 */
export function loadPartial(file: string, bank: Bank): PartialV1 {
  const data = readJsonFile(file, MAX_RESPONSE_BYTES);
  const format = (data as { format?: unknown } | null)?.format;
  if (format === Format.response) throw new InputError(runErrors.finishedResponse(file));
  if (format !== Format.partial) {
    const shown = format === undefined ? 'missing' : JSON.stringify(format);
    throw new InputError(runErrors.notPartial(file, shown));
  }

  // Said on its own, with the way out, rather than as one problem among the others.
  const begun = (data as { questionnaire?: { id?: unknown; version?: unknown } }).questionnaire;
  if (begun && (begun.id !== bank.id || begun.version !== bank.version)) {
    const inUse = `${bank.id} version ${bank.version}`;
    const [id, version] = [String(begun.id), String(begun.version)];
    throw new InputError(runErrors.otherQuestionnaire(file, id, version, inUse));
  }

  const problems = checkPartial(data, bank);
  if (problems.length > 0) throw new InputError(`${file}: ${summarize(problems)}`);
  return data as PartialV1;
}

/** Removes a finished session's progress file; returns why it could not, if it could not. */
export async function removePartial(file: string): Promise<string | undefined> {
  try {
    await unlink(file);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : reason(error);
  }
}
