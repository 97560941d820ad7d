// The time stamp and the check that a name stays in its folder are the ones `run` uses.
import { fileStamp } from '../session/file-names.js';

export { pathInside } from '../session/file-names.js';

const MAX_SLUG = 40;

/**
 * The organization's name as part of a file name, safe on every OS: `Müller & Söhne/Ops` is
 * `muller-sohne-ops`. Letters and digits only, joined by single hyphens, so no separator, no
 * dot (never `..`) and nothing a shell must quote. Names Windows reserves (`CON`, `NUL`) do
 * no harm here, as they are never the whole stem.
 */
export function organizationSlug(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const short = slug.slice(0, MAX_SLUG).replace(/-$/, '');
  return short === '' ? 'organization' : short;
}

/** `context-acme-tools-2026-12-03T101507Z.json`, and `...-2.json` and so on after a clash. */
export function contextFileName(organization: string, answeredAt: string, attempt = 1): string {
  const suffix = attempt > 1 ? `-${attempt}` : '';
  return `context-${organizationSlug(organization)}-${fileStamp(answeredAt)}${suffix}.json`;
}
