import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createHmac } from 'node:crypto';
import { createApp } from '../../mock-server/app';
import { formatViolations } from '../../core/validator';
import { conformsTo, validator } from '../support/conformance';
import { startMock, type StartedMock } from '../support/start-mock';
import { startReceiver, type Receiver } from '../support/webhook-receiver';
import { stopAfterEach } from '../support/stop-after-each';

const KEY = { 'x-magnific-api-key': 'mag-key-a' };
const BODY = { prompt: 'A beautiful sunset over the ocean', image: 'https://example.com/in.png', mask: 'https://example.com/mask.png' };

const conforms = conformsTo('magnific');

const stopAfterTest = stopAfterEach();

describe('Magnific image-edit tasks', () => {
  it('walks CREATED → IN_PROGRESS → COMPLETED and lists the task', async () => {
    const app = createApp({ quiet: true });
    const created = await request(app).post('/magnific/v1/ai/ideogram-image-edit').set(KEY).send(BODY);
    conforms('createImageEdit', created);
    expect(created.body.data).toMatchObject({ status: 'CREATED', generated: [] });
    const id: string = created.body.data.task_id;
    const first = await request(app).get(`/magnific/v1/ai/ideogram-image-edit/${id}`).set(KEY);
    conforms('getImageEdit', first);
    expect(first.body.data.status).toBe('IN_PROGRESS');
    const done = await request(app).get(`/magnific/v1/ai/ideogram-image-edit/${id}`).set(KEY);
    conforms('getImageEdit', done);
    expect(done.body.data.status).toBe('COMPLETED');
    const [url] = done.body.data.generated as string[];
    const image = await request(app).get(new URL(url).pathname);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    const list = await request(app).get('/magnific/v1/ai/ideogram-image-edit').set(KEY);
    conforms('listImageEdits', list);
    expect(list.body.data).toEqual([{ task_id: id, status: 'COMPLETED' }]);
  });

  it('ends FAILED when asked, and keeps tasks per key', async () => {
    const app = createApp({ quiet: true });
    const created = await request(app).post('/magnific/v1/ai/ideogram-image-edit').set(KEY).set('Prefer', 'outcome=failed').send(BODY);
    const path = `/magnific/v1/ai/ideogram-image-edit/${created.body.data.task_id}`;
    await request(app).get(path).set(KEY);
    const failed = await request(app).get(path).set(KEY);
    conforms('getImageEdit', failed);
    expect(failed.body.data).toMatchObject({ status: 'FAILED', generated: [] });
    const other = await request(app).get(path).set({ 'x-magnific-api-key': 'mag-key-b' });
    expect(other.status).toBe(404);
    conforms('getImageEdit', other);
    const otherList = await request(app).get('/magnific/v1/ai/ideogram-image-edit').set({ 'x-magnific-api-key': 'mag-key-b' });
    expect(otherList.body.data).toEqual([]);
  });

  it('answers on the Freepik host with either documented key header', async () => {
    const app = createApp({ quiet: true });
    for (const headers of [{ 'x-freepik-api-key': 'k' }, KEY]) {
      const ok = await request(app).post('/freepik/v1/ai/ideogram-image-edit').set(headers).send(BODY);
      expect(ok.status).toBe(200);
      conforms('createImageEdit', ok);
    }
  });

  it('POSTs every status change to webhook_url with a Standard Webhooks signature the secret verifies', async () => {
    const receiver: Receiver = await startReceiver();
    const mock: StartedMock = await startMock({ webhookSecret: 'shh-test-secret' });
    stopAfterTest(receiver.close, mock.close);
    const created = await fetch(`${mock.origin}/magnific/v1/ai/ideogram-image-edit`, {
      method: 'POST',
      headers: { ...KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ ...BODY, webhook_url: receiver.url }),
    });
    const { data } = (await created.json()) as { data: { task_id: string } };
    const hooks = await receiver.waitFor(2);
    expect(hooks.map((h) => (h.body as { status: string }).status)).toEqual(['IN_PROGRESS', 'COMPLETED']);
    for (const hook of hooks) {
      expect(formatViolations(validator.validateWebhook('magnific', 'imageEditStatus', hook.body))).toBe('');
      expect((hook.body as { task_id: string }).task_id).toBe(data.task_id);
      const id = String(hook.headers['webhook-id']);
      const timestamp = String(hook.headers['webhook-timestamp']);
      const expected = createHmac('sha256', 'shh-test-secret').update(`${id}.${timestamp}.${hook.raw}`).digest('base64');
      const signatures = String(hook.headers['webhook-signature'])
        .split(' ')
        .map((s) => s.split(',')[1]);
      expect(signatures).toContain(expected);
      const forged = createHmac('sha256', 'wrong-secret').update(`${id}.${timestamp}.${hook.raw}`).digest('base64');
      expect(signatures).not.toContain(forged);
    }
  });
});

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4AWMAgv8AAQQBAP8H9UQAAAAASUVORK5CYII=';
const EXPAND = { image: PNG, left: 64, right: 64, top: 0, bottom: 0, prompt: 'A quiet beach at sunset' };

