import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../errors.js';

// Response files are read by the ten thousand. One buffer reused for all of them, and reads
// straight into it, spare the buffer readFileSync allocates for each file; the one fstat is
// what tells a regular file from a pipe or a folder.
const SHARED_BYTES = 256 * 1024 + 1;
let shared: Buffer | undefined;

/** Reads a UTF-8 file of at most `limit` bytes, dropping a byte-order mark if there is one. */
export function readTextFile(file: string, limit: number): string {
  let fd: number;
  try {
    // Non-blocking, so that a FIFO named like a response cannot hang the run at open().
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new InputError(`${file}: cannot read: ${reason(error)}`);
  }

  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
    if (!stat.isFile())
      throw new InputError(`${file}: is not a regular file (a pipe or a device?)`);
    const buffer =
      limit + 1 <= SHARED_BYTES
        ? (shared ??= Buffer.allocUnsafe(SHARED_BYTES))
        : Buffer.allocUnsafe(limit + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, limit + 1 - length, null);
      if (read === 0) break;
      length += read;
      if (length > limit) {
        const size = fstatSync(fd).size;
        throw new InputError(
          `${file}: file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit`,
        );
      }
    }
    const text = buffer.toString('utf8', 0, length);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') {
      throw new InputError(`${file}: is a directory, not a file`);
    }
    throw new InputError(`${file}: cannot read: ${reason(error)}`);
  } finally {
    closeSync(fd);
  }
}

/** The readable part of a file-system error: "no such file or directory", not the stack. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links (a symlink loop?)',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
    EEXIST: 'a file of that name already exists',
    ENOTDIR: 'a part of the path is not a directory',
  };
  if (code && known[code]) return known[code];
  return error instanceof Error ? error.message : String(error);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${Math.ceil(bytes / 1024)} KiB`;
}
