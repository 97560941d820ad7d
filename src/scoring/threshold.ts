import { UsageError } from '../errors.js';
import type { Bank } from '../questionnaire/types.js';

/** A `--fail-under` bar: a total, given as a number or as the lowest total of a stage. */
export interface Threshold {
  total: number;
  label: string;
}

/** Reads `--fail-under 60` or `--fail-under aligned` against the bank's totals and stages. */
export function parseThreshold(text: string, bank: Bank): Threshold {
  const stage = bank.stages.find((s) => s.id === text);
  if (stage) return { total: stage.min, label: `stage ${stage.id} (${stage.min})` };

  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new UsageError(
      `--fail-under: "${text}" is neither a total nor a stage id (${bank.stages.map((s) => s.id).join(', ')})`,
    );
  }
  if (value < bank.totalMin || value > bank.totalMax) {
    throw new UsageError(
      `--fail-under: ${text} is outside the possible totals ${bank.totalMin}-${bank.totalMax}`,
    );
  }
  return { total: value, label: String(value) };
}
