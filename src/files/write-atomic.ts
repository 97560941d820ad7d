import { randomBytes } from 'node:crypto';
import { link, open, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { OutputError } from '../errors.js';
import { reason } from './read-text.js';

/**
 * Replaces `file` atomically (temp file, fsync, rename): readers see the old content or the
 * new, never half of either. For files that are ours to overwrite: reports, partial files.
 */
export async function writeFileReplacing(file: string, content: string): Promise<void> {
  try {
    await writeFileAtomic(file, content, { encoding: 'utf8', fsync: true });
  } catch (error) {
    throw new OutputError(`${file}: cannot write: ${reason(error)}`);
  }
}

/**
 * Creates `file` atomically and only if it does not exist yet. write-file-atomic always
 * renames over the target, so this writes and fsyncs a temp file and then hard-links it into
 * place: link() fails with EEXIST instead of replacing, which makes the check and the create
 * one step. Throws OutputError with `exists` set when the name is taken.
 */
export async function writeFileExclusive(file: string, content: string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, file);
  } catch (error) {
    const failure = new OutputError(`${file}: cannot write: ${reason(error)}`) as OutputError & {
      exists?: boolean;
    };
    failure.exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    throw failure;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** True when an error from writeFileExclusive means the file name was already taken. */
export function isNameTaken(error: unknown): boolean {
  return error instanceof OutputError && (error as { exists?: boolean }).exists === true;
}
