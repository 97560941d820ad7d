import { InputError } from '../errors.js';
import { Format, NOT_A_RESPONSE } from '../files/formats.js';
import { MAX_RESPONSE_BYTES } from '../files/limits.js';
import { readJsonFile } from '../files/read-json.js';
import type { Bank } from '../questionnaire/types.js';
import { stageFor } from '../scoring/stage.js';
import { totalOf } from '../scoring/total.js';
import { formatFieldPath } from '../validation/field-path.js';
import type { Problem } from '../validation/schema-issues.js';
import { checkResponse } from './check-response.js';
import type { ResponseV1, ScoredResponse, Warning } from './types.js';

export type ReadOutcome =
  | { kind: 'response'; scored: ScoredResponse }
  | { kind: 'skipped'; file: string; reason: string; format: string };

const MAX_PROBLEMS_SHOWN = 4;

/**
 * Reads one file given to `score` or `aggregate`: a valid response comes back scored, another
 * file of ours comes back as skipped, anything else throws an InputError naming the file and
 * the fields that are wrong, on one line.
 */
export function readResponseFile(file: string, bank: Bank): ReadOutcome {
  const data = readJsonFile(file, MAX_RESPONSE_BYTES);
  const format = (data as { format?: unknown } | null)?.format;
  if (typeof format === 'string' && format !== Format.response && NOT_A_RESPONSE[format]) {
    return { kind: 'skipped', file, reason: NOT_A_RESPONSE[format], format };
  }

  const isObject = data !== null && typeof data === 'object' && !Array.isArray(data);
  if (isObject && format !== Format.response) {
    const shown = format === undefined ? 'missing' : JSON.stringify(format);
    const expected = `"${Format.response}"`;
    throw new InputError(`${file}: format is ${shown}, not ${expected}: not a response file`);
  }
  const problems = checkResponse(data, bank);
  if (problems.length > 0) throw new InputError(`${file}: ${summarize(problems)}`);
  return { kind: 'response', scored: scoreResponse(file, data as ResponseV1, bank) };
}

/** A valid response's total and stage, recomputed, with a warning if its stored result differs. */
export function scoreResponse(file: string, response: ResponseV1, bank: Bank): ScoredResponse {
  const total = totalOf(bank, response.answers);
  const stage = stageFor(bank, total).id;
  const stored = response.result;
  const warnings: Warning[] = [];
  if (stored && (stored.total !== total || stored.stage !== stage)) {
    warnings.push({
      file,
      code: 'result-mismatch',
      message:
        `the stored result (${stored.total}, ${stored.stage}) disagrees with the answers ` +
        `(${total}, ${stage}); the answers are used`,
    });
  }
  return { file, response, total, stage, warnings };
}

/** Problems joined on one line, the first few in full. */
export function summarize(problems: readonly Problem[]): string {
  const shown = problems
    .slice(0, MAX_PROBLEMS_SHOWN)
    .map((p) => `${formatFieldPath(p.path)} ${p.message}`);
  const rest = problems.length - shown.length;
  return rest > 0 ? `${shown.join('; ')}; and ${rest} more` : shown.join('; ');
}
