#!/usr/bin/env node
// Runs the mock from its esbuild bundle (dist/, built by `prepack` for the package). In a checkout the
// bundle is rebuilt (in tens of milliseconds) whenever a source is newer: start-up stays fast with no
// separate build step and no stale code.
import { setFlagsFromString } from 'node:v8';
import { existsSync } from 'node:fs';
import cluster from 'node:cluster';

// Jobs are packed rows off V8's heap, yet with V8's defaults 100,000 of them still peak at ~230 MB RSS:
// the old generation grows far past what is live. Within 15% of live they peak at ~145 MB. Keeping the
// young generation small as well (--semi-space-growth-factor=1) saved 25 MB more but cost a fifth of the
// throughput, as --optimize-for-size cost half. Only flags V8 reads after start-up can work here.
setFlagsFromString(process.env.MOCK_V8_FLAGS ?? '--heap-growing-percent=15');

const build = new URL('../scripts/build.js', import.meta.url);
// A --workers process runs the bundle its primary checked: rebuilding there could mix two versions in one mock.
if (existsSync(build) && cluster.isPrimary) await (await import(build.href)).ensureBundles(['core', 'mock-server']);
await import('../dist/ideogram-mock.js');
