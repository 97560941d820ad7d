import { mkdirSync, statSync } from 'node:fs';
import { OutputError } from '../errors.js';
import { reason } from '../files/read-text.js';
import { isNameTaken, writeFileExclusive } from '../files/write-atomic.js';
import { contextFileName, pathInside } from './file-name.js';
import { contextErrors } from './messages.js';
import type { ContextFileV1 } from './types.js';

// Two contexts for one organization in the same second are rare; a thousand means a bug.
const MAX_ATTEMPTS = 1000;

/**
 * Writes the context into `dir` (created if missing) under a new name, atomically and never
 * over an existing file: when the name is taken, the next free one is used. Returns the path.
 */
export async function saveContext(dir: string, context: ContextFileV1): Promise<string> {
  ensureFolder(dir);
  const content = `${JSON.stringify(context, null, 2)}\n`;

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const name = contextFileName(context.organization, context.answeredAt, attempt);
    const file = pathInside(dir, name);
    try {
      await writeFileExclusive(file, content);
      return file;
    } catch (error) {
      if (!isNameTaken(error)) throw error;
    }
  }
  throw new OutputError(contextErrors.noFreeName(dir));
}

function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const isFile = code === 'EEXIST' && !statSync(dir, { throwIfNoEntry: false })?.isDirectory();
    throw new OutputError(
      isFile ? contextErrors.outNotAFolder(dir) : contextErrors.cannotCreate(dir, reason(error)),
    );
  }
}
