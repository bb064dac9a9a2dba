import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createHash, createPublicKey, generateKeyPairSync, verify, type JsonWebKey } from 'node:crypto';
import { createApp } from '../../mock-server/app';
import { createSigningKey } from '../../mock-server/jobs/ed25519';
import { formatViolations } from '../../core/validator';
import { conformsTo, validator } from '../support/conformance';
import { startMock } from '../support/start-mock';
import { startReceiver, type ReceivedHook } from '../support/webhook-receiver';
import { stopAfterEach } from '../support/stop-after-each';

const KEY = { 'Api-Key': 'ideo-key-a' };
const ASYNC = '/ideogram/v1/ideogram-v4/async/generate';
const JWKS = '/ideogram/v1/.well-known/jwks.json';

const conforms = conformsTo('ideogram');

const stopAfterTest = stopAfterEach();

describe('Ideogram asynchronous v4 generations', () => {
  it('walks pending → completed, one step per poll, with the prompt echoed and an image on the mock', async () => {
    const app = createApp({ quiet: true });
    const accepted = await request(app).post(ASYNC).set(KEY).field('text_prompt', 'A lighthouse at dawn').field('seed', '7');
    conforms('v4GenerateAsync', accepted);
    const id: string = accepted.body.generation_id;
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const first = await request(app).get(`/ideogram/v1/generations/${id}`).set(KEY);
    conforms('getGeneration', first);
    expect(first.body).toMatchObject({ generation_id: id, status: 'pending' });
    expect(first.body.data).toBeUndefined();
    const done = await request(app).get(`/ideogram/v1/generations/${id}`).set(KEY);
    conforms('getGeneration', done);
    expect(done.body).toMatchObject({ generation_id: id, status: 'completed', created: first.body.created });
    expect(done.body.data).toEqual([expect.objectContaining({ prompt: 'A lighthouse at dawn', seed: 7, resolution: '1024x1024', is_image_safe: true })]);
    const image = await request(app).get(new URL(done.body.data[0].url).pathname);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
  });

  it('ends failed when Prefer asks, and keeps each generation to the key that made it', async () => {
    const app = createApp({ quiet: true });
    const accepted = await request(app).post(ASYNC).set(KEY).set('Prefer', 'outcome=failed').field('text_prompt', 'x');
    const path = `/ideogram/v1/generations/${accepted.body.generation_id}`;
    await request(app).get(path).set(KEY);
    const failed = await request(app).get(path).set(KEY);
    conforms('getGeneration', failed);
    expect(failed.body.status).toBe('failed');
    const other = await request(app).get(path).set({ 'Api-Key': 'ideo-key-b' });
    expect(other.status).toBe(404);
    conforms('getGeneration', other);
    expect(other.body).toEqual({ error: 'Generation not found.' });
  });

  it('publishes its signing key as a JWKS, without a key', async () => {
    const app = createApp({ quiet: true });
    const jwks = await request(app).get(JWKS);
    conforms('getWebhookKeys', jwks);
    expect(jwks.body).toEqual(app.mock.signingKey().jwks());
  });

  it('publishes the pinned key given as webhookSigningKey (--webhook-signing-key)', async () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const jwks = await request(createApp({ quiet: true, webhookSigningKey: pem })).get(JWKS);
    expect(jwks.body).toEqual(createSigningKey(pem).jwks());
  });
});

/** A receiver's check, written as a production receiver would: only the JWKS fetched from the mock, and the raw body. */
function verifiedWith(keys: JsonWebKey[], hook: ReceivedHook, raw = hook.raw): boolean {
  const header = (name: string) => String(hook.headers[name]);
  const message = [
    header('x-ideogram-webhook-generation-id'),
    header('x-ideogram-webhook-user-id'),
    header('x-ideogram-webhook-timestamp'),
    createHash('sha256').update(raw).digest('hex'),
  ].join('\n');
  const signature = Buffer.from(header('x-ideogram-webhook-signature'), 'hex');
  const first = keys.find((k) => (k as { kid?: string }).kid === header('x-ideogram-webhook-key-id'));
  return [first, ...keys].some(
    (jwk) => jwk !== undefined && verify(null, Buffer.from(message, 'utf8'), createPublicKey({ key: jwk, format: 'jwk' }), signature),
  );
}

describe('Ideogram webhooks', () => {
  it('POSTs the completed generation to webhook_url, signed with Ed25519 so the JWKS on the mock verifies it; a tampered body fails', async () => {
    const receiver = await startReceiver();
    const mock = await startMock();
    stopAfterTest(receiver.close, mock.close);
    const { keys } = (await (await fetch(`${mock.origin}${JWKS}`)).json()) as { keys: JsonWebKey[] };
    const form = new FormData();
    form.set('text_prompt', 'A photo of a cat');
    const accepted = await fetch(`${mock.origin}${ASYNC}?webhook_url=${encodeURIComponent(receiver.url)}`, { method: 'POST', headers: KEY, body: form });
    const { generation_id } = (await accepted.json()) as { generation_id: string };
    const [hook] = await receiver.waitFor(1);
    expect(formatViolations(validator.validateWebhook('ideogram', 'v4GenerationCompleted', hook.body))).toBe('');
    expect(hook.body).toMatchObject({ generation_id, data: [expect.objectContaining({ prompt: 'A photo of a cat' })] });
    expect(hook.headers['x-ideogram-webhook-generation-id']).toBe(generation_id);
    expect(hook.headers['x-ideogram-webhook-timestamp']).toMatch(/^\d+$/);
    expect(hook.headers['x-ideogram-webhook-signature']).toMatch(/^[0-9a-f]{128}$/);
    expect(verifiedWith(keys, hook)).toBe(true);
    expect(verifiedWith(keys, hook, hook.raw.replace('A photo of a cat', 'A photo of a dog'))).toBe(false);
    expect(verifiedWith(keys, { ...hook, headers: { ...hook.headers, 'x-ideogram-webhook-user-id': 'someone-else' } })).toBe(false);
  });

  it('names the same user for every generation of one key, and sends nothing when a generation fails', async () => {
    const receiver = await startReceiver();
    const mock = await startMock();
    stopAfterTest(receiver.close, mock.close);
    const submit = (headers: Record<string, string>) => {
      const form = new FormData();
      form.set('text_prompt', 'x');
      return fetch(`${mock.origin}${ASYNC}?webhook_url=${encodeURIComponent(receiver.url)}`, { method: 'POST', headers: { ...KEY, ...headers }, body: form });
    };
    await submit({ Prefer: 'outcome=failed' });
    await submit({});
    await submit({});
    const hooks = await receiver.waitFor(2);
    expect(hooks[0].headers['x-ideogram-webhook-user-id']).toBe(hooks[1].headers['x-ideogram-webhook-user-id']);
    await mock.app.mock.jobs.drain();
    expect(receiver.hooks).toHaveLength(2);
    expect((await mock.app.mock.store.deliveries.list(undefined)).filter((d) => d.provider === 'ideogram')).toHaveLength(2);
  });
});
