/**
 * Soak test: mixed traffic from every vendor against a mock this script starts itself, then checks
 * that nothing unexpected came back and that memory stayed flat.
 *
 *   npx tsx scripts/soak.ts [--seconds 60] [--connections 64] [--max-growth 10]
 *
 * - The mock runs as a child process (`node bin/ideogram-mock.js --port 0 --quiet` on 127.0.0.1), so its
 *   RSS (VmRSS from /proc/<pid>/status) is the server's alone, not the load generator's.
 * - autocannon drives `--connections` connections through one request sequence per connection: sync
 *   generate/edit/describe calls, the three job flows (submit, then poll the job just created), image
 *   downloads, and a few deliberate client errors whose 4xx is expected.
 * - The run starts with a warm-up: 2 s slices of the same traffic, at least as long as the mock's job TTL
 *   (15 s here, so the job population is at its steady state) and until RSS grows less than 2% in a
 *   slice, at most half the run. RSS is then sampled every 500 ms; growth is the median of the last
 *   quarter of samples against the median of the first quarter, so one GC sawtooth tooth at either end
 *   neither hides nor fakes a leak. The report also prints the single reads and the peak.
 * - Fails (exit 1) on any transport error or timeout, any status the sequence does not expect, a mock
 *   that died, or RSS growth after warm-up of `--max-growth` percent or more. Exit 2: bad arguments;
 *   exit 3: the watchdog stopped a run that overran. The child is killed on every way out.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import { PNG } from 'pngjs';
import { installCleanup, killAll, procMemory, startChild, HOST, type Child } from './bench/children';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    'max-growth': { type: 'string', default: '10' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write('Usage: tsx scripts/soak.ts [--seconds 60] [--connections 64] [--max-growth 10]\n');
  process.exit(0);
}
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const maxGrowth = Number(values['max-growth']);
if (!Number.isInteger(seconds) || seconds < 5 || seconds > 3600) fail(`--seconds must be a whole number from 5 to 3600 (got "${values.seconds}").`);
if (!Number.isInteger(connections) || connections < 1 || connections > 1024)
  fail(`--connections must be a whole number from 1 to 1024 (got "${values.connections}").`);
if (!(maxGrowth > 0)) fail(`--max-growth must be a positive percentage (got "${values['max-growth']}").`);

/** Warm-up: 2-second slices of the same traffic until RSS stops climbing (under 2% per slice), at most half the run. */
const WARM_SLICE = 2;
/** The mock's job TTL in this run: long enough for every flow, short enough to reach a steady population. */
const JOB_TTL_SECONDS = 15;
const maxWarmSeconds = Math.max(WARM_SLICE * 2, Math.floor(seconds / 2 / WARM_SLICE) * WARM_SLICE);

// ---------------------------------------------------------------------------------------------
// Request bodies.

const KEY = 'soak-key';
/** Listing is per API key and unpaginated: a key of its own keeps the listed set small and fixed. */
const LIST_KEY = 'soak-list-key';

function solidPng(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) image.data.set([30 + (i % 200), 90, 160, 255], i * 4);
  return PNG.sync.write(image);
}
const IMAGE = solidPng(128, 96);
const IMAGE_B64 = IMAGE.toString('base64');
const DATA_URI = `data:image/png;base64,${IMAGE_B64}`;
const BOUNDARY = 'soakBoundary5c1e0b7a';

function form(parts: { name: string; value: string | Buffer; file?: boolean }[]): { body: Buffer; headers: Record<string, string> } {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.file ? `; filename="${p.name}.png"` : ''}`;
    chunks.push(
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${p.file ? 'Content-Type: image/png\r\n' : ''}\r\n`),
      Buffer.from(p.value),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return { body: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

const json = (value: unknown) => ({ body: JSON.stringify(value), headers: { 'content-type': 'application/json' } });

// ---------------------------------------------------------------------------------------------
// The request sequence (each connection loops over it). `expect` lists the statuses that are correct.

interface Step {
  name: string;
  method: string;
  path: string | ((context: Record<string, unknown>) => string);
  headers?: Record<string, string>;
  body?: { body: string | Buffer; headers: Record<string, string> };
  expect: number[];
  /** Reads what a later step needs (a job id) from the response body. */
  capture?: (body: string, context: Record<string, unknown>) => void;
}

const ideogram = { 'api-key': KEY };
const yutoai = { authorization: `Bearer ${KEY}` };
const pixazo = { 'ocp-apim-subscription-key': KEY };
const magnific = { 'x-magnific-api-key': KEY };
const freepik = { 'x-freepik-api-key': LIST_KEY };
const fal = { authorization: `Key ${KEY}` };

const take = (field: string, into: string) => (body: string, context: Record<string, unknown>) => {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const value = field.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], parsed);
    context[into] = typeof value === 'string' ? value : undefined;
  } catch {
    context[into] = undefined;
  }
};
/** Seeds 0–49 in turn: renders hit the mock's image cache as well as miss it. */
function nextSeed(context: Record<string, unknown>): number {
  const n = ((context.n as number | undefined) ?? 0) + 1;
  context.n = n;
  return n % 50;
}

