/**
 * WaveSpeedAI's Ideogram tasks: submit → created → processing → completed | failed (a failure is an
 * HTTP 200 whose `data.status` says so), sync mode, base64 outputs, the result URL on the mock, the
 * signed webhook, and refusals in the API's envelope. Jobs advance per poll: nothing waits.
 */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createHmac } from 'node:crypto';
import { PNG } from 'pngjs';
import { createApp } from '../../mock-server/app';
import { formatViolations } from '../../core/validator';
import { conformsTo, validator } from '../support/conformance';
import { startMock } from '../support/start-mock';
import { startReceiver } from '../support/webhook-receiver';
import { stopAfterEach } from '../support/stop-after-each';

const KEY = { authorization: 'Bearer ws-key-a' };
const V3 = '/wavespeed/api/v3/ideogram-ai/ideogram-v3-turbo';
const BODY = { prompt: 'A poster that reads "WAVE"', aspect_ratio: '16:9' };

const conforms = conformsTo('wavespeed');
const stopAfterTest = stopAfterEach();

describe('WaveSpeed Ideogram tasks', () => {
  it('walks created → processing → completed, with urls.get on the mock and an image it serves', async () => {
    const app = createApp({ quiet: true });
    const created = await request(app).post(V3).set(KEY).send(BODY);
    conforms('ideogramV3Turbo', created);
    expect(created.body).toMatchObject({ code: 200, message: 'success', data: { status: 'created', outputs: [], model: 'ideogram-ai/ideogram-v3-turbo' } });
    const { id, urls } = created.body.data as { id: string; urls: { get: string } };
    const get = new URL(urls.get);
    expect(get.pathname).toBe(`/wavespeed/api/v3/predictions/${id}/result`);
    const statuses: string[] = [];
    let last = created;
    for (let poll = 0; poll < 2; poll++) {
      last = await request(app).get(get.pathname).set(KEY);
      conforms('getPredictionResult', last);
      statuses.push(last.body.data.status);
    }
    expect(statuses).toEqual(['processing', 'completed']);
    const [url] = last.body.data.outputs as string[];
    const image = await request(app).get(new URL(url).pathname).buffer(true);
    expect(image.status).toBe(200);
    const png = PNG.sync.read(image.body as Buffer);
    expect([png.width, png.height]).toEqual([1312, 736]);
    // The guide's path without /result answers the same task.
    const bare = await request(app).get(`/wavespeed/api/v3/predictions/${id}`).set(KEY);
    conforms('getPrediction', bare);
    expect(bare.body.data.id).toBe(id);
  });

  it('reports a failure as HTTP 200 with status failed and an error, and keeps tasks per key', async () => {
    const app = createApp({ quiet: true });
    const created = await request(app).post('/wavespeed/api/v3/ideogram-ai/ideogram-v2a').set(KEY).set('Prefer', 'outcome=failed').send(BODY);
    const path = `/wavespeed/api/v3/predictions/${created.body.data.id}/result`;
    await request(app).get(path).set(KEY);
    const failed = await request(app).get(path).set(KEY);
    conforms('getPredictionResult', failed);
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ code: 200, data: { status: 'failed', outputs: [], code: 1405 } });
    expect(failed.body.data.error).not.toBe('');
    const other = await request(app).get(path).set({ authorization: 'Bearer ws-key-b' });
    expect(other.status).toBe(404);
    expect(other.body).toEqual({ code: 404, message: 'prediction not found', data: null });
  });

  it('answers the finished task at once in sync mode, and base64 outputs when asked', async () => {
    const app = createApp({ quiet: true });
    const sync = await request(app)
      .post('/wavespeed/api/v3/ideogram-ai/ideogram-character')
      .set(KEY)
      .send({ prompt: 'The woman, reading', image: 'https://example.com/c.png', enable_sync_mode: true, enable_base64_output: true });
    conforms('ideogramCharacter', sync);
    expect(sync.body.data.status).toBe('completed');
    const [b64] = sync.body.data.outputs as string[];
    const png = PNG.sync.read(Buffer.from(b64, 'base64'));
    expect([png.width, png.height]).toEqual([1024, 1024]);
    const failed = await request(app)
      .post(V3)
      .set(KEY)
      .set('Prefer', 'outcome=failed')
      .send({ ...BODY, enable_sync_mode: true });
    expect(failed.status).toBe(200);
    expect(failed.body.data).toMatchObject({ status: 'failed', outputs: [] });
  });

  it('answers a sync-mode task that outlasts the wait unfinished, with code 5004', async () => {
    const app = createApp({ quiet: true });
    const stalled = await request(app)
      .post(V3)
      .set(KEY)
      .set('Prefer', 'outcome=never')
      .send({ ...BODY, enable_sync_mode: true });
    conforms('ideogramV3Turbo', stalled);
    expect(stalled.body.data).toMatchObject({ code: 5004, outputs: [] });
    expect(['created', 'processing']).toContain(stalled.body.data.status);
  });

  it('refuses in the envelope: no key 401, a bad input 400, another model input 400', async () => {
    const app = createApp({ quiet: true });
    const noKey = await request(app).post(V3).send(BODY);
    expect(noKey.status).toBe(401);
    expect(noKey.body).toMatchObject({ code: 401, data: null });
    const noPrompt = await request(app).post(V3).set(KEY).send({ aspect_ratio: '1:1' });
    expect(noPrompt.status).toBe(400);
    expect(noPrompt.body).toMatchObject({ code: 400, data: null });
    expect(noPrompt.body.message).toMatch(/prompt/);
    conforms('ideogramV3Turbo', noPrompt);
    const v2Style = await request(app)
      .post(V3)
      .set(KEY)
      .send({ ...BODY, style: 'Anime' });
    expect(v2Style.status).toBe(400);
    const tooMany = await request(app)
      .post(V3)
      .set(KEY)
      .send({ ...BODY, reference_images: ['a', 'b', 'c', 'd'].map((n) => `https://example.com/${n}.png`) });
    expect(tooMany.status).toBe(400);
    const noImage = await request(app).post('/wavespeed/api/v3/ideogram-ai/ideogram-character').set(KEY).send({ prompt: 'p' });
    expect(noImage.status).toBe(400);
  });

  it('with --limits vendor, a third image started in a minute is refused 429 in the envelope; polls and other keys are not counted', async () => {
    const app = createApp({ quiet: true, limits: 'vendor' });
    const first = await request(app).post(V3).set(KEY).send(BODY);
    await request(app).post('/wavespeed/api/v3/ideogram-ai/ideogram-v2').set(KEY).send(BODY);
    await request(app).get(`/wavespeed/api/v3/predictions/${first.body.data.id}/result`).set(KEY).expect(200);
    const third = await request(app).post(V3).set(KEY).send(BODY);
    expect(third.status).toBe(429);
    expect(third.body).toMatchObject({ code: 429, data: null });
    conforms('ideogramV3Turbo', third);
    expect((await request(app).post(V3).set({ authorization: 'Bearer ws-key-b' }).send(BODY)).status).toBe(200);
  });

  it('POSTs the finished task to ?webhook=, signed v3 hex HMAC with the secret GET /webhook/secret gives', async () => {
    const receiver = await startReceiver();
    const mock = await startMock({ webhookSecret: 'shh-wave-secret' });
    stopAfterTest(receiver.close, mock.close);
    const secretRes = await fetch(`${mock.origin}/wavespeed/api/v3/webhook/secret`, { headers: KEY });
    const { data: secretData } = (await secretRes.json()) as { data: { secret: string } };
    expect(secretData.secret).toBe('whsec_shh-wave-secret');
    const created = await fetch(`${mock.origin}${V3}?webhook=${encodeURIComponent(receiver.url)}`, {
      method: 'POST',
      headers: { ...KEY, 'content-type': 'application/json' },
      body: JSON.stringify(BODY),
    });
    const { data } = (await created.json()) as { data: { id: string } };
    const [hook] = await receiver.waitFor(1);
    expect(formatViolations(validator.validateWebhook('wavespeed', 'predictionFinished', hook.body))).toBe('');
    expect(hook.body).toMatchObject({ id: data.id, status: 'completed', input: BODY });
    const key = secretData.secret.slice('whsec_'.length);
    const signed = `${hook.headers['webhook-id']}.${hook.headers['webhook-timestamp']}.${hook.raw}`;
    expect(hook.headers['webhook-signature']).toBe(`v3,${createHmac('sha256', key).update(signed).digest('hex')}`);
    expect(hook.headers['webhook-signature']).not.toBe(`v3,${createHmac('sha256', 'other').update(signed).digest('hex')}`);
    // Only the end is sent: no delivery for created or processing.
    expect(receiver.hooks).toHaveLength(1);
  });
});
