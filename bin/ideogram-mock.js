#!/usr/bin/env node
// Runs the TypeScript CLI directly: no build step between a clone and a running mock.
import { register } from 'tsx/esm/api';

register();
await import('../mock-server/cli.ts');
