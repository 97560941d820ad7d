import type { ContextSection } from './context-types.js';

/** A department, role or other entry a bank defines: a stable id and a display name. */
export interface Named {
  id: string;
  name: string;
}

export interface Statement {
  id: string;
  text: string;
}

/** A band of the scoring key: whole totals from `min` to `max`, both inclusive. */
export interface Stage {
  id: string;
  name: string;
  min: number;
  max: number;
  description: string;
  advice: string[];
}

export interface Scale {
  min: number;
  max: number;
  labels: Record<string, string>;
}

/** A statement bank and its scoring key, as loaded from `questionnaires/*.yaml`. */
export interface Questionnaire {
  format: 'salesmarketing-align/questionnaire';
  id: string;
  version: string;
  title: string;
  source: string;
  instructions: string;
  scale: Scale;
  departments: Named[];
  gap: [string, string];
  roles: Named[];
  statements: Statement[];
  stages: Stage[];
  /** The context questions and the rules for a qualified recommendation; not scored content. */
  context?: ContextSection;
  /** Sections added later, which are not scored content either. */
  [section: string]: unknown;
}

/** A bank as the rest of the program uses it: the file it came from and fast lookups. */
export interface Bank extends Questionnaire {
  file: string;
  statementIds: ReadonlySet<string>;
  departmentIds: ReadonlySet<string>;
  roleIds: ReadonlySet<string>;
  /** Stages sorted by `min`, lowest first. */
  bands: readonly Stage[];
  totalMin: number;
  totalMax: number;
}
