import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// This file sits one folder below the package root both as source (src/paths.ts) and once
// bundled (dist/<chunk>.js), so the root is two dirnames up in either case.
export const packageRoot = dirname(dirname(fileURLToPath(import.meta.url)));

export const bundledBankPath = join(packageRoot, 'questionnaires', 'sales-marketing-alignment.yaml');

/** Where the build leaves the bundled bank, already validated and converted to JSON. */
export const compiledBankPath = join(packageRoot, 'dist', 'sales-marketing-alignment.bank.json');
