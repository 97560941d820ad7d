import type { Bank } from '../questionnaire/types.js';
import { validateResponseV1 } from '../generated/validate-response-v1.js';
import { checkSchema, type Problem } from '../validation/schema-issues.js';
import { describeValue } from '../validation/field-path.js';
import type { ResponseV1 } from './types.js';

// Keys that would reach Object.prototype if merged carelessly; named in the message so the
// reader knows the file was refused on purpose.
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Every reason a parsed JSON value is not a valid v1 response to this bank. */
export function checkResponse(data: unknown, bank: Bank): Problem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ path: [], message: `must be a JSON object, not ${describeValue(data)}` }];
  }
  const structural = checkSchema(validateResponseV1, data);
  if (structural.length > 0) return structural;

  const response = data as ResponseV1;
  return [
    ...checkQuestionnaire(response, bank),
    ...checkRespondent(response, bank),
    ...checkAnswers(response, bank),
  ];
}

function checkQuestionnaire(response: ResponseV1, bank: Bank): Problem[] {
  const { id, version } = response.questionnaire;
  if (id === bank.id && version === bank.version) return [];
  return [
    {
      path: ['questionnaire'],
      message: `is ${id} version ${version}, but the questionnaire in use is ${bank.id} version ${bank.version}`,
    },
  ];
}

function checkRespondent(response: ResponseV1, bank: Bank): Problem[] {
  const problems: Problem[] = [];
  const { department, role } = response.respondent;
  if (!bank.departmentIds.has(department)) {
    problems.push({
      path: ['respondent', 'department'],
      message: `"${department}" is not a department of ${bank.id} (${[...bank.departmentIds].join(', ')})`,
    });
  }
  if (!bank.roleIds.has(role)) {
    problems.push({
      path: ['respondent', 'role'],
      message: `"${role}" is not a role of ${bank.id} (${[...bank.roleIds].join(', ')})`,
    });
  }
  return problems;
}

function checkAnswers(response: ResponseV1, bank: Bank): Problem[] {
  const problems: Problem[] = [];
  const answers = response.answers;
  const { min, max } = bank.scale;

  for (const key of Object.keys(answers)) {
    if (RESERVED_KEYS.has(key)) {
      problems.push({ path: ['answers', key], message: 'is a reserved name and is not accepted' });
    } else if (!bank.statementIds.has(key)) {
      problems.push({ path: ['answers', key], message: `is not a statement of ${bank.id}` });
    } else {
      const value = answers[key]!;
      if (value < min || value > max) {
        problems.push({
          path: ['answers', key],
          message: `is ${value}, outside the scale ${min}-${max}`,
        });
      }
    }
  }
  for (const statement of bank.statements) {
    if (!Object.hasOwn(answers, statement.id)) {
      problems.push({ path: ['answers', statement.id], message: 'is missing' });
    }
  }
  return problems;
}
