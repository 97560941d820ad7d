import { assembleReport } from '../../src/aggregate/assemble-report.js';
import { ResponseCollector } from '../../src/aggregate/collect-responses.js';
import { reportSettings, type SettingsOptions } from '../../src/aggregate/report-settings.js';
import type { Bank } from '../../src/questionnaire/types.js';
import type { AggregateReport } from '../../src/report/types.js';
import type { ResponseV1, ScoredResponse } from '../../src/response/types.js';
import { totalOf } from '../../src/scoring/total.js';
import { makeResponse, type ResponseSpec } from './responses.js';

/** A response as `aggregate` receives it once read and scored. */
export function scored(bank: Bank, file: string, spec: ResponseSpec): ScoredResponse {
  const response = makeResponse(spec) as unknown as ResponseV1;
  return { file, response, total: totalOf(bank, response.answers), stage: '', warnings: [] };
}

/**
 * The report of these responses, fed in order as buildReport feeds them, without files: one
 * per spec, named r-<index>.json unless the spec names an id.
 */
export async function collectedReport(
  bank: Bank,
  specs: readonly ResponseSpec[],
  options: SettingsOptions = {},
): Promise<AggregateReport> {
  const files = specs.map((_, i) => `r-${i}.json`);
  const collector = new ResponseCollector(bank, files);
  specs.forEach((spec, i) => {
    collector.add(scored(bank, files[i]!, { id: `r-${i}`, ...spec }), i);
  });
  const settings = await reportSettings(options);
  return assembleReport(bank, collector, {
    title: null,
    preparedBy: null,
    excluded: [],
    skipped: [],
    settings,
  });
}
