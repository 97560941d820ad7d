import { extname } from 'node:path';
import { ExitCode, UserError, combineExitCodes } from '../errors.js';
import { expandPaths } from '../files/expand-paths.js';
import { Format } from '../files/formats.js';
import { MAX_BANK_BYTES, MAX_RESPONSE_BYTES } from '../files/limits.js';
import { parseJsonText } from '../files/read-json.js';
import { readTextFile } from '../files/read-text.js';
import { loadBank, parseBank } from '../questionnaire/load-bank.js';
import type { Bank } from '../questionnaire/types.js';
import { scoreResponse, summarize } from '../response/read-response.js';
import type { ResponseV1 } from '../response/types.js';
import { fileKindFor, knownFormats } from '../validation/file-kinds.js';
import '../validation/all-kinds.js';

export interface ValidateOptions {
  paths: string[];
  questionnaire?: string;
  recursive?: boolean;
}

export interface ValidateOutcome {
  file: string;
  /** What the file was recognised as, when it was. */
  kind: string | null;
  problems: string[];
  /** Things that are not wrong but worth saying, such as a stored result that disagrees. */
  warnings: string[];
}

export interface ValidateReport {
  outcomes: ValidateOutcome[];
  unmatched: { path: string; message: string }[];
  exitCode: number;
}

/** Checks each file by its `format` tag (banks also by their .yaml name) and lists problems. */
export async function validateFiles(options: ValidateOptions): Promise<ValidateReport> {
  const expansion = await expandPaths(options.paths, { recursive: options.recursive });
  let bank: Promise<Bank> | undefined;
  const bankInUse = () => (bank ??= loadBank(options.questionnaire));

  const outcomes = expansion.errors.map(({ file, message }) => failed(file, null, [message]));
  for (const file of expansion.files) outcomes.push(await validateOne(file, bankInUse));

  const codes: number[] = [];
  if (expansion.unmatched.length > 0) codes.push(ExitCode.usage);
  if (outcomes.some((o) => o.problems.length > 0)) codes.push(ExitCode.invalidInput);
  return { outcomes, unmatched: expansion.unmatched, exitCode: combineExitCodes(codes) };
}

async function validateOne(file: string, bankInUse: () => Promise<Bank>): Promise<ValidateOutcome> {
  try {
    const isYaml = ['.yaml', '.yml'].includes(extname(file).toLowerCase());
    const text = readTextFile(file, MAX_BANK_BYTES);
    if (isYaml) {
      await parseBank(file, text);
      return passed(file, 'questionnaire');
    }

    const data = parseJsonText(file, text);
    const format = (data as { format?: unknown } | null)?.format;
    if (format === Format.questionnaire) {
      await parseBank(file, text);
      return passed(file, 'questionnaire');
    }
    // Only a bank may be as large as a bank; our other files are far smaller.
    if (text.length > MAX_RESPONSE_BYTES) {
      const limit = `${MAX_RESPONSE_BYTES / 1024} KiB`;
      return failed(file, null, [`${file}: file is over the ${limit} limit`]);
    }
    const kind = fileKindFor(format);
    if (!kind) {
      const shown = format === undefined ? 'missing' : JSON.stringify(format);
      const known = knownFormats().join(', ');
      return failed(file, null, [`${file}: format is ${shown}, not one of ${known}`]);
    }

    const bank = await bankInUse();
    const problems = kind.check(data, bank);
    if (problems.length > 0) return failed(file, kind.label, [`${file}: ${summarize(problems)}`]);
    if (format !== Format.response) return passed(file, kind.label);
    const { warnings } = scoreResponse(file, data as ResponseV1, bank);
    return passed(
      file,
      kind.label,
      warnings.map((w) => `${file}: ${w.message}`),
    );
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return failed(file, null, error.problems);
  }
}

function passed(file: string, kind: string, warnings: string[] = []): ValidateOutcome {
  return { file, kind, problems: [], warnings };
}

function failed(file: string, kind: string | null, problems: readonly string[]): ValidateOutcome {
  return { file, kind, problems: [...problems], warnings: [] };
}