const jobPath = (template: string, key: string) => (context: Record<string, unknown>) =>
  template.replace('{id}', encodeURIComponent(String(context[key] ?? 'missing-job')));

const STEPS: Step[] = [
  {
    name: 'ideogram legacyGenerate',
    method: 'POST',
    path: '/ideogram/generate',
    headers: ideogram,
    body: json({ image_request: { prompt: 'A lighthouse at dusk', aspect_ratio: 'ASPECT_16_9' } }),
    expect: [200],
  },
  {
    name: 'ideogram v3Generate',
    method: 'POST',
    path: '/ideogram/v1/ideogram-v3/generate',
    headers: ideogram,
    body: form([
      { name: 'prompt', value: 'A bowl of fruit' },
      { name: 'num_images', value: '2' },
    ]),
    expect: [200],
  },
  {
    name: 'ideogram legacyEdit',
    method: 'POST',
    path: '/ideogram/edit',
    headers: ideogram,
    body: form([
      { name: 'image_file', value: IMAGE, file: true },
      { name: 'mask', value: IMAGE, file: true },
      { name: 'prompt', value: 'Add a boat' },
      { name: 'model', value: 'V_2' },
    ]),
    expect: [200],
  },
  {
    name: 'yutoai edit',
    method: 'POST',
    path: '/yutoai/ideogram/edit',
    headers: yutoai,
    body: form([
      { name: 'image_file', value: IMAGE, file: true },
      { name: 'mask', value: IMAGE, file: true },
      { name: 'prompt', value: 'Add a moon' },
      { name: 'model', value: 'V_2_TURBO' },
    ]),
    expect: [200],
  },
  {
    name: 'pixazo v2Generate',
    method: 'POST',
    path: '/pixazo/ideogramV_2/v1/generate',
    headers: pixazo,
    body: json({ image_request: { prompt: 'A city street', model: 'V_2' } }),
    expect: [200],
  },
  {
    name: 'pixazo v2Describe',
    method: 'POST',
    path: '/pixazo/ideogramV_2/v1/describe',
    headers: pixazo,
    body: form([{ name: 'image_file', value: IMAGE, file: true }]),
    expect: [200],
  },
  {
    name: 'pixazo removeBackgroundSubmit',
    method: 'POST',
    path: '/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request',
    headers: pixazo,
    body: json({ image_url: DATA_URI }),
    expect: [200],
    capture: take('request_id', 'pixazoJob'),
  },
  { name: 'pixazo requestStatusGet', method: 'GET', path: jobPath('/pixazo/v2/requests/status/{id}', 'pixazoJob'), headers: pixazo, expect: [200] },
  {
    name: 'magnific createImageEdit',
    method: 'POST',
    path: '/magnific/v1/ai/ideogram-image-edit',
    headers: magnific,
    body: json({ prompt: 'Replace the sky', image: IMAGE_B64, mask: IMAGE_B64 }),
    expect: [200],
    capture: take('data.task_id', 'magnificTask'),
  },
  { name: 'magnific getImageEdit', method: 'GET', path: jobPath('/magnific/v1/ai/ideogram-image-edit/{id}', 'magnificTask'), headers: magnific, expect: [200] },
  { name: 'freepik listImageEdits', method: 'GET', path: '/freepik/v1/ai/ideogram-image-edit', headers: freepik, expect: [200] },
  {
    name: 'fal runEdit',
    method: 'POST',
    path: '/fal/fal-ai/ideogram/v2/edit',
    headers: fal,
    body: json({ prompt: 'Add a hat', image_url: DATA_URI, mask_url: DATA_URI }),
    expect: [200],
  },
  {
    name: 'fal-queue submitEdit',
    method: 'POST',
    path: '/fal-queue/fal-ai/ideogram/v2/edit',
    headers: fal,
    body: json({ prompt: 'Add a scarf', image_url: DATA_URI, mask_url: DATA_URI }),
    expect: [200],
    capture: take('request_id', 'falJob'),
  },
  // In poll mode each status poll moves the job one step: IN_QUEUE, IN_QUEUE (position 0), IN_PROGRESS, then COMPLETED.
  {
    name: 'fal-queue getStatus (queued)',
    method: 'GET',
    path: jobPath('/fal-queue/fal-ai/ideogram/requests/{id}/status', 'falJob'),
    headers: fal,
    expect: [202],
  },
  { name: 'fal-queue getResult (not ready)', method: 'GET', path: jobPath('/fal-queue/fal-ai/ideogram/requests/{id}', 'falJob'), headers: fal, expect: [400] },
  {
    name: 'fal-queue getStatus (running)',
    method: 'GET',
    path: jobPath('/fal-queue/fal-ai/ideogram/requests/{id}/status?logs=1', 'falJob'),
    headers: fal,
    expect: [202],
  },
  {
    name: 'fal-queue getStatus (completed)',
    method: 'GET',
    path: jobPath('/fal-queue/fal-ai/ideogram/requests/{id}/status', 'falJob'),
    headers: fal,
    expect: [200],
  },
  { name: 'fal-queue getResult', method: 'GET', path: jobPath('/fal-queue/fal-ai/ideogram/requests/{id}', 'falJob'), headers: fal, expect: [200] },
  { name: 'image download', method: 'GET', path: (context) => `/pixazo/__images/256x192/${nextSeed(context)}.png`, expect: [200] },
  {
    name: 'bad JSON (expected 400)',
    method: 'POST',
    path: '/ideogram/generate',
    headers: ideogram,
    body: { body: '{"image_request":', headers: { 'content-type': 'application/json' } },
    expect: [400],
  },
  {
    name: 'missing field (expected 422)',
    method: 'POST',
    path: '/fal/fal-ai/ideogram/v2/edit',
    headers: fal,
    body: json({ prompt: 'no image' }),
    expect: [422],
  },
  {
    name: 'unknown job (expected 404)',
    method: 'GET',
    path: '/fal-queue/fal-ai/ideogram/requests/00000000-0000-4000-8000-000000000000/status',
    headers: fal,
    expect: [404],
  },
  {
    name: 'no credential (expected 401)',
    method: 'POST',
    path: '/pixazo/ideogramV_2/v1/generate',
    body: json({ image_request: { prompt: 'x', model: 'V_2' } }),
    expect: [401],
  },
];

