import { writeSync } from 'node:fs';

/**
 * Writes to a file descriptor synchronously and ignores errors: for the last words of a
 * process whose terminal may have closed (EIO), where an asynchronous stream error would
 * surface after the exit code was decided.
 */
export function writeQuietly(fd: number, text: string): void {
  try {
    writeSync(fd, text);
  } catch {
    // Nobody is left to read it.
  }
}
