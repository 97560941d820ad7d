// Build: compile the JSON Schemas to standalone validators (so the CLI never loads Ajv at run
// time), bundle the CLI with tsup, then validate the bundled bank once and store it as JSON (so
// the YAML parser only loads for a custom bank).
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'tsup';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const schemas = {
  validateQuestionnaire: 'schema/questionnaire.schema.json',
  validateResponseV1: 'schema/response.v1.schema.json',
  validatePartialV1: 'schema/partial.v1.schema.json',
  validateContextV1: 'schema/context.v1.schema.json',
};

function generateValidators() {
  const ajv = new Ajv({ allErrors: true, code: { source: true, esm: true } });
  const present = Object.entries(schemas).filter(([, file]) => exists(join(root, file)));
  const refs = {};
  for (const [name, file] of present) {
    const schema = JSON.parse(readFileSync(join(root, file), 'utf8'));
    ajv.addSchema(schema);
    refs[name] = schema.$id;
  }

  const outDir = join(root, 'src', 'generated');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'validators.js'), standaloneCode(ajv, refs));
  const declarations = present
    .map(([name]) => `export declare const ${name}: CompiledValidator;`)
    .join('\n');
  writeFileSync(
    join(outDir, 'validators.d.ts'),
    `import type { CompiledValidator } from '../validation/compiled-validator.js';\n${declarations}\n`,
  );
}

function exists(file) {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

generateValidators();
await build({
  entry: { cli: 'src/cli.ts', 'compile-bank': 'scripts/compile-bank.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  // Built beside dist and swapped in at the end, so a test running the bin meanwhile never
  // finds dist half-written.
  outDir: 'dist-next',
  clean: true,
  splitting: true,
  bundle: true,
  // Every dependency is bundled: resolving node_modules at start-up costs more than the code.
  noExternal: [/.*/],
  silent: true,
  // Some bundled CommonJS packages call require() on Node built-ins.
  banner: {
    js: "import { createRequire as __smaCreateRequire } from 'node:module';\n" +
      'const require = __smaCreateRequire(import.meta.url);',
  },
});
execFileSync(process.execPath, [join(root, 'dist-next', 'compile-bank.js'), 'dist-next'], { stdio: 'inherit' });
rmSync(join(root, 'dist-old'), { recursive: true, force: true });
try {
  renameSync(join(root, 'dist'), join(root, 'dist-old'));
} catch {
  // First build: nothing to move aside.
}
renameSync(join(root, 'dist-next'), join(root, 'dist'));
rmSync(join(root, 'dist-old'), { recursive: true, force: true });
