import type {
  ContextCondition,
  ContextRule,
  ContextSection,
  RuleTest,
} from '../questionnaire/context-types.js';
import type { Bank, Stage } from '../questionnaire/types.js';
import { bundledBankPath } from '../paths.js';
import { contextCommandLine, reasonText } from './messages.js';
import type { ContextAnswers, Recommendation } from './types.js';

/**
 * Whether an organization at `stageId` should move up a stage, stay and consolidate, or hold,
 * read from the bank's context rules and the organization's context answers. The rules are
 * tried in order for that stage and the first that applies decides; the reasons are the
 * rule's own, then every condition weighed on the way with the answers behind it.
 *
 * Without answers (or without context questions in the bank) the recommendation is the
 * default, unqualified: move up, or consolidate at the highest stage, with a reason that
 * says so and how to add the context.
 */
export function recommend(
  bank: Bank,
  stageId: string,
  answers: ContextAnswers | undefined,
  organization?: string,
): Recommendation {
  const index = bank.bands.findIndex((stage) => stage.id === stageId);
  if (index === -1) throw new Error(`internal: "${stageId}" is not a stage of ${bank.id}`);
  const stage = bank.bands[index]!;
  const next = bank.bands[index + 1];

  if (bank.context === undefined) return unqualified(stage, next, reasonText.noContextQuestions);
  if (answers === undefined) {
    const bankFile = bank.file === bundledBankPath ? undefined : bank.file;
    const command = contextCommandLine(organization ?? '<organization>', bankFile);
    return unqualified(stage, next, reasonText.unqualified(organization, command));
  }

  return qualified(bank.context, stage, next, answers);
}

function unqualified(stage: Stage, next: Stage | undefined, why: string): Recommendation {
  if (next === undefined) {
    const reasons = [reasonText.topStage(stage.name), why];
    return { verdict: 'consolidate', qualified: false, reasons };
  }
  const reasons = [reasonText.defaultMoveUp(stage.name, next.name), why];
  return { verdict: 'move-up', qualified: false, reasons };
}

function qualified(
  context: ContextSection,
  stage: Stage,
  next: Stage | undefined,
  answers: ContextAnswers,
): Recommendation {
  const conditions = new Map((context.conditions ?? []).map((c) => [c.id, c]));
  const holds = (id: string) => conditionHolds(conditions.get(id)!, answers);
  const weighed = new Set<string>();

  for (const rule of context.rules) {
    if (rule.stages !== undefined && !rule.stages.includes(stage.id)) continue;
    for (const id of conditionsOf(rule.when)) weighed.add(id);
    if (!passes(rule.when, holds)) continue;

    const evidence = [...weighed].map((id) => describe(conditions.get(id)!, context, answers));
    const reasons = [fillIn(rule, stage, next), ...evidence];
    return { verdict: rule.verdict, qualified: true, reasons };
  }
  // checkContext refuses a bank with a stage that no rule without `when` covers.
  throw new Error(`internal: no context rule of the bank gives a verdict for "${stage.id}"`);
}

/** The weights of the answers a condition counts, added up: yes answers, then no answers. */
export function conditionScore(condition: ContextCondition, answers: ContextAnswers): number {
  let score = 0;
  for (const [id, weight] of Object.entries(condition.yes ?? {})) {
    if (answers[id] === true) score += weight;
  }
  for (const [id, weight] of Object.entries(condition.no ?? {})) {
    if (answers[id] === false) score += weight;
  }
  return score;
}

/** True when the condition's answers reach its `atLeast`. */
export function conditionHolds(condition: ContextCondition, answers: ContextAnswers): boolean {
  return conditionScore(condition, answers) >= condition.atLeast;
}

function passes(test: RuleTest | undefined, holds: (id: string) => boolean): boolean {
  if (test === undefined) return true;
  if (test.all && !test.all.every(holds)) return false;
  if (test.any && !test.any.some(holds)) return false;
  return !(test.none && test.none.some(holds));
}

function conditionsOf(test: RuleTest | undefined): string[] {
  if (test === undefined) return [];
  return [...(test.all ?? []), ...(test.any ?? []), ...(test.none ?? [])];
}

// The answers are quoted by their labels, in question order, split by how they were answered.
function describe(condition: ContextCondition, context: ContextSection, answers: ContextAnswers) {
  const counted = new Set(Object.keys({ ...condition.yes, ...condition.no }));
  const asked = context.questions.filter((q) => counted.has(q.id));
  const yes = asked.filter((q) => answers[q.id] === true).map((q) => q.label);
  const no = asked.filter((q) => answers[q.id] === false).map((q) => q.label);
  return reasonText.evidence(condition.name, conditionHolds(condition, answers), yes, no);
}

function fillIn(rule: ContextRule, stage: Stage, next: Stage | undefined): string {
  const nextName = next?.name ?? stage.name;
  return rule.reason.replaceAll('{stage}', stage.name).replaceAll('{next}', nextName);
}