describe('Magnific image-expand tasks', () => {
  it('walks CREATED → IN_PROGRESS → COMPLETED on both hosts', async () => {
    const app = createApp({ quiet: true });
    for (const [prefix, headers] of [
      ['/magnific', KEY],
      ['/freepik', { 'x-freepik-api-key': 'mag-key-a' }],
    ] as const) {
      const created = await request(app).post(`${prefix}/v1/ai/image-expand/ideogram`).set(headers).send(EXPAND);
      conforms('createImageExpand', created);
      expect(created.body.data).toMatchObject({ status: 'CREATED', generated: [] });
      const path = `${prefix}/v1/ai/image-expand/ideogram/${created.body.data.task_id}`;
      const first = await request(app).get(path).set(headers);
      conforms('getImageExpand', first);
      expect(first.body.data.status).toBe('IN_PROGRESS');
      const done = await request(app).get(path).set(headers);
      conforms('getImageExpand', done);
      expect(done.body.data).toMatchObject({ task_id: created.body.data.task_id, status: 'COMPLETED' });
      const image = await request(app).get(new URL(done.body.data.generated[0]).pathname);
      expect(image.headers['content-type']).toBe('image/png');
    }
  });

  it('ends FAILED when asked, keeps tasks per key, and keeps expand and edit tasks apart', async () => {
    const app = createApp({ quiet: true });
    const created = await request(app).post('/magnific/v1/ai/image-expand/ideogram').set(KEY).set('Prefer', 'outcome=failed').send(EXPAND);
    const id: string = created.body.data.task_id;
    const path = `/magnific/v1/ai/image-expand/ideogram/${id}`;
    await request(app).get(path).set(KEY);
    const failed = await request(app).get(path).set(KEY);
    conforms('getImageExpand', failed);
    expect(failed.body.data).toMatchObject({ status: 'FAILED', generated: [] });
    const other = await request(app).get(path).set({ 'x-magnific-api-key': 'mag-key-b' });
    expect(other.status).toBe(404);
    conforms('getImageExpand', other);
    expect((await request(app).get(`/magnific/v1/ai/ideogram-image-edit/${id}`).set(KEY)).status).toBe(404);
    expect((await request(app).get('/magnific/v1/ai/ideogram-image-edit').set(KEY)).body.data).toEqual([]);
    const edit = await request(app).post('/magnific/v1/ai/ideogram-image-edit').set(KEY).send(BODY);
    expect((await request(app).get(`/magnific/v1/ai/image-expand/ideogram/${edit.body.data.task_id}`).set(KEY)).status).toBe(404);
  });

  it('POSTs every status change to webhook_url, signed like image edit', async () => {
    const receiver: Receiver = await startReceiver();
    const mock: StartedMock = await startMock({ webhookSecret: 'shh-test-secret' });
    stopAfterTest(receiver.close, mock.close);
    const created = await fetch(`${mock.origin}/freepik/v1/ai/image-expand/ideogram`, {
      method: 'POST',
      headers: { 'x-freepik-api-key': 'k', 'content-type': 'application/json' },
      body: JSON.stringify({ ...EXPAND, webhook_url: receiver.url }),
    });
    const { data } = (await created.json()) as { data: { task_id: string } };
    const hooks = await receiver.waitFor(2);
    expect(hooks.map((h) => (h.body as { status: string }).status)).toEqual(['IN_PROGRESS', 'COMPLETED']);
    for (const hook of hooks) {
      expect(formatViolations(validator.validateWebhook('magnific', 'imageExpandStatus', hook.body))).toBe('');
      expect((hook.body as { task_id: string }).task_id).toBe(data.task_id);
      const expected = createHmac('sha256', 'shh-test-secret')
        .update(`${hook.headers['webhook-id']}.${hook.headers['webhook-timestamp']}.${hook.raw}`)
        .digest('base64');
      expect(String(hook.headers['webhook-signature'])).toBe(`v1,${expected}`);
    }
  });
});
