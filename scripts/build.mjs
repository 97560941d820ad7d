// Build: compile the JSON Schemas to standalone validators (so the CLI never loads Ajv at run
// time), bundle the CLI with tsup, then validate the bundled bank once and store it as JSON (so
// the YAML parser only loads for a custom bank).
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, dirname, join, sep } from 'node:path';
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

// One module per schema, so a command loads only the validators it uses; validators.js
// re-exports them all for code where start-up time does not matter.
function generateValidators() {
  const present = Object.entries(schemas).filter(([, file]) => exists(join(root, file)));
  const outDir = join(root, 'src', 'generated');
  mkdirSync(outDir, { recursive: true });
  const typeImport =
    "import type { CompiledValidator } from '../validation/compiled-validator.js';";

  for (const [name, file] of present) {
    // unicode: false counts string lengths in UTF-16 units, as JavaScript does, so that the
    // generated code needs no helper module of Ajv's at run time.
    // (Ajv calls the option deprecated and would say so on every build: logger off.)
    const ajv = new Ajv({
      allErrors: true,
      unicode: false,
      logger: false,
      code: { source: true, esm: true },
    });
    const schema = JSON.parse(readFileSync(join(root, file), 'utf8'));
    ajv.addSchema(schema);
    const module = kebab(name);
    writeFileSync(join(outDir, `${module}.js`), standaloneCode(ajv, { [name]: schema.$id }));
    writeFileSync(
      join(outDir, `${module}.d.ts`),
      `${typeImport}\nexport declare const ${name}: CompiledValidator;\n`,
    );
  }
  const all = present.map(([name]) => `export { ${name} } from './${kebab(name)}.js';`).join('\n');
  writeFileSync(join(outDir, 'validators.js'), `${all}\n`);
  writeFileSync(join(outDir, 'validators.d.ts'), `${all}\n`);
}

function kebab(name) {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function exists(file) {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

// Each command is its own bundle with its own lazy chunks, and cli.js loads the one it needs.
// One shared split would cut the code into many small chunks by which commands use them, and
// every extra module costs start-up time.
const common = {
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  bundle: true,
  // Every dependency is bundled: resolving node_modules at start-up costs more than the code.
  noExternal: [/.*/],
  silent: true,
  // Bundled CommonJS packages expect require(), and write-file-atomic names its temp files
  // after __filename: give every chunk the CommonJS globals an ESM module lacks.
  banner: {
    js: [
      "import { createRequire as __smaCreateRequire } from 'node:module';",
      "import { fileURLToPath as __smaFileURLToPath } from 'node:url';",
      "import { dirname as __smaDirname } from 'node:path';",
      'const require = __smaCreateRequire(import.meta.url);',
      'const __filename = __smaFileURLToPath(import.meta.url);',
      'const __dirname = __smaDirname(__filename);',
    ].join('\n'),
  },
};

const commands = readdirSync(join(root, 'src', 'cli'))
  .filter((f) => f.endsWith('-command.ts'))
  .map((f) => f.replace(/-command\.ts$/, ''));

const commandsAsExternal = {
  name: 'commands-as-external',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/cli\/[a-z-]+-command\.js$/ }, (args) => ({
      path: `./${args.path.slice('./cli/'.length, -'-command.js'.length)}/index.js`,
      external: true,
    }));
  },
};

// Commander loads node:child_process up front for executable subcommands, which this CLI does
// not have; loading it costs about 5 ms of every start. Commander gets a stand-in that loads
// the real module on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${sep}commander${sep}`)
        ? { path: 'child_process', namespace: 'lazy' }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        'let real;\n' +
        "module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });\n",
      loader: 'js',
    }));
  },
};

generateValidators();
// Built beside dist and swapped in at the end, so a test running the bin meanwhile never
// finds dist half-written.
// Each build has its own staging folder, so two builds at once cannot mix their files.
const staging = join(root, `dist-next-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
await build({
  ...common,
  entry: { cli: 'src/cli.ts' },
  outDir: staging,
  esbuildPlugins: [commandsAsExternal, lazyChildProcess],
  // Keep 'node:' on built-ins so that the plugin above sees commander's import of it.
  removeNodeProtocol: false,
});
for (const name of commands) {
  await build({
    ...common,
    entry: { index: `src/cli/${name}-command.ts` },
    outDir: join(staging, name),
  });
}
await build({
  ...common,
  entry: { 'compile-bank': 'scripts/compile-bank.ts' },
  outDir: join(staging, 'tools'),
});
execFileSync(process.execPath, [join(staging, 'tools', 'compile-bank.js'), basename(staging)], {
  stdio: 'inherit',
});
const old = join(root, `dist-old-${process.pid}`);
try {
  renameSync(join(root, 'dist'), old);
} catch {
  // First build: nothing to move aside.
}
renameSync(staging, join(root, 'dist'));
rmSync(old, { recursive: true, force: true });
