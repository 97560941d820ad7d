/** One respondent's answers: response file format v1 (see the README and schema/). */
export interface ResponseV1 {
  format: 'salesmarketing-align/response';
  formatVersion: 1;
  questionnaire: { id: string; version: string };
  respondent: Respondent;
  startedAt: string;
  completedAt: string;
  answers: Record<string, number>;
  result?: { total: number; stage: string };
}

export interface Respondent {
  id: string;
  department: string;
  role: string;
  organization: string;
  /** Only when the respondent chose to give it. */
  name?: string;
}

/** A response that passed every check, with its score recomputed from the answers. */
export interface ScoredResponse {
  file: string;
  response: ResponseV1;
  total: number;
  stage: string;
  warnings: Warning[];
}

export interface Warning {
  file: string;
  code: string;
  message: string;
}
