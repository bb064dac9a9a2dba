/**
 * No credential in the shared store: whatever a client sends as its API key, Redis (which lists keys,
 * logs slow commands and persists to RDB/AOF files) holds only digests of it. Each vendor's jobs are
 * submitted with a key of their own, polled to their end with webhooks delivered, listed, and files
 * uploaded; then every value under the store's prefix is read and searched for the keys.
 */
import { describe, expect, it } from 'vitest';
import { startMock, type StartedMock } from '../support/start-mock';
import { systemClock } from '../../mock-server/jobs/clock';
import type { RedisStore } from '../../mock-server/state/redis';
import { stopAfterEach } from '../support/stop-after-each';
import { openTestStore, redisUrl, storeKeys } from '../support/redis';
import { startReceiver } from '../support/webhook-receiver';

const url = redisUrl();
const stopLater = stopAfterEach();

const KEYS = {
  pixazo: 'pixazo-SECRET-3f9a1c',
  fal: 'fal-SECRET-7b2e4d',
  falRest: 'fal-rest-SECRET-c81f06',
  magnific: 'magnific-SECRET-19d5e2',
  replicate: 'r8_SECRET-a44b7c',
  ideogram: 'ideogram-SECRET-5e0d93',
  yutoai: 'yutoai-SECRET-6c2a18',
};

async function send(mock: StartedMock, path: string, init: { method?: string; headers: Record<string, string>; body?: unknown; form?: FormData }) {
  const body = init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  const headers = init.body === undefined ? init.headers : { ...init.headers, 'content-type': 'application/json' };
  const res = await fetch(`${mock.origin}${path}`, { method: init.method ?? 'GET', headers, body });
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a vendor's JSON answer, which the assertions read field by field
  return { status: res.status, body: text.startsWith('{') ? (JSON.parse(text) as Record<string, any>) : undefined };
}

/** Polls until the answer says the job ended (poll mode: one step per poll, so a few polls suffice). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as send's answer
async function pollToEnd(mock: StartedMock, path: string, headers: Record<string, string>, ended: (body: Record<string, any>) => boolean) {
  for (let polls = 0; polls < 10; polls++) {
    const answer = await send(mock, path, { headers });
    expect(answer.status).toBeLessThan(300);
    if (ended(answer.body!)) return;
  }
  throw new Error(`${path} did not end in 10 polls`);
}

/** Every name and value the store holds, whatever the key's type. */
async function everything(store: RedisStore): Promise<string[]> {
  const client = store.client;
  const out: string[] = [];
  for (const name of await storeKeys(store, '*')) {
    out.push(name);
    const type = await client.type(name);
    if (type === 'string') out.push((await client.getBuffer(name))!.toString('latin1'));
    else if (type === 'hash') out.push(...Object.entries(await client.hgetallBuffer(name)).flatMap(([field, value]) => [field, value.toString('latin1')]));
    else if (type === 'list') out.push(...(await client.lrangeBuffer(name, 0, -1)).map((value) => value.toString('latin1')));
    else if (type === 'set') out.push(...(await client.smembersBuffer(name)).map((value) => value.toString('latin1')));
    else if (type === 'zset') out.push(...(await client.zrangeBuffer(name, '0', '-1')).map((value) => value.toString('latin1')));
    else throw new Error(`${name} is a ${type}: read it here too`);
  }
  return out;
}

