#!/usr/bin/env node
// Runs the mock from its esbuild bundle (dist/, built by `prepack` for the package). In a checkout the
// bundle is rebuilt (in tens of milliseconds) whenever a source is newer, and the precompiled validators
// whenever a spec is: start-up stays fast with no separate build step and no stale code.
import { setFlagsFromString } from 'node:v8';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import cluster from 'node:cluster';

// Jobs are packed rows off V8's heap, yet with V8's defaults 100,000 of them still peak at ~230 MB RSS:
// the old generation grows far past what is live. Within 15% of live they peak at ~145 MB. Keeping the
// young generation small as well (--semi-space-growth-factor=1) saved 25 MB more but cost a fifth of the
// throughput, as --optimize-for-size cost half. Only flags V8 reads after start-up can work here.
setFlagsFromString(process.env.MOCK_V8_FLAGS ?? '--heap-growing-percent=15');

const SOURCES = ['core', 'mock-server'];
const check = new URL('../scripts/stale.js', import.meta.url);
// A --workers process runs the bundle its primary checked: rebuilding there could mix two versions in one mock.
// The check loads node:fs only; the build (esbuild, Ajv) loads when something is to rebuild.
if (existsSync(check) && cluster.isPrimary && (await import(check.href)).rebuildDue(SOURCES))
  await (await import(new URL('../scripts/build.js', import.meta.url).href)).ensureBundles(SOURCES);

runWithCodeCache(fileURLToPath(new URL('../dist/ideogram-mock.cjs', import.meta.url)));

/**
 * Runs a CommonJS bundle with V8's code cache: compiling the bundle's code is most of what loading it
 * costs, and the cache holds the code compiled by a whole run, start-up and requests. The cache is
 * named after the bundle's size and time (V8 checks only a source's length, so a rebuilt bundle must
 * not meet its predecessor's cache) and written, aside then renamed, when a process exits having
 * compiled a good deal more than the cache held (a `--help` leaves a small one that the next mock to
 * serve requests replaces). A folder that cannot be written to just means no cache.
 */
function runWithCodeCache(file) {
  const { size, mtimeMs } = statSync(file);
  const cacheDir = join(dirname(file), '.code-cache');
  const name = `${file.slice(dirname(file).length + 1)}-${size}-${Math.round(mtimeMs)}`;
  let cachedData;
  try {
    cachedData = readFileSync(join(cacheDir, name));
  } catch {
    // None yet.
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __importPackage) {${readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    cachedData,
  });
  const held = script.cachedDataRejected ? 0 : (cachedData?.length ?? 0);
  process.once('exit', () => {
    const data = script.createCachedData();
    if (data.length > held * 1.1) writeCache(data, cacheDir, name);
  });
  const module = { exports: {} };
  // The bundle's import() of a package (scripts/build.js routes them here): resolved from bin/ as from dist/, both beside the package's node_modules.
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (name) => import(name));
}

function writeCache(data, cacheDir, name) {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const partial = join(cacheDir, `${name}.${process.pid}.tmp`);
    writeFileSync(partial, data);
    renameSync(partial, join(cacheDir, name));
    for (const old of readdirSync(cacheDir)) if (old !== name && !old.endsWith('.tmp')) rmSync(join(cacheDir, old), { force: true });
  } catch {
    // A read-only install: no cache.
  }
}
