/**
 * Two mocks on one real Redis, as two instances behind a load balancer: whatever one of them was
 * told, the other knows. Each test's keys live under a prefix of its own (test/support/redis.ts).
 */
import { describe, expect, it } from 'vitest';
import type { EventEmitter } from 'node:events';
import { startMock, type StartedMock } from '../support/start-mock';
import { systemClock } from '../../mock-server/jobs/clock';
import type { RedisStoreOptions } from '../../mock-server/state/redis';
import { stopAfterEach } from '../support/stop-after-each';
import { openTestStore, ownRedis, redisUrl, twinOf } from '../support/redis';
import { startReceiver } from '../support/webhook-receiver';
import { validator } from '../support/conformance';
import { formatViolations } from '../../core/validator';
import { downloadSignature } from '../../mock-server/providers/replicate/files';

const url = redisUrl();
const stopLater = stopAfterEach();

const PIXAZO = { 'Ocp-Apim-Subscription-Key': 'key-1', 'content-type': 'application/json' };
const PIXAZO_OTHER = { 'Ocp-Apim-Subscription-Key': 'key-2' };
const FAL = { Authorization: 'Key key-1', 'content-type': 'application/json' };
const FAL_OTHER = { Authorization: 'Key key-2' };
const MAGNIFIC = { 'x-magnific-api-key': 'key-1', 'content-type': 'application/json' };
const REMOVE_BACKGROUND = '/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request';
const FAL_EDIT = '/fal-queue/fal-ai/ideogram/v2/edit';
const FAL_INPUT = { prompt: 'A knight holding a greatshield', image_url: 'https://example.com/knight.jpeg', mask_url: 'https://example.com/mask.jpeg' };
const MAGNIFIC_EDIT = '/magnific/v1/ai/ideogram-image-edit';
const MAGNIFIC_BODY = { prompt: 'A sunset over the ocean', image: 'https://example.com/in.png', mask: 'https://example.com/mask.png' };

/** The mock's next emission of `event`; reconnection errors in between do not reject it (events.once would). */
const next = (emitter: EventEmitter, event: string) => new Promise<void>((resolve) => emitter.once(event, () => resolve()));

