import type { ContextCollection } from '../context/collect-contexts.js';
import type { Bank } from '../questionnaire/types.js';
import type { AggregateReport, FilesSummary, QuestionnaireInfo } from '../report/types.js';
import { buildOrganization } from './build-organization.js';
import type { ResponseCollector } from './collect-responses.js';
import type { ReportSettings } from './report-settings.js';

export interface ReportDetails {
  title: string | null;
  preparedBy: string | null;
  excluded: FilesSummary['excluded'];
  skipped: FilesSummary['skipped'];
  /** The context files among the inputs; none when not given. */
  contexts?: ContextCollection;
  /** The statistics and the anonymity rule (reportSettings). */
  settings: ReportSettings;
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
  const collected = collector.collected();
  collected.sort((a, b) => compareNames(a.tally.organization, b.tally.organization));
  const contexts = details.contexts?.byOrganization;
  const { settings } = details;
  const organizations = collected.map((c) =>
    buildOrganization(bank, c, contexts?.get(c.tally.organization), settings),
  );
  return {
    questionnaire: questionnaireInfo(bank),
    title: details.title,
    preparedBy: details.preparedBy,
    files: {
      used: organizations.reduce((sum, o) => sum + o.respondents, 0),
      excluded: details.excluded,
      skipped: details.skipped,
      superseded: collector.superseded,
      unusedContexts: details.contexts?.unused ?? [],
    },
    organizations,
    warnings: [...collector.warnings, ...(details.contexts?.warnings ?? [])],
    statistics: settings.statistics,
    anonymity: settings.anonymity,
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

// Alphabetical regardless of case ("acme" beside "Acme"), then by code unit. Not
// localeCompare: the order must not depend on the machine's locale data, and building an ICU
// collator costs more (about 10 ms) than aggregating a thousand files.
function compareNames(a: string, b: string): number {
  return compareCodeUnits(a.toLowerCase(), b.toLowerCase()) || compareCodeUnits(a, b);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
