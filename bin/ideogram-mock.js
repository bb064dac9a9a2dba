#!/usr/bin/env node
// Runs the mock from its esbuild bundle (dist/, built by `prepack` for the package). In a checkout the
// bundle is rebuilt (in tens of milliseconds) whenever a source is newer: start-up stays fast with no
// separate build step and no stale code.
import { setFlagsFromString } from 'node:v8';
import { existsSync } from 'node:fs';
import cluster from 'node:cluster';

// With V8's defaults 100,000 jobs peak at ~340 MB RSS: the young generation grows to 3 × 16 MB under
// load and the old one grows far past what is live. Keeping the young generation at its starting size
// and the old one within 20% of live holds them to ~135 MB. --optimize-for-size did as well for memory
// but halved the throughput of every request. Only flags V8 reads after start-up can work here.
setFlagsFromString(process.env.MOCK_V8_FLAGS ?? '--semi-space-growth-factor=1 --heap-growing-percent=20');

const build = new URL('../scripts/build.js', import.meta.url);
// A --workers process runs the bundle its primary checked: rebuilding there could mix two versions in one mock.
if (existsSync(build) && cluster.isPrimary) await (await import(build.href)).ensureBundles(['mock-server']);
await import('../dist/ideogram-mock.js');
