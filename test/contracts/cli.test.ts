/**
 * `ideogram-contracts` refusing its arguments before any check runs: the message and exit code 2,
 * not a crash (fail() once reached cleanup before it was declared).
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { loadSpecs } from '../../core/model/load';
import { specRelays } from '../../core/model/relays';

function contracts(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['bin/ideogram-contracts.js', ...args], (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe('ideogram-contracts with arguments it cannot use', () => {
  it('an unknown --provider says which vendors it knows, and exits 2', async () => {
    const { code, stderr } = await contracts(['--provider', 'nosuch']);
    // Every vendor whose spec the project ships, and the relays those specs list, named so the user can pick one.
    expect(stderr).toContain(
      `No spec or relay for --provider nosuch; known: ${loadSpecs()
        .flatMap((s) => [s.provider, ...specRelays(s).map((relay) => relay.id)])
        .join(', ')}.`,
    );
    expect(stderr).toContain('ideogram, aihubmix, cloudflare');
    expect(stderr).not.toMatch(/Error|\n\s+at /);
    expect(code).toBe(2);
  });

  it('a --max-calls that is not a whole number above 0 says so, and exits 2', async () => {
    const { code, stderr } = await contracts(['--max-calls', '0']);
    expect(stderr).toContain('--max-calls must be a whole number above 0 (got "0").');
    expect(stderr).not.toMatch(/Error|\n\s+at /);
    expect(code).toBe(2);
  });
});
