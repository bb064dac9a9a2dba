#!/usr/bin/env node
// Runs the mock from its esbuild bundle (dist/, built by `prepack` for the package). In a checkout the
// bundle is rebuilt (in tens of milliseconds) whenever a source is newer, and the precompiled validators
// whenever a spec is: start-up stays fast with no separate build step and no stale code.
import { setFlagsFromString } from 'node:v8';
import { existsSync } from 'node:fs';
import cluster from 'node:cluster';
import { runWithCodeCache } from './code-cache.js';

// Jobs are packed rows off V8's heap, yet with V8's defaults 100,000 of them still peak at ~230 MB RSS:
// the old generation grows far past what is live. Within 15% of live they peak at ~145 MB. Keeping the
// young generation small as well (--semi-space-growth-factor=1) saved 25 MB more but cost a fifth of the
// throughput, as --optimize-for-size cost half. Only flags V8 reads after start-up can work here.
const V8_FLAGS = process.env.MOCK_V8_FLAGS ?? '--heap-growing-percent=15';
setFlagsFromString(V8_FLAGS);

const SOURCES = ['core', 'mock-server'];
const check = new URL('../scripts/stale.js', import.meta.url);
// A --workers process runs the bundle its primary checked: rebuilding there could mix two versions in one mock.
// The check loads node:fs only; the build (esbuild, Ajv) loads when something is to rebuild.
if (existsSync(check) && cluster.isPrimary && (await import(check.href)).rebuildDue(SOURCES))
  await (await import(new URL('../scripts/build.js', import.meta.url).href)).ensureBundles(SOURCES);

// The flags just set are part of what the code cache is made under.
runWithCodeCache(new URL('../dist/ideogram-mock.cjs', import.meta.url), V8_FLAGS);
