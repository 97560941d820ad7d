import { scoreFiles } from '../commands/score.js';
import { renderScore, type ScoreFormat } from '../output/score-formats.js';
import { printLines, terminal } from './edge.js';

export interface ScoreFlags {
  questionnaire?: string;
  format: ScoreFormat;
  recursive?: boolean;
  failUnder?: string;
  each?: boolean;
}

export async function scoreCommand(paths: string[], flags: ScoreFlags): Promise<number> {
  const report = await scoreFiles({ paths, ...flags });
  const rendered = await renderScore(report, flags.format, terminal());
  process.stdout.write(rendered.stdout);
  printLines(rendered.stderr);
  return report.exitCode;
}
