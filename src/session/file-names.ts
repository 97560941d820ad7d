import { basename, dirname, join, resolve } from 'node:path';

// Windows refuses these as a file's stem whatever the extension ("CON.json", "com1.txt").
const RESERVED_STEMS = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

// A part of a name keeps to letters, digits, "_" and "-": no separators, no dots (so never
// "." or ".."), nothing Windows or macOS reserves, nothing a shell must quote.
const UNSAFE_RUN = /[^A-Za-z0-9_-]+/g;

const MAX_PART = 40;

/** One part of a file name, made safe for every OS: `Ops/../Team A` becomes `Ops-Team-A`. */
export function safeNamePart(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const part = ascii.replace(UNSAFE_RUN, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  const short = part.slice(0, MAX_PART).replace(/-$/, '');
  if (short === '') return 'x';
  return RESERVED_STEMS.test(short) ? `_${short}` : short;
}

/** `2026-12-03T10:15:07.123Z` as `2026-12-03T101507Z`: sortable, and no colon for Windows. */
export function fileStamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replaceAll(':', '');
}

interface NameParts {
  at: string;
  department: string;
  respondentId: string;
}

/** The name of a finished response: completion time, department, respondent id. */
export function responseFileName(parts: NameParts, attempt = 1): string {
  return `${stem(parts)}${attempt > 1 ? `-${attempt}` : ''}.json`;
}

/** The name of the progress file kept beside the responses while a session runs. */
export function partialFileName(parts: NameParts): string {
  return `${stem(parts)}.partial.json`;
}

/**
 * Joins a generated name to the output folder and checks that the result is a direct child
 * of it. The name is already safe; this guards against a future change making it unsafe.
 */
export function pathInside(folder: string, name: string): string {
  const path = join(folder, name);
  if (dirname(resolve(path)) !== resolve(folder) || basename(path) !== name) {
    throw new Error(`internal: the file name ${JSON.stringify(name)} would leave ${folder}`);
  }
  return path;
}

function stem({ at, department, respondentId }: NameParts): string {
  return `${fileStamp(at)}-${safeNamePart(department)}-${safeNamePart(respondentId)}`;
}
