/**
 * Replicate's predictions as jobs: the lifecycle and its URLs, Prefer: wait, outcomes and scenarios,
 * the key-scoped paginated list, models.get, version resolution, filtered and signed webhooks, Host
 * routing and in-process interception. Jobs advance per poll (the default mode): nothing sleeps.
 */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createHmac } from 'node:crypto';
import nock from 'nock';
import Replicate from 'replicate';
import { createApp } from '../../mock-server/app';
import { interceptVendors } from '../../lib/intercept';
import { formatViolations } from '../../core/validator';
import { conformsTo, validator } from '../support/conformance';
import { startMock, type StartedMock } from '../support/start-mock';
import { startReceiver, type Receiver } from '../support/webhook-receiver';
import { PAGE_SIZE } from '../../mock-server/providers/replicate/pages';
import { stopAfterEach } from '../support/stop-after-each';
import { manualClock } from '../../mock-server/jobs/clock';

const KEY = { Authorization: 'Bearer r8_key_a' };
const MODEL = '/replicate/v1/models/ideogram-ai/ideogram-v3-turbo/predictions';
const INPUT = { input: { prompt: 'A vintage travel poster that reads "Visit Mars"', aspect_ratio: '2:3' } };
const V2_VERSION = 'd07f7f3ad03f2ec100edeaa91e26ac731d7d00ec369e6a475b80c04bd1101d5d';

const conforms = conformsTo('replicate');

const stopAfterTest = stopAfterEach();

describe('the prediction lifecycle', () => {
  it('starting → processing → succeeded, with logs, metrics and URLs back on the mock', async () => {
    const app = createApp({ quiet: true });
    const created = await request(app).post(MODEL).set(KEY).send(INPUT);
    expect(created.status).toBe(201);
    conforms('createModelPrediction', created);
    const { id, urls } = created.body as { id: string; urls: Record<string, string> };
    expect(created.body).toMatchObject({ status: 'starting', version: 'hidden', model: 'ideogram-ai/ideogram-v3-turbo', input: INPUT.input, output: null });
    const origin = new URL(created.request.url).origin;
    expect(urls).toEqual({
      web: `${origin}/replicate/p/${id}`,
      get: `${origin}/replicate/v1/predictions/${id}`,
      cancel: `${origin}/replicate/v1/predictions/${id}/cancel`,
    });
    const running = await request(app).get(new URL(urls.get).pathname).set(KEY);
    conforms('getPrediction', running);
    expect(running.body).toMatchObject({ status: 'processing', output: null });
    expect(running.body.logs).toContain('Running ideogram-ai/ideogram-v3-turbo');
    const done = await request(app).get(new URL(urls.get).pathname).set(KEY);
    conforms('getPrediction', done);
    expect(done.body.status).toBe('succeeded');
    expect(done.body.metrics.predict_time).toBeGreaterThanOrEqual(0);
    expect(done.body.completed_at).toEqual(expect.any(String));
    const image = await request(app).get(new URL(done.body.output).pathname);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(new URL(done.body.output).pathname).toContain('/832x1248/');
  });

  it('cancel: canceled while starting (never started); a finished prediction comes back unchanged', async () => {
    const app = createApp({ quiet: true });
    const created = await request(app).post(MODEL).set(KEY).send(INPUT);
    const canceled = await request(app).post(new URL(created.body.urls.cancel).pathname).set(KEY);
    conforms('cancelPrediction', canceled);
    expect(canceled.body).toMatchObject({ status: 'canceled', started_at: null, output: null });
    const waited = await request(app).post(MODEL).set(KEY).set('Prefer', 'wait').send(INPUT);
    const again = await request(app).post(new URL(waited.body.urls.cancel).pathname).set(KEY);
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('succeeded');
  });

  it("another key's prediction, or an unknown id, is Replicate's 404", async () => {
    const app = createApp({ quiet: true });
    const created = await request(app).post(MODEL).set(KEY).send(INPUT);
    const other = await request(app).get(`/replicate/v1/predictions/${created.body.id}`).set({ Authorization: 'Bearer r8_key_b' });
    expect(other.status).toBe(404);
    conforms('getPrediction', other);
    expect(other.body).toMatchObject({ status: 404, detail: expect.any(String) });
  });
});

