// The package build (`npm run build`, run by `prepack`, and by `prepare` on an install from git or a folder): esbuild bundles of the TypeScript sources,
// declarations from tsc, and Scalar's standalone bundle for /__docs, all under dist/ (not in git).
// The bins call ensureBundles() in a checkout so `npm start` never runs stale code.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

const ENTRIES = {
  index: 'lib/index.ts',
  vitest: 'lib/vitest.ts',
  jest: 'lib/jest.ts',
  'ideogram-mock': 'mock-server/cli.ts',
  'ideogram-contracts': 'lib/contracts-cli.ts',
};
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // Recordings are data, read at run time: hundreds of files the bundle never contains.
  return Math.max(
    0,
    ...readdirSync(path)
      .filter((name) => name !== 'recordings')
      .map((name) => newest(join(path, name))),
  );
}

function builtAt() {
  try {
    return Math.min(...Object.keys(ENTRIES).map((name) => statSync(join(dist, `${name}.js`)).mtimeMs));
  } catch {
    return -1;
  }
}

/**
 * Shared code goes into chunks, so each entry loads only what it needs. Each file is written aside and
 * renamed, chunks before entries: a mock starting meanwhile (parallel tests) never reads half a file.
 * Returns the files written.
 */
export async function bundle() {
  // Imported only to rebuild: loading esbuild costs tens of milliseconds on every start otherwise.
  const { build } = await import('esbuild');
  const { outputFiles } = await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(root, file)])),
    outdir: dist,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    write: false,
  });
  const chunksFirst = [...outputFiles].sort((a, b) => Number(!a.path.includes('/chunks/')) - Number(!b.path.includes('/chunks/')));
  for (const file of chunksFirst) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeAtomically(file.path, file.contents);
  }
  // The image renderer's worker is plain JavaScript that Node runs as it is (mock-server/images/render.ts finds it).
  const worker = join(dist, 'render-worker.mjs');
  writeAtomically(worker, readFileSync(join(root, 'mock-server', 'images', 'render-worker.mjs')));
  return [...outputFiles.map((file) => file.path), worker];
}

function writeAtomically(path, contents) {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, contents);
  renameSync(partial, path);
}

/** Rebuilds the bundles when a source in `dirs` is newer than them (tens of milliseconds). */
export async function ensureBundles(dirs) {
  if (builtAt() < Math.max(...dirs.map((dir) => newest(join(root, dir))))) await bundle();
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
  rmSync(join(dist, 'types'), { recursive: true, force: true });
  execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  mkdirSync(join(dist, 'vendor'), { recursive: true });
  copyFileSync(join(root, 'node_modules', '@scalar', 'api-reference', 'dist', 'browser', 'standalone.js'), join(dist, 'vendor', 'scalar.js.tmp'));
  renameSync(join(dist, 'vendor', 'scalar.js.tmp'), join(dist, 'vendor', 'scalar.js'));
}

if (process.argv[1] === fileURLToPath(import.meta.url) && (!process.argv.includes('--prepare') || installedElsewhere())) await main();
