#!/usr/bin/env node
// Runs the contract suite against a target (see --help); in a checkout the bundle is rebuilt first
// whenever a source is newer (see ideogram-mock.js).
import { existsSync } from 'node:fs';

const build = new URL('../scripts/build.js', import.meta.url);
if (existsSync(build)) await (await import(build.href)).ensureBundles(['core', 'mock-server', 'contracts', 'lib']);
await import('../dist/ideogram-contracts.js');
