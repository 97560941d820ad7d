import type { Bank } from '../questionnaire/types.js';
import { cronbachAlpha } from '../stats/cronbach-alpha.js';
import { summaryOf } from '../stats/summary-of.js';
import type { OrganizationTally } from './organization-tally.js';
import { poolFrequencies } from './stats/frequencies.js';

/**
 * Raw Cronbach's alpha of the statements over every respondent of an organization. Raw alpha
 * needs only each statement's variance and the variance of the totals (cronbachAlpha), and
 * both are read exactly off the department tallies pooled: the counts of each rating per
 * statement and of each total. So no covariance sums are kept while files are read, which
 * would cost 210 products a file, and a superseded respondent is already taken out of them.
 * Null below two respondents and when the totals do not vary.
 */
export function organizationAlpha(bank: Bank, tally: OrganizationTally): number | null {
  const departments = bank.departments.flatMap((_, i) => tally.department(i) ?? []);
  const totals = poolFrequencies(departments.map((d) => d.totalFrequencies()));
  if (totals === null) return null;

  const statements = bank.statements.map((_, i) =>
    poolFrequencies(departments.map((d) => d.statementFrequencies(i)))!,
  );
  return cronbachAlpha({
    k: bank.statements.length,
    itemVariances: () => {
      const variances = statements.map((table) => summaryOf(table)?.variance ?? null);
      return variances.includes(null) ? null : (variances as number[]);
    },
    totalVariance: () => summaryOf(totals)?.variance ?? null,
  });
}
