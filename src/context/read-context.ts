import { InputError } from '../errors.js';
import { Format } from '../files/formats.js';
import { MAX_RESPONSE_BYTES } from '../files/limits.js';
import { readJsonFile } from '../files/read-json.js';
import type { Bank } from '../questionnaire/types.js';
import { summarize } from '../response/read-response.js';
import { checkContextFile } from './check-context-file.js';
import type { ContextFileV1 } from './types.js';

/**
 * Reads a file that may be a context file. Another kind of file (by its `format` tag) gives
 * undefined; a context file comes back checked against the bank, or throws an InputError
 * naming the file and what is wrong, on one line.
 */
export function readContextFile(file: string, bank: Bank): ContextFileV1 | undefined {
  const data = readJsonFile(file, MAX_RESPONSE_BYTES);
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== Format.context) return undefined;

  const problems = checkContextFile(data, bank);
  if (problems.length > 0) throw new InputError(`${file}: ${summarize(problems)}`);
  return data as ContextFileV1;
}
