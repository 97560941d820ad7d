import { Format } from '../files/formats.js';
import { checkResponse } from '../response/check-response.js';
import type { Bank } from '../questionnaire/types.js';
import type { Problem } from './schema-issues.js';

/** A kind of JSON file of ours that `validate` can check, recognised by its `format` tag. */
export interface FileKind {
  format: string;
  label: string;
  check(data: unknown, bank: Bank): Problem[];
}

const kinds = new Map<string, FileKind>();

export function registerFileKind(kind: FileKind): void {
  kinds.set(kind.format, kind);
}

export function fileKindFor(format: unknown): FileKind | undefined {
  return typeof format === 'string' ? kinds.get(format) : undefined;
}

export function knownFormats(): string[] {
  return [Format.questionnaire, ...kinds.keys()];
}

registerFileKind({ format: Format.response, label: 'response', check: checkResponse });
