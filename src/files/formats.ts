/** The `format` tags of the files this tool writes and reads. */
export const Format = {
  questionnaire: 'salesmarketing-align/questionnaire',
  response: 'salesmarketing-align/response',
  partial: 'salesmarketing-align/partial-response',
  context: 'salesmarketing-align/context',
} as const;

export type FormatTag = (typeof Format)[keyof typeof Format];

/** Files of ours that are not responses: a scorer passes over them with a note, not an error. */
export const NOT_A_RESPONSE: Readonly<Record<string, string>> = {
  [Format.partial]: 'an unfinished session; finish it with `run --resume <file>`',
  [Format.context]: 'a context file, read by `aggregate`',
  [Format.questionnaire]: 'a questionnaire, not a response',
};
