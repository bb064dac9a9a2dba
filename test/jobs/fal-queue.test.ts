import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createFalClient } from '@fal-ai/client';
import { createApp } from '../../mock-server/app';
import { formatViolations } from '../../core/validator';
import { conformsTo, validator } from '../support/conformance';
import { startMock } from '../support/start-mock';
import { startReceiver } from '../support/webhook-receiver';
import { stopAfterEach } from '../support/stop-after-each';

const KEY = { Authorization: 'Key fal-key-a' };
const INPUT = {
  prompt: 'A knight in shining armour holding a greatshield with "FAL" on it',
  image_url: 'https://storage.googleapis.com/falserverless/flux-lora/example-images/knight.jpeg',
  mask_url: 'https://storage.googleapis.com/falserverless/flux-lora/example-images/mask_knight.jpeg',
};

const conforms = conformsTo('fal-queue');

const path = (url: string) => new URL(url).pathname + new URL(url).search;

const stopAfterTest = stopAfterEach();

describe('fal queue', () => {
  it('submits, shows a falling queue position and logs, completes, and returns the result', async () => {
    const app = createApp({ quiet: true });
    const submitted = await request(app).post('/fal-queue/fal-ai/ideogram/v2/edit').set(KEY).send(INPUT);
    conforms('submitEdit', submitted);
    expect(submitted.headers['x-fal-request-id']).toBe(submitted.body.request_id);
    const early = await request(app).get(path(submitted.body.response_url)).set(KEY);
    expect(early.status).toBe(400);
    conforms('getResult', early);
    const polls: request.Response[] = [];
    for (let i = 0; i < 3; i++)
      polls.push(
        await request(app)
          .get(`${path(submitted.body.status_url)}?logs=1`)
          .set(KEY),
      );
    polls.forEach((p) => conforms('getStatus', p));
    expect(polls.map((p) => [p.status, p.body.status, p.body.queue_position])).toEqual([
      [202, 'IN_QUEUE', 0],
      [202, 'IN_PROGRESS', undefined],
      [200, 'COMPLETED', undefined],
    ]);
    expect(submitted.body.queue_position).toBe(1);
    expect(polls[1].body.logs.length).toBeGreaterThan(0);
    expect(polls[2].body.metrics.inference_time).toBeGreaterThan(0);
    const result = await request(app).get(path(submitted.body.response_url)).set(KEY);
    conforms('getResult', result);
    expect(result.body.images[0].url).toContain('/fal-queue/__images/');
    const cancelLate = await request(app).put(path(submitted.body.cancel_url)).set(KEY);
    expect(cancelLate.status).toBe(400);
    conforms('cancel', cancelLate);
    expect(cancelLate.body).toEqual({ status: 'ALREADY_COMPLETED' });
  });

  it('cancels a queued request (202), after which its result is an error', async () => {
    const app = createApp({ quiet: true });
    const submitted = await request(app).post('/fal-queue/fal-ai/ideogram/v2/edit').set(KEY).send(INPUT);
    const cancelled = await request(app).put(path(submitted.body.cancel_url)).set(KEY);
    expect(cancelled.status).toBe(202);
    conforms('cancel', cancelled);
    expect(cancelled.body.status).toBe('CANCELLATION_REQUESTED');
    const result = await request(app).get(path(submitted.body.response_url)).set(KEY);
    expect(result.status).toBe(400);
    conforms('getResult', result);
  });

  it.each([
    ['failed', 422],
    ['error', 500],
  ])('passes a %s model run through as the result error', async (outcome, status) => {
    const app = createApp({ quiet: true });
    const submitted = await request(app).post('/fal-queue/fal-ai/ideogram/v2/edit').set(KEY).set('Prefer', `outcome=${outcome}`).send(INPUT);
    for (let i = 0; i < 3; i++) await request(app).get(path(submitted.body.status_url)).set(KEY);
    const result = await request(app).get(path(submitted.body.response_url)).set(KEY);
    expect(result.status).toBe(status);
    conforms('getResult', result);
  });

  it('shows a request to its own key only', async () => {
    const app = createApp({ quiet: true });
    const submitted = await request(app).post('/fal-queue/fal-ai/ideogram/v2/edit').set(KEY).send(INPUT);
    for (const [method, url, operationId] of [
      ['get', submitted.body.status_url, 'getStatus'],
      ['get', submitted.body.response_url, 'getResult'],
      ['put', submitted.body.cancel_url, 'cancel'],
    ] as const) {
      const res = await request(app)[method](path(url)).set({ Authorization: 'Key fal-key-b' });
      expect(res.status).toBe(404);
      conforms(operationId, res);
    }
  });

  it('POSTs the result to fal_webhook when the request ends', async () => {
    const receiver = await startReceiver();
    const mock = await startMock();
    stopAfterTest(receiver.close, mock.close);
    const res = await fetch(`${mock.origin}/fal-queue/fal-ai/ideogram/v2/edit?fal_webhook=${encodeURIComponent(receiver.url)}`, {
      method: 'POST',
      headers: { ...KEY, 'content-type': 'application/json' },
      body: JSON.stringify(INPUT),
    });
    const { request_id } = (await res.json()) as { request_id: string };
    const [hook] = await receiver.waitFor(1);
    expect(formatViolations(validator.validateWebhook('fal-queue', 'requestCompleted', hook.body))).toBe('');
    expect(hook.body).toMatchObject({
      request_id,
      gateway_request_id: request_id,
      status: 'OK',
      payload: { images: [expect.objectContaining({ url: expect.any(String) })] },
    });
  });

  it('serves the unmodified @fal-ai/client: subscribe returns the images, queue.cancel cancels', async () => {
    const mock = await startMock();
    stopAfterTest(mock.close);
    // The client has no base-URL setting; its fetch option is the documented seam.
    const rewrite = (url: string) => url.replace('https://queue.fal.run', `${mock.origin}/fal-queue`).replace('https://fal.run', `${mock.origin}/fal`);
    const fal = createFalClient({
      credentials: 'fal-key-a',
      fetch: (input, init) => fetch(rewrite(String(input instanceof Request ? input.url : input)), init),
    });
    const updates: string[] = [];
    const result = await fal.subscribe('fal-ai/ideogram/v2/edit', {
      input: INPUT,
      logs: true,
      pollInterval: 1,
      onQueueUpdate: (update) => updates.push(update.status),
    });
    expect(result.requestId).toEqual(expect.any(String));
    expect((result.data as { images: { url: string }[] }).images[0].url).toContain(mock.origin);
    expect(updates).toContain('IN_QUEUE');
    expect(updates).toContain('IN_PROGRESS');
    const { request_id } = await fal.queue.submit('fal-ai/ideogram/v2/edit', { input: INPUT });
    await fal.queue.cancel('fal-ai/ideogram/v2/edit', { requestId: request_id });
    const status = await fal.queue.status('fal-ai/ideogram/v2/edit', { requestId: request_id, logs: false });
    expect(status.status).toBe('COMPLETED');
    await expect(fal.queue.result('fal-ai/ideogram/v2/edit', { requestId: request_id })).rejects.toThrow();
  });
});
