import type { FieldPath } from '../validation/field-path.js';
import type { Problem } from '../validation/schema-issues.js';
import type { ContextCondition, ContextRule, ContextSection } from './context-types.js';
import type { Questionnaire } from './types.js';

const PLACEHOLDER = /\{([^{}]*)\}/g;
const PLACEHOLDERS = new Set(['stage', 'next']);
const TESTS = ['all', 'any', 'none'] as const;

/**
 * The checks on a bank's `context` section that its schema cannot make: unique ids, weights
 * and rules that name questions, conditions and stages the bank has, conditions that can
 * hold, and a verdict for every stage whatever the answers.
 */
export function checkContext(bank: Questionnaire): Problem[] {
  const context = bank.context;
  if (context === undefined) return [];

  const questionIds = new Set(context.questions.map((q) => q.id));
  const conditions = context.conditions ?? [];
  const conditionIds = new Set(conditions.map((c) => c.id));
  const top = [...bank.stages].sort((a, b) => b.min - a.min)[0]?.id;
  const stageIds = new Set(bank.stages.map((s) => s.id));
  return [
    ...unique(context.questions, ['context', 'questions']),
    ...unique(conditions, ['context', 'conditions']),
    ...conditions.flatMap((c, i) => checkCondition(c, ['context', 'conditions', i], questionIds)),
    ...context.rules.flatMap((r, i) => [
      ...checkReferences(r, ['context', 'rules', i], stageIds, conditionIds),
      ...checkTopStage(r, ['context', 'rules', i], top),
    ]),
    ...checkCoverage(context, bank),
  ];
}

function unique(items: readonly { id: string }[], at: FieldPath): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else
      problems.push({
        path: [...at, index, 'id'],
        message: `duplicate id "${item.id}" (first used at ${at.at(-1)}[${earlier}])`,
      });
  });
  return problems;
}

function checkCondition(
  condition: ContextCondition,
  at: FieldPath,
  questions: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const yes = condition.yes ?? {};
  const no = condition.no ?? {};

  for (const [side, weights] of [
    ['yes', yes],
    ['no', no],
  ] as const) {
    for (const id of Object.keys(weights)) {
      const path = [...at, side, id];
      if (!questions.has(id)) {
        problems.push({ path, message: 'is not a context question of this bank' });
      } else if (side === 'no' && Object.hasOwn(yes, id)) {
        problems.push({ path, message: 'is weighed under both yes and no; an answer counts once' });
      }
    }
  }

  // Each question adds its larger weight at most, so a bar above their sum can never be met.
  const ids = new Set([...Object.keys(yes), ...Object.keys(no)]);
  const reachable = [...ids].reduce((sum, id) => sum + Math.max(yes[id] ?? 0, no[id] ?? 0), 0);
  if (reachable === 0) {
    problems.push({ path: at, message: 'weighs no answer: give it `yes` or `no` weights' });
  } else if (condition.atLeast > reachable) {
    problems.push({
      path: [...at, 'atLeast'],
      message:
        `is ${condition.atLeast}, but the weights add up to at most ${reachable}, ` +
        'so the condition can never hold',
    });
  }
  return problems;
}

function checkReferences(
  rule: ContextRule,
  at: FieldPath,
  stages: ReadonlySet<string>,
  conditions: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  rule.stages?.forEach((id, i) => {
    if (!stages.has(id)) {
      problems.push({ path: [...at, 'stages', i], message: `"${id}" is not a stage of this bank` });
    }
  });
  for (const test of TESTS) {
    rule.when?.[test]?.forEach((id, i) => {
      if (conditions.has(id)) return;
      const message = `"${id}" is not a condition of the context section`;
      problems.push({ path: [...at, 'when', test, i], message });
    });
  }
  for (const [, name] of rule.reason.matchAll(PLACEHOLDER)) {
    if (!PLACEHOLDERS.has(name!)) {
      const message = `uses {${name}}; only {stage} and {next} are filled in`;
      problems.push({ path: [...at, 'reason'], message });
    }
  }
  return problems;
}

// Above the highest stage there is nothing: no moving up to it and no name for {next}.
function checkTopStage(rule: ContextRule, at: FieldPath, top: string | undefined): Problem[] {
  if (top === undefined || (rule.stages !== undefined && !rule.stages.includes(top))) return [];

  const problems: Problem[] = [];
  if (rule.verdict === 'move-up') {
    problems.push({
      path: [...at, 'verdict'],
      message: `cannot be move-up for "${top}", the highest stage; list the stages the rule is for`,
    });
  }
  if (rule.reason.includes('{next}')) {
    problems.push({
      path: [...at, 'reason'],
      message: `uses {next}, but the rule is for "${top}", which has no next stage`,
    });
  }
  return problems;
}

// A stage whose rules all have a `when` could meet answers that no rule accepts, and then the
// report would have no verdict to give.
function checkCoverage(context: ContextSection, bank: Questionnaire): Problem[] {
  const covers = (rule: ContextRule, stage: string) =>
    rule.when === undefined && (rule.stages === undefined || rule.stages.includes(stage));
  const open = bank.stages
    .map((stage) => stage.id)
    .filter((id) => !context.rules.some((rule) => covers(rule, id)));
  if (open.length === 0) return [];

  const names = open.map((id) => `"${id}"`).join(', ');
  return [
    {
      path: ['context', 'rules'],
      message: `need a rule without \`when\` for ${names}, so that every answer gets a verdict`,
    },
  ];
}
