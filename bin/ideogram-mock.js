#!/usr/bin/env node
// Runs the mock from its esbuild bundle (dist/, built by `prepack` for the package). In a checkout the
// bundle is rebuilt (in tens of milliseconds) whenever a source is newer, and the precompiled validators
// whenever a spec is: start-up stays fast with no separate build step and no stale code.
import { setFlagsFromString } from 'node:v8';
import { existsSync } from 'node:fs';
import cluster from 'node:cluster';
import { runWithCodeCache } from './code-cache.js';

// MOCK_V8_FLAGS replaces the CLI's memory settings (mock-server/v8-memory.ts), set before anything is compiled.
const V8_FLAGS = process.env.MOCK_V8_FLAGS ?? '';
if (V8_FLAGS) setFlagsFromString(V8_FLAGS);

const SOURCES = ['core', 'mock-server'];
const check = new URL('../scripts/stale.js', import.meta.url);
// A --workers process runs the bundle its primary checked: rebuilding there could mix two versions in one mock.
// The check loads node:fs only; the build (esbuild, Ajv) loads when something is to rebuild.
if (existsSync(check) && cluster.isPrimary && (await import(check.href)).rebuildDue(SOURCES))
  await (await import(new URL('../scripts/build.js', import.meta.url).href)).ensureBundles(SOURCES);

// The flags set here are part of what the code cache is made under.
runWithCodeCache(new URL('../dist/ideogram-mock.cjs', import.meta.url), V8_FLAGS);