describe('Prefer: wait and outcomes', () => {
  it('wait runs the job to its end; failed and error outcomes end failed with an error', async () => {
    const app = createApp({ quiet: true });
    for (const [prefer, status] of [
      ['wait', 'succeeded'],
      ['wait=5, outcome=failed', 'failed'],
      ['wait=0.5; outcome=error', 'failed'],
      ['wait=120', 'succeeded'],
    ]) {
      const res = await request(app).post(MODEL).set(KEY).set('Prefer', prefer).send(INPUT);
      expect(res.status, prefer).toBe(201);
      conforms('createModelPrediction', res);
      expect(res.body.status, prefer).toBe(status);
      if (status === 'failed') expect(res.body.error).toEqual(expect.any(String));
    }
  });

  it('a job slower than the wait (outcome=slow, never) answers starting, never processing', async () => {
    const app = createApp({ quiet: true });
    const slow = await request(app).post(MODEL).set(KEY).set('Prefer', 'wait, outcome=slow').send(INPUT);
    expect(slow.body.status).toBe('starting');
    const never = await request(app).post(MODEL).set(KEY).set('Prefer', 'wait=3, outcome=never').send(INPUT);
    expect(never.body.status).toBe('starting');
    for (let i = 0; i < 5; i++) await request(app).get(`/replicate/v1/predictions/${never.body.id}`).set(KEY);
    expect((await request(app).get(`/replicate/v1/predictions/${never.body.id}`).set(KEY)).body.status).toBe('processing');
  });

  it('an /__admin scenario steers the next creation', async () => {
    const app = createApp({ quiet: true });
    await request(app)
      .post('/__admin/scenarios')
      .send({ provider: 'replicate', operationId: 'createModelPrediction', outcome: 'failed', count: 1 })
      .expect(201);
    expect((await request(app).post(MODEL).set(KEY).set('Prefer', 'wait').send(INPUT)).body.status).toBe('failed');
    expect((await request(app).post(MODEL).set(KEY).set('Prefer', 'wait').send(INPUT)).body.status).toBe('succeeded');
  });
});

describe('input and versions', () => {
  it("validates input against the path's model only, listing every invalid field", async () => {
    const app = createApp({ quiet: true });
    const res = await request(app)
      .post('/replicate/v1/models/ideogram-ai/ideogram-character/predictions')
      .set(KEY)
      .send({ input: { prompt: 'x', style_type: 'Design', seed: 'seven' } });
    expect(res.status).toBe(422);
    conforms('createModelPrediction', res);
    expect(res.body.invalid_fields.map((f: { field: string }) => f.field).sort()).toEqual(['input', 'input.seed', 'input.style_type']);
    expect(res.body.detail).toContain('- input: character_reference_image is required\n');
    const unknown = await request(app).post('/replicate/v1/models/ideogram-ai/ideogram-v9/predictions').set(KEY).send(INPUT);
    expect(unknown.status).toBe(404);
    conforms('createModelPrediction', unknown);
  });

  it('runs a version id, owner/name:id and an official owner/name; refuses an unknown version', async () => {
    const app = createApp({ quiet: true });
    for (const version of [V2_VERSION, `ideogram-ai/ideogram-v2:${V2_VERSION}`, 'ideogram-ai/ideogram-v2']) {
      const res = await request(app)
        .post('/replicate/v1/predictions')
        .set(KEY)
        .send({ version, input: { prompt: 'x', style_type: 'Anime' } });
      expect(res.status, version).toBe(201);
      conforms('createPrediction', res);
      expect(res.body).toMatchObject({ model: 'ideogram-ai/ideogram-v2', version: version === 'ideogram-ai/ideogram-v2' ? 'hidden' : V2_VERSION });
    }
    const unknown = await request(app)
      .post('/replicate/v1/predictions')
      .set(KEY)
      .send({ version: 'f'.repeat(64), input: { prompt: 'x' } });
    expect(unknown.status).toBe(422);
    conforms('createPrediction', unknown);
    expect(unknown.body.title).toBe('Invalid version or not permitted');
  });

  it("models.get: the model's own input schema; an unknown model is a 404", async () => {
    const app = createApp({ quiet: true });
    const res = await request(app).get('/replicate/v1/models/ideogram-ai/ideogram-v2a').set(KEY);
    conforms('getModel', res);
    expect(res.body).toMatchObject({
      owner: 'ideogram-ai',
      name: 'ideogram-v2a',
      latest_version: { id: '8b85e4363b03c25f1d248d0f7e3e118503f2b33773a51bab414603bd52f6112d' },
    });
    const input = res.body.latest_version.openapi_schema.components.schemas.Input;
    expect(input.properties.style_type.enum).toContain('Anime');
    expect(JSON.stringify(input)).not.toContain('$ref');
    expect((await request(app).get('/replicate/v1/models/ideogram-ai/nope').set(KEY)).status).toBe(404);
  });
});

