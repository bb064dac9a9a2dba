#!/usr/bin/env node
// Runs the mock from its esbuild bundle (dist/, built by `prepack` for the package). In a checkout the
// bundle is rebuilt (in tens of milliseconds) whenever a source is newer: start-up stays fast with no
// separate build step and no stale code.
import { setFlagsFromString } from 'node:v8';
import { existsSync } from 'node:fs';
import cluster from 'node:cluster';

// V8's default heap growth let 100,000 jobs (89 MB live) occupy ~300 MB; sized for memory, it is ~115 MB.
setFlagsFromString(process.env.MOCK_V8_FLAGS ?? '--optimize-for-size');

const build = new URL('../scripts/build.js', import.meta.url);
// A --workers process runs the bundle its primary checked: rebuilding there could mix two versions in one mock.
if (existsSync(build) && cluster.isPrimary) await (await import(build.href)).ensureBundles(['mock-server']);
await import('../dist/ideogram-mock.js');
