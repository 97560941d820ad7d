import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, isAbsolute, sep } from 'node:path';
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
const FOLDER_MATCHED = 'a folder (add --recursive, or name its files)';
const LOOP = 'a symbolic link back to a folder already being read (a loop); not followed';

/**
 * Expands the paths given on the command line: files as they are, folders to their `*.json`
 * files (deeper only with `recursive`), and glob patterns, which the tool expands itself
 * because the shells of Windows do not.
 */
export async function expandPaths(
  paths: readonly string[],
  options: ExpandOptions = {},
): Promise<Expansion> {
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
    const stat = statPath(path);
    if (stat instanceof Error && GLOB_CHARS.test(path)) {
      await addGlobMatches(path, add, out);
    } else if (stat instanceof Error) {
      out.unmatched.push({ path, message: reason(stat) });
    } else if (stat.isDirectory()) {
      const before = entriesIn(out);
      walk(path, options.recursive ?? false, new Set(), add, out);
      if (entriesIn(out) === before) {
        out.unmatched.push({ path, message: 'the folder holds no .json files' });
      }
    } else {
      add(path);
    }
  }
  return out;
}

/** Everything an expansion has said so far: a folder that added to none of it held nothing. */
function entriesIn(out: Expansion): number {
  return out.files.length + out.skipped.length + out.errors.length;
}

async function addGlobMatches(pattern: string, add: (file: string) => void, out: Expansion) {
  const matches = await expandGlob(pattern);
  if (matches.length === 0) {
    out.unmatched.push({ path: pattern, message: 'the pattern matched no files' });
  }
  for (const match of matches) {
    // Matches are not limited to files, so that nothing a pattern names goes unmentioned:
    // a folder is noted, and a pipe or a broken link is reported when it is read.
    const file = match.endsWith('/') ? match.slice(0, -1) : match;
    if (basename(file) === OWN_STATE_FILE) continue;
    if (match.endsWith('/')) out.skipped.push({ file, reason: FOLDER_MATCHED });
    else if (basename(file).startsWith('.')) out.skipped.push({ file, reason: 'a hidden file' });
    else add(file);
  }
}

function walk(
  dir: string,
  recursive: boolean,
  ancestors: Set<string>,
  add: (file: string) => void,
  out: Expansion,
) {
  const real = realpathSync(dir);
  if (ancestors.has(real)) {
    out.skipped.push({ file: dir, reason: LOOP });
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
      if (isJson || (recursive && isFolder(path))) {
        out.skipped.push({ file: path, reason: 'a hidden file' });
      }
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
  const stat = statPath(path);
  return !(stat instanceof Error) && stat.isDirectory();
}

async function expandGlob(pattern: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  // Backslashes are separators only on Windows; elsewhere they escape glob characters.
  const normalized = process.platform === 'win32' ? pattern.replaceAll('\\', '/') : pattern;
  // Paths come back as the user wrote the pattern: absolute for an absolute pattern.
  const absolute = isAbsolute(pattern);
  const files = await glob(normalized, {
    onlyFiles: false,
    dot: true,
    expandDirectories: false,
    absolute,
  });
  return files.sort();
}

/** The path's stat, or the error that says why there is none. */
function statPath(path: string): Stats | Error {
  try {
    return statSync(path);
  } catch (error) {
    return error as Error;
  }
}