describe('GET /v1/predictions', () => {
  it('lists only the key’s predictions, newest first, in pages linked by next and previous', async () => {
    const app = createApp({ quiet: true });
    const ids: string[] = [];
    for (let i = 0; i < PAGE_SIZE + 1; i++) ids.push((await request(app).post(MODEL).set(KEY).send(INPUT)).body.id);
    await request(app).post(MODEL).set({ Authorization: 'Bearer r8_key_b' }).send(INPUT);
    const first = await request(app).get('/replicate/v1/predictions').set(KEY);
    conforms('listPredictions', first);
    expect(first.body.results).toHaveLength(PAGE_SIZE);
    expect(first.body.results[0].id).toBe(ids.at(-1));
    expect(first.body.previous).toBeNull();
    const next = new URL(first.body.next);
    const second = await request(app)
      .get(next.pathname + next.search)
      .set(KEY);
    conforms('listPredictions', second);
    expect(second.body.results.map((p: { id: string }) => p.id)).toEqual([ids[0]]);
    expect(second.body.next).toBeNull();
    expect(second.body.previous).toEqual(expect.stringContaining('cursor='));
    const bad = await request(app).get('/replicate/v1/predictions?cursor=nonsense').set(KEY);
    expect(bad.status).toBe(422);
    conforms('listPredictions', bad);
  });
});

describe('GET /v1/predictions with created_after and created_before', () => {
  it('keeps the predictions inside the dates, newest first, and previous leads back to the page before', async () => {
    const clock = manualClock(Date.parse('2026-01-01T00:00:00Z'));
    const app = createApp({ quiet: true, clock });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await request(app).post(MODEL).set(KEY).send(INPUT)).body.id);
      clock.advance(1000);
    }
    const listed = async (query: string) =>
      (await request(app).get(`/replicate/v1/predictions?${query}`).set(KEY)).body as {
        results: { id: string }[];
        next: string | null;
        previous: string | null;
      };
    const ofIds = (page: { results: { id: string }[] }) => page.results.map((p) => p.id);
    expect(ofIds(await listed('created_after=2026-01-01T00:00:00.500Z'))).toEqual([ids[2], ids[1]]);
    expect(ofIds(await listed('created_before=2026-01-01T00:00:01.500Z'))).toEqual([ids[1], ids[0]]);
    expect(ofIds(await listed('created_after=2026-01-01T00:00:00.500Z&created_before=2026-01-01T00:00:01.500Z'))).toEqual([ids[1]]);

    for (let i = 3; i < PAGE_SIZE + 3; i++) ids.push((await request(app).post(MODEL).set(KEY).send(INPUT)).body.id);
    const first = await listed('created_after=2026-01-01T00:00:00.500Z');
    const second = await listed(new URL(first.next!).search.slice(1));
    expect(ofIds(second)).toEqual([ids[2], ids[1]]);
    const back = await listed(new URL(second.previous!).search.slice(1));
    expect(ofIds(back)).toEqual(ofIds(first));
    expect(back.previous).toBeNull();
  });
});

