// The wording of `aggregate`, in one place so it can be reviewed (and one day translated)
// without reading the logic: `messages` for stderr, `labels` for the human report formats.
import type { QuestionnaireRef } from './declared-questionnaire.js';

const MAX_FILES_NAMED = 3;

export const messages = {
  duplicateRespondent: (id: string, organization: string, keptFile: string, later: boolean) =>
    later
      ? `respondent ${id} of ${organization} answered again, later, in ${keptFile}; ` +
        'those answers are used and these are left out'
      : `respondent ${id} of ${organization} also answered in ${keptFile} with the same ` +
        'completedAt; the file read first is used and this one is left out',

  emptyText: (flag: string) => `${flag}: the text must not be empty`,
  textTooLong: (flag: string, max: number) => `${flag}: the text must be at most ${max} characters`,
  bomNeedsCsv: '--bom applies to --format csv only',
  badWholeNumber: (flag: string, text: string, min: number, max: number) =>
    `${flag}: ${JSON.stringify(text)} is not a whole number from ${min.toLocaleString('en')} ` +
    `to ${max.toLocaleString('en')}`,

  noPathMatched: 'no report written: no path matched a file',
  onlySkipped: 'no report written: no response among the files found (see the notes above)',
  noValidResponse: (read: number) =>
    read === 1
      ? 'no report written: the file read is not a valid response (see above)'
      : `no report written: none of the ${read} files read is a valid response (see above)`,
  strict: (invalid: number, read: number) =>
    `no report written (--strict): ${invalid} of the ${count(read, 'file')} read ` +
    `${invalid === 1 ? 'is' : 'are'} invalid (see above)`,

  otherVersions: (inUse: QuestionnaireRef, used: number, others: ReadonlyMap<string, string[]>) => [
    'no report written: responses to different questionnaire versions are never averaged together',
    `  in use: ${inUse.id} version ${inUse.version} (${count(used, 'valid response')})`,
    ...[...others].map(
      ([ref, files]) => `  found:  ${ref} (${count(files.length, 'file')}: ${named(files)})`,
    ),
    '  aggregate each version on its own, with --questionnaire naming its bank',
  ],
};

/** "questionnaire-id version 1.0", the key under which other versions are grouped. */
export function versionLabel(ref: QuestionnaireRef): string {
  return `${ref.id} version ${ref.version}`;
}

