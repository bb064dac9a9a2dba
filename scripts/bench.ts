// `npm run bench`: throughput, latency, start-up, upload memory and job scale of the mock, against
// Prism serving the same spec and a bare Express floor, all on 127.0.0.1. Prints the figures and
// writes BENCHMARKS.md. Not part of `npm test`.
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRequire } from 'node:module';
import { installCleanup, killAll, freePort, startChild, spawnTracked, stopProcess, procMemory, sampleRss, watchCpu, waitForQuiet, HOST, type Child, type CpuShare } from './bench/children';
import { cannon, exchange, percentile, type CannonRequest, type CannonResult } from './bench/http';
import { noisyPng, noisyPngUnder, editForm } from './bench/fixtures';
import type { FloorRoute } from './bench/floor';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PRISM = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
const MOCK_BIN = join(ROOT, 'bin', 'ideogram-mock.js');
const FLOOR = join(ROOT, 'scripts', 'bench', 'floor.ts');
const MB = 1024 * 1024;
const CASES = ['generate', 'edit', 'fal', 'startup', 'upload', 'jobs'] as const;
type CaseName = (typeof CASES)[number];

const HELP = `Usage: npm run bench -- [options]

Benchmarks the mock against Prism (same spec) and a bare Express floor on 127.0.0.1; writes BENCHMARKS.md.

Options:
  --duration <s>       seconds per throughput case (default 10; --quick: 2)
  --connections <n>    autocannon connections (default 32)
  --only <cases>       comma-separated subset of: ${CASES.join(', ')}
  --quick              smoke run: short durations, 1 start-up run, 1,000 vs 5,000 jobs
  -h, --help           this text
`;

// ---------------------------------------------------------------------------------------------
// Settings

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string' },
    connections: { type: 'string' },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (flags.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    process.stderr.write(`${name} must be a positive number (got "${value}").\n`);
    process.exit(2);
  }
  return n;
}

const quick = flags.quick;
const settings = {
  duration: positive('--duration', flags.duration, quick ? 2 : 10),
  connections: Math.round(positive('--connections', flags.connections, 32)),
  warmup: quick ? 0.5 : 2,
  startupRuns: quick ? 1 : 3,
  jobsSmall: 1_000,
  jobsLarge: quick ? 5_000 : 100_000,
  pollSeconds: quick ? 2 : 5,
  /** A measurement during which other processes used this share of the machine is taken again (at most `retries` times). */
  busyThreshold: 0.2,
  retries: quick ? 0 : 2,
  /** Idle time before a "settled" RSS reading (V8 shrinks its heap when the load stops). */
  settleSeconds: quick ? 2 : 5,
  uploads: 16,
  uploadBytes: 10 * MB - 4 * 1024,
  editBytes: 1 * MB,
};
const only = new Set<CaseName>(
  (flags.only ? flags.only.split(',').map((s) => s.trim()).filter(Boolean) : [...CASES]).map((name) => {
    if (!(CASES as readonly string[]).includes(name)) {
      process.stderr.write(`--only: unknown case "${name}" (cases: ${CASES.join(', ')}).\n`);
      process.exit(2);
    }
    return name as CaseName;
  }),
);
/** The whole run is bounded: past this, children are killed and the bench exits non-zero. */
const WATCHDOG_MS = (quick ? 6 : 25) * 60_000 + settings.duration * 1000 * 9 * 2;

// ---------------------------------------------------------------------------------------------
// Requests

const PIXAZO_KEY = { 'Ocp-Apim-Subscription-Key': 'k' };
const FAL_KEY = { Authorization: 'Key k' };
const GENERATE_PATH = '/ideogramV_2/v1/generate';
const EDIT_PATH = '/ideogramV_2/v1/edit';
const SUBMIT_PATH = '/fal-ai/ideogram/v2/edit';
const GENERATE_BODY = JSON.stringify({ image_request: { prompt: 'A lighthouse on a rocky coast at dusk', model: 'V_2' } });
const SUBMIT_BODY = JSON.stringify({
  prompt: 'A knight in shining armour holding a greatshield with "FAL" on it',
  image_url: 'https://storage.googleapis.com/falserverless/flux-lora/example-images/knight.jpeg',
  mask_url: 'https://storage.googleapis.com/falserverless/flux-lora/example-images/mask_knight.jpeg',
});
const JOB_STATES = new Set(['IN_QUEUE', 'IN_PROGRESS', 'COMPLETED']);

/** Where a server mounts each vendor: the mock under a prefix, Prism and the floor at the root or anywhere. */
interface Server {
  label: 'mock' | 'Prism' | 'floor';
  child: Child;
  pixazo: string;
  falQueue: string;
}

/** The path to GET for a `status_url`: as given when it points at this server, else the vendor path under its prefix. */
function statusPath(statusUrl: string, origin: string, prefix: string): string {
  const url = new URL(statusUrl, origin);
  if (url.origin === origin) return url.pathname + url.search;
  return prefix + url.pathname + url.search;
}

