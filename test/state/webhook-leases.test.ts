/**
 * Jobs with a webhook on two mocks sharing one real Redis: any instance advances them and sends their
 * webhooks, in order, at least once, each step under one delivery id; both sign alike. The clock is
 * a manual one and each instance's sweep is called by hand, so nothing waits on real time.
 */
import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { startMock, type StartedMock } from '../support/start-mock';
import { manualClock, type ManualClock } from '../../mock-server/jobs/clock';
import { job } from './store-contract';
import { stopAfterEach } from '../support/stop-after-each';
import { openTestStore, ownRedis, redisUrl, twinOf } from '../support/redis';
import { startReceiver, type ReceivedHook } from '../support/webhook-receiver';
import { validator } from '../support/conformance';
import { formatViolations } from '../../core/validator';

const url = redisUrl();
const stopLater = stopAfterEach();

const REPLICATE = { Authorization: 'Bearer r8_key_a', 'content-type': 'application/json' };
const PREDICT = '/replicate/v1/models/ideogram-ai/ideogram-v3-turbo/predictions';
const INPUT = { input: { prompt: 'A vintage travel poster that reads "Visit Mars"', aspect_ratio: '2:3' } };
const SECRET = 'lease-test-secret';

async function twoInstances(clock: ManualClock, options: { jobMode?: 'poll' | 'time'; webhookRetryBaseMs?: number } = {}) {
  const storeA = await openTestStore(url!, clock);
  const storeB = await twinOf(storeA, url!, clock);
  const a = await startMock({ store: storeA, clock, webhookSecret: SECRET, ...options });
  const b = await startMock({ store: storeB, clock, webhookSecret: SECRET, ...options });
  // The sweeps are the test's to run: an instance looking on its own could take a job before the test means it to.
  a.app.mock.jobs.stop();
  b.app.mock.jobs.stop();
  stopLater(async () => {
    await Promise.all([a.close(), b.close()]);
    await storeB.close();
    await storeA.close();
  });
  return { a, b, storeA };
}

