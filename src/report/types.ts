// The report `aggregate` computes once and every renderer only reads. Its JSON form is this
// object as it stands, so the names are a contract (README, `### aggregate`): fields may be
// added, none renamed, and a value that does not exist or is withheld is null, never absent.
// Figures are typed `number | null` even where today they always exist, so that a later rule
// (the anonymity threshold, for one) can withhold them without changing the shape.
import type { Warning } from '../response/types.js';

export interface AggregateReport {
  questionnaire: QuestionnaireInfo;
  /** `--title`, or null: the human formats then use the questionnaire's title. */
  title: string | null;
  /** `--prepared-by`, or null. */
  preparedBy: string | null;
  files: FilesSummary;
  /** One section per organization, never pooled, sorted by name. */
  organizations: OrganizationReport[];
  warnings: Warning[];
}

/** What a renderer needs of the bank, so that it never has to load one. */
export interface QuestionnaireInfo {
  id: string;
  version: string;
  title: string;
  source: string;
  /** The lowest and highest possible totals: 20 and 100 for the bundled bank. */
  totals: { min: number; max: number };
  scale: { min: number; max: number };
  /** Lowest band first; `min` and `max` are inclusive whole totals. */
  stages: { id: string; name: string; min: number; max: number }[];
  statements: { id: string; text: string }[];
  departments: { id: string; name: string }[];
  roles: { id: string; name: string }[];
}

export interface FilesSummary {
  /** Responses whose answers are in the report. */
  used: number;
  /** Invalid files, with the same message `score` gives. */
  excluded: { file: string; message: string }[];
  /** Files of ours that are not responses (unfinished sessions, context files, hidden files). */
  skipped: { file: string; reason: string }[];
  /** Earlier answers of a respondent who answered again; `keptFile` holds the later ones. */
  superseded: Superseded[];
}

export interface Superseded {
  file: string;
  keptFile: string;
  organization: string;
  respondentId: string;
}

export interface OrganizationReport {
  organization: string;
  respondents: number;
  /** The earliest and latest `completedAt` of the responses used, as ISO 8601 UTC. */
  dateRange: { first: string | null; last: string | null };
  /** The stage of `meanOfDepartmentMeans`. */
  stage: string | null;
  /** Each department with answers counts once, whatever its size. */
  meanOfDepartmentMeans: number | null;
  /** Every respondent counts once: a large department weighs more. */
  meanOfRespondents: number | null;
  /** Every department of the bank, in the bank's order; one without answers has n 0. */
  departments: DepartmentReport[];
  gap: PerceptionGap;
  /** The lowest-scoring statements, lowest first, by the mean of the department means. */
  whereToAct: StatementScore[];
  advice: StageAdvice | null;
}

export interface DepartmentReport {
  department: string;
  name: string;
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null for n < 2. */
  sd: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  stage: string | null;
  /** Every statement of the bank, in its order: the mean rating, or null without answers. */
  statements: Record<string, number | null>;
  /** Every role of the bank, in its order; one without answers has n 0. */
  roles: RoleReport[];
}

export interface RoleReport {
  role: string;
  name: string;
  n: number;
  mean: number | null;
  stage: string | null;
}

/** The gap between the bank's `gap` pair: the first department's means minus the second's. */
export interface PerceptionGap {
  between: [string, string];
  /** The two departments' mean totals, in the order of `between`. */
  means: [number | null, number | null];
  /** null when either department has no answers. */
  total: number | null;
  /** Statement id to difference, largest absolute difference first; all null without a gap. */
  statements: Record<string, number | null>;
  /** The same differences in the same order, with both sides' means; empty without a gap. */
  ranked: GapStatement[];
}

export interface GapStatement {
  statement: string;
  means: [number, number];
  difference: number;
}

export interface StatementScore {
  statement: string;
  mean: number;
}

/** The bank's advice for leaving the organization's stage; `to` is null at the top stage. */
export interface StageAdvice {
  from: string;
  to: string | null;
  steps: string[];
}
