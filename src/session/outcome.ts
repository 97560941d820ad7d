import type { ResponseV1 } from '../response/types.js';
import type { ExitSignal } from './signals.js';

/** A response written to disk, with its score. */
export interface SavedResponse {
  file: string;
  response: ResponseV1;
  total: number;
  /** The stage's display name. */
  stageName: string;
}

/** A finished response that could not be written; its JSON must reach the user another way. */
export interface UnsavedResponse {
  problem: string;
  document: string;
  /** The progress file that still holds the answers, when its last save worked. */
  partialFile?: string;
}

/** A session ended by Ctrl-C, a closed terminal or SIGTERM. */
export interface Interruption {
  signal: ExitSignal;
  /** Responses finished and saved earlier in the sitting. */
  savedCount: number;
  /** The respondent in progress, if the interruption came after the start questions. */
  inProgress?: {
    answered: number;
    count: number;
    /** Where the progress is saved and the command that carries on from it. */
    partialFile?: string;
    resumeCommand?: string;
    /** The progress as JSON, when it could not be saved to disk. */
    unsavedDocument?: string;
  };
}
