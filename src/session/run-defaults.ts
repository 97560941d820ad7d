import { readFileSync } from 'node:fs';
import { writeFileReplacing } from '../files/write-atomic.js';
import { pathInside } from './file-names.js';

// Hidden, so `score` and `aggregate` pass over it when they read the folder.
export const DEFAULTS_FILE = '.salesmarketing-align.json';

const MAX_DEFAULTS_BYTES = 16 * 1024;

export interface RunDefaults {
  /** The organization of the last respondent who answered in this folder. */
  organization?: string;
}

/**
 * The defaults remembered in an output folder. They are a convenience only: a missing,
 * unreadable or malformed file gives no defaults rather than an error.
 */
export function readRunDefaults(folder: string): RunDefaults {
  try {
    const text = readFileSync(pathInside(folder, DEFAULTS_FILE), 'utf8');
    if (text.length > MAX_DEFAULTS_BYTES) return {};
    const data = JSON.parse(text) as { organization?: unknown };
    const organization = data?.organization;
    return typeof organization === 'string' && organization.trim() !== '' ? { organization } : {};
  } catch {
    return {};
  }
}

/** Remembers defaults for the next session in this folder; throws OutputError. */
export async function writeRunDefaults(folder: string, defaults: RunDefaults): Promise<string> {
  const file = pathInside(folder, DEFAULTS_FILE);
  await writeFileReplacing(file, `${JSON.stringify(defaults, null, 2)}\n`);
  return file;
}
