#!/usr/bin/env node
// Runs the mock from an esbuild bundle of its TypeScript sources, rebuilt (in tens of milliseconds)
// whenever a source is newer: start-up stays fast with no separate build step and no stale code.
import { setFlagsFromString } from 'node:v8';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// V8's default heap growth let 100,000 jobs (89 MB live) occupy ~300 MB; sized for memory, it is ~115 MB.
setFlagsFromString(process.env.MOCK_V8_FLAGS ?? '--optimize-for-size');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'mock-server');
const bundle = join(root, 'dist', 'ideogram-mock.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

if (builtAt() < newestSource(sources)) {
  // Imported only to rebuild: loading esbuild costs tens of milliseconds on every start otherwise.
  const { build } = await import('esbuild');
  await build({
    // The image renderer runs in worker threads and is found beside the bundle.
    entryPoints: { 'ideogram-mock': join(sources, 'cli.ts'), 'render-worker': join(sources, 'images', 'render-worker.mjs') },
    outdir: join(root, 'dist'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}
await import(pathToFileURL(bundle).href);
