import type { Bank, Named } from '../questionnaire/types.js';
import type { DepartmentReport, RoleReport } from '../report/types.js';
import { stageFor } from '../scoring/stage.js';
import type { GroupTally } from './group-tally.js';
import type { OrganizationTally } from './organization-tally.js';
import type { ReportSettings } from './report-settings.js';
import { extentOf } from './stats/extent.js';
import { meanOf } from './stats/mean.js';
import { medianOf } from './stats/median.js';
import { sampleSdOf } from './stats/sample-sd.js';

/**
 * One department's figures: size, mean total with its stage, SD, median, extremes, the mean
 * and SD of every statement, the statistics of issue 5 (departmentStatistics), and the size
 * and mean of each role. A department nobody in it answered is kept, with n 0 and nulls, so
 * the report can say so instead of showing zeros. Nothing is withheld here: that is
 * withholdSmallGroups' rule.
 */
export function summarizeDepartment(
  bank: Bank,
  organization: OrganizationTally,
  index: number,
  settings: Pick<ReportSettings, 'statistics' | 'code'>,
): DepartmentReport {
  const { id, name } = bank.departments[index]!;
  const tally = organization.department(index);
  const roles = bank.roles.map((role, r) => summarizeRole(bank, role, organization.role(index, r)));
  if (!tally) {
    const statements = Object.fromEntries(bank.statements.map((s) => [s.id, null]));
    const none = { mean: null, sd: null, median: null, min: null, max: null, stage: null };
    const figures = { statementSds: statements, ci95: null, stageCertainty: null, rwgj: null };
    return { department: id, name, n: 0, ...none, statements, ...figures, roles };
  }

  const totals = tally.totalFrequencies();
  const mean = meanOf(totals)!;
  const extent = extentOf(totals)!;
  return {
    department: id,
    name,
    n: tally.n,
    mean,
    sd: sampleSdOf(totals),
    median: medianOf(totals),
    min: extent.min,
    max: extent.max,
    stage: stageFor(bank, mean).id,
    statements: Object.fromEntries(
      bank.statements.map((s, i) => [s.id, meanOf(tally.statementFrequencies(i))]),
    ),
    statementSds: Object.fromEntries(
      bank.statements.map((s, i) => [s.id, sampleSdOf(tally.statementFrequencies(i))]),
    ),
    ...(settings.code?.departmentStatistics(bank, tally, settings.statistics) ?? NO_STATISTICS),
    roles,
  };
}

const NO_STATISTICS = { ci95: null, stageCertainty: null, rwgj: null };

function summarizeRole(bank: Bank, role: Named, tally: GroupTally | undefined): RoleReport {
  const mean = tally ? meanOf(tally.totalFrequencies()) : null;
  return {
    role: role.id,
    name: role.name,
    n: tally?.n ?? 0,
    mean,
    stage: mean === null ? null : stageFor(bank, mean).id,
  };
}
