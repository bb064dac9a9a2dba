// The package build (`npm run build`, run by `prepack`, and by `prepare` on an install from git or a folder): esbuild bundles of the TypeScript sources,
// the validators precompiled from the specs, declarations from tsc, and Scalar's standalone bundle for /__docs, all under dist/ (not in git).
// The bins call ensureBundles() in a checkout so `npm start` never runs stale code.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILD, VALIDATOR_SOURCES, stale, stamp } from './stale.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

const ENTRIES = {
  index: 'lib/index.ts',
  vitest: 'lib/vitest.ts',
  jest: 'lib/jest.ts',
  'ideogram-contracts': 'lib/contracts-cli.ts',
  // Run by this build only (writeValidators), from the same sources as the mock's bundle.
  'build-validators': 'core/model/standalone.ts',
};

/**
 * The entries whose code is the library's CommonJS bundle: each is an ES module importing from
 * dist/library.js, which runs dist/library.cjs through V8's code cache (bin/code-cache.js).
 */
const LIBRARY_FACING = ['lib/index.ts', 'lib/vitest.ts', 'lib/jest.ts'].map((file) => join(root, file));

/**
 * Packages bundled into dist/: what every start loads (Express and its dependencies, multer), where
 * Node's resolution of hundreds of small files cost more than the code. The rest stay external: loaded
 * when an option or a call needs them (ioredis, selfsigned, nock, Ajv for a spec the build did not
 * compile, ...), or ESM-only (file-type).
 */
const BUNDLED = ['express', 'multer', 'type-is', 'fastest-levenshtein', 'openapi-fetch'];

/**
 * The mock's CLI and the library are each one CommonJS file, not ES modules: bin/code-cache.js runs them
 * through V8's code cache, which Node 20 offers for scripts only. `import.meta.url` becomes the file's URL.
 */
const CLI = { entry: 'mock-server/cli.ts', out: 'ideogram-mock.cjs' };
const LIBRARY = { entry: 'lib/library.ts', out: 'library.cjs', facade: 'library.js' };

function externals() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies });
  return names.filter((name) => !BUNDLED.includes(name));
}

/**
 * Shared code goes into chunks, so each entry loads only what it needs. Each file is written aside and
 * renamed, chunks before entries: a mock starting meanwhile (parallel tests) never reads half a file.
 * Returns the files written.
 */
export async function bundle() {
  // Imported only to rebuild: loading esbuild costs tens of milliseconds on every start otherwise.
  const { build } = await import('esbuild');
  const started = Date.now();
  const [{ outputFiles, metafile }, cli, library, libraryExports] = await Promise.all([
    build({
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(root, file)])),
      outdir: dist,
      chunkNames: 'chunks/[name]-[hash]',
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: externals(),
      // The bundled packages are CommonJS: their require() of Node's modules needs one in ESM.
      banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
      legalComments: 'eof',
      metafile: true,
      logLevel: 'warning',
      write: false,
      plugins: [libraryFacing],
    }),
    build(scriptOptions(CLI)),
    build(scriptOptions(LIBRARY)),
    exportsOf(LIBRARY.entry),
  ]);
  for (const [bundled, { out }] of [
    [cli, CLI],
    [library, LIBRARY],
  ])
    bundled.outputFiles = [{ path: bundled.outputFiles[0].path, contents: Buffer.from(asciiOnly(routeDynamicImports(bundled, out))) }];
  const facade = { path: join(dist, LIBRARY.facade), contents: Buffer.from(libraryFacade(libraryExports)) };
  const scripts = [...cli.outputFiles, ...library.outputFiles, facade];
  // What is imported before what imports it (chunks, the library bundle, its facade, then the entries): a process importing meanwhile finds them.
  const chunk = (file) => file.path.includes('/chunks/');
  for (const file of [...outputFiles.filter(chunk), ...scripts, ...outputFiles.filter((file) => !chunk(file))]) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeAtomically(file.path, file.contents);
  }
  // The image renderer's worker is plain JavaScript that Node runs as it is (mock-server/images/render.ts finds it).
  const worker = join(dist, 'render-worker.mjs');
  writeAtomically(worker, readFileSync(join(root, 'mock-server', 'images', 'render-worker.mjs')));
  const licences = join(dist, 'THIRD-PARTY-LICENSES.md');
  writeAtomically(licences, thirdPartyLicences([metafile, cli.metafile, library.metafile]));
  stamp(join(dist, '.bundled'), started);
  return [...outputFiles, ...scripts].map((file) => file.path).concat(worker, licences);
}

