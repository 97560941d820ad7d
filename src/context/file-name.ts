import { basename, dirname, join, resolve } from 'node:path';

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

/** `2026-12-03T10:15:07.123Z` as `2026-12-03T101507Z`: sortable, and no colon for Windows. */
export function fileStamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replaceAll(':', '');
}

/** `context-acme-tools-2026-12-03T101507Z.json`, and `...-2.json` and so on after a clash. */
export function contextFileName(organization: string, answeredAt: string, attempt = 1): string {
  const suffix = attempt > 1 ? `-${attempt}` : '';
  return `context-${organizationSlug(organization)}-${fileStamp(answeredAt)}${suffix}.json`;
}

/**
 * Joins a generated name to the output folder and checks that the result is a direct child
 * of it. The name is already safe; this guards against a later change making it unsafe.
 */
export function pathInside(folder: string, name: string): string {
  const path = join(folder, name);
  if (dirname(resolve(path)) !== resolve(folder) || basename(path) !== name) {
    throw new Error(`internal: the file name ${JSON.stringify(name)} would leave ${folder}`);
  }
  return path;
}
