import type { Bank, Statement } from '../questionnaire/types.js';
import { reviewPrompt } from './review-prompt.js';
import type { PromptContext } from './start-questions.js';
import { statementPrompt } from './statement-prompt.js';
import type { Paint } from './theme.js';

export interface InterviewSetup {
  bank: Bank;
  /** Answers already given (a resumed session); the interview starts at the first gap. */
  answers: Readonly<Record<string, number>>;
  context: PromptContext;
  paint: Paint;
  columns: () => number;
  rows: () => number;
  /** A line to show on the first screen, such as a welcome back. */
  notice?: string;
  /**
   * Called after every answer or change, to save progress. Returns a notice to show when it
   * could not be saved, so the respondent knows, and the session goes on.
   */
  onChange(answers: Readonly<Record<string, number>>): Promise<string | undefined>;
}

/**
 * Takes one respondent through every statement, one screen each, with going back, and then
 * through the review until they save. Resolves with an answer for every statement; a prompt
 * interrupted by Ctrl-C or a signal rejects, and progress up to the last answer is saved.
 */
export async function interview(setup: InterviewSetup): Promise<Record<string, number>> {
  const { bank, paint, columns, rows } = setup;
  const statements = bank.statements;
  const answers: Record<string, number> = { ...setup.answers };
  // Each screen replaces the last, so the previous person's answers never pile up above.
  const context = { ...setup.context, clearPromptOnDone: true };
  let notice = setup.notice;

  const ask = (index: number, back: 'previous' | 'review' | 'none') => {
    const statement = statements[index]!;
    const config = {
      position: index + 1,
      count: statements.length,
      text: statement.text,
      scale: bank.scale,
      default: answers[statement.id],
      back,
      notice,
      paint,
      columns,
    };
    return statementPrompt(config, context);
  };

  let index = firstUnanswered(statements, answers);
  while (index < statements.length) {
    const choice = await ask(index, index === 0 ? 'none' : 'previous');
    if (choice.action === 'back') {
      index -= 1;
      continue;
    }
    answers[statements[index]!.id] = choice.value;
    notice = await setup.onChange(answers);
    index += 1;
  }

  let start: number | undefined;
  for (;;) {
    const review = { statements, answers, scale: bank.scale, start, notice, paint, columns, rows };
    const choice = await reviewPrompt(review, context);
    if (choice.action === 'save') return answers;

    const id = statements[choice.index]!.id;
    const edit = await ask(choice.index, 'review');
    if (edit.action === 'answer' && edit.value !== answers[id]) {
      answers[id] = edit.value;
      notice = await setup.onChange(answers);
    }
    start = choice.index;
  }
}

/** The index of the first statement without an answer; the count when all are answered. */
export function firstUnanswered(
  statements: readonly Statement[],
  answers: Readonly<Record<string, number>>,
): number {
  const index = statements.findIndex((s) => answers[s.id] === undefined);
  return index === -1 ? statements.length : index;
}
