// `npx tsx scripts/listings.ts --jobs 100000 [--store redis://127.0.0.1:6379/0]`: how long every job
// listing and count takes with that many jobs kept, and the worst latency a status poll sees while they
// run (the probe), against the probe's worst with nothing else running. Jobs are seeded straight into
// the store, 1,000 at a time. With --store, use a throwaway Redis: the seeded keys are left under their
// prefix. Not part of `npm test`.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { systemClock } from '../mock-server/jobs/clock';
import type { Job } from '../mock-server/state/records';
import { startMock } from '../mock-server/start';
import { openStore } from '../mock-server/state/open';
import { MemoryStore } from '../mock-server/state/memory';

const { values: flags } = parseArgs({
  options: { jobs: { type: 'string', default: '100000' }, store: { type: 'string' }, repeat: { type: 'string', default: '5' } },
});
const total = Number(flags.jobs);
const repeat = Number(flags.repeat);
const maxJobs = total + 1000;
const KEYS = 10;

const store = flags.store
  ? await openStore(flags.store, systemClock, { maxJobs, prefix: `listings-${randomUUID()}`, log: () => {} })
  : new MemoryStore(systemClock, { maxJobs });
const mock = await startMock({ store, maxJobs });

/** One job submitted through each vendor's API, as the template of the seeded ones (each vendor renders its own facts). */
async function template(
  path: string,
  headers: Record<string, string>,
  body: unknown,
  id: (reply: { id?: string; data?: { task_id: string } }) => string,
): Promise<Job> {
  const res = await fetch(`${mock.url}${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const reply = (await res.json()) as { id?: string; data?: { task_id: string } };
  const made = await store.jobs.get(undefined, id(reply));
  if (!made) throw new Error(`${path} made no job: ${res.status} ${JSON.stringify(reply)}`);
  return made;
}
const image = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64').toString('base64');
const templates = [
  await template(
    '/replicate/v1/models/ideogram-ai/ideogram-v3-turbo/predictions',
    { Authorization: 'Bearer key-0' },
    { input: { prompt: 'a poster' } },
    (r) => r.id!,
  ),
  await template('/magnific/v1/ai/ideogram-image-edit', { 'x-magnific-api-key': 'key-0' }, { prompt: 'a cat', image, mask: image }, (r) => r.data!.task_id),
];

function job(i: number): Job {
  const now = Date.now();
  return {
    ...templates[i % templates.length],
    id: randomUUID(),
    ns: i % 100 === 0 ? 'other' : '',
    owner: `key-${i % KEYS}`,
    createdAt: now,
    updatedAt: now,
    seed: i,
  };
}

const started = performance.now();
let probeId = '';
for (let i = 0; i < total; i += 1000) {
  const batch = Array.from({ length: Math.min(1000, total - i) }, (_, k) => job(i + k));
  const kept = await Promise.all(batch.map((each) => store.jobs.add(each)));
  if (kept.includes(false)) throw new Error(`the store refused a job at ${i}`);
  if (i === 0) probeId = batch[0].id;
  if (i % 100_000 === 0) process.stdout.write(`  seeded ${i} jobs\n`);
}
process.stdout.write(`seeded ${total} jobs in ${((performance.now() - started) / 1000).toFixed(1)} s (${flags.store ? 'Redis' : 'memory'})\n`);

async function timed(path: string, headers: Record<string, string> = {}): Promise<{ ms: number; status: number; bytes: number }> {
  const at = performance.now();
  const res = await fetch(`${mock.url}${path}`, { headers });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - at, status: res.status, bytes: body.byteLength };
}

/** Sequential status polls until `until` settles; the worst latency seen. */
async function probe(until: Promise<unknown>): Promise<number> {
  let done = false;
  void until.finally(() => (done = true));
  let worst = 0;
  while (!done) worst = Math.max(worst, (await timed(`/replicate/v1/predictions/${probeId}`, { Authorization: 'Bearer key-0' })).ms);
  return worst;
}

const idle = await probe(new Promise((resolve) => setTimeout(resolve, 2000)));
process.stdout.write(`probe alone: worst ${idle.toFixed(1)} ms\n`);
const CALLS: [string, string, Record<string, string>?][] = [
  ['admin jobs (first page, all)', '/__admin/jobs'],
  ['admin jobs (vendor filter)', '/__admin/jobs?provider=magnific'],
  ['admin jobs (namespace "other")', '/__admin/jobs', { 'X-Mock-Namespace': 'other' }],
  ['admin jobs (empty namespace)', '/__admin/jobs', { 'X-Mock-Namespace': 'nobody' }],
  ['admin count (GET /__admin/)', '/__admin/'],
  ['admin count (namespace "other")', '/__admin/', { 'X-Mock-Namespace': 'other' }],
  ['Replicate GET /v1/predictions', '/replicate/v1/predictions', { Authorization: 'Bearer key-0' }],
  ['Magnific task list', '/magnific/v1/ai/ideogram-image-edit', { 'x-magnific-api-key': 'key-1' }],
];
for (const [name, path, headers] of CALLS) {
  const times: number[] = [];
  const statuses = new Set<number>();
  let bytes = 0;
  const calls = (async () => {
    for (let i = 0; i < repeat; i++) {
      const r = await timed(path, headers);
      times.push(r.ms);
      statuses.add(r.status);
      bytes = r.bytes;
    }
  })();
  const worstProbe = await probe(calls);
  times.sort((a, b) => a - b);
  process.stdout.write(
    `${name.padEnd(34)} median ${times[times.length >> 1].toFixed(1).padStart(8)} ms, worst ${times.at(-1)!.toFixed(1).padStart(8)} ms, status ${[...statuses].join('/')}, ${bytes} B; probe worst ${worstProbe.toFixed(1)} ms\n`,
  );
}
await mock.close();
await store.close();
