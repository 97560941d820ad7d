import type { Bank } from '../questionnaire/types.js';
import type { AggregateReport, FilesSummary, QuestionnaireInfo } from '../report/types.js';
import { buildOrganization } from './build-organization.js';
import type { ResponseCollector } from './collect-responses.js';

export interface ReportDetails {
  title: string | null;
  preparedBy: string | null;
  excluded: FilesSummary['excluded'];
  skipped: FilesSummary['skipped'];
}

/**
 * The whole report from what was collected: one section per organization, sorted by name
 * and never pooled, with the questionnaire and the files used and left out. A pure function
 * of its inputs: the same files give the same report, byte for byte.
 */
export function assembleReport(
  bank: Bank,
  collector: ResponseCollector,
  details: ReportDetails,
): AggregateReport {
  const tallies = [...collector.organizations.values()].sort((a, b) =>
    compareNames(a.organization, b.organization),
  );
  const organizations = tallies.map((tally) => buildOrganization(bank, tally));
  return {
    questionnaire: questionnaireInfo(bank),
    title: details.title,
    preparedBy: details.preparedBy,
    files: {
      used: organizations.reduce((sum, o) => sum + o.respondents, 0),
      excluded: details.excluded,
      skipped: details.skipped,
      superseded: collector.superseded,
    },
    organizations,
    warnings: collector.warnings,
  };
}

/** What the renderers need of the bank. */
export function questionnaireInfo(bank: Bank): QuestionnaireInfo {
  return {
    id: bank.id,
    version: bank.version,
    title: bank.title,
    source: bank.source,
    totals: { min: bank.totalMin, max: bank.totalMax },
    scale: { min: bank.scale.min, max: bank.scale.max },
    stages: bank.bands.map(({ id, name, min, max }) => ({ id, name, min, max })),
    statements: bank.statements.map(({ id, text }) => ({ id, text })),
    departments: bank.departments.map(({ id, name }) => ({ id, name })),
    roles: bank.roles.map(({ id, name }) => ({ id, name })),
  };
}

// Alphabetical for a reader ("acme" next to "Acme"), then by code unit so that the order
// never depends on the machine's locale data when two names collate alike.
function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}
