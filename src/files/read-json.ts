import { parse as parseTolerant, type ParseError } from 'jsonc-parser';
import { InputError } from '../errors.js';
import { readTextFile } from './read-text.js';

/** Reads and parses a JSON file of at most `limit` bytes; a BOM and CRLF endings are fine. */
export function readJsonFile(file: string, limit: number): unknown {
  return parseJsonText(file, readTextFile(file, limit));
}

export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(describeJsonError(file, text));
  }
}

// JSON.parse does not always say where it failed, so the rare failing file is parsed again
// with a parser that reports the offset of its first error.
function describeJsonError(file: string, text: string): string {
  if (text.trim() === '') return `${file}: the file is empty`;

  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
  const offset = errors[0]?.offset ?? 0;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `${file}:${line}:${col}: not valid JSON`;
}