/** The diagnostics of a run for stderr, one per line, worded as `score` words them. */
export function diagnosticLines(run: {
  unmatched: readonly { path: string; message: string }[];
  excluded: readonly { message: string }[];
  warnings: readonly { file: string; message: string }[];
  skipped: readonly { file: string; reason: string }[];
}): string[] {
  return [
    ...run.unmatched.map((u) => `${u.path}: ${u.message}`),
    ...run.excluded.map((e) => `error: ${e.message}`),
    ...run.warnings.map((w) => `warning: ${w.file}: ${w.message}`),
    ...run.skipped.map((s) => `note: skipped ${s.file}: ${s.reason}`),
  ];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function named(files: readonly string[]): string {
  const shown = files.slice(0, MAX_FILES_NAMED).join(', ');
  const rest = files.length - MAX_FILES_NAMED;
  return rest > 0 ? `${shown} and ${rest} more` : shown;
}

/** The text of the table and Markdown reports; numbers arrive already formatted. */
export const labels = {
  preparedBy: (who: string) => `Prepared by ${who}`,
  questionnaire: (id: string, version: string) => `Questionnaire ${id} version ${version}`,
  used: (n: number) => `${count(n, 'response')} used`,
  leftOut: (n: number) => `${count(n, 'file')} left out (listed at the end)`,
  respondents: (n: number, range: string | null) =>
    range === null ? count(n, 'respondent') : `${count(n, 'respondent')}, ${range}`,
  dateRange: (first: string, last: string) => (first === last ? first : `${first} to ${last}`),

  stage: (stage: string, mean: string) =>
    `Stage: ${stage}, from the mean of the department means: ${mean} (each department counts once)`,
  plainMean: (n: number, mean: string) =>
    `Mean of the ${count(n, 'respondent')}: ${mean} (each respondent counts once)`,

  departments: 'Departments',
  department: 'Department',
  n: 'n',
  mean: 'Mean',
  sd: 'SD',
  median: 'Median',
  min: 'Min',
  max: 'Max',
  stageColumn: 'Stage',
  statement: 'Statement',
  gap: 'Gap',
  noAnswers: 'no answers',
  roleCell: (mean: string, n: number) => `${mean} (n ${n})`,
  barLegend: (edge: string, marker: string, edges: readonly number[]) =>
    `Bar: the possible totals, ${edge} where each stage begins ` +
    `(${edges.join(', ')}), ${marker} the mean.`,

  gapHeading: (first: string, second: string) => `Perception gap: ${first} minus ${second}`,
  gapTotal: (gap: string, first: string, firstMean: string, second: string, secondMean: string) =>
    `${gap} in total (${first} ${firstMean}, ${second} ${secondMean}); ` +
    'by statement, largest gap first',
  noGap: (missing: readonly string[]) =>
    `No perception gap: ${missing.join(' and ')} ` +
    `${missing.length === 1 ? 'has' : 'have'} no answers.`,
  statementMeans: 'Mean rating of each statement',

  whereToAct: 'Where to act',
  whereToActNote: (n: number, min: number, max: number) =>
    `The ${n} lowest-scoring statements, by the mean of the department means ` +
    `(scale ${min}-${max}):`,
  adviceHeading: (from: string, to: string) => `Moving from ${from} to ${to}`,
  topStage: (stage: string) => `${stage} is the top stage: there is no next stage to move to.`,

  filesLeftOut: 'Files left out',
  file: 'File',
  reason: 'Reason',
  supersededBy: (keptFile: string) => `the respondent answered again in ${keptFile}, which is used`,
  source: (source: string) => `Source: ${source}`,
};

const plural = (n: number, noun: string) => count(n, noun);

/** "Marketing", "Sales and Marketing", "A, B and C". */
function andList(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/**
 * The wording of the statistics and the anonymity rule (issue 5): the rules and reasons the
 * report carries in JSON, and the labels of the human formats; numbers arrive formatted.
 */
export const statisticsLabels = {
  notableRule: (level: number, statements: number) =>
    `Notable: a two-sided Mann-Whitney U test of the statement's ratings gives p below ${level} ` +
    `after Holm's adjustment for the ${statements} statements tested.`,
  largeRule: (points: number) =>
    `Large: the two means of the statement differ by at least ${points} ` +
    `${points === 1 ? 'point' : 'points'} on the rating scale; a description, not a test.`,

  withheldDepartment: (name: string, n: number, k: number) =>
    `${name}: ${plural(n, 'respondent')}, fewer than ${k}, so every figure of the department ` +
    'but its size is withheld.',
  withheldRoles: (name: string, small: readonly { name: string; n: number }[], k: number) =>
    `${name}: the figures by role are withheld, as ` +
    `${andList(small.map((r) => `${r.name} ${r.n === 1 ? 'is' : 'are'} ${r.n}`))}, ` +
    `fewer than ${k}; heads and staff are shown only together, so that no subtraction ` +
    'recovers the answers of the staff.',
  withheldGap: (names: readonly string[]) =>
    `The perception gap is withheld, as ${andList(names)} ${names.length === 1 ? 'is' : 'are'} ` +
    'withheld.',
  withheldOrganization: (names: readonly string[]) =>
    "The organization's stage, its two means, where to act, the advice and the recommendation " +
    `are withheld: they combine every department, so the figures of ${andList(names)} could be ` +
    'worked out from them.',

  withheldAlpha: (n: number, k: number) =>
    `Cronbach's alpha: the organization has ${plural(n, 'respondent')}, fewer than ${k}.`,

  settings: (resamples: string, seed: number, minimum: number) =>
    `Statistics: 95% t intervals; stage certainty from ${resamples} bootstrap resamples ` +
    `(seed ${seed}); none for a group of fewer than ${minimum} respondents.`,
  statisticsOff:
    'Statistics off (--no-stats): no intervals, stage certainty, agreement, ' +
    'reliability or tests.',
  anonymityOn: (k: number) =>
    `Anonymity: a figure is shown only if it rests on at least ${k} respondents ` +
    `(--min-group ${k}); heads apart from staff only when the staff are ${k} or more.`,
  anonymityOff:
    'Anonymity rule off (--min-group 1): every figure is shown, whatever the size ' +
    'of its group.',

  statisticsHeading: 'Statistics by department',
  ci95: '95% CI',
  certainty: 'Stage certainty',
  agreement: 'Agreement, rwg(j)',
  interval: (low: string, high: string) => `${low} to ${high}`,
  share: (stage: string, percent: string) => `${stage} ${percent}`,
  agreementCell: (rwgj: string, band: string, split: boolean) =>
    `${rwgj} ${band}${split ? ': split' : ''}`,
  tooFew: (minimum: number) => `too few (n < ${minimum})`,
  withheld: 'withheld',
  certaintyNote: (resamples: string, seed: number) =>
    `Stage certainty: the share of ${resamples} bootstrap resamples (seed ${seed}) of the ` +
    "department's totals whose mean falls in each stage.",
  split: (name: string, band: string, rwgj: string, spread: string, statements: string) =>
    `${name}: the mean hides a split (agreement ${band}, rwg(j) ${rwgj}). ${spread}` +
    (statements === '' ? '' : `; rated most differently: ${statements}`) +
    '.',
  spread: (min: string, max: string, sd: string) => `Totals run from ${min} to ${max}, SD ${sd}`,
  statementSpread: (statement: string, sd: string) => `${statement} (SD ${sd})`,
  alpha: (n: number, value: string) =>
    `Reliability: Cronbach's alpha of the statements over the ${plural(n, 'respondent')} ` +
    `is ${value}.`,
  noAlpha: (n: number, minimum: number) =>
    n < minimum
      ? `Reliability: no Cronbach's alpha for fewer than ${minimum} respondents.`
      : "Reliability: no Cronbach's alpha, as the totals do not vary.",

  gapTest: (t: string, df: string, p: string, low: string, high: string, g: string) =>
    `Welch's t-test of the gap in total: t ${t}, df ${df}, p ${p}; 95% CI of the difference ` +
    `${low} to ${high}; Hedges' g ${g}.`,
  noGapTest: (names: readonly string[], minimum: number) =>
    `No test of the gap: ${andList(names)} ${names.length === 1 ? 'has' : 'have'} fewer than ` +
    `${minimum} respondents.`,
  constantGap: "No test of the gap: neither side's totals vary.",
  pAdjusted: 'p (Holm)',
  mark: 'Mark',
  notable: 'notable',
  large: 'large',
  unreachable: (n1: number, first: string, n2: number, second: string, p: string, at: string) =>
    `With ${n1} ${first} and ${n2} ${second} respondents no statement can be notable after ` +
    `Holm's adjustment: the smallest p the test can give is ${p}, not below ${at}.`,
  reachable: (n1: number, first: string, n2: number, second: string, p: string, at: string) =>
    `With ${n1} ${first} and ${n2} ${second} respondents a statement can be notable after ` +
    `Holm's adjustment: the smallest p the test can give is ${p}, below ${at}.`,
  withheldHeading: 'Withheld for anonymity',
  organizationWithheld:
    'Stage and means of the organization: withheld for anonymity (see ' +
    "'Withheld for anonymity').",
  whereToActWithheld:
    "Withheld for anonymity, as it combines every department (see 'Withheld " + "for anonymity').",
};
