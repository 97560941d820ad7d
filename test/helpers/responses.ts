import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { root } from './bin.js';

/** The statement ids of the bundled bank, in order, read from the YAML itself. */
export const statementIds: string[] = [
  ...readFileSync(join(root, 'questionnaires', 'sales-marketing-alignment.yaml'), 'utf8')
    .split('\nstatements:\n')[1]!
    .split('\nstages:\n')[0]!
    .matchAll(/^ {2}- id: (\S+)$/gm),
].map((m) => m[1]!);

export interface ResponseSpec {
  id?: string;
  organization?: string;
  department?: string;
  role?: string;
  /** 20 ratings in statement order, or one rating used for every statement. */
  answers?: number[] | number;
  completedAt?: string;
}

/** A valid v1 response to the bundled bank; override any part. */
export function makeResponse(spec: ResponseSpec = {}): Record<string, unknown> {
  const ratings = Array.isArray(spec.answers)
    ? spec.answers
    : statementIds.map(() => spec.answers ?? 3);
  const answers = Object.fromEntries(statementIds.map((id, i) => [id, ratings[i]]));
  return {
    format: 'salesmarketing-align/response',
    formatVersion: 1,
    questionnaire: { id: 'sales-marketing-alignment', version: '1.0' },
    respondent: {
      id: spec.id ?? 'r-0001',
      department: spec.department ?? 'sales',
      role: spec.role ?? 'staff',
      organization: spec.organization ?? 'Acme',
    },
    startedAt: '2026-11-02T09:00:00.000Z',
    completedAt: spec.completedAt ?? '2026-11-02T09:12:00.000Z',
    answers,
  };
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
  return file;
}
