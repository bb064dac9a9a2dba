// `npm run contracts -- [--target mock|live|<origin>] [--provider id,...] [--max-calls n] [--via-prism] [--record [dir]] [--junit file]`
// Runs the contract suite (vitest project `contracts`) against a target and prints a provider × operation summary.
import { parseArgs } from 'node:util';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../mock-server/app';
import { loadSpecs, type JsonObject } from '../mock-server/spec/load';
import { envName, MOCK_KEY } from '../contracts/support/target';
import type { CheckOutcome } from '../contracts/support/checks';

const { values } = parseArgs({
  options: {
    target: { type: 'string', default: 'mock' },
    provider: { type: 'string', multiple: true },
    'max-calls': { type: 'string' },
    'via-prism': { type: 'boolean', default: false },
    record: { type: 'string' },
    junit: { type: 'string' },
  },
  strict: true,
});

const providers = values.provider?.flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
const specs = loadSpecs(undefined, providers);
if (specs.length === 0) fail(`No spec for --provider ${providers?.join(',')}; known: ${loadSpecs().map((s) => s.provider).join(', ')}.`);
const results = join(mkdtempSync(join(tmpdir(), 'contracts-')), 'results.jsonl');
const env: NodeJS.ProcessEnv = { ...process.env, CONTRACT_TARGET: values.target, CONTRACT_RESULTS: results };
if (providers) env.CONTRACT_PROVIDERS = providers.join(',');
if (values['max-calls']) env.CONTRACT_MAX_CALLS = values['max-calls'];
if (values.record !== undefined) env.CONTRACT_RECORD = values.record || 'contracts/recordings';

const children: ChildProcess[] = [];
let mockServer: Server | undefined;
const cleanup = () => {
  for (const child of children) child.kill('SIGTERM');
  mockServer?.closeAllConnections();
  mockServer?.close();
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

if (values['via-prism']) await routeThroughPrism();
const code = await runVitest();
printSummary();
cleanup();
process.exit(code);

/** Puts `prism proxy` with the same spec in front of each vendor, so an independent validator checks the traffic too. */
async function routeThroughPrism() {
  if (values.target === 'live') fail('--via-prism with --target live would send paid traffic through a local proxy; use it with mock or an origin.');
  let origin = values.target!;
  if (origin === 'mock') {
    mockServer = createServer(createApp({ quiet: true, keys: [MOCK_KEY] }));
    await new Promise<void>((resolve) => mockServer!.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(mockServer.address() as AddressInfo).port}`;
    for (const spec of specs) env[envName(spec.provider, 'API_KEY')] = MOCK_KEY;
  }
  env.CONTRACT_TARGET = origin;
  for (const spec of specs) {
    const prefix = String(((spec.doc.servers ?? []) as JsonObject[])[0]?.['x-mock-prefix'] ?? '');
    const upstream = env[envName(spec.provider, 'BASE_URL')] ?? `${origin}${prefix}`;
    const port = await freePort();
    const child = spawn(join('node_modules', '.bin', 'prism'), ['proxy', spec.file, upstream, '-p', String(port), '-h', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    await waitForListening(child, port, spec.provider);
    env[envName(spec.provider, 'BASE_URL')] = `http://127.0.0.1:${port}`;
    env[envName(spec.provider, 'MULTIPART_BASE_URL')] = upstream;
  }
  console.log('Multipart uploads go straight to the target: prism proxy re-encodes binary parts as text, so no upload survives it.');
}

function runVitest(): Promise<number> {
  const args = ['run', '--project', 'contracts', '--reporter=default'];
  if (values.junit) args.push('--reporter=junit', `--outputFile.junit=${values.junit}`);
  return new Promise((resolve) => {
    const child = spawn(join('node_modules', '.bin', 'vitest'), args, { stdio: 'inherit', env });
    children.push(child);
    child.on('exit', (status) => resolve(status ?? 1));
  });
}

/** provider × operation × pass/fail/skip, read from what the suite recorded. */
function printSummary() {
  if (!existsSync(results)) return;
  const outcomes = readFileSync(results, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as CheckOutcome);
  const rows = new Map<string, { pass: number; fail: number; skip: number }>();
  for (const o of outcomes) {
    const key = `${o.provider} / ${o.operation}`;
    const row = rows.get(key) ?? { pass: 0, fail: 0, skip: 0 };
    row[o.status] += 1;
    rows.set(key, row);
  }
  const width = Math.max(...[...rows.keys()].map((k) => k.length), 20);
  console.log(`\nContract summary (${values.target}${values['via-prism'] ? ', via prism' : ''})`);
  console.log(`${'provider / operation'.padEnd(width)}  pass  fail  skip`);
  for (const [key, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${key.padEnd(width)}  ${String(row.pass).padStart(4)}  ${String(row.fail).padStart(4)}  ${String(row.skip).padStart(4)}`);
  }
  const total = outcomes.reduce((t, o) => ({ ...t, [o.status]: t[o.status] + 1 }), { pass: 0, fail: 0, skip: 0 });
  console.log(`${total.pass} passed, ${total.fail} failed, ${total.skip} skipped`);
  const skipped = [...new Set(outcomes.filter((o) => o.status === 'skip').map((o) => `${o.provider}: ${o.note}`))];
  for (const line of skipped) console.log(`  skipped ${line}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForListening(child: ChildProcess, port: number, provider: string) {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) fail(`prism proxy for ${provider} exited: ${output.slice(-500)}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  fail(`prism proxy for ${provider} did not start within 30 s: ${output.slice(-500)}`);
}

function fail(message: string): never {
  console.error(message);
  cleanup();
  process.exit(2);
}
