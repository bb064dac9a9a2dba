// Runs the package's CommonJS bundles (dist/*.cjs: the mock's CLI, and the library behind dist/index.js)
// with V8's code cache. Compiling a bundle's code is most of what loading it costs, and Node 20 caches
// compiled code for scripts only, not ES modules: the cache holds the code a whole run compiled,
// start-up and requests, so the next process skips that work.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapCodeStatistics } from 'node:v8';
import vm from 'node:vm';

/** Caches kept per bundle, one per set of V8 flags: the newest win. */
const KEPT = 4;
/** A run that compiled this much more code than the one that wrote the cache writes it anew. */
const GROWTH = 1.1;

/**
 * The bundle's `module.exports`. The cache is found by the bundle's name, size and time (V8 checks only a
 * source's length, so a rebuilt bundle must not meet its predecessor's cache) and by the process's V8
 * flags (V8 refuses a cache made under other flags: `flags` names those set at run time). It is written
 * as the process exits, aside then renamed, when none was accepted or this run compiled a tenth more
 * code than the one that wrote it (a `--help`, or an import with no mock started, leaves a small one).
 * The measure is V8's bytecode size, which costs nothing to read where making the cache to compare
 * costs milliseconds. A folder that cannot be written to just means no cache.
 */
export function runWithCodeCache(url, flags = '') {
  const file = fileURLToPath(url);
  const { size, mtimeMs } = statSync(file);
  const cacheDir = join(dirname(file), '.code-cache');
  const cache = { dir: cacheDir, bundle: `${basename(file)}-`, build: `${basename(file)}-${size}-${Math.round(mtimeMs)}-` };
  const flagged = `${cache.build}${fnv1a(`${nodeOptions().join(' ')} ${process.env.NODE_OPTIONS ?? ''} ${flags}`)}-`;
  const [found] = ranked(cacheDir, flagged);
  let cachedData;
  try {
    if (found) cachedData = readFileSync(join(cacheDir, found));
  } catch {
    // Replaced meanwhile by another process: none this time.
  }
  // The build writes the bundles in ASCII (scripts/build.js), which reads fastest as Latin-1.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __importPackage) {${readFileSync(file, 'latin1')}\n})`, {
    filename: file,
    cachedData,
  });
  const compiled = cachedData && !script.cachedDataRejected ? Number(found.slice(flagged.length)) : 0;
  process.once('exit', () => {
    const bytecode = getHeapCodeStatistics().bytecode_and_metadata_size;
    if (bytecode > compiled * GROWTH) writeCache(script.createCachedData(), cache, flagged, `${flagged}${bytecode}`);
  });
  const module = { exports: {} };
  // The bundle's import() of a package (scripts/build.js routes them here): resolved from bin/ as from dist/, both beside the package's node_modules.
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (name) => import(name));
  return module.exports;
}

/** The process's options (V8's flags among them), without the script of `-e` or `-p`: each script would make a cache of its own. */
function nodeOptions() {
  return process.execArgv.filter((option, i, all) => !/^(-e|-p|--eval|--print)$/.test(all[i - 1] ?? '') && !/^--(eval|print)=/.test(option));
}

function entries(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** This build's caches made under these flags, the most bytecode first: the one a start reads, and the one every writer keeps. */
function ranked(dir, flagged) {
  const bytecode = (name) => Number(name.slice(flagged.length));
  return entries(dir)
    .filter((name) => name.startsWith(flagged) && !name.endsWith('.tmp'))
    .sort((a, b) => bytecode(b) - bytecode(a) || (a < b ? -1 : 1));
}

/**
 * Written aside and renamed. What stays of the bundle's caches: the largest of this build under these
 * flags (processes exiting together agree on it, so none removes the one another keeps), and the newest
 * of this build under other flags, KEPT in all; older builds' go, and what a killed process left aside.
 */
function writeCache(data, cache, flagged, name) {
  try {
    mkdirSync(cache.dir, { recursive: true });
    const partial = join(cache.dir, `${name}.${process.pid}.tmp`);
    writeFileSync(partial, data);
    renameSync(partial, join(cache.dir, name));
    const age = (entry) => Date.now() - statSync(join(cache.dir, entry)).mtimeMs;
    const all = entries(cache.dir).filter((entry) => entry.startsWith(cache.bundle));
    const otherFlags = all.filter((entry) => entry.startsWith(cache.build) && !entry.startsWith(flagged) && !entry.endsWith('.tmp'));
    const gone = [
      ...ranked(cache.dir, flagged).slice(1),
      ...otherFlags.sort((a, b) => age(a) - age(b)).slice(KEPT - 1),
      ...all.filter((entry) => (entry.endsWith('.tmp') ? age(entry) > 60_000 : !entry.startsWith(cache.build))),
    ];
    for (const entry of gone) rmSync(join(cache.dir, entry), { force: true });
  } catch {
    // A read-only install, or an entry removed meanwhile by another process: no cache, or one more for now.
  }
}

/** A short stable tag for a string (FNV-1a, 32 bits): loading node:crypto for it would cost more than the lookup saves. */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
