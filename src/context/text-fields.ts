/** The organization's name: as long as a response allows (schema/response.v1.schema.json). */
export const MAX_ORGANIZATION = 200;

/** The consultant's note: room for a few sentences, as schema/context.v1.schema.json allows. */
export const MAX_NOTE = 2000;

export type TextProblem = 'empty' | 'tooLong' | 'controlCharacters';

// A name or note ends up in file names, reports and terminals, where control characters
// (escape sequences above all) would do harm.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** What is wrong with a name or note typed or given as a flag, if anything; `text` is trimmed. */
export function textProblem(text: string, max: number, required: boolean): TextProblem | undefined {
  if (required && text === '') return 'empty';
  if (text.length > max) return 'tooLong';
  if (CONTROL.test(text)) return 'controlCharacters';
  return undefined;
}