describe('webhooks', () => {
  async function hooksFor(mock: StartedMock, receiver: Receiver, filter: string[] | undefined, count: number) {
    const res = await fetch(`${mock.origin}${MODEL}`, {
      method: 'POST',
      headers: { ...KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ ...INPUT, webhook: receiver.url, ...(filter ? { webhook_events_filter: filter } : {}) }),
    });
    const { id } = (await res.json()) as { id: string };
    await receiver.waitFor(count);
    await mock.app.mock.jobs.drain();
    return { id, hooks: receiver.hooks.filter((h) => (h.body as { id: string }).id === id) };
  }

  it('without a filter: start and completed, each a valid prediction signed with the secret', async () => {
    const receiver = await startReceiver();
    const mock = await startMock({ webhookSecret: 'replicate-test-secret' });
    stopAfterTest(receiver.close, mock.close);
    const { hooks } = await hooksFor(mock, receiver, undefined, 2);
    expect(hooks.map((h) => (h.body as { status: string }).status)).toEqual(['processing', 'succeeded']);
    for (const hook of hooks) {
      expect(formatViolations(validator.validateWebhook('replicate', 'predictionUpdated', hook.body))).toBe('');
      const { 'webhook-id': id, 'webhook-timestamp': timestamp } = hook.headers;
      const expected = createHmac('sha256', 'replicate-test-secret')
        .update(`${String(id)}.${String(timestamp)}.${hook.raw}`)
        .digest('base64');
      expect(hook.headers['webhook-signature']).toBe(`v1,${expected}`);
    }
    const deliveries = (await request(mock.app).get('/__admin/webhooks')).body;
    expect(JSON.stringify(deliveries)).toContain('"event":"start"');
    expect(JSON.stringify(deliveries)).toContain('"event":"completed"');
  });

  it('webhook_events_filter [start] sends the start only; [output] the success only', async () => {
    const receiver = await startReceiver();
    const mock = await startMock();
    stopAfterTest(receiver.close, mock.close);
    const start = await hooksFor(mock, receiver, ['start'], 1);
    expect(start.hooks.map((h) => (h.body as { status: string }).status)).toEqual(['processing']);
    const output = await hooksFor(mock, receiver, ['output'], 2);
    expect(output.hooks.map((h) => (h.body as { status: string }).status)).toEqual(['succeeded']);
  });
});

describe('by host name', () => {
  it('Host: api.replicate.com reaches Replicate, and its URLs stay on that host', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app).post('/v1/models/ideogram-ai/ideogram-v3-turbo/predictions').set('Host', 'api.replicate.com').set(KEY).send(INPUT);
    expect(res.status).toBe(201);
    expect(res.body.urls.get).toBe(`https://api.replicate.com/v1/predictions/${res.body.id}`);
  });

  it('interceptVendors() answers the unconfigured official client, file outputs included', async () => {
    const { restore } = interceptVendors();
    stopAfterTest(restore);
    nock.disableNetConnect();
    stopAfterTest(() => nock.enableNetConnect());
    const client = new Replicate({ auth: 'r8_intercepted' });
    const output = (await client.run('ideogram-ai/ideogram-v3-turbo', { input: { prompt: 'x' } })) as { url(): URL; blob(): Promise<Blob> };
    expect(output.url().host).toBe('api.replicate.com');
    const blob = await output.blob();
    expect(blob.type).toBe('image/png');
  });
});
