// Whether the build output in dist/ is older than its sources: what the bins check on every start in a
// checkout, so it loads nothing but node:fs (scripts/build.js, with esbuild, only when a rebuild is due).
import { readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What the precompiled validators are made from: the specs, and the code that models and compiles them. */
export const VALIDATOR_SOURCES = ['specs', 'core/model'];

/** Some file systems stamp a write with a clock a few milliseconds behind Date.now(). */
const CLOCK_SLACK_MS = 50;

/**
 * Whether a file under `dirs` (relative to the repository) was modified after the build that wrote
 * `stampFile` began; true when there is no stamp. Stops at the first newer file.
 */
export function stale(stampFile, dirs) {
  let builtAt;
  try {
    builtAt = statSync(stampFile).mtimeMs;
  } catch {
    return true;
  }
  return dirs.some((dir) => newerIn(join(root, dir), builtAt));
}

/** The build itself is a source of what it writes. */
export const BUILD = 'scripts/build.js';

function newerIn(dir, builtAt) {
  if (dir.endsWith('.js')) return statSync(dir).mtimeMs > builtAt;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // Recordings are data, read at run time: hundreds of files the bundle never contains.
    if (entry.isDirectory() ? entry.name !== 'recordings' && newerIn(path, builtAt) : statSync(path).mtimeMs > builtAt) return true;
  }
  return false;
}

/** Marks a build that began at `startedMs`: a source saved while it ran is newer than the stamp, so the next check rebuilds. */
export function stamp(stampFile, startedMs) {
  writeFileSync(stampFile, '');
  const at = (startedMs - CLOCK_SLACK_MS) / 1000;
  utimesSync(stampFile, at, at);
}

/** Whether the bundles (from `dirs`) or the validators (from the specs) need building: scripts/build.js's ensureBundles does it. */
export function rebuildDue(dirs) {
  return stale(join(root, 'dist', '.bundled'), [...dirs, BUILD]) || stale(join(root, 'dist', 'validators', '.built'), VALIDATOR_SOURCES);
}
