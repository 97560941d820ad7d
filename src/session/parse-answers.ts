import { InputError, UsageError, type UserError } from '../errors.js';
import { MAX_RESPONSE_BYTES } from '../files/limits.js';
import { parseJsonText } from '../files/read-json.js';
import { readTextFile } from '../files/read-text.js';
import type { Bank } from '../questionnaire/types.js';
import { answerErrors } from './messages.js';

type Fail = (message: string) => UserError;

/**
 * Reads `--answers 4,5,3,...`: one whole number per statement, in statement order, separated by
 * commas or spaces. A wrong count, a value that is not a whole number or one off the scale is
 * a usage error that names its position and statement.
 */
export function parseAnswersFlag(text: string, bank: Bank): Record<string, number> {
  const fail: Fail = (m) => new UsageError(`run: ${m}`);
  const values = splitList(text);
  checkNoEmptyEntry(values, '--answers', fail);
  return fromList(values, bank, '--answers', fail);
}

/**
 * Reads `--answers-file <file>`: the same list as --answers (commas, spaces or one per line),
 * or JSON, either a list in statement order or an object from statement id to rating.
 * Problems are input errors naming the file.
 */
export function readAnswersFile(file: string, bank: Bank): Record<string, number> {
  const text = readTextFile(file, MAX_RESPONSE_BYTES);
  const fail: Fail = (m) => new InputError(m);
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) {
    const values = splitList(text);
    checkNoEmptyEntry(values, file, fail);
    return fromList(values, bank, file, fail);
  }

  const data = parseJsonText(file, text);
  if (Array.isArray(data)) {
    // A JSON list is typed: "3" is a string there, as it would be in a response file.
    const text = data.findIndex((value) => typeof value === 'string');
    if (text !== -1) {
      const id = bank.statements[text]?.id ?? '?';
      throw fail(answerErrors.notNumber(file, text + 1, id, JSON.stringify(data[text])));
    }
    return fromList(data, bank, file, fail);
  }
  if (data === null || typeof data !== 'object') throw fail(answerErrors.jsonShape(file));
  return fromObject(data as Record<string, unknown>, bank, file, fail);
}

function splitList(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s*,\s*|\s+/);
}

// `3,,3` and a trailing comma leave an empty entry; naming it beats a puzzling count.
function checkNoEmptyEntry(values: readonly string[], source: string, fail: Fail): void {
  const empty = values.indexOf('');
  if (empty !== -1) throw fail(answerErrors.emptyEntry(source, empty + 1));
}

function fromList(values: readonly unknown[], bank: Bank, source: string, fail: Fail) {
  if (values.length === 0) throw fail(answerErrors.empty(source));
  if (values.length !== bank.statements.length) {
    throw fail(answerErrors.count(source, bank.statements.length, values.length));
  }
  const answers: Record<string, number> = {};
  bank.statements.forEach((statement, i) => {
    answers[statement.id] = rating(values[i], i + 1, statement.id, bank, source, fail);
  });
  return answers;
}

function fromObject(data: Record<string, unknown>, bank: Bank, source: string, fail: Fail) {
  for (const key of Object.keys(data)) {
    if (!bank.statementIds.has(key)) throw fail(answerErrors.unknownId(source, key));
  }
  const answers: Record<string, number> = {};
  bank.statements.forEach((statement, i) => {
    if (!Object.hasOwn(data, statement.id)) {
      throw fail(answerErrors.missingId(source, statement.id));
    }
    const value = data[statement.id];
    if (typeof value === 'string') {
      throw fail(answerErrors.notNumber(source, i + 1, statement.id, JSON.stringify(value)));
    }
    answers[statement.id] = rating(value, i + 1, statement.id, bank, source, fail);
  });
  return answers;
}

function rating(
  raw: unknown,
  position: number,
  id: string,
  bank: Bank,
  source: string,
  fail: Fail,
): number {
  const text = typeof raw === 'string' ? raw.trim() : String(JSON.stringify(raw));
  if (!/^[+-]?\d+$/.test(text)) throw fail(answerErrors.notWhole(source, position, id, text));

  const value = Number(text);
  const { min, max } = bank.scale;
  if (value < min || value > max) {
    throw fail(answerErrors.outOfScale(source, position, id, value, `${min}-${max}`));
  }
  return value;
}
