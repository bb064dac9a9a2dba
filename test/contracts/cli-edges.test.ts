/**
 * The contract suite where a newcomer first meets its edges: `--record` with no folder, a `--spec`
 * documented by examples alone, a target started with `--keys` and no key given, the vendors' own key
 * variables on every target, and `runContracts` refusing an option it does not know.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContractRunOptions } from '../../contracts/run';
import { formatSummary } from '../../contracts/summary';
import { runContracts } from '../../lib/contracts';
import { startMock, type StartedMock } from '../support/start-mock';

const ROOT = join(import.meta.dirname, '..', '..');
const SKETCHY = join(ROOT, 'test', 'fixtures', 'sketchy', 'openapi.yaml');
const mocks: StartedMock[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(mocks.splice(0).map((m) => m.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function contracts(args: string[], cwd = ROOT): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [join(ROOT, 'bin', 'ideogram-contracts.js'), ...args], { cwd }, (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, out: stdout + stderr }),
    );
  });
}

async function mockWithKeys(keys: string[]): Promise<StartedMock> {
  const mock = await startMock({ keys });
  mocks.push(mock);
  return mock;
}

describe('--record with no folder', () => {
  it.each([[['--record', '--provider', 'yutoai']], [['--provider', 'yutoai', '--record']]])(
    'saves under contracts/recordings of the working directory: %j',
    async (args) => {
      const cwd = mkdtempSync(join(tmpdir(), 'record-default-'));
      dirs.push(cwd);
      const { code, out } = await contracts(args, cwd);
      expect(out).not.toMatch(/ERR_PARSE_ARGS|ambiguous/);
      expect(code).toBe(0);
      expect(readdirSync(join(cwd, 'contracts', 'recordings', 'yutoai')).length).toBeGreaterThan(0);
    },
  );
});

describe('--spec documented by examples alone', () => {
  it('checks status, headers and media type against a spec whose bodies have no schema, and passes the mock', async () => {
    const run = await runContracts({ providers: ['sketchy'], specs: [SKETCHY] });
    expect(run.failed, formatSummary(run)).toBe(0);
    expect(run.passed).toBeGreaterThanOrEqual(3);
  });

  it('still fails a server that does not serve that vendor', async () => {
    const other = await mockWithKeys([]);
    const run = await runContracts({ target: other.origin, providers: ['sketchy'], specs: [SKETCHY], env: {} });
    expect(run.failed).toBeGreaterThan(0);
  });
});

describe('keys on an origin', () => {
  it('a target started with --keys and no key given: the skip and the refusals name the variable to set, never "accepts any key"', async () => {
    const mock = await mockWithKeys(['the-good-key']);
    const run = await runContracts({ target: mock.origin, providers: ['pixazo'], env: {} });
    const summary = formatSummary(run);
    expect(summary).not.toContain('accepts any key');
    expect(summary).toContain('skipped pixazo: no PIXAZO_API_KEY in the environment');
    expect(summary).toContain('401 (the suite sent a made-up key: set PIXAZO_API_KEY to a key the target accepts)');
  });

  it.each([
    ['fal', 'FAL_KEY'],
    ['fal-queue', 'FAL_KEY'],
    ['replicate', 'REPLICATE_API_TOKEN'],
    ['pixazo', 'PIXAZO_API_KEY'],
    ['segmind', 'SEGMIND_API_KEY'],
  ])('%s on an origin reads %s, the name live mode reads, and checks wrong keys with it', async (provider, variable) => {
    const mock = await mockWithKeys(['the-good-key']);
    const run = await runContracts({ target: mock.origin, providers: [provider], env: { [variable]: 'the-good-key' } });
    expect(run.failed, formatSummary(run)).toBe(0);
    expect(run.outcomes.some((o) => o.check.startsWith('wrong key') && o.status === 'pass')).toBe(true);
  });

  it('--help lists every vendor key variable', async () => {
    const { code, out } = await contracts(['--help']);
    expect(code).toBe(0);
    for (const name of ['IDEOGRAM_API_KEY', 'YUTOAI_API_KEY', 'PIXAZO_API_KEY', 'MAGNIFIC_API_KEY', 'FAL_KEY', 'REPLICATE_API_TOKEN', 'SEGMIND_API_KEY'])
      expect(out).toContain(name);
  });
});

describe('runContracts options', () => {
  it('refuses an option it does not know instead of running everything', async () => {
    const misspelt = { provider: ['pixazo'] } as unknown as ContractRunOptions;
    await expect(runContracts(misspelt)).rejects.toThrow(/unknown option provider; the options are target, providers, maxCalls, record, junit, specs, env/);
  });

  it('--record lands nowhere when not asked', () => {
    expect(existsSync(join(ROOT, 'contracts', 'recordings', 'sketchy'))).toBe(false);
  });
});
