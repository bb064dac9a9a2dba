import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { startCli, stopClis } from '../support/cli-process';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

/** The first ```sh block after a README heading, as a reader would copy it. */
function shellBlock(heading: string): string {
  const section = README.slice(README.indexOf(heading));
  const match = /```sh\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error(`README has no sh block under "${heading}"`);
  return match[1];
}

let origin = '';
beforeAll(async () => {
  ({ origin } = await startCli());
});
afterAll(stopClis);

describe('the README', () => {
  it('walks a Pixazo job from submit to a downloaded transparent PNG with curl alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readme-walk-'));
    const script = shellBlock('### Walking a Pixazo job with curl').replaceAll('http://127.0.0.1:4010', origin);
    const output = execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8' });
    expect(output).toContain('"status":"PROCESSING"');
    expect(output).toContain('"status":"COMPLETED"');
    const png = PNG.sync.read(readFileSync(join(dir, 'cutout.png')));
    expect([png.width, png.height]).toEqual([1024, 1024]);
    expect(png.data[3]).toBe(0);
  });
});
