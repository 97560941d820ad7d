// The report `aggregate` computes once and every renderer only reads. Its JSON form is this
// object as it stands, so the names are a contract (README, `### aggregate`): fields may be
// added, none renamed, and a value that does not exist or is withheld is null, never absent.
// Figures are typed `number | null` even where today they always exist, so that a later rule
// (the anonymity threshold, for one) can withhold them without changing the shape.
import type { Warning } from '../response/types.js';
import type { AgreementBand } from '../stats/agreement-band.js';

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
  /** How the statistics were computed, so they can be reproduced; null with `--no-stats`. */
  statistics: StatisticsSettings | null;
  /** The anonymity rule the report was made under (`--min-group`). */
  anonymity: AnonymitySettings;
}

/** The settings behind the statistics (issue 5). */
export interface StatisticsSettings {
  /** The seed of the bootstrap's generator (`--seed`); every department starts from it. */
  seed: number;
  /** Bootstrap resamples per department (`--resamples`). */
  resamples: number;
  /** The smallest group any inferential statistic is given for (3); below it, null. */
  minRespondents: number;
  /** The level a Holm-adjusted statement test is read at: notable when pAdjusted < level. */
  level: number;
  /** A statement's gap of at least this many points is marked large (descriptive). */
  largeDifference: number;
}

/**
 * The anonymity rule: a figure about a group (a department, or a role within it) is shown
 * only if it rests on at least `minGroup` respondents; heads are shown apart from their staff
 * only when the staff are at least `minGroup` too. README, `### aggregate`, says why.
 */
export interface AnonymitySettings {
  /** k, `--min-group` (default 3). */
  minGroup: number;
  /** False with `--min-group 1`: the rule is off and every figure is shown. */
  on: boolean;
}

/** What the anonymity rule withheld (null in the report), and why. */
export interface Withheld {
  /**
   * `department:<id>` (every figure of the department but n), `roles:<id>` (its figures per
   * role), `gap` (the perception gap), `organization` (the figures that combine departments:
   * stage, both means, where to act, advice and recommendation) or `alpha`.
   */
  scope: string;
  /** Why, in words a reader of the report understands. */
  reason: string;
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
  /**
   * Valid context files not used: one for an organization without responses, or an earlier
   * one for an organization that has a later one. Each is also a warning.
   */
  unusedContexts: UnusedContext[];
}

export interface UnusedContext {
  file: string;
  organization: string;
  reason: string;
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
  /**
   * Whether to move up a stage at all, from the bank's context rules: qualified when a context
   * file for the organization was among the inputs, the default (move up, or consolidate at
   * the top stage) otherwise, its reasons then saying how to add the context. Null only when
   * there is no stage.
   */
  recommendation: RecommendationReport | null;
  /** Cronbach's alpha of the statements over all the organization's respondents. */
  alpha: ReliabilityReport;
  /** What the anonymity rule withheld in this section, and why; empty when nothing. */
  withheld: Withheld[];
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
  /** Every statement of the bank, in its order: the sample SD of its ratings; null for n < 2. */
  statementSds: Record<string, number | null>;
  /**
   * The 95% t-based confidence interval of the mean total, [low, high]. Null below 3
   * respondents, when withheld, and with `--no-stats`; so are `stageCertainty` and `rwgj`.
   */
  ci95: [number, number] | null;
  /**
   * Stage id to the share of bootstrap resamples of the department's totals whose mean falls
   * in that stage; every stage of the bank is present and the shares sum to 1.
   */
  stageCertainty: Record<string, number> | null;
  /** Agreement within the department over the statements. */
  rwgj: AgreementReport | null;
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
  /**
   * Welch's t-test of the difference of the mean totals. Null without a gap, when either side
   * has fewer than 3 respondents or neither varies, and with `--no-stats`.
   */
  test: GapTest | null;
  /**
   * Statement id to its Mann-Whitney U test, in the order of `statements`; null when `test`
   * would be for want of a gap or of respondents, and with `--no-stats`.
   */
  statementTests: Record<string, StatementTest> | null;
  /** Whether these group sizes let any statement test be notable at all; null without tests. */
  reach: StatementTestReach | null;
  /** The rules of the two marks of a statement, `notable` and `large`, in words. */
  rules: { notable: string; large: string };
}

export interface GapStatement {
  statement: string;
  means: [number, number];
  difference: number;
  /** |difference| of at least `statistics.largeDifference` (1 point): descriptive, not a test. */
  large: boolean;
}

/** rwg(j) against a uniform null, with LeBreton and Senter's band. */
export interface AgreementReport {
  /** In [0, 1]. */
  value: number;
  band: AgreementBand;
  /** True below moderate: the department's mean hides a split, and the report shows spread. */
  split: boolean;
}

/** Welch's t-test of the first department's mean total minus the second's. */
export interface GapTest {
  t: number;
  /** Welch–Satterthwaite, usually fractional. */
  df: number;
  /** Two-sided. */
  p: number;
  /** 95% confidence interval of the difference. */
  ci95: [number, number];
  hedgesG: number;
}

/** Mann–Whitney U of one statement's ratings, first department against the second. */
export interface StatementTest {
  /** Difference of the mean ratings, first minus second. */
  diff: number;
  /** U of the first department (pairs it rates higher, ties counting ½). */
  u: number;
  /** Two-sided, normal approximation with tie and continuity correction. */
  p: number;
  /** Holm's adjustment across every statement tested. */
  pAdjusted: number;
  /** pAdjusted < `statistics.level`. */
  notable: boolean;
}

/**
 * The smallest p the statement test can give at these group sizes (every rating of one side
 * above every rating of the other), against Holm's first threshold, level / statements
 * tested: when it is not below, no statement can be notable however the answers fall.
 */
export interface StatementTestReach {
  smallestP: number;
  threshold: number;
  possible: boolean;
}

/** Cronbach's alpha (raw) over `n` respondents; null below 3 or when withheld. */
export interface ReliabilityReport {
  value: number | null;
  n: number;
}

export interface StatementScore {
  statement: string;
  mean: number;
}

/** `recommend()` in src/context/recommend.ts, with the context file it rests on. */
export interface RecommendationReport {
  verdict: 'move-up' | 'consolidate' | 'hold';
  /** True when reached from the organization's context answers, false for the default. */
  qualified: boolean;
  /** The rule's reason first, then each condition weighed with the answers behind it. */
  reasons: string[];
  /** The context file used and when it was answered; null when unqualified. */
  context: { file: string; answeredAt: string } | null;
}

/** The bank's advice for leaving the organization's stage; `to` is null at the top stage. */
export interface StageAdvice {
  from: string;
  to: string | null;
  steps: string[];
}