function snippet(body: Buffer | string): string {
  const text = body.toString().replace(/\s+/g, ' ');
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

function json(body: Buffer | string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(body.toString()) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Output

const log = (line = '') => process.stdout.write(line + '\n');
const report: string[] = [];
const targets: { target: string; figure: string; verdict: 'PASS' | 'MISS' | 'n/a' }[] = [];

function verdict(ok: boolean | undefined): 'PASS' | 'MISS' | 'n/a' {
  return ok === undefined ? 'n/a' : ok ? 'PASS' : 'MISS';
}
function addTarget(target: string, figure: string, ok: boolean | undefined) {
  const v = verdict(ok);
  targets.push({ target, figure, verdict: v });
  log(`  target: ${target}: ${figure} → ${v}`);
}
function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
const mib = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / MB).toFixed(1)} MiB` : '—');
const pct = (fraction: number) => (Number.isFinite(fraction) ? `${(100 * fraction).toFixed(0)}%` : '—');
const busy: string[] = [];
/** Remembers a measurement taken while other processes used a noticeable share of the machine. */
function noteBusy(what: string, others: number) {
  if (others >= 0.1) busy.push(`${what}: other processes used ${pct(others)} of the machine`);
}
/** Before each section: wait (bounded) for other processes to calm down, and say how busy the machine was. */
async function quietBefore(section: string): Promise<void> {
  const { others, waited } = await waitForQuiet(quick ? 10 : 90);
  log(`  (machine before ${section}: other processes ${pct(others)}${waited > 1.5 ? `, waited ${fmt(waited, 0)} s for quiet` : ''})`);
  noteBusy(`before ${section}`, others);
}
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

// ---------------------------------------------------------------------------------------------
// Servers

function startMock(name = 'mock'): Promise<Child> {
  return startChild({ name, command: process.execPath, args: [MOCK_BIN, '--port', '0', '--quiet'], cwd: ROOT, portPattern: /listening on http:\/\/127\.0\.0\.1:(\d+)/ });
}

async function startPrism(spec: string): Promise<Child> {
  const port = await freePort();
  // Run directly with node (not through npx) and with request logging at warn, like the mock's --quiet.
  return startChild({ name: `Prism (${spec})`, command: process.execPath, args: prismArgs(spec, port), cwd: ROOT, port, readyTimeoutMs: 90_000 });
}
function prismArgs(spec: string, port: number): string[] {
  return [PRISM, 'mock', join('specs', spec, 'openapi.yaml'), '-p', String(port), '-h', HOST, '-v', 'warn'];
}

function startFloor(routes: FloorRoute[]): Promise<Child> {
  return startChild({
    name: 'floor',
    command: process.execPath,
    args: ['--import', 'tsx', FLOOR],
    cwd: ROOT,
    env: { BENCH_FLOOR_ROUTES: JSON.stringify(routes) },
    portPattern: /listening on http:\/\/127\.0\.0\.1:(\d+)/,
  });
}
function floorRoute(method: string, path: string, reply: { status: number; headers: Record<string, unknown>; body: Buffer }): FloorRoute {
  return { method, path, status: reply.status, contentType: String(reply.headers['content-type'] ?? 'application/json'), body: reply.body.toString('base64') };
}

// ---------------------------------------------------------------------------------------------
// fal queue: does the server answer a submit and its status poll?

interface FalProbe {
  ok: boolean;
  reason?: string;
  submit?: { status: number; headers: Record<string, unknown>; body: Buffer };
  poll?: { status: number; headers: Record<string, unknown>; body: Buffer };
}

async function probeFal(server: Server): Promise<FalProbe> {
  const { child, falQueue } = server;
  const submit = () => exchange({ port: child.port, method: 'POST', path: falQueue + SUBMIT_PATH, headers: { ...FAL_KEY, 'Content-Type': 'application/json' }, body: SUBMIT_BODY });
  const first = await submit();
  if (first.status >= 300) return { ok: false, reason: `submit answered ${first.status}: ${snippet(first.body)}` };
  const answer = json(first.body);
  if (typeof answer?.status_url !== 'string' || typeof answer.request_id !== 'string') return { ok: false, reason: `submit answer has no status_url/request_id: ${snippet(first.body)}` };
  const path = statusPath(answer.status_url, child.origin, falQueue);
  const poll = await exchange({ port: child.port, method: 'GET', path, headers: FAL_KEY });
  if (poll.status >= 300) return { ok: false, reason: `GET status_url (${path}) answered ${poll.status}: ${snippet(poll.body)}` };
  const state = json(poll.body)?.status;
  if (typeof state !== 'string' || !JOB_STATES.has(state)) return { ok: false, reason: `GET status_url answered status ${JSON.stringify(state)}: ${snippet(poll.body)}` };
  return { ok: true, submit: first, poll };
}

function falSequence(server: Server, onJob?: (path: string) => void): CannonRequest[] {
  const { child, falQueue } = server;
  return [
    {
      label: 'submit',
      method: 'POST',
      path: falQueue + SUBMIT_PATH,
      headers: { ...FAL_KEY, 'Content-Type': 'application/json' },
      body: SUBMIT_BODY,
      onResponse: (status, body, context) => {
        context.statusPath = undefined;
        if (status >= 300) return;
        const url = json(body)?.status_url;
        if (typeof url !== 'string') return;
        const path = statusPath(url, child.origin, falQueue);
        context.statusPath = path;
        onJob?.(path);
      },
    },
    {
      label: 'poll',
      method: 'GET',
      headers: FAL_KEY,
      // No status_url (failed submit): start the sequence over.
      setupRequest: (request, context) => (typeof context.statusPath === 'string' ? { ...request, path: context.statusPath } : null),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// 1. Throughput and latency

interface Measured {
  caseName: string;
  server: Server['label'];
  result?: CannonResult;
  unavailable?: string;
  note?: string;
  cpu?: CpuShare;
}

const ok2xx = (r: CannonResult) => Object.entries(r.statusCounts).reduce((sum, [code, n]) => sum + (code.startsWith('2') ? n : 0), 0);
const failures = (r: CannonResult) => r.errors + r.timeouts + r.non2xx;

async function measure(caseName: string, server: Server, requests: CannonRequest[], note?: string): Promise<Measured> {
  log(`  ${caseName} → ${server.label}: warm-up ${settings.warmup}s, then ${settings.duration}s × ${settings.connections} connections`);
  await cannon({ origin: server.child.origin, requests, connections: settings.connections, duration: settings.warmup });
  let best: { result: CannonResult; cpu: CpuShare } | undefined;
  for (let attempt = 0; attempt <= settings.retries; attempt++) {
    // Requests left in flight (warm-up, previous attempt) are still being served: let the server catch up first.
    await drained(server, requests[0]);
    const watch = watchCpu([server.child.pid]);
    const result = await cannon({ origin: server.child.origin, requests, connections: settings.connections, duration: settings.duration });
    const cpu = watch.stop();
    if (!best || cpu.others < best.cpu.others) best = { result, cpu };
    if (cpu.others < settings.busyThreshold) break;
    if (attempt < settings.retries) log(`    other processes used ${pct(cpu.others)} of the machine: measuring again`);
  }
  const { result, cpu } = best!;
  noteBusy(`${caseName} → ${server.label}`, cpu.others);
  const codes = Object.entries(result.statusCounts).map(([c, n]) => `${c}×${n}`).join(' ');
  log(`    ${fmt(result.rps, 0)} req/s  p50 ${fmt(result.p50, 2)} ms  p99 ${fmt(result.p99, 2)} ms  errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}  sent ${result.sent}  [${codes}]`);
  for (const [label, l] of Object.entries(result.byLabel)) log(`      ${label}: ${l.count} responses, p50 ${fmt(l.p50, 2)} ms, p99 ${fmt(l.p99, 2)} ms`);
  log(`      CPU: machine ${pct(cpu.machine)}, bench + server ${pct(cpu.ours)}, other processes ${pct(cpu.others)}`);
  return { caseName, server: server.label, result, note, cpu };
}

/** Sends one request and waits (up to 2 min) for its answer: by then the backlog ahead of it is served. */
async function drained(server: Server, request: CannonRequest): Promise<void> {
  const body = typeof request.body === 'string' || Buffer.isBuffer(request.body) ? request.body : undefined;
  const path = request.path || '/';
  try {
    await exchange({ port: server.child.port, method: request.method ?? 'GET', path, headers: request.headers, body, agent: false, timeoutMs: 120_000 });
  } catch {
    // measured anyway; failures show in the run
  }
}

async function throughput(): Promise<void> {
  const wanted = (['generate', 'edit', 'fal'] as const).filter((c) => only.has(c));
  if (wanted.length === 0) return;
  log('\n== Throughput and latency ==');
  await quietBefore('throughput');
  const editPng = noisyPngUnder(settings.editBytes);
  const edit = editForm(editPng);
  log(`  edit body: ${int(edit.body.length)} bytes multipart, PNG ${int(editPng.length)} bytes (noise, does not compress)`);

  const mockChild = await startMock();
  const mock: Server = { label: 'mock', child: mockChild, pixazo: '/pixazo', falQueue: '/fal-queue' };
  const generateReq: CannonRequest = { method: 'POST', path: '', headers: { ...PIXAZO_KEY, 'Content-Type': 'application/json' }, body: GENERATE_BODY };
  const editReq: CannonRequest = { method: 'POST', path: '', headers: { ...PIXAZO_KEY, 'Content-Type': edit.contentType }, body: edit.body };
  const at = (request: CannonRequest, path: string): CannonRequest[] => [{ ...request, path }];

  // Samples from the mock: the floor replays these bytes.
  const floorRoutes: FloorRoute[] = [];
  const sampleGenerate = await exchange({ port: mockChild.port, method: 'POST', path: mock.pixazo + GENERATE_PATH, headers: generateReq.headers, body: GENERATE_BODY });
  const sampleEdit = await exchange({ port: mockChild.port, method: 'POST', path: mock.pixazo + EDIT_PATH, headers: editReq.headers, body: edit.body });
  log(`  mock samples: generate ${sampleGenerate.status} (${sampleGenerate.body.length} B), edit ${sampleEdit.status} (${sampleEdit.body.length} B)`);
  if (sampleGenerate.status >= 300) log(`    generate sample is not 2xx: ${snippet(sampleGenerate.body)}`);
  if (sampleEdit.status >= 300) log(`    edit sample is not 2xx: ${snippet(sampleEdit.body)}`);
  floorRoutes.push(floorRoute('POST', GENERATE_PATH, sampleGenerate), floorRoute('POST', EDIT_PATH, sampleEdit));
  const falProbe = only.has('fal') ? await probeFal(mock) : undefined;
  if (falProbe?.ok && falProbe.submit && falProbe.poll) floorRoutes.push(floorRoute('POST', SUBMIT_PATH, falProbe.submit), floorRoute('GET', '*', falProbe.poll));
  if (falProbe) log(`  mock fal queue: ${falProbe.ok ? 'answers' : `unavailable: ${falProbe.reason}`}`);

  const floorChild = await startFloor(floorRoutes);
  const floor: Server = { label: 'floor', child: floorChild, pixazo: '', falQueue: '' };
  const measured: Measured[] = [];
  try {
    if (only.has('generate') || only.has('edit')) {
      const prism: Server = { label: 'Prism', child: await startPrism('pixazo'), pixazo: '', falQueue: '' };
      try {
        for (const c of ['generate', 'edit'] as const) {
          if (!only.has(c)) continue;
          const [request, path, name] = c === 'generate' ? [generateReq, GENERATE_PATH, 'Pixazo V2 generate (JSON)'] : [editReq, EDIT_PATH, `Pixazo V2 edit (multipart, ${mib(edit.body.length)})`];
          for (const server of [mock, prism, floor]) measured.push(await measure(name, server, at(request, server.pixazo + path)));
        }
      } finally {
        await prism.child.stop();
      }
    }
    if (only.has('fal')) {
      const name = 'fal queue submit + status poll';
      if (!falProbe?.ok) {
        for (const server of ['mock', 'Prism', 'floor'] as const) measured.push({ caseName: name, server, unavailable: falProbe?.reason ?? 'not probed' });
      } else {
        measured.push(await measure(name, mock, falSequence(mock)));
        const prism: Server = { label: 'Prism', child: await startPrism('fal-queue'), pixazo: '', falQueue: '' };
        try {
          const prismProbe = await probeFal(prism);
          if (!prismProbe.ok) measured.push({ caseName: name, server: 'Prism', unavailable: prismProbe.reason });
          else measured.push(await measure(name, prism, falSequence(prism), 'Prism answers the spec examples'));
        } finally {
          await prism.child.stop();
        }
        measured.push(await measure(name, floor, falSequence(floor)));
      }
    }
  } finally {
    await floorChild.stop();
    await mockChild.stop();
  }

  // Report
  const rows = measured.map((m) => {
    if (!m.result) return [m.caseName, m.server, `unavailable: ${m.unavailable}`, '', '', '', '', '', '', '', '', ''];
    const r = m.result;
    const codes = Object.entries(r.statusCounts).filter(([c]) => !c.startsWith('2')).map(([c, n]) => `${c}×${n}`).join(' ');
    const total = r.completed + r.errors + r.timeouts;
    const inFlight = Math.max(0, r.sent - r.completed - r.errors - r.timeouts);
    return [m.caseName, m.server, fmt(r.rps, 0), fmt(ok2xx(r) / (r.completed / r.rps || 1), 0), fmt(r.p50, 2), fmt(r.p99, 2), int(r.completed), inFlight, `${r.errors} / ${r.timeouts}`, `${r.non2xx}${codes ? ` (${codes})` : ''}`, `${fmt((100 * failures(r)) / (total || 1), 2)}%`, pct(m.cpu?.others ?? NaN)];
  });
  report.push('## Throughput and latency', '');
  report.push(
    `autocannon, ${settings.connections} connections, ${settings.duration} s per case after a ${settings.warmup} s warm-up, load generator in the bench process on the same machine. ` +
      `A case measured while other processes used ≥ ${pct(settings.busyThreshold)} of the machine is measured again (up to ${settings.retries} more times) and the quietest attempt kept. ` +
      'Latencies are every response time at full precision (p50/p99, nearest rank). "2xx/s" counts only successful answers; "unanswered" are requests still in flight when the run ended (not counted as errors by autocannon); "other processes CPU" is the share of the whole machine used by processes other than the bench and the server under test during the run (from /proc/stat).',
    '',
  );
  report.push(table(['Case', 'Server', 'req/s', '2xx/s', 'p50 ms', 'p99 ms', 'responses', 'unanswered', 'socket errors / timeouts', 'non-2xx', 'error rate', 'other processes CPU'], rows), '');
  const labelled = measured.filter((m) => m.result && Object.keys(m.result.byLabel).length > 1);
  if (labelled.length) {
    report.push('fal queue latencies by request:', '');
    report.push(table(['Server', 'submit p50 / p99 ms', 'poll p50 / p99 ms'], labelled.map((m) => [m.server, ...['submit', 'poll'].map((l) => (m.result?.byLabel[l] ? `${fmt(m.result.byLabel[l].p50, 2)} / ${fmt(m.result.byLabel[l].p99, 2)}` : '—'))])), '');
  }
  const ratioRows: string[][] = [];
  for (const caseName of [...new Set(measured.map((m) => m.caseName))]) {
    const get = (server: Server['label']) => measured.find((m) => m.caseName === caseName && m.server === server)?.result;
    const [m, p, f] = [get('mock'), get('Prism'), get('floor')];
    const okRate = (r?: CannonResult) => (r ? ok2xx(r) / (r.completed / r.rps || 1) : NaN);
    ratioRows.push([caseName, ratio(okRate(m), okRate(p)), ratio(okRate(m), okRate(f)), ratio(m?.p99 ?? NaN, p?.p99 ?? NaN), ratio(m?.p99 ?? NaN, f?.p99 ?? NaN)]);
  }
  report.push(table(['Case', 'mock / Prism 2xx/s', 'mock / floor 2xx/s', 'mock / Prism p99', 'mock / floor p99'], ratioRows), '');
  for (const m of measured.filter((m) => m.note)) report.push(`- ${m.caseName}, ${m.server}: ${m.note}.`);
  if (measured.some((m) => m.note)) report.push('');
  log('');
  log(table(['Case', 'mock / Prism 2xx/s', 'mock / floor 2xx/s', 'mock / Prism p99', 'mock / floor p99'], ratioRows));

  if (only.has('generate')) {
    const get = (server: Server['label']) => measured.find((m) => m.caseName.startsWith('Pixazo V2 generate') && m.server === server)?.result;
    const [m, p, f] = [get('mock'), get('Prism'), get('floor')];
    // A mock that fails requests misses its targets whatever its speed.
    const clean = m !== undefined && failures(m) === 0;
    const dirty = m && !clean ? ` (the mock failed ${failures(m)} requests)` : '';
    addTarget('JSON generate ≥ 3× Prism req/s', m && p ? `${fmt(m.rps, 0)} vs ${fmt(p.rps, 0)} req/s (${ratio(m.rps, p.rps)})${dirty}` : '—', m && p ? clean && m.rps >= 3 * p.rps : undefined);
    addTarget('JSON generate ≥ 80% of floor req/s', m && f ? `${fmt(m.rps, 0)} vs ${fmt(f.rps, 0)} req/s (${fmt((100 * m.rps) / f.rps, 0)}%)${dirty}` : '—', m && f ? clean && m.rps >= 0.8 * f.rps : undefined);
    addTarget('JSON generate p99 ≤ ⅓ of Prism p99', m && p ? `${fmt(m.p99, 2)} vs ${fmt(p.p99, 2)} ms (${ratio(m.p99, p.p99)})${dirty}` : '—', m && p ? clean && m.p99 <= p.p99 / 3 : undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Start-up

async function timeStartup(kind: 'mock' | 'Prism'): Promise<{ ms: number; cpu: CpuShare }> {
  const port = await freePort();
  const [args, path, headers] =
    kind === 'mock'
      ? [[MOCK_BIN, '--port', String(port), '--quiet'], '/pixazo' + GENERATE_PATH, { ...PIXAZO_KEY, 'Content-Type': 'application/json' }]
      : [prismArgs('pixazo', port), GENERATE_PATH, { ...PIXAZO_KEY, 'Content-Type': 'application/json' }];
  const started = performance.now();
  const proc = spawnTracked(process.execPath, args, ROOT, undefined, true);
  const watch = watchCpu(proc.pid ? [proc.pid] : []);
  const deadline = started + 90_000;
  try {
    for (;;) {
      try {
        const reply = await exchange({ port, method: 'POST', path, headers, body: GENERATE_BODY, agent: false, timeoutMs: 5_000 });
        if (reply.status >= 200 && reply.status < 300) return { ms: performance.now() - started, cpu: watch.stop() };
      } catch {
        // not listening yet
      }
      if (proc.exitCode !== null) throw new Error(`${kind} exited with ${proc.exitCode} before answering`);
      if (performance.now() > deadline) throw new Error(`${kind} did not answer within 90 s`);
      await sleep(5);
    }
  } finally {
    await stopProcess(proc);
  }
}

async function startup(): Promise<void> {
  if (!only.has('startup')) return;
  log('\n== Start-up: spawn → first 2xx (POST generate, polled every 5 ms) ==');
  await quietBefore('start-up');
  const times: Record<'mock' | 'Prism', number[]> = { mock: [], Prism: [] };
  for (let run = 0; run < settings.startupRuns; run++) {
    for (const kind of ['mock', 'Prism'] as const) {
      let { ms, cpu } = await timeStartup(kind);
      for (let retry = 0; retry < settings.retries && cpu.others >= settings.busyThreshold; retry++) {
        log(`  ${kind} run ${run + 1}: ${fmt(ms, 0)} ms while other processes used ${pct(cpu.others)} of the machine: again`);
        const again = await timeStartup(kind);
        if (again.cpu.others < cpu.others) ({ ms, cpu } = again);
      }
      times[kind].push(ms);
      noteBusy(`start-up ${kind} run ${run + 1}`, cpu.others);
      log(`  ${kind} run ${run + 1}: ${fmt(ms, 0)} ms (CPU: machine ${pct(cpu.machine)}, other processes ${pct(cpu.others)})`);
    }
  }
  const median = (xs: number[]) => percentile(Float64Array.from(xs).sort(), 50);
  const [m, p] = [median(times.mock), median(times.Prism)];
  report.push('## Start-up', '');
  report.push(
    `Process spawn to the first 2xx answer to \`POST …/ideogramV_2/v1/generate\`, polled every 5 ms on fresh connections; median of ${settings.startupRuns} run(s), runs alternating; a run during which other processes used ≥ ${pct(settings.busyThreshold)} of the machine is repeated (up to ${settings.retries} times) and the quietest kept. ` +
      'The mock serves every vendor, started exactly as users start it (`node bin/ideogram-mock.js --port <n> --quiet`); Prism serves specs/pixazo/openapi.yaml only (`node …/prism-cli/dist/index.js mock … -v warn`, without npx, whose own start-up would count against Prism).',
    '',
  );
  report.push(table(['Server', 'runs (ms)', 'median ms'], [['mock (all vendors)', times.mock.map((t) => fmt(t, 0)).join(', '), fmt(m, 0)], ['Prism (pixazo)', times.Prism.map((t) => fmt(t, 0)).join(', '), fmt(p, 0)]]), '');
  addTarget('start-up ≥ 3× faster than Prism', `${fmt(m, 0)} vs ${fmt(p, 0)} ms (${ratio(p, m)} faster)`, m * 3 <= p);
  addTarget('start-up < 500 ms', `${fmt(m, 0)} ms`, m < 500);
}