describe.skipIf(!url)('credentials in the Redis store', () => {
  it('holds none of the API keys jobs, listings, webhooks and uploads were made with', { timeout: 30_000 }, async () => {
    const store = await openTestStore(url!, systemClock);
    const mock = await startMock({ store, limits: 'vendor' });
    const receiver = await startReceiver();
    stopLater(async () => {
      await mock.close();
      await receiver.close();
      await store.close();
    });
    const hook = receiver.url;

    const pixazo = { 'Ocp-Apim-Subscription-Key': KEYS.pixazo };
    const pixazoJob = await send(mock, '/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request', {
      method: 'POST',
      headers: pixazo,
      body: { image_url: 'https://example.com/cat.jpeg' },
    });
    expect(pixazoJob.status).toBe(200);
    await pollToEnd(mock, new URL(pixazoJob.body!.polling_url).pathname, pixazo, (b) => b.status === 'COMPLETED');

    const fal = { Authorization: `Key ${KEYS.fal}` };
    const falJob = await send(mock, `/fal-queue/fal-ai/ideogram/v2/edit?fal_webhook=${encodeURIComponent(hook)}`, {
      method: 'POST',
      headers: fal,
      body: { prompt: 'A knight', image_url: 'https://example.com/knight.jpeg', mask_url: 'https://example.com/mask.jpeg' },
    });
    expect(falJob.status).toBe(200);
    await pollToEnd(mock, new URL(falJob.body!.status_url).pathname, fal, (b) => b.status === 'COMPLETED');

    const falRest = { Authorization: `Key ${KEYS.falRest}` };
    const initiated = await send(mock, '/fal-rest/storage/upload/initiate?storage_type=fal-cdn-v3', {
      method: 'POST',
      headers: falRest,
      body: { content_type: 'image/png', file_name: 'a.png' },
    });
    expect(initiated.status).toBe(200);
    expect((await fetch(initiated.body!.upload_url, { method: 'PUT', headers: { ...falRest, 'content-type': 'image/png' }, body: 'png bytes' })).status).toBe(
      200,
    );

    const magnific = { 'x-magnific-api-key': KEYS.magnific };
    const edit = '/magnific/v1/ai/ideogram-image-edit';
    const magnificJob = await send(mock, edit, {
      method: 'POST',
      headers: magnific,
      body: { prompt: 'A sunset', image: 'https://example.com/in.png', mask: 'https://example.com/mask.png', webhook_url: hook },
    });
    expect(magnificJob.status).toBe(200);
    const taskId = magnificJob.body!.data.task_id;
    await pollToEnd(mock, `${edit}/${taskId}`, magnific, (b) => b.data.status === 'COMPLETED');
    expect((await send(mock, edit, { headers: magnific })).body!.data).toEqual([expect.objectContaining({ task_id: taskId })]);

    const replicate = { Authorization: `Bearer ${KEYS.replicate}` };
    const prediction = await send(mock, '/replicate/v1/models/ideogram-ai/ideogram-v3-turbo/predictions', {
      method: 'POST',
      headers: replicate,
      body: { input: { prompt: 'A poster' }, webhook: hook },
    });
    expect(prediction.status).toBe(201);
    await pollToEnd(mock, new URL(prediction.body!.urls.get).pathname, replicate, (b) => b.status === 'succeeded');
    expect((await send(mock, '/replicate/v1/predictions', { headers: replicate })).body!.results).toEqual([
      expect.objectContaining({ id: prediction.body!.id }),
    ]);
    const form = new FormData();
    form.append('content', new Blob(['some bytes'], { type: 'text/plain' }), 'a.txt');
    expect((await send(mock, '/replicate/v1/files', { method: 'POST', headers: replicate, form })).status).toBe(201);
    expect((await send(mock, '/replicate/v1/files', { headers: replicate })).body!.results).toHaveLength(1);

    const ideogram = { 'Api-Key': KEYS.ideogram };
    const generation = new FormData();
    generation.append('text_prompt', 'A lighthouse at dawn');
    const generated = await send(mock, `/ideogram/v1/ideogram-v4/async/generate?webhook_url=${encodeURIComponent(hook)}`, {
      method: 'POST',
      headers: ideogram,
      form: generation,
    });
    expect(generated.status).toBe(200);
    await pollToEnd(mock, `/ideogram/v1/generations/${generated.body!.generation_id}`, ideogram, (b) => b.status === 'completed');

    const yutoai = new FormData();
    yutoai.append('prompt', 'A cat');
    yutoai.append('image_file', new Blob([Buffer.from('iVBORw0KGgo=', 'base64')], { type: 'image/png' }), 'a.png');
    await send(mock, '/yutoai/ideogram/edit', { method: 'POST', headers: { Authorization: `Bearer ${KEYS.yutoai}` }, form: yutoai });

    // fal, Magnific, Replicate and Ideogram each deliver at least one webhook for a finished job.
    await receiver.waitFor(4);
    const held = await everything(store);
    expect(held.length).toBeGreaterThan(0);
    const found = held.filter((text) => Object.values(KEYS).some((key) => text.includes(key)));
    expect(found.map((text) => text.slice(0, 200))).toEqual([]);
  });
});
