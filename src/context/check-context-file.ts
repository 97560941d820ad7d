import { validateContextV1 } from '../generated/validate-context-v1.js';
import type { Bank } from '../questionnaire/types.js';
import { describeValue } from '../validation/field-path.js';
import { checkSchema, type Problem } from '../validation/schema-issues.js';
import { fileProblems } from './messages.js';
import type { ContextFileV1 } from './types.js';

// Keys that would reach Object.prototype if merged carelessly; named in the message so the
// reader knows the file was refused on purpose.
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Every reason a parsed JSON value is not a valid v1 context file for this bank: its shape,
 * then the questionnaire it names, then its answers, which must cover every context question
 * of the bank and nothing else.
 */
export function checkContextFile(data: unknown, bank: Bank): Problem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ path: [], message: `must be a JSON object, not ${describeValue(data)}` }];
  }
  const structural = checkSchema(validateContextV1, data);
  if (structural.length > 0) return structural;

  const file = data as ContextFileV1;
  const { id, version } = file.questionnaire;
  if (id !== bank.id || version !== bank.version) {
    const message = fileProblems.otherQuestionnaire(id, version, bank.id, bank.version);
    return [{ path: ['questionnaire'], message }];
  }
  if (bank.context === undefined) {
    return [{ path: ['questionnaire'], message: fileProblems.noContextSection(bank.id) }];
  }
  return checkAnswers(file.answers, bank);
}

function checkAnswers(answers: Record<string, boolean>, bank: Bank): Problem[] {
  const questions = bank.context?.questions ?? [];
  const known = new Set(questions.map((q) => q.id));
  const problems: Problem[] = [];

  for (const key of Object.keys(answers)) {
    const path = ['answers', key];
    if (RESERVED_KEYS.has(key)) {
      problems.push({ path, message: fileProblems.reserved });
    } else if (!known.has(key)) {
      problems.push({ path, message: fileProblems.unknownQuestion(bank.id) });
    }
  }
  for (const { id } of questions) {
    const path = ['answers', id];
    if (!Object.hasOwn(answers, id)) problems.push({ path, message: fileProblems.missing });
  }
  return problems;
}