async function call(mock: StartedMock, path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  const res = await fetch(`${mock.origin}${path}`, {
    method: init.method ?? 'GET',
    headers: init.headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a vendor's JSON answer, which the assertions read field by field
  return { status: res.status, headers: Object.fromEntries(res.headers), body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
}

type Answer = Awaited<ReturnType<typeof call>>;

/** No departure from what the vendor's spec documents for this operation's answer. */
const conforms = (provider: string, operationId: string, answer: Answer) =>
  expect(formatViolations(validator.validateResponse(provider, operationId, answer))).toBe('');

/** Two instances, each with its own connection to the same keys, as two processes would have. */
async function twoInstances(options: RedisStoreOptions = {}) {
  const storeA = await openTestStore(url!, systemClock, options);
  const storeB = await twinOf(storeA, url!, systemClock, options);
  const a = await startMock({ store: storeA, ...options });
  const b = await startMock({ store: storeB, ...options });
  stopLater(async () => {
    await Promise.all([a.close(), b.close()]);
    await storeB.close();
    await storeA.close();
  });
  return { a, b };
}

const path = (link: string) => new URL(link).pathname + new URL(link).search;

describe.skipIf(!url)('two mocks sharing one Redis', () => {
  it('polls a Pixazo job made on A to completion on B, lists it there, and hides it from another key', async () => {
    const { a, b } = await twoInstances();
    const submitted = await call(a, REMOVE_BACKGROUND, { method: 'POST', headers: PIXAZO, body: { image_url: 'https://example.com/cat.jpeg' } });
    expect(submitted.status).toBe(200);
    const poll = path(submitted.body!.polling_url);
    const statuses: string[] = [];
    for (let polls = 0; polls < 5 && statuses.at(-1) !== 'COMPLETED'; polls++) statuses.push((await call(b, poll, { headers: PIXAZO })).body!.status);
    expect(statuses).toEqual(['PROCESSING', 'COMPLETED']);
    const other = await call(b, poll, { headers: PIXAZO_OTHER });
    expect(other.status).toBe(404);
    conforms('pixazo', 'requestStatusGet', other);
    const listed = await call(b, '/__admin/jobs');
    expect(listed.body!.jobs).toEqual([expect.objectContaining({ id: submitted.body!.request_id })]);
    expect((await call(a, poll, { headers: PIXAZO })).body!.status).toBe('COMPLETED');
  });

  it('cancels on B a fal queue request made on A, which A then reports cancelled; key isolation holds on both', async () => {
    const { a, b } = await twoInstances();
    const submitted = await call(a, FAL_EDIT, { method: 'POST', headers: FAL, body: FAL_INPUT });
    expect(submitted.status).toBe(200);
    expect((await call(b, path(submitted.body!.status_url), { headers: FAL })).body!.status).toBe('IN_QUEUE');
    const stranger = await call(b, path(submitted.body!.status_url), { headers: FAL_OTHER });
    expect(stranger.status).toBe(404);
    conforms('fal-queue', 'getStatus', stranger);
    expect((await call(a, path(submitted.body!.cancel_url), { method: 'PUT', headers: FAL_OTHER })).status).toBe(404);
    const cancelled = await call(b, path(submitted.body!.cancel_url), { method: 'PUT', headers: FAL });
    expect(cancelled.status).toBe(202);
    const result = await call(a, path(submitted.body!.response_url), { headers: FAL });
    expect(result.status).toBe(400);
    expect((await call(a, path(submitted.body!.cancel_url), { method: 'PUT', headers: FAL })).body).toEqual({ status: 'ALREADY_COMPLETED' });
  });

  it("lists on B the Magnific tasks made on A, through the vendor's own list", async () => {
    const { a, b } = await twoInstances();
    const created = await call(a, MAGNIFIC_EDIT, { method: 'POST', headers: MAGNIFIC, body: MAGNIFIC_BODY });
    const listed = await call(b, MAGNIFIC_EDIT, { headers: MAGNIFIC });
    expect(listed.status).toBe(200);
    expect(listed.body!.data).toEqual([expect.objectContaining({ task_id: created.body!.data.task_id })]);
  });

  it('applies on B a scenario set on A, for as many requests as it says', async () => {
    const { a, b } = await twoInstances();
    const set = await call(a, '/__admin/scenarios', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: { operationId: 'v2Generate', count: 2, code: 429 },
    });
    expect(set.status).toBe(201);
    expect((await call(b, '/__admin/scenarios')).body!.scenarios).toHaveLength(1);
    const generate = (mock: StartedMock) =>
      call(mock, '/pixazo/ideogramV_2/v1/generate', { method: 'POST', headers: PIXAZO, body: { image_request: { prompt: 'a lighthouse', model: 'V_2' } } });
    expect([(await generate(b)).status, (await generate(a)).status, (await generate(b)).status]).toEqual([429, 429, 200]);
  });

  it('delivers each webhook once although both instances move the job', async () => {
    const { a, b } = await twoInstances();
    const receiver = await startReceiver();
    stopLater(receiver.close);
    const created = await call(a, MAGNIFIC_EDIT, { method: 'POST', headers: MAGNIFIC, body: { ...MAGNIFIC_BODY, webhook_url: receiver.url } });
    const task = `${MAGNIFIC_EDIT}/${created.body!.data.task_id}`;
    // Both poll at once while A also advances the job itself (a job with a webhook moves on without
    // polls): many of them reach the last step together, and only one may claim it.
    await Promise.all(Array.from({ length: 24 }, (_, i) => call(i % 2 ? a : b, task, { headers: MAGNIFIC })));
    await receiver.waitFor(2);
    await Promise.all([a.app.mock.jobs.drain(), b.app.mock.jobs.drain()]);
    expect(receiver.hooks.map((hook) => (hook.body as { status: string }).status).sort()).toEqual(['COMPLETED', 'IN_PROGRESS']);
  });

  it('serves from B a fal storage upload started on A, its parts sent to either', async () => {
    const { a, b } = await twoInstances();
    const started = await call(a, '/fal-rest/storage/upload/initiate-multipart?storage_type=fal-cdn-v3', {
      method: 'POST',
      headers: FAL,
      body: { content_type: 'application/octet-stream', file_name: 'big.bin' },
    });
    const upload = path(started.body!.upload_url);
    const put = (mock: StartedMock, part: number, text: string) =>
      fetch(`${mock.origin}${upload}/${part}`, { method: 'PUT', body: text }).then(async (res) => (await res.json()) as { partNumber: number; etag: string });
    const parts = [await put(b, 2, 'second part'), await put(a, 1, 'first part,')];
    const complete = await call(b, `${upload}/complete`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: { parts } });
    expect(complete.status).toBe(200);
    for (const mock of [a, b]) expect(await (await fetch(`${mock.origin}${path(started.body!.file_url)}`)).text()).toBe('first part,second part');
  });

  it('lists, gets, downloads and deletes on B a Replicate file uploaded to A', async () => {
    const { a, b } = await twoInstances();
    const key = { Authorization: 'Bearer r8_key_1' };
    const form = new FormData();
    form.append('content', new Blob(['shared bytes'], { type: 'text/plain' }), 'shared.txt');
    const created = await fetch(`${a.origin}/replicate/v1/files`, { method: 'POST', headers: key, body: form });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const listed = await call(b, '/replicate/v1/files', { headers: key });
    conforms('replicate', 'listFiles', listed);
    expect(listed.body!.results.map((f: { id: string }) => f.id)).toEqual([id]);
    const owner = (await call(b, '/replicate/v1/account', { headers: key })).body!.username as string;
    const expiry = String(Math.floor(Date.now() / 1000) + 60);
    const signature = downloadSignature('mock-webhook-secret', owner, id, expiry);
    const bytes = await fetch(`${b.origin}/replicate/v1/files/${id}/download?owner=${owner}&expiry=${expiry}&signature=${encodeURIComponent(signature)}`);
    expect(await bytes.text()).toBe('shared bytes');
    expect((await call(b, `/replicate/v1/files/${id}`, { method: 'DELETE', headers: key })).status).toBe(204);
    expect((await call(a, `/replicate/v1/files/${id}`, { headers: key })).status).toBe(404);
  });

  it("answers 503 in each vendor's shape while Redis is away, without crashing, and serves again when it is back", async () => {
    const redis = (await ownRedis())!;
    stopLater(() => redis.stop());
    const store = await openTestStore(redis.url, systemClock);
    const mock = await startMock({ store });
    stopLater(async () => {
      await mock.close();
      await store.close();
    });
    const before = await call(mock, FAL_EDIT, { method: 'POST', headers: FAL, body: FAL_INPUT });
    expect(before.status).toBe(200);

    const lost = next(store.client, 'close');
    await redis.stop();
    await lost;
    const pixazo = await call(mock, REMOVE_BACKGROUND, { method: 'POST', headers: PIXAZO, body: { image_url: 'https://example.com/cat.jpeg' } });
    expect(pixazo).toMatchObject({
      status: 503,
      body: { error: 'Service Unavailable', message: expect.stringContaining(`Redis at redis://127.0.0.1:${redis.port}/0`) },
    });
    const fal = await call(mock, path(before.body!.status_url), { headers: FAL });
    expect(fal).toMatchObject({ status: 503, body: { detail: expect.stringContaining('state store') } });
    expect(fal.headers['x-fal-error-type']).toBe('store_unavailable');
    const replicate = await call(mock, '/replicate/v1/predictions', { headers: { Authorization: 'Bearer key-1' } });
    expect(replicate).toMatchObject({ status: 503, body: { title: 'Service Unavailable', status: 503, detail: expect.stringContaining('state store') } });

    const back = next(store.client, 'ready');
    await redis.start();
    await back;
    const after = await call(mock, REMOVE_BACKGROUND, { method: 'POST', headers: PIXAZO, body: { image_url: 'https://example.com/cat.jpeg' } });
    expect(after.status).toBe(200);
    expect((await call(mock, path(after.body!.polling_url), { headers: PIXAZO })).body!.status).toBe('PROCESSING');
  });
});
