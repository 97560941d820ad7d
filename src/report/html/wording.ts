// The text of the HTML report, in one place so it can be reviewed (and one day translated)
// without reading the markup. Names and numbers arrive as plain text; the page escapes them.
import { labels } from '../../aggregate/messages.js';
import type { AgreementBand } from '../../stats/agreement-band.js';

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
  stageWithheld: 'Withheld to protect anonymity; see below for why.',
  departmentFacts: (n: number, mean: string) => `${plural(n, 'respondent')} · mean ${mean}`,
  noAnswers: 'no answers',
  gapSummary: (first: string, second: string, size: string, firstHigher: boolean) =>
    firstHigher
      ? `${first} rates the relationship ${size} points higher than ${second} does.`
      : `${second} rates the relationship ${size} points higher than ${first} does.`,
  gapVerdict: (real: boolean, p: string) =>
    real ? `Unlikely to be chance (p\u00a0${p}).` : `It could still be chance (p\u00a0${p}).`,
  gapNone: (first: string, second: string) =>
    `${first} and ${second} rate the relationship the same, on average.`,
  noGap: labels.noGap,
  gapWithheld: 'The perception gap is withheld (see below).',
  withheld: 'withheld',
  withheldHeading: 'Withheld to protect anonymity',

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
  bandLeftOut: (names: readonly string[]) =>
    `Left out of the chart, ${names.length === 1 ? 'its mean' : 'their means'} being ` +
    `withheld: ${names.join(', ')}.`,
  bandNone: (names: readonly string[]) =>
    `No chart: the mean of ${names.join(' and ')} is withheld, and so is the whole's.`,
  organizationRow: (organization: string) => `${organization} overall`,
  range: (min: number | string, max: number | string) => `${min}–${max}`,
  interval: (low: string, high: string) => `${low} to ${high}`,

  tableCaption: 'The numbers behind the chart',
  department: 'Department',
  n: 'Respondents',
  mean: 'Mean',
  ci95: '95% interval',
  certainty: 'Stage certainty',
  certaintyCell: (share: string, other: string, stage: string) => `${share} (${other} ${stage})`,
  agreement: 'Agreement',
  agreementCell: (value: string, band: string) => `${value} ${band}`,
  agreementBands: {
    none: 'none',
    weak: 'weak',
    moderate: 'moderate',
    strong: 'strong',
    'very strong': 'very strong',
  } as Record<AgreementBand, string>,
  tooFew: (name: string, n: number, min: number) =>
    `${name}: ${plural(n, 'respondent')}, too few (under ${min}) for an interval, a stage ` +
    'certainty or an agreement figure.',
  split: (name: string, band: string, value: string, range: string, sd: string) =>
    `${name}: ${band} agreement (rwg(j) ${value}), so the mean hides a split: totals run ` +
    `${range} (SD ${sd}).`,
  alpha: (value: string, n: number) =>
    `Reliability on these answers: Cronbach's alpha ${value} over ${plural(n, 'respondent')}.`,
  alphaTooFew: (n: number, min: number) =>
    `Too few respondents (${n}, under ${min}) for Cronbach's alpha.`,
  stage: 'Stage',
  sd: 'SD',
  median: 'Median',
  minMax: 'Range',

  gapHeading: labels.gapHeading,
  gapIntro: (first: string, second: string) =>
    `Each statement's mean rating by ${first} minus ${second}'s, largest difference first: ` +
    `a bar to the right means ${first} agrees more.`,
  gapTitle: (first: string, second: string) => `Perception gap, ${first} minus ${second}`,
  gapAxis: (first: string, second: string): [string, string] => [
    `◀ ${second} higher`,
    `${first} higher ▶`,
  ],
  gapAxisTitle: (reach: number, left: string, right: string) =>
    `Scale of the bars: ${reach} points either way from zero; ${left}, ${right}`,
  gapBar: (
    statement: number,
    gap: string,
    first: string,
    firstMean: string,
    second: string,
    secondMean: string,
  ) => `Statement ${statement}: gap ${gap} (${first} ${firstMean}, ${second} ${secondMean})`,
  gapTest: (gap: string, low: string, high: string, t: string, df: string, p: string, g: string) =>
    `In total the gap is ${gap} points, 95% interval ${low} to ${high} (Welch's t ${t}, ` +
    `df ${df}, p\u00a0${p}; Hedges' g ${g}).`,
  gapReal: 'A difference this large is unlikely to be chance.',
  gapChance: 'With these few respondents, a difference of this size could still be chance.',
  gapUntested: (min: number) =>
    `Too few respondents on a side (under ${min}) to test the gap in totals.`,
  marks: 'Marks',
  markLarge: 'large',
  markNotable: 'notable',
  noneCanBeNotable: (smallest: string, threshold: string) =>
    'With groups this small no statement can be notable: even the clearest possible split ' +
    `gives p\u00a0=\u00a0${smallest}, not below the first Holm threshold of ${threshold}.`,
  barTest: (pAdjusted: string, notable: boolean) =>
    `Holm-adjusted p\u00a0${pAdjusted}${notable ? ', notable' : ''}`,
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
  questionnaireValue: (
    title: string,
    id: string,
    version: string,
    statements: number,
    min: number,
    max: number,
  ) =>
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
  anonymityLabel: 'Anonymity',
  anonymityOn: (k: number) =>
    'A figure about a group (a department, or its heads or staff) is shown only when it rests ' +
    `on at least ${k} respondents, and heads apart from their staff only when the staff are ` +
    `at least ${k} too, so that no figure can be traced back to one person.`,
  anonymityOff: 'Off (--min-group 1): every figure is shown, however few respondents it rests on.',
  statisticsLabel: 'Statistics',
  statisticsOn: (min: number, resamples: number, seed: number, level: string) =>
    "Intervals are 95% t-intervals of the mean total. A department's stage certainty is the " +
    `share of ${resamples.toLocaleString('en')} bootstrap resamples of its totals (seed ${seed}) ` +
    'whose mean falls in each stage. Agreement is rwg(j) against a uniform null, read with ' +
    "LeBreton and Senter's bands (2008). The gap in totals is tested with Welch's t-test, each " +
    "statement's with a Mann–Whitney U test, Holm-adjusted across the statements (notable " +
    `below ${level}). No inferential figure is given for a group of fewer than ${min}.`,
  statisticsOff: 'Not computed for this report.',
  withheldIn: (organization: string, reason: string) => `${organization}: ${reason}`,
  leftOutLabel: 'Left out',
  nothingLeftOut: 'No file was left out.',
  leftOutIntro: (n: number) => `${plural(n, 'file')} left out of the report:`,
  supersededBy: labels.supersededBy,
};
