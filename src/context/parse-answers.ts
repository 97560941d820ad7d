import { UsageError } from '../errors.js';
import type { ContextQuestion } from '../questionnaire/context-types.js';
import { contextErrors } from './messages.js';

const YES = new Set(['yes', 'y', 'true']);
const NO = new Set(['no', 'n', 'false']);

/**
 * Reads `--answers yes,no,...`: one answer per context question, in question order, separated
 * by commas or spaces; yes/no, y/n and true/false in any case. A wrong count or an answer that
 * is none of these is a usage error naming its position and question.
 */
export function parseContextAnswers(
  text: string,
  questions: readonly ContextQuestion[],
): Record<string, boolean> {
  const trimmed = text.trim();
  if (trimmed === '') throw new UsageError(contextErrors.answersEmpty);
  const values = trimmed.split(/\s*,\s*|\s+/);
  if (values.length !== questions.length) {
    const ids = questions.map((q) => q.id);
    throw new UsageError(contextErrors.answersCount(questions.length, values.length, ids));
  }

  const answers: Record<string, boolean> = {};
  questions.forEach((question, i) => {
    const value = values[i]!.toLowerCase();
    if (YES.has(value)) answers[question.id] = true;
    else if (NO.has(value)) answers[question.id] = false;
    else throw new UsageError(contextErrors.answerValue(i + 1, question.id, values[i]!));
  });
  return answers;
}
