import type { Verdict } from '../questionnaire/context-types.js';

export type { Verdict } from '../questionnaire/context-types.js';

/** The consultant's answers, question id to yes (true) or no (false). */
export type ContextAnswers = Readonly<Record<string, boolean>>;

/** One organization's context: context file format v1 (see the README and schema/). */
export interface ContextFileV1 {
  format: 'salesmarketing-align/context';
  formatVersion: 1;
  questionnaire: { id: string; version: string };
  organization: string;
  answeredAt: string;
  answers: Record<string, boolean>;
  note?: string;
}

/**
 * What the report recommends for an organization: `qualified` is true when the verdict was
 * reached from the organization's context answers, false when it is the default.
 */
export interface Recommendation {
  verdict: Verdict;
  qualified: boolean;
  reasons: string[];
}
