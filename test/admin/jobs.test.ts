import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../mock-server/app';
import { SpecValidator, formatViolations } from '../../core/validator';
import { startMock } from '../support/start-mock';
import { startReceiver } from '../support/webhook-receiver';
import { stopAfterEach } from '../support/stop-after-each';

const validator = new SpecValidator();
const PIXAZO = { 'Ocp-Apim-Subscription-Key': 'k' };
const GENERATE = { image_request: { prompt: 'a lighthouse', model: 'V_2' } };
const MAGNIFIC = { 'x-magnific-api-key': 'k', 'content-type': 'application/json' };
const EDIT = { prompt: 'p', image: 'https://example.com/a.png', mask: 'https://example.com/m.png' };

const stopAfterTest = stopAfterEach();

describe('webhook safety and delivery', () => {
  it.each(['http://10.1.2.3/hook', 'http://192.168.0.10/hook', 'http://8.8.8.8/hook', 'http://example.com/hook'])(
    'refuses to call %s and says so in the log and journal',
    async (target) => {
      const lines: string[] = [];
      const app = createApp({ log: (line) => lines.push(line) });
      await request(app)
        .post('/magnific/v1/ai/ideogram-image-edit')
        .set(MAGNIFIC)
        .send({ ...EDIT, webhook_url: target });
      const deliveries = (await request(app).get('/__admin/webhooks')).body.deliveries as { state: string; attempts: unknown[]; reason: string }[];
      await new Promise((resolve) => setImmediate(resolve)); // the job advances itself on the next turns of the event loop
      const after = (await request(app).get('/__admin/webhooks')).body.deliveries as typeof deliveries;
      expect(deliveries.length + after.length).toBeGreaterThan(0);
      for (const d of after) {
        expect(d.state).toBe('refused');
        expect(d.attempts).toEqual([]);
        expect(d.reason).toMatch(/only calls 127\.0\.0\.0\/8/);
      }
      expect(lines.some((l) => l.includes(`webhook to ${target} refused`))).toBe(true);
      const journal = (await request(app).get('/__admin/requests?provider=magnific')).body.requests as { method: string; note?: string }[];
      expect(journal.some((e) => e.method === 'WEBHOOK' && e.note?.includes('refused'))).toBe(true);
    },
  );

  it('calls an allowed host name', async () => {
    const receiver = await startReceiver();
    const mock = await startMock({ webhookAllow: ['localhost'] });
    stopAfterTest(receiver.close, mock.close);
    const url = receiver.url.replace('127.0.0.1', 'localhost');
    await fetch(`${mock.origin}/magnific/v1/ai/ideogram-image-edit`, {
      method: 'POST',
      headers: MAGNIFIC,
      body: JSON.stringify({ ...EDIT, webhook_url: url }),
    });
    expect((await receiver.waitFor(2)).length).toBe(2);
  });

  it('retries a failing receiver with backoff and records each attempt', async () => {
    const receiver = await startReceiver([500, 503]);
    const mock = await startMock({ webhookRetryBaseMs: 1 });
    stopAfterTest(receiver.close, mock.close);
    await fetch(`${mock.origin}/fal-queue/fal-ai/ideogram/v2/edit?fal_webhook=${encodeURIComponent(receiver.url)}`, {
      method: 'POST',
      headers: { authorization: 'Key k', 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'p', image_url: 'https://a/b.png', mask_url: 'https://a/c.png' }),
    });
    await receiver.waitFor(1);
    const [delivery] = await mock.app.mock.store.deliveries.list(undefined);
    await mock.app.mock.jobs.webhooks.settled(delivery);
    expect(delivery.state).toBe('delivered');
    expect(delivery.attempts.map((a) => a.status)).toEqual([500, 503, 200]);
  });
});

