import type { CompiledValidator, SchemaIssue } from './compiled-validator.js';
import { describeValue, pointerToPath, type FieldPath } from './field-path.js';

export interface Problem {
  path: FieldPath;
  message: string;
}

const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** Runs a compiled schema and turns every issue it finds into a located, readable problem. */
export function checkSchema(validate: CompiledValidator, data: unknown): Problem[] {
  if (validate(data)) return [];
  const problems: Problem[] = [];
  for (const issue of validate.errors ?? []) {
    const problem = describeIssue(issue, data);
    if (problem) problems.push(problem);
  }
  return problems;
}

function describeIssue(issue: SchemaIssue, root: unknown): Problem | undefined {
  const path = pointerToPath(issue.instancePath, root);
  const value = valueAt(root, path);
  const p = issue.params;

  // Ajv reports a bad key twice: once for the key itself, once for the object holding it.
  if (issue.keyword === 'propertyNames') return undefined;
  if (issue.propertyName !== undefined) {
    return { path: [...path, issue.propertyName], message: 'is not an allowed key here' };
  }

  switch (issue.keyword) {
    case 'required':
      return { path: [...path, String(p.missingProperty)], message: 'is missing' };
    case 'additionalProperties':
      return { path: [...path, String(p.additionalProperty)], message: 'is not a known field' };
    case 'type':
      return { path, message: `must be ${article(String(p.type))}, not ${describeValue(value)}` };
    case 'const':
      return {
        path,
        message: `must be ${JSON.stringify(p.allowedValue)}, not ${describeValue(value)}`,
      };
    case 'pattern':
      return {
        path,
        message:
          p.pattern === ID_PATTERN
            ? `must be an id of lower-case letters, digits and single hyphens, not ${describeValue(value)}`
            : `is not in the expected form (${describeValue(value)})`,
      };
    case 'minLength':
      return {
        path,
        message: p.limit === 1 ? 'must not be empty' : `must have at least ${p.limit} characters`,
      };
    case 'maxLength':
      return { path, message: `must have at most ${p.limit} characters` };
    case 'minItems':
      return { path, message: `must list at least ${p.limit} item(s)` };
    case 'maxItems':
      return { path, message: `must list at most ${p.limit} item(s)` };
    case 'minimum':
    case 'maximum':
      return {
        path,
        message: `must be ${issue.keyword === 'minimum' ? 'at least' : 'at most'} ${p.limit}, not ${describeValue(value)}`,
      };
    case 'enum':
      return {
        path,
        message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    default:
      return { path, message: issue.message ?? `fails the ${issue.keyword} rule` };
  }
}

function article(type: string): string {
  const name = type === 'integer' ? 'whole number' : type === 'array' ? 'list' : type;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function valueAt(root: unknown, path: FieldPath): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
