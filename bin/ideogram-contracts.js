#!/usr/bin/env node
// Runs the contract suite against a target (see --help); in a checkout the bundle is rebuilt first
// whenever a source is newer (see ideogram-mock.js).
import { existsSync } from 'node:fs';

const SOURCES = ['core', 'mock-server', 'contracts', 'lib'];
const check = new URL('../scripts/stale.js', import.meta.url);
if (existsSync(check) && (await import(check.href)).rebuildDue(SOURCES))
  await (await import(new URL('../scripts/build.js', import.meta.url).href)).ensureBundles(SOURCES);
await import('../dist/ideogram-contracts.js');
