import { UserError } from '../errors.js';
import type { Bank } from '../questionnaire/types.js';
import type { Warning } from '../response/types.js';
import { collectText } from './messages.js';
import { readContextFile } from './read-context.js';
import type { ContextFileV1 } from './types.js';

export interface ContextRecord {
  file: string;
  context: ContextFileV1;
}

export interface ContextCollection {
  /** The context in use for each organization that has responses, by organization name. */
  byOrganization: Map<string, ContextRecord>;
  /** Context files that could not be used (exit 1, like an invalid response). */
  errors: { file: string; message: string }[];
  /**
   * `context-without-responses`: a context for an organization with no responses among the
   * inputs. `duplicate-context`: a second context for one organization; the later one is used.
   */
  warnings: Warning[];
  /** The valid context files not used, each with the message of its warning. */
  unused: { file: string; organization: string; reason: string }[];
}

/**
 * Reads the context files among `files` (recognised by their `format` tag; other files are
 * passed over in silence) and keys them by organization. `organizations` are the names that
 * have responses: a context for any other is reported, never silently ignored. Of two
 * contexts for one organization the one answered later wins; on a tie the first read stays,
 * so the outcome depends only on the files and their order.
 */
export function collectContexts(
  files: Iterable<string>,
  bank: Bank,
  organizations: Iterable<string>,
): ContextCollection {
  const found = new Map<string, ContextRecord>();
  const errors: ContextCollection['errors'] = [];
  const warnings: Warning[] = [];
  const unused: ContextCollection['unused'] = [];

  for (const file of files) {
    let context: ContextFileV1 | undefined;
    try {
      context = readContextFile(file, bank);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push({ file, message: error.message });
    }
    if (context) keepLater(found, { file, context }, warnings, unused);
  }

  const withResponses = new Set(organizations);
  const byOrganization = new Map<string, ContextRecord>();
  for (const [name, record] of found) {
    if (withResponses.has(name)) {
      byOrganization.set(name, record);
    } else {
      const message = collectText.noResponses(name);
      warnings.push({ file: record.file, code: 'context-without-responses', message });
      unused.push({ file: record.file, organization: name, reason: message });
    }
  }
  return { byOrganization, errors, warnings, unused };
}

// The later answeredAt wins; on a tie the one read first stays.
function keepLater(
  found: Map<string, ContextRecord>,
  record: ContextRecord,
  warnings: Warning[],
  unused: ContextCollection['unused'],
) {
  const name = record.context.organization;
  const earlier = found.get(name);
  if (!earlier) {
    found.set(name, record);
    return;
  }

  const at = (r: ContextRecord) => Date.parse(r.context.answeredAt);
  const replaces = at(record) > at(earlier);
  const [kept, left] = replaces ? [record, earlier] : [earlier, record];
  if (replaces) found.set(name, record);
  const message = collectText.superseded(name, kept.file, at(kept) > at(left));
  warnings.push({ file: left.file, code: 'duplicate-context', message });
  unused.push({ file: left.file, organization: name, reason: message });
}
