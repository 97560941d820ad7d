import { existsSync, readFileSync } from 'node:fs';
import { InputError, UsageError } from '../errors.js';
import { MAX_BANK_BYTES, MAX_YAML_ALIASES } from '../files/limits.js';
import { readTextFile } from '../files/read-text.js';
import { bundledBankPath, compiledBankPath } from '../paths.js';
import { checkSchema, type Problem } from '../validation/schema-issues.js';
import { formatFieldPath, type FieldPath } from '../validation/field-path.js';
import type { Bank, Questionnaire } from './types.js';

/** What the build stores for the bundled bank: the checked content and the YAML it came from. */
export interface CompiledBank {
  sourceDigest: string;
  questionnaire: Questionnaire;
}

/**
 * Loads a bank, the bundled one unless a file is named. Every problem found is reported at
 * once, each as `file:line:col: message`, in one InputError.
 */
export async function loadBank(file?: string): Promise<Bank> {
  if (file === undefined) return loadBundledBank();
  // A bank that is not there is a mistake on the command line, like a path that matched
  // nothing (exit 2); one that is there but wrong is bad input (exit 1).
  if (!existsSync(file)) throw new UsageError(`${file}: no such file (given as --questionnaire)`);
  const text = readTextFile(file, MAX_BANK_BYTES);
  return toBank(await parseBank(file, text), file);
}

/** Validates bank source text and returns the plain questionnaire, or throws InputError. */
export async function parseBank(file: string, text: string): Promise<Questionnaire> {
  const { LineCounter, parseDocument } = await loadYaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };

  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => `${at(e.pos[0])}: ${firstLine(e.message)}`);
    throw new InputError(problems[0]!, problems);
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw new InputError(
      `${file}: ${firstLine((error as Error).message)} (at most ${MAX_YAML_ALIASES} alias expansions are allowed)`,
    );
  }

  const locate = (path: FieldPath) => {
    const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
    const parent =
      path.length > 0
        ? (doc.getIn(path.slice(0, -1), true) as { range?: [number, number] } | undefined)
        : undefined;
    const range = node?.range ?? parent?.range;
    return range ? at(range[0]) : `${file}:1:1`;
  };
  const report = (problems: Problem[]) => {
    const lines = problems.map((p) => `${locate(p.path)}: ${formatFieldPath(p.path)} ${p.message}`);
    throw new InputError(lines[0]!, lines);
  };

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${file}:1:1: a questionnaire must be a YAML mapping of fields`);
  }
  const { validateQuestionnaire } = await import('../generated/validate-questionnaire.js');
  const schemaProblems = checkSchema(validateQuestionnaire, data);
  if (schemaProblems.length > 0) report(schemaProblems);
  const bank = data as Questionnaire;
  // Loaded here with the schema, so that reading the bundled bank never parses the checks.
  const { checkBank } = await import('./check-bank.js');
  const semanticProblems = checkBank(bank);
  if (semanticProblems.length > 0) report(semanticProblems);
  return bank;
}

/** Adds the lookups and sorted bands the scorers need to a validated questionnaire. */
export function toBank(questionnaire: Questionnaire, file: string): Bank {
  const bands = [...questionnaire.stages].sort((a, b) => a.min - b.min);
  return {
    ...questionnaire,
    file,
    statementIds: new Set(questionnaire.statements.map((s) => s.id)),
    departmentIds: new Set(questionnaire.departments.map((d) => d.id)),
    roleIds: new Set(questionnaire.roles.map((r) => r.id)),
    bands,
    totalMin: questionnaire.statements.length * questionnaire.scale.min,
    totalMax: questionnaire.statements.length * questionnaire.scale.max,
  };
}

/**
 * A fingerprint of the bank's source (length and 32-bit FNV-1a), enough to notice an edit
 * since the build; cheaper at start-up than loading node:crypto for a real hash.
 */
export function sourceDigest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}-${hash.toString(16)}`;
}

// The build checked the bundled bank and stored it as JSON; use that unless the YAML has been
// edited since, so an ordinary run never loads the YAML parser.
async function loadBundledBank(): Promise<Bank> {
  const text = readTextFile(bundledBankPath, MAX_BANK_BYTES);
  try {
    const compiled = JSON.parse(readFileSync(compiledBankPath, 'utf8')) as CompiledBank;
    if (compiled.sourceDigest === sourceDigest(text))
      return toBank(compiled.questionnaire, bundledBankPath);
  } catch {
    // No build output yet (running from source): parse the YAML instead.
  }
  return toBank(await parseBank(bundledBankPath, text), bundledBankPath);
}

// yaml ships CommonJS for Node, so once bundled its named exports sit on `default`.
async function loadYaml(): Promise<typeof import('yaml')> {
  const mod = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  return mod.default ?? mod;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
