import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, sep } from 'node:path';
import { reason } from './read-text.js';

export interface Expansion {
  /** Files to read, in a stable order, each once. */
  files: string[];
  /** Paths that matched nothing, with why. */
  unmatched: { path: string; message: string }[];
  /** Files and folders passed over on purpose, with why. */
  skipped: { file: string; reason: string }[];
  /** Folders that exist but could not be read: bad input, like an unreadable file. */
  errors: { file: string; message: string }[];
}

// `run` keeps its defaults for a folder in this hidden file; it is the tool's own bookkeeping,
// not a respondent's data, so scanning a folder passes over it without a note.
const OWN_STATE_FILE = '.salesmarketing-align.json';

export interface ExpandOptions {
  recursive?: boolean;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands the paths given on the command line: files as they are, folders to their `*.json`
 * files (deeper only with `recursive`), and glob patterns, which the tool expands itself
 * because the shells of Windows do not.
 */
export async function expandPaths(paths: readonly string[], options: ExpandOptions = {}): Promise<Expansion> {
  const out: Expansion = { files: [], unmatched: [], skipped: [], errors: [] };
  // A file can only be named twice when several paths are given; a single folder of 100,000
  // files then needs no set of every name seen.
  const seen = paths.length > 1 ? new Set<string>() : undefined;
  const add = (file: string) => {
    if (seen?.has(file)) return;
    seen?.add(file);
    out.files.push(file);
  };

  for (const path of paths) {
    const stat = statOrUndefined(path);
    if (stat?.isDirectory()) {
      const before = { files: out.files.length, skipped: out.skipped.length, errors: out.errors.length };
      walk(path, options.recursive ?? false, new Set(), add, out);
      const found =
        out.files.length > before.files || out.skipped.length > before.skipped || out.errors.length > before.errors;
      if (!found) {
        out.unmatched.push({ path, message: 'the folder holds no .json files' });
      }
    } else if (stat) {
      add(path);
    } else if (GLOB_CHARS.test(path)) {
      const matches = await expandGlob(path);
      if (matches.length === 0) out.unmatched.push({ path, message: 'the pattern matched no files' });
      for (const match of matches) {
        // Matches are not limited to files, so that nothing a pattern names goes unmentioned:
        // a folder is noted, and a pipe or a broken link is reported when it is read.
        const file = match.endsWith('/') ? match.slice(0, -1) : match;
        if (basename(file) === OWN_STATE_FILE) continue;
        if (match.endsWith('/')) out.skipped.push({ file, reason: 'a folder (add --recursive, or name its files)' });
        else if (basename(file).startsWith('.')) out.skipped.push({ file, reason: 'a hidden file' });
        else add(file);
      }
    } else {
      out.unmatched.push({ path, message: reason(statError(path)) });
    }
  }
  return out;
}

function walk(dir: string, recursive: boolean, ancestors: Set<string>, add: (f: string) => void, out: Expansion) {
  const real = realpathSync(dir);
  if (ancestors.has(real)) {
    out.skipped.push({ file: dir, reason: 'a symbolic link back to a folder already being read (a loop); not followed' });
    return;
  }
  ancestors.add(real);

  // Names only: a Dirent for each of 100,000 files is memory the scan does not need. The kind
  // of entry is asked only where it matters: for names that are not *.json (sub-folders).
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    out.errors.push({ file: dir, message: `${dir}: cannot read the folder: ${reason(error)}` });
    return;
  }
  // join() normalizes every path it builds, which adds up over ten thousand files.
  const prefix = dir.endsWith(sep) || dir.endsWith('/') ? dir : `${dir}${sep}`;
  for (const name of names) {
    if (name === OWN_STATE_FILE) continue;
    const path = prefix + name;
    const isJson = name.toLowerCase().endsWith('.json');
    if (name.startsWith('.')) {
      if (isJson || (recursive && isFolder(path))) out.skipped.push({ file: path, reason: 'a hidden file' });
    } else if (isJson) {
      // A folder named *.json is reported when it is read, rather than passed over in silence.
      add(path);
    } else if (recursive && isFolder(path)) {
      walk(path, recursive, ancestors, add, out);
    }
  }
  ancestors.delete(real);
}

function isFolder(path: string): boolean {
  return statOrUndefined(path)?.isDirectory() ?? false;
}

async function expandGlob(pattern: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  // Backslashes are separators only on Windows; elsewhere they escape glob characters.
  const normalized = process.platform === 'win32' ? pattern.replaceAll('\\', '/') : pattern;
  // Paths come back as the user wrote the pattern: absolute for an absolute pattern.
  const absolute = isAbsolute(pattern);
  const files = await glob(normalized, { onlyFiles: false, dot: true, expandDirectories: false, absolute });
  return files.sort();
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function statError(path: string): unknown {
  try {
    statSync(path);
    return new Error('unreadable');
  } catch (error) {
    return error;
  }
}