/** esbuild's options for a CommonJS bundle run through the code cache. */
function scriptOptions({ entry, out }) {
  return {
    entryPoints: [join(root, entry)],
    outfile: join(dist, out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: externals(),
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
    write: false,
  };
}

/** The library-facing entries' imports of the sources become imports of the facade: the code is the library bundle's. */
const libraryFacing = {
  name: 'library-facing',
  setup(build) {
    build.onResolve({ filter: /^\./ }, ({ importer }) => (LIBRARY_FACING.includes(importer) ? { path: `./${LIBRARY.facade}`, external: true } : undefined));
  },
};

/** The names a source exports: esbuild reports them for an ES module only, so the source is bundled as one, in memory. */
async function exportsOf(entry) {
  const { build } = await import('esbuild');
  const { metafile } = await build({
    entryPoints: [join(root, entry)],
    outdir: dist,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    write: false,
  });
  return Object.values(metafile.outputs).find((output) => output.entryPoint)?.exports ?? [];
}

/** dist/library.js: the library bundle's exports as an ES module's. */
function libraryFacade(names) {
  return [
    "// Written by scripts/build.js: the library bundle, run through V8's code cache, as an ES module.",
    "import { runWithCodeCache } from '../bin/code-cache.js';",
    '',
    `const library = runWithCodeCache(new URL('./${LIBRARY.out}', import.meta.url));`,
    `export const { ${[...names].sort().join(', ')} } = library;`,
    '',
  ].join('\n');
}

/**
 * A CommonJS bundle's import() of a package (file-type, selfsigned) becomes `__importPackage(...)`, which
 * bin/code-cache.js passes in: a script run from V8's code cache loses the loader its own import() needs in Node 20.
 */
function routeDynamicImports(bundled, out) {
  const [file] = bundled.outputFiles;
  const imported = Object.values(bundled.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.kind === 'dynamic-import' && i.external));
  let text = file.text;
  for (const name of new Set(imported.map((i) => i.path))) {
    const call = `import(${JSON.stringify(name)})`;
    const wanted = imported.filter((i) => i.path === name).length;
    const found = text.split(call).length - 1;
    if (found !== wanted) throw new Error(`${out}: ${found} occurrences of ${call} where esbuild reports ${wanted}.`);
    text = text.replaceAll(call, `__importPackage(${JSON.stringify(name)})`);
  }
  return text;
}

/**
 * esbuild escapes what is not ASCII in strings, not in the comments it keeps: one `→` there makes V8
 * hold the whole 2 MB source as two bytes a character, and Node decode it as UTF-8 rather than copy it.
 * Escaped, it stays ASCII, which bin/code-cache.js reads as Latin-1, the cheapest way.
 */
function asciiOnly(text) {
  const escape = (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  // Each UTF-16 unit of a character outside the basic plane escaped in turn, as JavaScript spells it.
  return text.replace(/[^\p{ASCII}]/gu, (char) => char.split('').map(escape).join(''));
}

/** The licence of every package the bundles contain, as they ship it: the package's name, version, licence and LICENSE file. */
function thirdPartyLicences(metafiles) {
  const packages = new Set();
  for (const input of metafiles.flatMap((metafile) => Object.keys(metafile.inputs))) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
  }
  const sections = [...packages].sort().map((dir) => {
    const path = join(root, dir);
    const pkg = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
    const file = readdirSync(path).find((name) => /^(licen[cs]e|copying)/i.test(name));
    const text = file ? readFileSync(join(path, file), 'utf8').trim() : `${pkg.license ?? 'see the package'} (the package ships no licence file)`;
    return `## ${pkg.name} ${pkg.version} (${pkg.license ?? 'unknown'})\n\n\`\`\`\n${text}\n\`\`\`\n`;
  });
  return `# Third-party licences\n\nThe bundles in dist/ contain these packages (scripts/build.js writes this file).\n\n${sections.join('\n')}`;
}

/** Compiles every spec's validators into dist/validators (core/model/standalone.ts), with the bundle just built. */
export async function buildValidators() {
  const started = Date.now();
  const entry = pathToFileURL(join(dist, 'build-validators.js'));
  // A fresh URL each time: a process that rebuilt before must not reuse the module it imported then.
  const { writeValidators } = await import(`${entry.href}?${Date.now()}`);
  writeValidators(join(dist, 'validators'));
  stamp(join(dist, 'validators', '.built'), started);
}

function writeAtomically(path, contents) {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, contents);
  renameSync(partial, path);
}

/**
 * Rebuilds the bundles when a source in `dirs` is newer than them, and the validators when a spec or
 * their compiler is newer than them: esbuild takes tens of milliseconds, the validators a second or two.
 */
export async function ensureBundles(dirs) {
  const rebundled = stale(join(dist, '.bundled'), [...dirs, BUILD]);
  if (rebundled) await bundle();
  if (rebundled || stale(join(dist, 'validators', '.built'), VALIDATOR_SOURCES)) await buildValidators();
}

/**
 * `prepare`: npm runs it after `npm ci` in this checkout, and when it installs the package from a git
 * URL or a folder (it runs in the package's folder while INIT_CWD is the installing project). Only
 * the second needs dist/ built now: in a checkout the bins build their bundles when a source is newer,
 * so `npm ci` here stays as fast as without it.
 */
function installedElsewhere() {
  const from = process.env.INIT_CWD;
  return from !== undefined && realpathSync(from) !== realpathSync(root);
}

/** dist/ is never removed whole: mocks started from it may be running (parallel tests), so stale chunks are pruned instead. */
async function main() {
  const written = new Set(await bundle());
  for (const name of readdirSync(join(dist, 'chunks'))) if (!written.has(join(dist, 'chunks', name))) rmSync(join(dist, 'chunks', name), { force: true });
  await buildValidators();
  // A code cache is this machine's, for this Node: never shipped (the bin writes one where it runs).
  rmSync(join(dist, '.code-cache'), { recursive: true, force: true });
  rmSync(join(dist, 'types'), { recursive: true, force: true });
  execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  mkdirSync(join(dist, 'vendor'), { recursive: true });
  copyFileSync(join(root, 'node_modules', '@scalar', 'api-reference', 'dist', 'browser', 'standalone.js'), join(dist, 'vendor', 'scalar.js.tmp'));
  renameSync(join(dist, 'vendor', 'scalar.js.tmp'), join(dist, 'vendor', 'scalar.js'));
}

if (process.argv[1] === fileURLToPath(import.meta.url) && (!process.argv.includes('--prepare') || installedElsewhere())) await main();
