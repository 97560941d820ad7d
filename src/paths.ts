import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The code runs from src/ in tests and from a folder under dist/ once built, so the package
// root is found by walking up to the folder that holds the bundled questionnaires.
function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'questionnaires')) && existsSync(join(dir, 'package.json')))
      return dir;
    if (dirname(dir) === dir) throw new Error(`no package root above ${start}`);
  }
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

export const bundledBankPath = join(
  packageRoot,
  'questionnaires',
  'sales-marketing-alignment.yaml',
);

/** Where the build leaves the bundled bank, already validated and converted to JSON. */
export const compiledBankPath = join(packageRoot, 'dist', 'sales-marketing-alignment.bank.json');
