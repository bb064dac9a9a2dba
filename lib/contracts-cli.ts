// `ideogram-contracts [--target mock|live|<origin>] [--provider id,...] [--max-calls n] [--via-prism] [--record [dir]] [--junit file]`
// (in this repository: `npm run contracts -- …`). Runs the contract suite against a target, prints a
// provider × operation summary, and exits non-zero when any check fails.
import { parseArgs } from 'node:util';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { startMock, type RunningMock } from '../mock-server/start';
import { loadSpecs, type LoadedSpec } from '../core/model/load';
import { specRelays } from '../core/model/relays';
import { mountPoints } from '../core/model/operations';
import { envName, keyVariable, keyVariables, MOCK_KEY, specsFor } from '../contracts/target';
import { formatSummary } from '../contracts/summary';
import { runContracts } from './contracts';

/** Where `--record` with no directory saves, relative to the working directory. */
const DEFAULT_RECORDINGS = 'contracts/recordings';

const HELP = `Usage: ideogram-contracts [options]

Checks a server against every vendor's OpenAPI spec and exits 1 if any check fails.

Options:
  --target <t>        mock (default: an embedded mock), live (the real vendors, keys from
                      the environment) or an origin laid out like the mock (http://127.0.0.1:4010)
  --provider <ids>    only these vendors (repeatable or comma-separated)
  --spec <file>       also check the vendor an OpenAPI 3.x file describes (repeatable); with
                      --target <origin> it is reached under its x-mock-prefix or /<folder name>
  --max-calls <n>     stop spending after n calls (default 50 with --target live)
  --via-prism         put \`prism proxy\` in front of each vendor (needs Prism beside:
                      npm i -D @stoplight/prism-cli)
  --record [dir]      save every exchange, keys redacted, under dir (default ${DEFAULT_RECORDINGS})
  --junit <file>      write a JUnit XML report
  -h, --help          this text

Environment: one key variable per vendor, for an origin and live alike: ${keyVariables().join(', ')}
(<PROVIDER>_API_KEY for a --spec vendor). Without one, an origin gets a made-up key and wrong keys
are not checked; live, that vendor is skipped. <PROVIDER>_BASE_URL (PIXAZO_BASE_URL, FAL_QUEUE_BASE_URL)
moves one vendor; YutoAI has no public base URL, so live it needs YUTOAI_BASE_URL.
`;

const { values } = parseArgs({
  args: withRecordDefault(process.argv.slice(2)),
  options: {
    target: { type: 'string', default: 'mock' },
    provider: { type: 'string', multiple: true },
    spec: { type: 'string', multiple: true },
    'max-calls': { type: 'string' },
    'via-prism': { type: 'boolean', default: false },
    record: { type: 'string' },
    junit: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

// Before the first fail(), which stops them: prism children and the embedded mock behind them.
const children: ChildProcess[] = [];
let mock: RunningMock | undefined;
const cleanup = () => {
  for (const child of children) child.kill('SIGTERM');
  void mock?.close();
};

const providers = values.provider
  ?.flatMap((p) => p.split(','))
  .map((p) => p.trim())
  .filter(Boolean);
let specs: LoadedSpec[] = [];
try {
  specs = specsFor(providers, values.spec ?? []);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (specs.length === 0)
  fail(
    `No spec or relay for --provider ${providers?.join(',')}; known: ${loadSpecs()
      .flatMap((s) => [s.provider, ...specRelays(s).map((relay) => relay.id)])
      .join(', ')}.`,
  );
const maxCalls = values['max-calls'] === undefined ? undefined : Number(values['max-calls']);
if (maxCalls !== undefined && !(Number.isInteger(maxCalls) && maxCalls > 0)) fail(`--max-calls must be a whole number above 0 (got "${values['max-calls']}").`);
const env: NodeJS.ProcessEnv = { ...process.env };
let target = values.target!;

process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

if (values['via-prism']) await routeThroughPrism();
try {
  const run = await runContracts({
    target,
    providers,
    specs: values.spec,
    maxCalls,
    record: values.record === undefined ? undefined : values.record || DEFAULT_RECORDINGS,
    junit: values.junit,
    env,
  });
  console.log(formatSummary({ ...run, label: `${run.label}${values['via-prism'] ? ', via prism' : ''}` }));
  cleanup();
  process.exit(run.ok ? 0 : 1);
} catch (error) {
  fail((error as Error).message);
}

/** Puts `prism proxy` with the same spec in front of each vendor, so an independent validator checks the traffic too. */
async function routeThroughPrism() {
  if (values.target === 'live') fail('--via-prism with --target live would send paid traffic through a local proxy; use it with mock or an origin.');
  const prism = prismEntry();
  if (!prism) fail('--via-prism needs Prism, which is not installed: npm i -D @stoplight/prism-cli (then run this again).');
  let origin = values.target!;
  if (origin === 'mock') {
    mock = await startMock({ keys: [MOCK_KEY], specs: values.spec });
    origin = mock.url;
    for (const spec of specs) env[keyVariable(spec.provider)] = MOCK_KEY;
  }
  target = origin;
  for (const spec of specs) {
    const { prefix } = mountPoints(spec)[0];
    const upstream = env[envName(spec.provider, 'BASE_URL')] ?? `${origin}${prefix}`;
    const port = await freePort();
    const child = spawn(process.execPath, [prism, 'proxy', spec.file, upstream, '-p', String(port), '-h', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    await waitForListening(child, port, spec.provider);
    env[envName(spec.provider, 'BASE_URL')] = `http://127.0.0.1:${port}`;
    env[envName(spec.provider, 'MULTIPART_BASE_URL')] = upstream;
  }
  console.log('Multipart uploads go straight to the target: prism proxy re-encodes binary parts as text, so no upload survives it.');
}

/**
 * `--record` is an option with an optional value, which parseArgs cannot say: alone, or followed by
 * another option, it gets the empty value that means the default folder.
 */
function withRecordDefault(args: string[]): string[] {
  return args.map((arg, i) => (arg === '--record' && (i + 1 === args.length || args[i + 1].startsWith('-')) ? '--record=' : arg));
}

/** Prism's CLI script, from the user's project or beside this package; undefined when neither has it. */
function prismEntry(): string | undefined {
  for (const from of [join(process.cwd(), 'package.json'), import.meta.url]) {
    try {
      const manifest = createRequire(from).resolve('@stoplight/prism-cli/package.json');
      const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin.prism;
      return join(dirname(manifest), bin);
    } catch {
      // Not installed there; try the next place.
    }
  }
  return undefined;
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
