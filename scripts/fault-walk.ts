/**
 * Fault walk: two mocks on one real Redis, one of them `--workers 2`, used as a load-balanced fleet
 * would use them, while Redis is paused and an instance is killed. Not part of `npm test`.
 *
 *   npx tsx scripts/fault-walk.ts [--jobs 400] [--job-mode time|poll] [--cluster] [--root <checkout>]
 *
 * - Starts its own redis-server (no persistence) on a free loopback port, or with `--cluster` a
 *   three-node Redis Cluster (bench/redis.ts, built as .ci/run builds one), and two mocks from `--root`
 *   (default: this checkout) with `--store` on it and `--job-mode time --job-duration 3s` (or
 *   `--job-mode poll`, where each job with a webhook is also polled twice through each instance at
 *   once: two pollers racing): A with `--workers 2`, B a single process; and a webhook receiver on 127.0.0.1.
 * - Submits `--jobs` jobs with webhooks only (nobody polls: fal, Replicate, Magnific, Ideogram) and a
 *   quarter as many polled Pixazo jobs, alternately to A and B, 8 at a time; a submit answered 503 or
 *   cut off is retried (at most 5 times), as a client would. A third of the way in Redis (on a
 *   cluster, the node serving the store's slot) is frozen (SIGSTOP) for 3 s; two thirds of the way in
 *   B is SIGKILLed and the rest go to A; a second later one of A's workers is SIGKILLed (A's primary
 *   replaces it).
 * - Then waits (at most 60 s) until every expected webhook arrived, and reports: acknowledged jobs
 *   lost (a polled job A answers 404 for, a webhook-only job Redis no longer holds), webhook events
 *   missing, out of order, redelivered under the same delivery id (a deduplicating receiver drops
 *   them), doubled under different ids (it cannot), fal and Ideogram deliveries that fail against
 *   either instance's JWKS, and jobs in Redis beyond those acknowledged (a 503'd submit that made a
 *   job anyway).
 * Every child is killed on the way out.
 */
import { parseArgs } from 'node:util';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { createHash, createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { installCleanup, killAll, startChild, HOST, type Child } from './bench/children';
import { startRedis, startRedisCluster } from './bench/redis';

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '400' },
    root: { type: 'string' },
    'job-mode': { type: 'string', default: 'time' },
    cluster: { type: 'boolean', default: false },
  },
  strict: true,
});
const MODE = values['job-mode'];
if (MODE !== 'time' && MODE !== 'poll') throw new Error(`--job-mode must be time or poll (got "${MODE}")`);
const JOBS = Number(values.jobs);
if (!Number.isInteger(JOBS) || JOBS < 8 || JOBS > 20_000) throw new Error(`--jobs must be a whole number from 8 to 20000 (got "${values.jobs}")`);
const ROOT = values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..');
installCleanup();

interface Hook {
  headers: IncomingHttpHeaders;
  raw: string;
  body: Record<string, unknown>;
}

/** The fields a submit's answer names its job by, one vendor's each. */
type Submitted = { request_id: string; id: string; data?: { task_id: string }; generation_id: string };