async function predict(mock: StartedMock, webhook: string): Promise<string> {
  const res = await fetch(`${mock.origin}${PREDICT}`, { method: 'POST', headers: REPLICATE, body: JSON.stringify({ ...INPUT, webhook }) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const statuses = (hooks: ReceivedHook[]) => hooks.map((hook) => (hook.body as { status: string }).status);

/** Standard Webhooks, as Replicate documents it: the receiver checks the signature and deduplicates on webhook-id. */
function verified(hook: ReceivedHook): string {
  const { 'webhook-id': id, 'webhook-timestamp': timestamp } = hook.headers;
  expect(hook.headers['webhook-signature']).toBe(
    `v1,${createHmac('sha256', SECRET)
      .update(`${String(id)}.${String(timestamp)}.${hook.raw}`)
      .digest('base64')}`,
  );
  expect(formatViolations(validator.validateWebhook('replicate', 'predictionUpdated', hook.body))).toBe('');
  return String(id);
}

describe.skipIf(!url)('jobs with a webhook on two mocks sharing one Redis', () => {
  it('in time mode, B sends every step of a prediction made on A once A is gone, start before completed', async () => {
    const clock = manualClock();
    const { a, b } = await twoInstances(clock, { jobMode: 'time' });
    const receiver = await startReceiver();
    stopLater(receiver.close);
    await predict(a, receiver.url);
    await a.app.mock.jobs.drain();
    await a.close();
    // Nobody polls and the creator is gone; the clock runs past the end.
    clock.advance(60_000);
    await b.app.mock.jobs.sweep();
    const hooks = await receiver.waitFor(2);
    expect(statuses(hooks)).toEqual(['processing', 'succeeded']);
    expect(new Set(hooks.map(verified)).size).toBe(2);
  });

  it('sends completed only after start was answered: a refused start is re-sent, by the other instance, under the same id', async () => {
    const clock = manualClock();
    const { a, b } = await twoInstances(clock, { webhookRetryBaseMs: 1000 });
    const receiver = await startReceiver([500]);
    stopLater(receiver.close);
    const id = await predict(a, receiver.url);
    await a.app.mock.jobs.drain();
    const [first] = await a.app.mock.store.deliveries.list(undefined);
    expect(first).toMatchObject({ event: 'start', attempts: [{ status: 500 }] });
    expect(receiver.hooks).toEqual([]);
    clock.advance(1000);
    await b.app.mock.jobs.sweep();
    const hooks = await receiver.waitFor(2);
    expect(statuses(hooks)).toEqual(['processing', 'succeeded']);
    expect(hooks.map(verified)[0]).toBe(first.id);
    expect(((await (await fetch(`${b.origin}/replicate/v1/predictions/${id}`, { headers: REPLICATE })).json()) as { status: string }).status).toBe('succeeded');
  });

  it('re-sends the steps of a job whose holder died with its lease: once the lease ends, B sends them all', async () => {
    const clock = manualClock();
    const { a, b, storeA } = await twoInstances(clock);
    const receiver = await startReceiver();
    stopLater(receiver.close);
    const made = job(clock, 'orphan', {
      provider: 'magnific',
      operationId: 'createImageEdit',
      owner: 'key-1',
      baseUrl: `${a.origin}/magnific`,
      webhookUrl: receiver.url,
    });
    await storeA.jobs.add(made);
    // An instance took it and was killed before sending anything.
    expect(await storeA.jobs.leaseDue(clock.now(), b.app.mock.jobs.leaseMs, 10, 'killed')).toHaveLength(1);
    await b.app.mock.jobs.sweep();
    expect(receiver.hooks).toEqual([]);
    clock.advance(b.app.mock.jobs.leaseMs);
    await b.app.mock.jobs.sweep();
    expect(statuses(await receiver.waitFor(2))).toEqual(['IN_PROGRESS', 'COMPLETED']);
  });

  it('signs with one key and publishes one JWKS on both instances, whichever started first', async () => {
    const clock = manualClock();
    const { a, b } = await twoInstances(clock);
    const jwks = async (mock: StartedMock) => (await fetch(`${mock.origin}/fal-rest/.well-known/jwks.json`)).json();
    expect(await jwks(a)).toEqual(await jwks(b));
    expect(a.app.mock.signingKey().kid).toBe(b.app.mock.signingKey().kid);
  });

  it('serves the one certificate the first instance generated, so a client trusting one trusts both', async () => {
    const clock = manualClock();
    const storeA = await openTestStore(url!, clock);
    const storeB = await twinOf(storeA, url!, clock);
    const a = await startMock({ store: storeA, clock, tls: true });
    const b = await startMock({ store: storeB, clock, tls: true });
    stopLater(async () => {
      await Promise.all([a.close(), b.close()]);
      await storeB.close();
      await storeA.close();
    });
    expect(a.certificate).toMatch(/BEGIN CERTIFICATE/);
    expect(b.certificate).toBe(a.certificate);
  });

  it('a submit answered 503 because Redis stalled past the timeout leaves no job behind when Redis wakes', async () => {
    const redis = (await ownRedis())!;
    stopLater(() => redis.stop());
    const clock = manualClock();
    const store = await openTestStore(redis.url, clock);
    const mock = await startMock({ store, clock });
    stopLater(async () => {
      await mock.close();
      await store.close();
    });
    const other = await openTestStore(redis.url, clock);
    stopLater(() => other.close());
    // Just before the job is written, every client's commands start waiting 2.5 s: past the mock's 2 s
    // command timeout, after which Redis runs them.
    const add = store.jobs.add.bind(store.jobs);
    store.jobs.add = async (made) => {
      await other.client.call('CLIENT', 'PAUSE', '2500', 'ALL');
      return add(made);
    };
    const res = await fetch(`${mock.origin}${PREDICT}`, { method: 'POST', headers: REPLICATE, body: JSON.stringify(INPUT) });
    expect(res.status).toBe(503);
    await other.client.ping();
    expect(await store.jobs.count()).toBe(0);
  });
});
