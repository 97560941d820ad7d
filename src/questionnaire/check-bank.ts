import type { Problem } from '../validation/schema-issues.js';
import { checkContext } from './check-context.js';
import type { Questionnaire } from './types.js';

/**
 * The checks a schema cannot express: unique ids, a label for every scale point, bands that
 * tile the possible totals exactly, with no overlap and no gap, and a consistent context section.
 */
export function checkBank(bank: Questionnaire): Problem[] {
  return [
    ...uniqueIds(bank.statements, 'statements'),
    ...uniqueIds(bank.departments, 'departments'),
    ...uniqueIds(bank.roles, 'roles'),
    ...uniqueIds(bank.stages, 'stages'),
    ...checkScale(bank),
    ...checkGap(bank),
    ...checkBands(bank),
    ...checkContext(bank),
  ];
}

function uniqueIds(items: readonly { id: string }[], section: string): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else
      problems.push({
        path: [section, index, 'id'],
        message: `duplicate id "${item.id}" (first used at ${section}[${first}])`,
      });
  });
  return problems;
}

function checkScale(bank: Questionnaire): Problem[] {
  const { min, max, labels } = bank.scale;
  if (min >= max)
    return [{ path: ['scale', 'max'], message: `must be greater than scale.min (${min})` }];

  const problems: Problem[] = [];
  for (let point = min; point <= max; point++) {
    if (labels[String(point)] === undefined) {
      problems.push({
        path: ['scale', 'labels'],
        message: `has no label for scale point ${point}`,
      });
    }
  }
  for (const key of Object.keys(labels)) {
    const point = Number(key);
    if (point < min || point > max) {
      problems.push({
        path: ['scale', 'labels', key],
        message: `labels a point outside ${min}..${max}`,
      });
    }
  }
  return problems;
}

function checkGap(bank: Questionnaire): Problem[] {
  const known = new Set(bank.departments.map((d) => d.id));
  const problems: Problem[] = [];
  bank.gap.forEach((id, index) => {
    if (!known.has(id))
      problems.push({ path: ['gap', index], message: `"${id}" is not a department of this bank` });
  });
  if (bank.gap[0] === bank.gap[1]) {
    problems.push({ path: ['gap', 1], message: 'must name a different department from the first' });
  }
  return problems;
}

function checkBands(bank: Questionnaire): Problem[] {
  const lowest = bank.statements.length * bank.scale.min;
  const highest = bank.statements.length * bank.scale.max;
  const problems: Problem[] = [];
  const order = bank.stages
    .map((stage, index) => ({ stage, index }))
    .sort((a, b) => a.stage.min - b.stage.min);

  for (const { stage, index } of order) {
    if (stage.min > stage.max) {
      problems.push({ path: ['stages', index, 'max'], message: `is below its min (${stage.min})` });
    }
  }
  const first = order[0];
  if (first && first.stage.min !== lowest) {
    problems.push({
      path: ['stages', first.index, 'min'],
      message: `the lowest band must start at ${lowest} (${bank.statements.length} statements x ${bank.scale.min}), not ${first.stage.min}`,
    });
  }
  for (let i = 1; i < order.length; i++) {
    const prev = order[i - 1]!;
    const next = order[i]!;
    if (next.stage.min <= prev.stage.max) {
      problems.push({
        path: ['stages', next.index, 'min'],
        message: `band "${next.stage.id}" overlaps band "${prev.stage.id}" (${prev.stage.min}-${prev.stage.max})`,
      });
    } else if (next.stage.min > prev.stage.max + 1) {
      problems.push({
        path: ['stages', next.index, 'min'],
        message: `totals ${prev.stage.max + 1}-${next.stage.min - 1} fall between bands "${prev.stage.id}" and "${next.stage.id}"`,
      });
    }
  }
  const last = order[order.length - 1];
  if (last && last.stage.max !== highest) {
    problems.push({
      path: ['stages', last.index, 'max'],
      message: `the highest band must end at ${highest} (${bank.statements.length} statements x ${bank.scale.max}), not ${last.stage.max}`,
    });
  }
  return problems;
}
