import { Format } from '../files/formats.js';
import { MAX_RESPONSE_BYTES } from '../files/limits.js';
import { readJsonFile } from '../files/read-json.js';

export interface QuestionnaireRef {
  id: string;
  version: string;
}

/**
 * The questionnaire a response file says it answers, or undefined when the file is not a
 * response or does not say. Read again only for files that failed, to tell a response to
 * another questionnaire version (which stops the report) from a merely invalid one.
 */
export function declaredQuestionnaire(file: string): QuestionnaireRef | undefined {
  let data: unknown;
  try {
    data = readJsonFile(file, MAX_RESPONSE_BYTES);
  } catch {
    return undefined;
  }
  const value = data as { format?: unknown; questionnaire?: Record<string, unknown> } | null;
  const id = value?.questionnaire?.id;
  const version = value?.questionnaire?.version;
  if (value?.format !== Format.response || typeof id !== 'string' || typeof version !== 'string') {
    return undefined;
  }
  return { id, version };
}
