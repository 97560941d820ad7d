// Run by the build: checks the bundled bank and stores it as JSON beside the bundle.
import { writeFileSync } from 'node:fs';
import { readTextFile } from '../src/files/read-text.js';
import { MAX_BANK_BYTES } from '../src/files/limits.js';
import { parseBank, sourceDigest, type CompiledBank } from '../src/questionnaire/load-bank.js';
import { join } from 'node:path';
import { bundledBankPath, packageRoot } from '../src/paths.js';
import { UserError } from '../src/errors.js';

try {
  const text = readTextFile(bundledBankPath, MAX_BANK_BYTES);
  const compiled: CompiledBank = {
    sourceDigest: sourceDigest(text),
    questionnaire: await parseBank(bundledBankPath, text),
  };
  // The build writes into a staging folder named on the command line.
  const outDir = join(packageRoot, process.argv[2] ?? 'dist');
  writeFileSync(
    join(outDir, 'sales-marketing-alignment.bank.json'),
    `${JSON.stringify(compiled)}\n`,
  );
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  for (const problem of error.problems) console.error(problem);
  process.exit(1);
}