/** What each vendor's webhook-only job sends, in order, and how a receiver tells deliveries apart. */
const FLOWS = {
  fal: {
    poll: (id: string) => `/fal-queue/fal-ai/ideogram/requests/${id}/status`,
    events: ['OK'],
    path: (hook: string) => `/fal-queue/fal-ai/ideogram/v2/edit?fal_webhook=${encodeURIComponent(hook)}`,
    headers: { authorization: 'Key walk', 'content-type': 'application/json' },
    body: () => JSON.stringify({ prompt: 'p', image_url: 'https://a/b.png', mask_url: 'https://a/c.png' }),
    idOf: (b: Submitted) => b.request_id,
  },
  replicate: {
    poll: (id: string) => `/replicate/v1/predictions/${id}`,
    events: ['processing', 'succeeded'],
    path: () => '/replicate/v1/models/ideogram-ai/ideogram-v3-turbo/predictions',
    headers: { authorization: 'Bearer r8_walk', 'content-type': 'application/json' },
    body: (hook: string) => JSON.stringify({ input: { prompt: 'a lighthouse' }, webhook: hook }),
    idOf: (b: Submitted) => b.id,
  },
  magnific: {
    poll: (id: string) => `/magnific/v1/ai/ideogram-image-edit/${id}`,
    events: ['IN_PROGRESS', 'COMPLETED'],
    path: () => '/magnific/v1/ai/ideogram-image-edit',
    headers: { 'x-magnific-api-key': 'walk', 'content-type': 'application/json' },
    body: (hook: string) =>
      JSON.stringify({ prompt: 'a sunset', image: 'https://example.com/in.png', mask: 'https://example.com/mask.png', webhook_url: hook }),
    idOf: (b: Submitted) => b.data?.task_id as string,
  },
  ideogram: {
    poll: (id: string) => `/ideogram/v1/generations/${id}`,
    events: ['completed'],
    path: (hook: string) => `/ideogram/v1/ideogram-v4/async/generate?webhook_url=${encodeURIComponent(hook)}`,
    headers: { 'api-key': 'walk' },
    body: () => {
      const form = new FormData();
      form.set('text_prompt', 'a lighthouse');
      return form;
    },
    idOf: (b: Submitted) => b.generation_id,
  },
} as const;
type Vendor = keyof typeof FLOWS;

/** The job a delivery is about, the event it carries, and the id a receiver deduplicates on (each vendor's documented one). */
function read(hook: Hook): { vendor: Vendor; job: string; event: string; dedupe: string } {
  // What each vendor's deliveries carry: the fields read below, all strings.
  const b = hook.body as { request_id: string; generation_id: string; task_id?: string; id: string; status: string };
  if (hook.headers['x-fal-webhook-request-id'])
    return { vendor: 'fal', job: b.request_id, event: b.status, dedupe: String(hook.headers['x-fal-webhook-request-id']) };
  if (hook.headers['x-ideogram-webhook-generation-id'])
    return { vendor: 'ideogram', job: b.generation_id, event: 'completed', dedupe: String(hook.headers['x-ideogram-webhook-generation-id']) };
  if (typeof b.task_id === 'string') return { vendor: 'magnific', job: b.task_id, event: b.status, dedupe: String(hook.headers['webhook-id']) };
  return { vendor: 'replicate', job: b.id, event: b.status, dedupe: String(hook.headers['webhook-id']) };
}

/** fal and Ideogram sign id, user id, timestamp and the body's SHA-256 with Ed25519 (hex); true when a key of `jwks` verifies it. */
function verifies(hook: Hook, jwks: { keys: JsonWebKey[] }): boolean {
  const vendor = hook.headers['x-fal-webhook-request-id'] ? 'fal' : 'ideogram';
  const header = (name: string) => String(hook.headers[`x-${vendor}-webhook-${name}`]);
  const message = [
    header(vendor === 'fal' ? 'request-id' : 'generation-id'),
    header('user-id'),
    header('timestamp'),
    createHash('sha256').update(hook.raw).digest('hex'),
  ].join('\n');
  return jwks.keys.some((jwk) => verify(null, Buffer.from(message), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(header('signature'), 'hex')));
}

