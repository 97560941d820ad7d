import { validateFiles } from '../commands/validate.js';
import { printLines } from './edge.js';

export interface ValidateFlags {
  questionnaire?: string;
  recursive?: boolean;
}

export async function validateCommand(paths: string[], flags: ValidateFlags): Promise<number> {
  const report = await validateFiles({ paths, ...flags });
  printLines(report.unmatched.map((u) => `${u.path}: ${u.message}`));
  for (const outcome of report.outcomes) {
    if (outcome.problems.length === 0)
      process.stdout.write(`${outcome.file}: OK (${outcome.kind})\n`);
    else printLines(outcome.problems);
    printLines(outcome.warnings.map((w) => `warning: ${w}`));
  }
  return report.exitCode;
}