// ---------------------------------------------------------------------------------------------
// 3. Upload memory

async function uploads(): Promise<void> {
  if (!only.has('upload')) return;
  log(`\n== Upload memory: ${settings.uploads} concurrent ~10 MB multipart uploads ==`);
  await quietBefore('uploads');
  const png = noisyPngUnder(settings.uploadBytes);
  const form = editForm(png);
  const small = editForm(noisyPng(64));
  log(`  upload: ${int(form.body.length)} bytes multipart, PNG ${int(png.length)} bytes`);
  const mock = await startMock('mock (uploads)');
  try {
    const headers = { ...PIXAZO_KEY, 'Content-Type': form.contentType };
    for (let i = 0; i < 20; i++) await exchange({ port: mock.port, method: 'POST', path: '/pixazo' + EDIT_PATH, headers, body: small.body });
    await sleep(500);
    const before = procMemory(mock.pid);
    if (!before) throw new Error('cannot read /proc/<pid>/status of the mock');
    const sampler = sampleRss(mock.pid, 5);
    const watch = watchCpu([mock.pid]);
    const started = performance.now();
    const replies = await Promise.allSettled(
      Array.from({ length: settings.uploads }, () => exchange({ port: mock.port, method: 'POST', path: '/pixazo' + EDIT_PATH, headers, body: form.body, agent: false, timeoutMs: 120_000 })),
    );
    const seconds = (performance.now() - started) / 1000;
    const peakSampled = sampler.stop();
    noteBusy('uploads', watch.stop().others);
    await sleep(300);
    const after = procMemory(mock.pid) ?? before;
    const peak = Math.max(peakSampled, after.hwm > before.hwm ? after.hwm : 0);
    const growth = peak - before.rss;
    const statuses: Record<string, number> = {};
    let firstFailure = '';
    for (const r of replies) {
      const key = r.status === 'fulfilled' ? String(r.value.status) : 'error';
      statuses[key] = (statuses[key] ?? 0) + 1;
      if (!firstFailure && (r.status === 'rejected' || r.value.status >= 300)) firstFailure = r.status === 'rejected' ? String(r.reason) : snippet(r.value.body);
    }
    const statusText = Object.entries(statuses).map(([c, n]) => `${c}×${n}`).join(' ');
    log(`  ${statusText} in ${fmt(seconds, 2)} s; RSS before ${mib(before.rss)}, peak ${mib(peak)} (sampled ${mib(peakSampled)}, VmHWM ${mib(after.hwm)}), growth ${mib(growth)}`);
    if (firstFailure) log(`  first failure: ${firstFailure}`);
    report.push('## Upload memory', '');
    report.push(
      `${settings.uploads} concurrent \`POST /pixazo/ideogramV_2/v1/edit\` uploads of a ${int(form.body.length)}-byte multipart body (a real ${int(png.length)}-byte noise PNG), each on its own connection, to a fresh mock warmed with 20 small edits. ` +
        'RSS from /proc/<pid>/status: VmRSS sampled every 5 ms, and VmHWM after.',
      '',
    );
    report.push(table(['answers', 'wall time s', 'RSS before', 'peak RSS', 'peak growth'], [[statusText, fmt(seconds, 2), mib(before.rss), mib(peak), mib(growth)]]), '');
    if (firstFailure) report.push(`First failed upload: ${firstFailure}`, '');
    const allOk = replies.every((r) => r.status === 'fulfilled' && r.value.status < 300);
    addTarget(`${settings.uploads}×10 MB uploads peak RSS growth < 64 MiB`, `${mib(growth)}${allOk ? '' : ` (not all uploads answered 2xx: ${statusText})`}`, growth < 64 * MB);
  } finally {
    await mock.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Job scale

async function jobs(): Promise<void> {
  if (!only.has('jobs')) return;
  const { jobsSmall, jobsLarge } = settings;
  log(`\n== Job scale: ${int(jobsLarge)} fal queue jobs, poll p99 at ${int(jobsSmall)} vs ${int(jobsLarge)} ==`);
  report.push('## Job scale', '');
  await quietBefore('job scale');
  const child = await startMock('mock (jobs)');
  const mock: Server = { label: 'mock', child, pixazo: '/pixazo', falQueue: '/fal-queue' };
  try {
    const probe = await probeFal(mock);
    const reason = probe.ok ? undefined : probe.reason;
    if (reason) {
      log(`  unavailable: ${reason}`);
      report.push(`Unavailable: ${reason}.`, '');
      addTarget(`${int(jobsLarge)} jobs < 150 MiB RSS`, `unavailable: ${reason}`, undefined);
      addTarget(`p99 poll at ${int(jobsLarge)} jobs ≤ 1.5× at ${int(jobsSmall)}`, `unavailable: ${reason}`, undefined);
      return;
    }
    await sleep(300);
    const baseline = procMemory(child.pid);
    const paths: string[] = [];
    const sampler = sampleRss(child.pid, 50);
    const watch = watchCpu([child.pid]);
    let failed = 0;
    const capSeconds = quick ? 120 : 420;
    const began = performance.now();

    const createUpTo = async (target: number) => {
      for (let attempt = 0; paths.length < target && attempt < 5; attempt++) {
        const left = (capSeconds * 1000 - (performance.now() - began)) / 1000;
        if (left <= 0) break;
        const started = performance.now();
        const before = paths.length;
        const r = await cannon({ origin: child.origin, requests: falSequence(mock, (p) => paths.push(p)), connections: settings.connections, amount: 2 * (target - paths.length), maxSeconds: left });
        failed += failures(r);
        log(`  created ${int(paths.length - before)} jobs (submit + one poll each) in ${fmt((performance.now() - started) / 1000, 1)} s, ${fmt(r.rps, 0)} req/s, ${failures(r)} failed requests [${Object.entries(r.statusCounts).map(([c, n]) => `${c}×${n}`).join(' ')}]`);
      }
    };
    const pollP99 = async (): Promise<CannonResult> => {
      const requests: CannonRequest[] = [{ label: 'poll', method: 'GET', headers: FAL_KEY, setupRequest: (request) => ({ ...request, path: paths[Math.floor(Math.random() * paths.length)] }) }];
      await cannon({ origin: child.origin, requests, connections: settings.connections, duration: Math.min(1, settings.warmup) });
      let best: { result: CannonResult; others: number } | undefined;
      for (let attempt = 0; attempt <= settings.retries; attempt++) {
        const watchPoll = watchCpu([child.pid]);
        const result = await cannon({ origin: child.origin, requests, connections: settings.connections, duration: settings.pollSeconds });
        const { others } = watchPoll.stop();
        if (!best || others < best.others) best = { result, others };
        if (others < settings.busyThreshold) break;
        if (attempt < settings.retries) log(`    other processes used ${pct(others)} of the machine while polling: measuring again`);
      }
      noteBusy(`job scale polls at ${int(paths.length)} jobs`, best!.others);
      return best!.result;
    };

    await createUpTo(jobsSmall);
    const small = await pollP99();
    const rssSmall = procMemory(child.pid)?.rss ?? NaN;
    await sleep(settings.settleSeconds * 1000);
    const settledSmall = procMemory(child.pid)?.rss ?? NaN;
    log(`  at ${int(paths.length)} jobs: poll ${fmt(small.rps, 0)} req/s p50 ${fmt(small.p50, 2)} ms p99 ${fmt(small.p99, 2)} ms (non-2xx ${small.non2xx}), RSS ${mib(rssSmall)}, ${mib(settledSmall)} after ${settings.settleSeconds} s idle`);
    const smallCount = paths.length;
    await createUpTo(jobsLarge);
    const large = await pollP99();
    const rssLarge = procMemory(child.pid)?.rss ?? NaN;
    const cpu = watch.stop();
    noteBusy('job scale', cpu.others);
    await sleep(settings.settleSeconds * 1000);
    const peak = sampler.stop();
    const settledLarge = procMemory(child.pid)?.rss ?? NaN;
    const perJob = (settledLarge - settledSmall) / (paths.length - smallCount);
    log(`  at ${int(paths.length)} jobs: poll ${fmt(large.rps, 0)} req/s p50 ${fmt(large.p50, 2)} ms p99 ${fmt(large.p99, 2)} ms (non-2xx ${large.non2xx}), RSS ${mib(rssLarge)}, ${mib(settledLarge)} after ${settings.settleSeconds} s idle, peak ${mib(peak)}; ~${int(perJob)} B per extra job (settled)`);
    const reached = paths.length >= jobsLarge;
    report.push(
      `A fresh mock; jobs created with autocannon (${settings.connections} connections) as fal queue submit + one status poll each; then ${settings.pollSeconds} s of status polls of random known jobs, same connections, at each scale. ` +
        `Baseline RSS before any job: ${mib(baseline?.rss ?? NaN)}; growth to the peak: ${mib(peak - (baseline?.rss ?? NaN))}. Failed requests while creating: ${failed}. Other processes used ${pct(cpu.others)} of the machine meanwhile.` +
        (reached ? '' : ` Only ${int(paths.length)} jobs were created within the ${capSeconds} s cap.`),
      '',
    );
    report.push(
      table(
        ['jobs', 'poll req/s', 'poll p50 ms', 'poll p99 ms', 'poll non-2xx', 'mock RSS after polling', `mock RSS after ${settings.settleSeconds} s idle`, 'peak RSS so far'],
        [
          [int(smallCount), fmt(small.rps, 0), fmt(small.p50, 2), fmt(small.p99, 2), small.non2xx, mib(rssSmall), mib(settledSmall), '—'],
          [int(paths.length), fmt(large.rps, 0), fmt(large.p50, 2), fmt(large.p99, 2), large.non2xx, mib(rssLarge), mib(settledLarge), mib(peak)],
        ],
      ),
      '',
      `Settled RSS grows by about ${int(perJob)} bytes per job between the two scales.`,
      '',
    );
    addTarget(`${int(jobsLarge)} jobs < 150 MiB RSS`, `${mib(peak)} peak (${mib(settledLarge)} settled; idle baseline ${mib(baseline?.rss ?? NaN)}; ${int(paths.length)} jobs)`, reached ? peak < 150 * MB : false);
    addTarget(`p99 poll at ${int(jobsLarge)} jobs ≤ 1.5× at ${int(jobsSmall)}`, `${fmt(large.p99, 2)} vs ${fmt(small.p99, 2)} ms (${ratio(large.p99, small.p99)})`, reached && large.non2xx === 0 ? large.p99 <= 1.5 * small.p99 : false);
  } finally {
    await child.stop();
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  installCleanup();
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench: still running after ${Math.round(WATCHDOG_MS / 60_000)} min; stopping.\n`);
    killAll();
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const cpu = cpus();
  const date = new Date();
  log(`${command}\n${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), node ${process.version}, ${date.toISOString()}`);
  const started = performance.now();

  await throughput();
  await startup();
  await uploads();
  await jobs();

  const minutes = (performance.now() - started) / 60_000;
  const header = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts); every server is a child process on 127.0.0.1, and the load generator (autocannon, in the bench process) shares the machine.',
    '',
    '- **mock**: `node bin/ideogram-mock.js --port 0 --quiet`, every vendor loaded.',
    '- **Prism**: `prism mock specs/<provider>/openapi.yaml -v warn` (pixazo for generate and edit, fal-queue for the fal case), run with node directly; request logging at warn so it does not pay for a log line per request, like the mock with --quiet.',
    '- **floor**: a bare Express app (scripts/bench/floor.ts) that reads each request body to the end and answers with bytes captured from the mock beforehand: no routing by spec, no auth, no validation.',
    '- Bodies: the Pixazo generate JSON; a multipart edit (image_file, prompt, model) built once with a fixed boundary around a real PNG of random pixels (incompressible); the fal queue submit JSON, then a GET of the `status_url` it returned.',
    '',
    table(
      ['command', 'cores (os.cpus())', 'CPU', 'memory', 'node', 'date', 'run time'],
      [[`\`${command}\``, cpu.length, cpu[0]?.model.trim() ?? '—', mib(totalmem()), process.version, date.toISOString(), `${fmt(minutes, 1)} min`]],
    ),
    '',
    ...(busy.length
      ? ['**The machine was not quiet**: other processes used CPU during part of the run, so the figures taken then understate the server measured:', '', ...busy.map((b) => `- ${b}`), '']
      : ['Other processes used under 10% of the machine throughout.', '']),
    '## Targets',
    '',
    table(['Target', 'Figure', 'Verdict'], targets.map((t) => [t.target, t.figure, t.verdict])),
    '',
  ];
  const text = [...header, ...report].join('\n');
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), text.trimEnd() + '\n');
  log('\n== Targets ==');
  log(table(['Target', 'Figure', 'Verdict'], targets.map((t) => [t.target, t.figure, t.verdict])));
  if (busy.length) log(`\nWarning: the machine was busy during part of the run:\n${busy.map((b) => `  - ${b}`).join('\n')}`);
  log(`\nWrote BENCHMARKS.md (${fmt(minutes, 1)} min).`);
  clearTimeout(watchdog);
  killAll();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error)?.stack ?? String(error)}\n`);
  killAll();
  process.exit(1);
});