async function main() {
  const hooks: Hook[] = [];
  const receiver = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      res.end();
      hooks.push({ headers: req.headers, raw, body: JSON.parse(raw) as Record<string, unknown> });
    });
  });
  receiver.listen(0, HOST);
  await once(receiver, 'listening');
  const hookUrl = `http://${HOST}:${(receiver.address() as { port: number }).port}/hook`;

  const own = values.cluster ? await startRedisCluster() : await startRedis();
  // The mocks' default prefix: every key of theirs is under this hash tag, on this one node.
  const holder = await own.holderOf('ideogram-mock');
  const redis = new Redis({ host: HOST, port: holder.port, lazyConnect: true, retryStrategy: () => 100 });
  redis.on('error', () => {});
  await redis.connect();
  const store = own.url;
  process.stdout.write(`store: ${store}${values.cluster ? `, its slot on ${HOST}:${holder.port}` : ''}\n`);
  const mock = (name: string, extra: string[]): Promise<Child> =>
    startChild({
      name,
      command: process.execPath,
      args: ['bin/ideogram-mock.js', '--port', '0', '--quiet', '--store', store, '--job-mode', MODE, '--job-duration', '3s', ...extra],
      cwd: ROOT,
      portPattern: /listening on http:\/\/127\.0\.0\.1:(\d+)/,
      readyTimeoutMs: 60_000,
    });
  const a = await mock('A', ['--workers', '2']);
  const b = await mock('B', []);
  const jwksOf = async (child: Child) => ({
    fal: (await (await fetch(`${child.origin}/fal-rest/.well-known/jwks.json`)).json()) as { keys: JsonWebKey[] },
    ideogram: (await (await fetch(`${child.origin}/ideogram/v1/.well-known/jwks.json`)).json()) as { keys: JsonWebKey[] },
  });
  const jwks = { A: await jwksOf(a), B: await jwksOf(b) };

  let bAlive = true;
  const acked = new Map<string, Vendor>();
  const polled: string[] = [];
  let failedSubmits = 0;
  const retries = { 503: 0, cut: 0 };
  /** A client's submit: retried on a 503 or a cut connection, on the instance the balancer picks next. */
  async function submit(n: number, vendor: Vendor | 'pixazo') {
    for (let attempt = 0; attempt < 6; attempt++) {
      const target = bAlive && (n + attempt) % 2 ? b : a;
      try {
        if (vendor === 'pixazo') {
          const res = await fetch(`${target.origin}/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request`, {
            method: 'POST',
            headers: { 'Ocp-Apim-Subscription-Key': 'walk', 'content-type': 'application/json' },
            body: JSON.stringify({ image_url: 'https://example.com/cat.jpeg' }),
            signal: AbortSignal.timeout(10_000),
          });
          const body = (await res.json()) as { polling_url?: string };
          if (res.ok) return void polled.push(new URL(body.polling_url!).pathname + new URL(body.polling_url!).search);
          retries[503]++;
        } else {
          const flow = FLOWS[vendor];
          const res = await fetch(`${target.origin}${flow.path(hookUrl)}`, {
            method: 'POST',
            headers: flow.headers,
            body: flow.body(hookUrl),
            signal: AbortSignal.timeout(10_000),
          });
          const body = await res.json();
          if (res.ok) {
            const id = flow.idOf(body as Submitted);
            acked.set(id, vendor);
            // Two pollers racing, on both instances, as a fleet behind a balancer sees them.
            if (MODE === 'poll')
              await Promise.all(
                [a, a, b, b]
                  .filter((at) => at === a || bAlive)
                  .map((at) =>
                    fetch(`${at.origin}${flow.poll(id)}`, { headers: flow.headers }).then(
                      (r) => r.arrayBuffer(),
                      () => undefined,
                    ),
                  ),
              );
            return;
          }
          retries[503]++;
        }
      } catch {
        // Cut off (the instance was killed mid-request): retried like a 503; the job may exist, unacknowledged.
        retries.cut++;
      }
      await sleep(300);
    }
    failedSubmits++;
  }

  const vendors = Object.keys(FLOWS) as Vendor[];
  const work = Array.from({ length: JOBS + Math.floor(JOBS / 4) }, (_, n) => (n < JOBS ? vendors[n % vendors.length] : ('pixazo' as const)));
  const faults = (async () => {
    await sleep(1500);
    process.stdout.write(`fault: Redis ${HOST}:${holder.port} frozen (SIGSTOP) for 3 s\n`);
    holder.proc.kill('SIGSTOP');
    await sleep(3000);
    holder.proc.kill('SIGCONT');
    await sleep(1500);
    process.stdout.write('fault: instance B SIGKILLed\n');
    bAlive = false;
    b.proc.kill('SIGKILL');
    await sleep(1000);
    const { pid } = (await (await fetch(`${a.origin}/__admin`)).json()) as { pid: number };
    process.stdout.write(`fault: a worker of A (${pid}) SIGKILLed\n`);
    process.kill(pid, 'SIGKILL');
  })();
  let next = 0;
  const started = performance.now();
  // Paced so that the run spans the faults: ~8 s of submissions whatever --jobs is.
  const pace = 8000 / work.length;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < work.length) {
        const n = next++;
        const due = started + n * pace;
        if (performance.now() < due) await sleep(due - performance.now());
        await submit(n, work[n]);
      }
    }),
  );
  await faults;

  const expected = [...acked.values()].reduce((sum, vendor) => sum + FLOWS[vendor].events.length, 0);
  const seen = () =>
    new Set(
      hooks
        .map(read)
        .filter((r) => acked.has(r.job))
        .map((r) => `${r.job}/${r.event}`),
    ).size;
  for (let waited = 0; waited < 60_000 && seen() < expected; waited += 250) await sleep(250);
  await sleep(2000);

  let lost = 0;
  for (const poll of polled) {
    const res = await fetch(`${a.origin}${poll}`, { headers: { 'Ocp-Apim-Subscription-Key': 'walk' } });
    if (res.status === 404) lost++;
  }
  // A webhook-only job is lost when Redis no longer has it, whatever its deliveries said.
  const present = await Promise.all([...acked.keys()].map((id) => redis.exists(`{ideogram-mock}:job:${id}`)));
  lost += present.filter((found) => found === 0).length;
  const byJob = new Map<string, { events: string[]; ids: Map<string, Set<string>> }>();
  const none = { events: [] as string[], ids: new Map<string, Set<string>>() };
  const missed: string[] = [];
  const dedupeSeen = new Set<string>();
  let redelivered = 0;
  const unverifiable = { A: 0, B: 0 };
  let signed = 0;
  for (const hook of hooks) {
    const r = read(hook);
    if (dedupeSeen.has(`${r.dedupe}/${r.event}`)) redelivered++;
    dedupeSeen.add(`${r.dedupe}/${r.event}`);
    const entry = byJob.get(r.job) ?? { events: [] as string[], ids: new Map<string, Set<string>>() };
    byJob.set(r.job, entry);
    if (!entry.ids.has(r.event)) entry.events.push(r.event);
    entry.ids.set(r.event, (entry.ids.get(r.event) ?? new Set()).add(r.dedupe));
    if (r.vendor === 'fal' || r.vendor === 'ideogram') {
      signed++;
      for (const name of ['A', 'B'] as const) if (!verifies(hook, jwks[name][r.vendor])) unverifiable[name]++;
    }
  }
  let missing = 0;
  let outOfOrder = 0;
  let doubled = 0;
  for (const [job, vendor] of acked) {
    const want = FLOWS[vendor].events as readonly string[];
    const got = byJob.get(job) ?? none;
    const absent = want.filter((event) => !got.events.includes(event));
    missing += absent.length;
    if (absent.length) missed.push(`${vendor} ${job}: got [${got.events.join(', ')}]`);
    const arrived = got.events.filter((event) => want.includes(event));
    if (arrived.some((event, i) => i > 0 && want.indexOf(event) < want.indexOf(arrived[i - 1]))) outOfOrder++;
    for (const ids of got.ids.values()) doubled += ids.size - 1;
  }
  const stored = (await redis.keys('*job:*')).filter((key) => !key.endsWith(':seq')).length;
  const report = {
    submitted: work.length,
    acknowledged: acked.size + polled.length,
    'submits given up after retries': failedSubmits,
    'submits answered 503 and retried': retries[503],
    'submits cut off (instance or worker killed) and retried': retries.cut,
    'acked jobs lost': lost,
    'jobs in Redis': stored,
    'jobs in Redis beyond those acknowledged (at most the cut-off submits when no 503 made one)': Math.max(0, stored - acked.size - polled.length),
    'webhook events expected': expected,
    'webhook events missing': missing,
    'jobs with events out of order': outOfOrder,
    'deliveries redelivered under the same id (a deduplicating receiver drops them)': redelivered,
    'events doubled under different ids': doubled,
    'fal/Ideogram deliveries': signed,
    "fal/Ideogram deliveries failing A's JWKS": unverifiable.A,
    "fal/Ideogram deliveries failing B's JWKS": unverifiable.B,
  };
  for (const [name, value] of Object.entries(report)) process.stdout.write(`${name}: ${value}\n`);
  for (const line of missed.slice(0, 10)) process.stdout.write(`  missing: ${line}\n`);
  redis.disconnect();
  receiver.closeAllConnections();
  receiver.close();
  killAll();
  process.exit(0);
}

void main();