interface Tally {
  count: number;
  unexpected: number;
  statuses: Record<number, number>;
  /** A few examples of unexpected answers, for the report. */
  samples: string[];
}

const tallies = new Map<string, Tally>(STEPS.map((s) => [s.name, { count: 0, unexpected: 0, statuses: {}, samples: [] }]));

function cannonRequests(): autocannon.Request[] {
  return STEPS.map((step) => {
    const { path } = step;
    const request: autocannon.Request = {
      method: step.method,
      path: typeof path === 'string' ? path : '/',
      headers: { ...step.headers, ...step.body?.headers },
      onResponse: (status, body, context) => {
        step.capture?.(body, context);
        const tally = tallies.get(step.name)!;
        tally.count++;
        tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
        if (!step.expect.includes(status)) {
          tally.unexpected++;
          if (tally.samples.length < 3) tally.samples.push(`${status} ${String(body).slice(0, 200)}`);
        }
      },
    };
    if (step.body) request.body = step.body.body;
    if (typeof path === 'function') request.setupRequest = (req, context) => ({ ...req, path: path(context) });
    return request;
  });
}

function cannon(origin: string, duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: origin, connections, duration, timeout: 10, requests: cannonRequests() }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    instance.on('error', reject);
  });
}

/** Jobs the mock holds (the control API's count): retained by design for their TTL, up to its capacity. */
async function jobCount(origin: string): Promise<number | undefined> {
  try {
    const res = await fetch(`${origin}/__admin`, { signal: AbortSignal.timeout(5_000) });
    return ((await res.json()) as { jobs?: { count?: number } }).jobs?.count;
  } catch {
    return undefined;
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<number> {
  installCleanup();
  // The whole run is bounded: start-up, warm-up, load, and a margin; then everything is killed.
  const watchdog = setTimeout(
    () => {
      process.stderr.write(`soak: watchdog fired after ${seconds + 90} s; stopping.\n`);
      killAll();
      process.exit(3);
    },
    (seconds + 90) * 1000,
  );
  watchdog.unref();

  let child: Child | undefined;
  try {
    child = await startChild({
      name: 'ideogram-mock',
      command: process.execPath,
      // A short job TTL: the soak looks for leaks, not for the retention a 1 h TTL asks for.
      args: ['bin/ideogram-mock.js', '--port', '0', '--host', HOST, '--quiet', '--job-ttl', `${JOB_TTL_SECONDS}s`],
      cwd: ROOT,
      portPattern: /listening on http:\/\/[^:]+:(\d+)/,
      readyTimeoutMs: 30_000,
    });
    const startRss = procMemory(child.pid)?.rss ?? NaN;
    process.stdout.write(`soak: mock pid ${child.pid} on ${child.origin}, RSS at start ${mb(startRss)}; ${connections} connections, ${seconds} s of traffic\n`);

    const warm = { requests: 0, errors: 0, timeouts: 0, non2xx: 0 };
    let warmSeconds = 0;
    let warmRss = startRss;
    for (;;) {
      const slice = await cannon(child.origin, WARM_SLICE);
      warmSeconds += WARM_SLICE;
      warm.requests += slice.requests.total;
      warm.errors += slice.errors;
      warm.timeouts += slice.timeouts;
      warm.non2xx += slice.non2xx;
      const rss = procMemory(child.pid)?.rss ?? NaN;
      const settled = warmSeconds >= JOB_TTL_SECONDS + WARM_SLICE && rss < warmRss * 1.02;
      warmRss = rss;
      if (settled || warmSeconds >= maxWarmSeconds) break;
    }
    const mainSeconds = seconds - warmSeconds;
    const warmJobs = await jobCount(child.origin);
    process.stdout.write(`soak: warm-up done after ${warmSeconds} s: ${warm.requests} requests, RSS ${mb(warmRss)}; measuring for ${mainSeconds} s\n`);

    let peak = warmRss;
    const trajectory: number[] = [];
    const samples: number[] = [];
    const sampler = setInterval(() => {
      const rss = procMemory(child!.pid)?.rss;
      if (rss === undefined) return;
      if (rss > peak) peak = rss;
      samples.push(rss);
      if (samples.length % 10 === 0) trajectory.push(rss);
    }, 500);
    const run = await cannon(child.origin, mainSeconds);
    clearInterval(sampler);
    const endRss = procMemory(child.pid)?.rss ?? NaN;
    if (endRss > peak) peak = endRss;
    const alive = child.proc.exitCode === null && child.proc.signalCode === null;
    const endJobs = await jobCount(child.origin);

    const total = warm.requests + run.requests.total;
    const errors = warm.errors + run.errors;
    const timeouts = warm.timeouts + run.timeouts;
    const non2xx = warm.non2xx + run.non2xx;
    const unexpected = [...tallies.values()].reduce((n, t) => n + t.unexpected, 0);
    const quarter = Math.max(1, Math.floor(samples.length / 4));
    const firstMedian = median(samples.slice(0, quarter));
    const lastMedian = median(samples.slice(-quarter));
    const growth = ((lastMedian - firstMedian) / firstMedian) * 100;

    process.stdout.write(`\nper request (${STEPS.length} in each connection's sequence):\n`);
    for (const step of STEPS) {
      const t = tallies.get(step.name)!;
      const statuses = Object.entries(t.statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ');
      process.stdout.write(
        `  ${step.name.padEnd(34)} ${String(t.count).padStart(8)}  ${statuses}${t.unexpected ? `  UNEXPECTED ${t.unexpected} (expected ${step.expect.join('/')})` : ''}\n`,
      );
      for (const sample of t.samples) process.stdout.write(`      e.g. ${sample}\n`);
    }
    process.stdout.write(
      [
        '',
        `total requests        ${total} (${Math.round(run.requests.total / mainSeconds)} req/s measured; latency p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms, max ${run.latency.max} ms)`,
        `transport errors      ${errors} (timeouts ${timeouts})`,
        `non-2xx               ${non2xx} (all expected: ${unexpected === 0 ? 'yes' : 'no'})`,
        `unexpected statuses   ${unexpected}`,
        `RSS                   start ${mb(startRss)}, after warm-up ${mb(warmRss)}, end ${mb(endRss)}, peak ${mb(peak)}`,
        `RSS every 5 s         ${trajectory.map((r) => (r / 1024 / 1024).toFixed(0)).join(' → ')} MB`,
        `RSS growth            ${growth.toFixed(1)}% after warm-up (limit ${maxGrowth}%): median ${mb(firstMedian)} in the first quarter of ${samples.length} samples, ${mb(lastMedian)} in the last`,
        `jobs held by the mock ${warmJobs ?? '?'} after warm-up, ${endJobs ?? '?'} at the end (kept for their TTL; part of any growth)`,
        `mock alive at end     ${alive ? 'yes' : 'no'}`,
        '',
      ].join('\n'),
    );

    const problems: string[] = [];
    if (errors > 0 || timeouts > 0) problems.push(`${errors} transport errors, ${timeouts} timeouts`);
    if (unexpected > 0) problems.push(`${unexpected} unexpected statuses`);
    if (!(growth < maxGrowth)) problems.push(`RSS grew ${growth.toFixed(1)}% after warm-up (limit ${maxGrowth}%)`);
    if (!alive) problems.push('the mock exited during the run');
    if (total === 0) problems.push('no requests were made');
    process.stdout.write(problems.length ? `SOAK FAILED: ${problems.join('; ')}\n` : 'SOAK PASSED\n');
    return problems.length ? 1 : 0;
  } finally {
    await child?.stop();
    killAll();
    clearTimeout(watchdog);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`soak failed: ${(error as Error)?.stack ?? String(error)}\n`);
    killAll();
    process.exit(1);
  },
);
