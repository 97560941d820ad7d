import type {
  DepartmentReport,
  OrganizationReport,
  PerceptionGap,
  RoleReport,
  Withheld,
} from '../report/types.js';
import { statisticsLabels as say } from './messages.js';

// Heads speak for their department and may sign their answers (as `run` treats them); every
// other role answers in confidence.
const ROLES_NOT_IN_CONFIDENCE: ReadonlySet<string> = new Set(['head']);

/**
 * The anonymity rule of issue 5, applied to one organization's section: with k = `minGroup`,
 * no figure is shown that rests on fewer than k respondents, and none from which such a figure
 * could be worked out by subtraction. Withheld figures become null, and each withholding is
 * listed with its reason. What can give a small group away, and what this does about it:
 *
 * - A department of fewer than k: every figure but its size (mean, SD, median, min, max,
 *   stage, statement means and SDs, statistics, and its roles' means).
 * - Its roles: shown apart only when every role answering in confidence has at least k
 *   respondents (heads, who answer as heads, may be fewer). Otherwise the head's mean beside
 *   the department's would give the staff's away: n·mean − head = the staff's sum.
 * - The perception gap with a withheld side: its difference and its side's mean are that
 *   side's figures in another form.
 * - The figures that combine departments (the mean of department means, the plain mean of
 *   respondents, the stage and advice read off them, where to act, which scores statements by
 *   the mean of department means, and the recommendation): with one department withheld,
 *   subtracting the others' shown figures recovers it, so they are all withheld.
 *
 * Left shown, as no subtraction reaches a small group through them: the counts (n per
 * department and role, respondents, dates), the statement means of a shown department (they
 * rest on its k or more respondents), and Cronbach's alpha of the organization, a ratio of
 * variances over all its respondents whose inputs, the covariances, are never shown. A reader
 * who is in a group of exactly k can still subtract their own answers and learn the mean of
 * the other k − 1: the reason to raise `--min-group` when a head reads a small department's
 * report (README). `minGroup` 1 turns the rule off.
 */
export function withholdSmallGroups(org: OrganizationReport, minGroup: number): OrganizationReport {
  if (minGroup <= 1) return org;
  const withheld: Withheld[] = [];
  const hidden: string[] = [];

  const departments = org.departments.map((d) => {
    if (d.n === 0) return d;
    if (d.n < minGroup) {
      hidden.push(d.department);
      withheld.push({
        scope: `department:${d.department}`,
        reason: say.withheldDepartment(d.name, d.n, minGroup),
      });
      return withoutFigures(d);
    }
    const small = d.roles.filter(
      (r) => r.n > 0 && r.n < minGroup && !ROLES_NOT_IN_CONFIDENCE.has(r.role),
    );
    if (small.length === 0) return d;
    withheld.push({
      scope: `roles:${d.department}`,
      reason: say.withheldRoles(d.name, small, minGroup),
    });
    return { ...d, roles: d.roles.map(withoutMean) };
  });
  if (hidden.length === 0) return { ...org, departments, withheld };

  const names = hidden.map((id) => org.departments.find((d) => d.department === id)!.name);
  let gap = org.gap;
  const gapHidden = org.gap.between.filter((id) => hidden.includes(id));
  if (gap.total !== null && gapHidden.length > 0) {
    const gapNames = gapHidden.map((id) => org.departments.find((d) => d.department === id)!.name);
    withheld.push({ scope: 'gap', reason: say.withheldGap(gapNames) });
    gap = withoutGap(gap, hidden, Object.keys(org.departments[0]!.statements));
  }
  withheld.push({ scope: 'organization', reason: say.withheldOrganization(names) });
  let alpha = org.alpha;
  if (org.respondents < minGroup && alpha.value !== null) {
    withheld.push({ scope: 'alpha', reason: say.withheldAlpha(org.respondents, minGroup) });
    alpha = { ...alpha, value: null };
  }
  return {
    ...org,
    stage: null,
    meanOfDepartmentMeans: null,
    meanOfRespondents: null,
    departments,
    gap,
    whereToAct: [],
    advice: null,
    recommendation: null,
    alpha,
    withheld,
  };
}

function withoutFigures(d: DepartmentReport): DepartmentReport {
  const nulls = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.keys(record).map((id) => [id, null]));
  return {
    ...d,
    mean: null,
    sd: null,
    median: null,
    min: null,
    max: null,
    stage: null,
    statements: nulls(d.statements),
    statementSds: nulls(d.statementSds),
    ci95: null,
    stageCertainty: null,
    rwgj: null,
    roles: d.roles.map(withoutMean),
  };
}

function withoutMean(r: RoleReport): RoleReport {
  return { ...r, mean: null, stage: null };
}

// The statements go back to the bank's order: ranked by the size of the gap, their order alone
// would say something of the withheld side's means.
function withoutGap(gap: PerceptionGap, hidden: readonly string[], order: string[]): PerceptionGap {
  const means = gap.means.map((m, i) => (hidden.includes(gap.between[i]!) ? null : m));
  return {
    ...gap,
    means: means as [number | null, number | null],
    total: null,
    statements: Object.fromEntries(order.map((id) => [id, null])),
    ranked: [],
    test: null,
    statementTests: null,
    reach: null,
  };
}
