import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startMock } from '../support/start-mock';
import { closeServer } from '../support/webhook-receiver';
import { wrongServer } from '../support/wrong-server';

// The package as users get it: packed (prepack builds it), installed into an empty project, used from
// plain JavaScript and through its two bins. One pack and one install per run.
const run = promisify(execFile);
const project = mkdtempSync(join(tmpdir(), 'pack-test-'));
let files: string[] = [];
const servers: Server[] = [];

async function listen(app: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', project], { maxBuffer: 16 * 1024 * 1024 });
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  files = packed.files.map((f) => f.path);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  await run('npm', ['install', join(project, packed.filename), '--prefer-offline', '--no-audit', '--no-fund'], { cwd: project });
}, 300_000);

// An installed project's node_modules: removing it takes more than the default 10 s on a busy machine.
afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  rmSync(project, { recursive: true, force: true });
}, 120_000);

/** Runs `npx <bin> …` (as users type it; the bin is installed, nothing is fetched) in the project; resolves with its exit code and output. */
function npx(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', args, { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, out }));
  });
}

/**
 * Resolves once no process of the group is left: npx exits before the mock it ran, which writes its code
 * cache into the installed dist/ as it exits, so removing the project any earlier races with that write.
 */
async function groupGone(group: number, withinMs = 10_000) {
  for (const started = Date.now(); Date.now() - started < withinMs; await new Promise((resolve) => setTimeout(resolve, 50))) {
    try {
      process.kill(-group, 0);
    } catch {
      return;
    }
  }
  throw new Error(`process group ${group} still running ${withinMs} ms after SIGTERM`);
}

describe('the packed package', () => {
  it('ships built JavaScript, declarations, specs and pages, and nothing test-only', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/types/lib/index.d.ts',
        'dist/vendor/scalar.js',
        'specs/pixazo/openapi.yaml',
        'ui/dashboard.html',
        'bin/ideogram-contracts.js',
      ]),
    );
    expect(files.filter((f) => /^(test|scripts|contracts|mock-server|lib)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);
  });

  it('works from plain JavaScript: startMock, createVendorClient, interceptVendors', async () => {
    writeFileSync(
      join(project, 'use.js'),
      `import { startMock, createVendorClient, interceptVendors, runContracts } from 'ideogram-contracts';
const mock = await startMock();
const pixazo = createVendorClient('pixazo', { baseUrl: mock.url + '/pixazo', apiKey: 'k' });
const { response } = await pixazo.POST('/ideogram-remove-background/v1/ideogram-remove-background-request', { body: { image_url: 'https://example.com/cat.jpeg' } });
const journal = (await mock.journal()).map((e) => e.operationId);
await mock.close();
const { restore } = interceptVendors();
const intercepted = await fetch('https://api.ideogram.ai/generate', { method: 'POST', headers: { 'Api-Key': 'k', 'Content-Type': 'application/json' }, body: JSON.stringify({ image_request: { prompt: 'a cat' } }) });
restore();
console.log(JSON.stringify({ status: response.status, journal, intercepted: intercepted.status, runContracts: typeof runContracts }));
`,
    );
    const { stdout } = await run(process.execPath, ['use.js'], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({ status: 200, journal: ['removeBackgroundSubmit'], intercepted: 200, runContracts: 'function' });
  });

  it('loads only the mock on import: nock and the contract suite load when first used', async () => {
    writeFileSync(
      join(project, 'lean.js'),
      `import { createRequire } from 'node:module';
const loaded = (name) => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/node_modules/' + name + '/'));
const { interceptVendors, runContracts, formatSummary } = await import('ideogram-contracts');
const atImport = { nock: loaded('nock'), pngjs: loaded('pngjs') };
interceptVendors().restore();
const refused = await runContracts({ provider: ['pixazo'] }).catch((error) => error.name);
console.log(JSON.stringify({ atImport, afterUse: { nock: loaded('nock'), pngjs: loaded('pngjs') }, refused, summary: formatSummary({ label: 'x', outcomes: [], passed: 0, failed: 0, skipped: 0, ok: true }).split('\\n').at(-1) }));
process.exit(0);
`,
    );
    const { stdout } = await run(process.execPath, ['lean.js'], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({
      atImport: { nock: false, pngjs: false },
      afterUse: { nock: true, pngjs: true },
      refused: 'TypeError',
      summary: '0 passed, 0 failed, 0 skipped',
    });
  });

  it('ideogram-contracts exits 0 against the mock and writes JUnit', async () => {
    const mock = await startMock();
    const { code, out } = await npx(['ideogram-contracts', '--target', mock.origin, '--junit', 'report.xml']).finally(() => mock.close());
    expect(out).toMatch(/\d+ passed, 0 failed/);
    expect(code).toBe(0);
    expect(readFileSync(join(project, 'report.xml'), 'utf8')).toContain('<testsuite name="pixazo"');
  });

  it('ideogram-contracts exits non-zero against a server that drifts from the specs, naming the drift', async () => {
    const origin = await listen(wrongServer('drop-required'));
    const { code, out } = await npx(['ideogram-contracts', '--target', origin, '--provider', 'pixazo']);
    expect(out).toContain('pixazo v2Generate /created: expected a required property, got absent');
    expect(code).toBe(1);
  });

  it('ideogram-mock starts and serves the dashboard and the API reference offline', async () => {
    // Its own process group: npx runs the bin in a child, and the whole group must stop.
    const child = spawn('npx', ['ideogram-mock', '--port', '0', '--quiet'], { cwd: project, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      let out = '';
      for await (const chunk of child.stdout) {
        out += String(chunk);
        if (/listening on http:\/\/127\.0\.0\.1:\d+/.test(out)) break;
      }
      const origin = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1];
      for (const path of ['/__admin/ui/', '/__admin/ui/dashboard.js', '/__admin/ui/dashboard.css', '/__docs', '/__docs/scalar.js', '/__docs/start.js'])
        expect([path, (await fetch(origin + path)).status]).toEqual([path, 200]);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
      await groupGone(child.pid!);
    }
  });
});
