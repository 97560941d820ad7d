/** Which way a "yes" to a context question leans: stay as is, move up, or go on to integrate. */
export type Direction = 'stay' | 'move-up' | 'integration';

/** What a context rule recommends for an organization at a given stage. */
export type Verdict = 'move-up' | 'consolidate' | 'hold';

export const VERDICTS: readonly Verdict[] = ['move-up', 'consolidate', 'hold'];

/** A yes/no question about the company, answered once per organization by the consultant. */
export interface ContextQuestion {
  id: string;
  /** The question as the consultant is asked it. */
  text: string;
  /** A short statement of a "yes", used in the reasons of a recommendation. */
  label: string;
  points: Direction;
}

/**
 * A named finding made of weighted answers: it holds when the weights of the questions
 * answered yes (in `yes`) plus those answered no (in `no`) add up to at least `atLeast`.
 */
export interface ContextCondition {
  id: string;
  name: string;
  yes?: Record<string, number>;
  no?: Record<string, number>;
  atLeast: number;
}

/** Conditions a rule needs: every one of `all`, at least one of `any`, none of `none`. */
export interface RuleTest {
  all?: string[];
  any?: string[];
  none?: string[];
}

/**
 * One step of the recommendation: for the listed stages (every stage when absent), when the
 * test passes (always when absent), the verdict, explained by `reason`.
 */
export interface ContextRule {
  stages?: string[];
  when?: RuleTest;
  verdict: Verdict;
  reason: string;
}

/** The bank's `context` section: the questions and the rules that weigh their answers. */
export interface ContextSection {
  instructions?: string;
  questions: ContextQuestion[];
  conditions?: ContextCondition[];
  rules: ContextRule[];
}
