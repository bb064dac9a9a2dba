import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// npm 11 ends `npm ci` with a warning for every dependency whose install script package.json's
// allowScripts does not cover; each one is decided there (esbuild's and vue-demi's run, scarf's
// telemetry does not, nor bufferutil's build: its package ships prebuilt binaries and ws falls back to
// JavaScript without them), so `npm ci` stays quiet.
describe('allowScripts', () => {
  it('covers every dependency with an install script', () => {
    const listed = execFileSync('npm', ['install-scripts', 'ls'], { cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8' });
    expect(listed).not.toMatch(/\S+@\d+\.\d+\.\d+ \((pre|post)?install/);
  });
});
