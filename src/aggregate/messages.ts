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
