import type { ContextRecord } from '../context/collect-contexts.js';
import type { Bank } from '../questionnaire/types.js';
import type { OrganizationReport } from '../report/types.js';
import { stageFor } from '../scoring/stage.js';
import type { CollectedOrganization } from './collect-responses.js';
import type { GroupTally } from './group-tally.js';
import type { OrganizationTally } from './organization-tally.js';
import { perceptionGap } from './perception-gap.js';
import { organizationRecommendation } from './recommendation.js';
import { MIN_FOR_STATISTICS, type ReportSettings } from './report-settings.js';
import { stageAdvice } from './stage-advice.js';
import { poolFrequencies } from './stats/frequencies.js';
import { meanOf, meanOfValues } from './stats/mean.js';
import { summarizeDepartment } from './summarize-department.js';
import { whereToAct } from './where-to-act.js';
import { withholdSmallGroups } from './withhold-small-groups.js';

/**
 * One organization's section of the report. Its stage is read off the mean of the
 * department means, so each department weighs the same whatever its size; the plain mean of
 * all respondents is given beside it, under its own name. The statistics are computed for
 * every group, then the anonymity rule withholds what rests on too few respondents.
 */
export function buildOrganization(
  bank: Bank,
  collected: CollectedOrganization,
  context: ContextRecord | undefined,
  settings: ReportSettings,
): OrganizationReport {
  const { tally, respondents, dateRange: range } = collected;
  const { code } = settings;
  const departments = bank.departments.map((_, i) => summarizeDepartment(bank, tally, i, settings));
  const answered = departments.filter((d) => d.n > 0);

  const meanOfDepartmentMeans = meanOfValues(answered.map((d) => d.mean!));
  // Pooling the counts keeps the plain mean an exact sum divided once.
  const tallies = bank.departments.flatMap((_, i) => tally.department(i) ?? []);
  const pooled = poolFrequencies(tallies.map((t) => t.totalFrequencies()));
  const meanOfRespondents = pooled && meanOf(pooled);

  const untested = perceptionGap(bank, departments);
  const tests = code?.gapTests(bank, untested, gapSides(bank, tally), settings.statistics);
  const gap = { ...untested, ...tests };
  const alpha =
    code && respondents >= MIN_FOR_STATISTICS ? code.organizationAlpha(bank, tally) : null;

  const report: OrganizationReport = {
    organization: tally.organization,
    respondents,
    dateRange: {
      first: range ? new Date(range.first).toISOString() : null,
      last: range ? new Date(range.last).toISOString() : null,
    },
    stage: meanOfDepartmentMeans === null ? null : stageFor(bank, meanOfDepartmentMeans).id,
    meanOfDepartmentMeans,
    meanOfRespondents,
    departments,
    gap,
    whereToAct: whereToAct(bank, departments),
    advice: meanOfDepartmentMeans === null ? null : stageAdvice(bank, meanOfDepartmentMeans),
    recommendation: organizationRecommendation(
      bank,
      meanOfDepartmentMeans,
      tally.organization,
      context,
    ),
    alpha: { value: alpha, n: respondents },
    withheld: [],
  };
  return withholdSmallGroups(report, settings.anonymity.minGroup);
}

type Side = GroupTally | undefined;

function gapSides(bank: Bank, tally: OrganizationTally): [Side, Side] {
  const side = (id: string) => tally.department(bank.departments.findIndex((d) => d.id === id));
  return [side(bank.gap[0]), side(bank.gap[1])];
}
