import { Chalk, type ChalkInstance } from 'chalk';

/** A chalk that colours only when `enabled`. Import lazily: only terminal output needs it. */
export function painter(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