describe('/__admin control API', () => {
  it('scenarios answer the next N requests to an operation as asked, then stop', async () => {
    const app = createApp({ quiet: true });
    const created = await request(app).post('/__admin/scenarios').send({ operationId: 'v2Generate', count: 2, code: 429 });
    expect(created.status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await request(app).post('/pixazo/ideogramV_2/v1/generate').set(PIXAZO).send(GENERATE);
      expect(formatViolations(validator.validateResponse('pixazo', 'v2Generate', { status: res.status, headers: res.headers, body: res.body }))).toBe('');
      statuses.push(res.status);
    }
    expect(statuses).toEqual([429, 429, 200]);
    const unknown = await request(app).post('/__admin/scenarios').send({ operationId: 'nope', code: 500 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/GET \/__admin lists them/);
  });

  it('a scenario can set a job outcome', async () => {
    const app = createApp({ quiet: true });
    await request(app).post('/__admin/scenarios').send({ provider: 'magnific', operationId: 'createImageEdit', outcome: 'failed' });
    const created = await request(app).post('/magnific/v1/ai/ideogram-image-edit').set(MAGNIFIC).send(EDIT);
    const finished = await request(app).post(`/__admin/jobs/${created.body.data.task_id}/finish`).send({});
    expect(finished.body.status).toBe('FAILED');
  });

  it('lists jobs a page at a time with the count of all, either way round, and refuses a page it cannot read', async () => {
    const app = createApp({ quiet: true });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await request(app).post('/magnific/v1/ai/ideogram-image-edit').set(MAGNIFIC).send(EDIT)).body.data.task_id);
    const first = await request(app).get('/__admin/jobs?limit=2');
    expect([first.body.count, first.body.jobs.map((j: { id: string }) => j.id)]).toEqual([3, ids.slice(0, 2)]);
    const rest = await request(app).get(`/__admin/jobs?limit=2&cursor=${first.body.next}`);
    expect([rest.body.jobs.map((j: { id: string }) => j.id), rest.body.next]).toEqual([[ids[2]], null]);
    const newest = await request(app).get('/__admin/jobs?order=newest&limit=1&provider=magnific');
    expect([newest.body.count, newest.body.jobs[0].id]).toEqual([3, ids[2]]);
    expect((await request(app).get('/__admin/jobs').set('X-Mock-Namespace', 'elsewhere')).body).toEqual({ count: 0, jobs: [], next: null });
    for (const bad of ['limit=0', 'limit=501', 'limit=x', 'cursor=-1', 'order=sideways'])
      expect((await request(app).get(`/__admin/jobs?${bad}`)).status).toBe(400);
  });

  it('lists, advances and finishes jobs, and reset forgets them', async () => {
    const app = createApp({ quiet: true });
    const created = await request(app).post('/magnific/v1/ai/ideogram-image-edit').set(MAGNIFIC).send(EDIT);
    const id = created.body.data.task_id;
    const listed = await request(app).get('/__admin/jobs?provider=magnific');
    // The start of the key's digest: the key itself is never kept.
    expect(listed.body.jobs).toEqual([expect.objectContaining({ id, status: 'CREATED', owner: expect.stringMatching(/^[\w-]{8}…$/) })]);
    expect((await request(app).post(`/__admin/jobs/${id}/advance`).type('json')).body.status).toBe('IN_PROGRESS');
    expect((await request(app).post(`/__admin/jobs/${id}/finish`).send({ outcome: 'completed' })).body.status).toBe('COMPLETED');
    const seen = await request(app).get(`/magnific/v1/ai/ideogram-image-edit/${id}`).set(MAGNIFIC);
    expect(seen.body.data.status).toBe('COMPLETED');
    expect((await request(app).post('/__admin/reset').type('json')).status).toBe(204);
    expect((await request(app).get(`/magnific/v1/ai/ideogram-image-edit/${id}`).set(MAGNIFIC)).status).toBe(404);
  });

  it('the journal is bounded and filterable', async () => {
    const app = createApp({ quiet: true, journalSize: 3 });
    for (let i = 0; i < 5; i++) await request(app).post('/pixazo/ideogramV_2/v1/generate').set(PIXAZO).send(GENERATE);
    await request(app).post('/fal/fal-ai/ideogram/v2/edit').set({ authorization: 'Key k' }).send({});
    const all = (await request(app).get('/__admin/requests')).body.requests;
    expect(all).toHaveLength(3);
    const fal = (await request(app).get('/__admin/requests?provider=fal')).body.requests;
    expect(fal).toEqual([expect.objectContaining({ provider: 'fal', status: 422, operationId: 'runEdit' })]);
  });

  it('requires the admin token when one is set', async () => {
    const app = createApp({ quiet: true, adminToken: 'tok' });
    expect((await request(app).get('/__admin/requests')).status).toBe(401);
    expect((await request(app).get('/__admin/requests').set('Authorization', 'Bearer nope')).status).toBe(401);
    expect((await request(app).get('/__admin/requests').set('Authorization', 'Bearer tok')).status).toBe(200);
  });

  it('is never reachable through a vendor host name', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app).get('/__admin/requests').set('Host', 'gateway.pixazo.ai');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'Not Found', message: expect.stringContaining('not an endpoint of pixazo') });
  });
});
