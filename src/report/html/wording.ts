// The text of the HTML report, in one place so it can be reviewed (and one day translated)
// without reading the markup. Names and numbers arrive as plain text; the page escapes them.
import { labels } from '../../aggregate/messages.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const words = {
  language: 'en',
  kicker: 'Sales and Marketing alignment report',
  preparedBy: labels.preparedBy,
  responsesUsed: (n: number, organizations: number) =>
    `${plural(n, 'response')} from ${plural(organizations, 'organization')}`,
  questionnaire: (id: string, version: string) => `questionnaire ${id}, version ${version}`,
  contents: 'Organizations in this report',
  noOrganizations: 'No organization has answers in this report.',

  respondents: (n: number) => plural(n, 'respondent'),
  dateRange: labels.dateRange,
  overallStage: 'Overall stage',
  overallBasis: (mean: string) => `${mean}, the mean of the department means`,
  plainMean: (n: number, mean: string) => `Mean of all ${plural(n, 'respondent')}: ${mean}`,
  noStage: 'No stage: no department has answers.',
  departmentFacts: (n: number, mean: string) => `${plural(n, 'respondent')} · mean ${mean}`,
  noAnswers: 'no answers',
  gapSummary: (first: string, second: string, size: string, firstHigher: boolean) =>
    firstHigher
      ? `${first} rates the relationship ${size} points higher than ${second} does.`
      : `${second} rates the relationship ${size} points higher than ${first} does.`,
  gapNone: (first: string, second: string) =>
    `${first} and ${second} rate the relationship the same, on average.`,
  noGap: labels.noGap,

  bandHeading: 'Where each department stands',
  bandTitle: (organization: string) => `Stages at ${organization}`,
  bandDescription: (scale: string, rows: string) =>
    `The possible totals from ${scale}, divided into the stages. ${rows}`,
  bandRow: (name: string, mean: string, stage: string, interval: string | null) =>
    interval === null
      ? `${name}: mean ${mean}, ${stage}.`
      : `${name}: mean ${mean}, ${stage}, 95% interval ${interval}.`,
  bandCaption: (hasInterval: boolean) =>
    'Each marker is a mean total; the shaded columns are the stages.' +
    (hasInterval ? ' The line through a marker is its 95% confidence interval.' : ''),
  organizationRow: (organization: string) => `${organization} overall`,
  range: (min: number, max: number) => `${min}–${max}`,
  interval: (low: string, high: string) => `${low} to ${high}`,

  tableCaption: 'The numbers behind the chart',
  department: 'Department',
  n: 'Respondents',
  mean: 'Mean',
  ci95: '95% interval',
  stage: 'Stage',
  sd: 'SD',
  median: 'Median',
  minMax: 'Range',
  roleCell: (mean: string, n: number) => `${mean} (${n})`,
  roleHeading: (role: string) => `${role} (n)`,

  gapHeading: labels.gapHeading,
  gapIntro: (first: string, second: string) =>
    `The mean rating of each statement by ${first} minus that by ${second}, largest ` +
    `difference first. A bar to the right means ${first} agrees more; to the left, ${second}.`,
  gapTitle: (first: string, second: string) => `Perception gap, ${first} minus ${second}`,
  gapAxis: (first: string, second: string): [string, string] =>
    [`◀ ${second} higher`, `${first} higher ▶`],
  gapAxisTitle: (reach: number, left: string, right: string) =>
    `Scale of the bars: ${reach} points either way from zero; ${left}, ${right}`,
  gapBar: (statement: number, gap: string, first: string, firstMean: string, second: string,
    secondMean: string) =>
    `Statement ${statement}: gap ${gap} (${first} ${firstMean}, ${second} ${secondMean})`,
  statement: 'Statement',
  gap: 'Gap',
  statementMeans: labels.statementMeans,
  statementMeansIntro: (min: number, max: number) =>
    `The mean rating of each statement, on the scale ${min} to ${max}.`,

  whereToAct: 'Where to act',
  whereToActIntro: (n: number, min: number, max: number) =>
    `The ${plural(n, 'statement')} with the lowest mean rating (scale ${min} to ${max}), ` +
    'each department counting once:',
  ratingOf: (mean: string, max: number) => `${mean} of ${max}`,
  adviceHeading: labels.adviceHeading,
  topStage: labels.topStage,

  method: 'Method',
  questionnaireLabel: 'Questionnaire',
  questionnaireValue: (title: string, id: string, version: string, statements: number,
    min: number, max: number) =>
    `${title} (${id}, version ${version}): ${statements} statements, each rated ` +
    `${min} to ${max}.`,
  sourceLabel: 'Source',
  stageLabel: 'How a stage is read',
  stageRule: (statements: number, min: number, max: number) =>
    `A respondent's total is the sum of the ${statements} ratings, ${min} to ${max}. A ` +
    "department's stage is the band that holds its mean total; the organization's stage is " +
    'the band of the mean of its department means, so each department counts once whatever ' +
    'its size.',
  stageEdge: (between: string, lower: string, edge: string, upper: string) =>
    `A mean that is not a whole number stays in the lower band until it reaches the next ` +
    `band's lowest total: ${between} is ${lower}, ${edge} is ${upper}.`,
  bandsCaption: 'The bands',
  leftOutLabel: 'Left out',
  nothingLeftOut: 'No file was left out.',
  leftOutIntro: (n: number) => `${plural(n, 'file')} left out of the report:`,
  supersededBy: labels.supersededBy,
};
