import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createHmac } from 'node:crypto';
import { PNG } from 'pngjs';
import { createApp, type MockApp } from '../../mock-server/app';
import { manualClock } from '../../mock-server/jobs/clock';
import { formatViolations } from '../../core/validator';
import { conformsTo, validator } from '../support/conformance';
import { startMock } from '../support/start-mock';
import { startReceiver } from '../support/webhook-receiver';
import { stopAfterEach } from '../support/stop-after-each';
import { interceptVendors } from '../../lib/intercept';

const CREATE = '/kie/api/v1/jobs/createTask';
const DETAIL = '/kie/api/v1/jobs/recordInfo';
const KEY = { authorization: 'Bearer kie-key-a' };
const REF = 'https://file.aiquickdraw.com/custom-page/akr/section-images/1755767145415pvz49dpi.webp';
const CHARACTER = {
  model: 'ideogram/character',
  input: { prompt: 'A knight in a candlelit corridor', reference_image_urls: [REF], num_images: '2', image_size: 'landscape_4_3' },
};

const conforms = conformsTo('kie');
const stopAfterTest = stopAfterEach();

async function create(app: MockApp, body: object, headers: Record<string, string> = KEY) {
  const res = await request(app).post(CREATE).set(headers).send(body);
  conforms('createTask', res);
  return res;
}

async function detail(app: MockApp, taskId: string, headers: Record<string, string> = KEY) {
  const res = await request(app).get(DETAIL).query({ taskId }).set(headers);
  conforms('getTaskDetail', res);
  return res;
}

describe('Kie.ai Market tasks', () => {
  it('walks queuing → generating → success, with param and resultJson as JSON strings and the images on the mock', async () => {
    const app = createApp({ quiet: true });
    const created = await create(app, CHARACTER);
    expect(created.body).toMatchObject({ code: 200, msg: 'success' });
    const taskId: string = created.body.data.taskId;
    expect(taskId).toMatch(/^task_ideogram_\d+$/);
    const states = [];
    for (let i = 0; i < 3; i++) states.push((await detail(app, taskId)).body.data.state);
    expect(states).toEqual(['queuing', 'generating', 'success']);
    const done = (await detail(app, taskId)).body.data;
    expect(JSON.parse(done.param)).toEqual(CHARACTER);
    expect(done).toMatchObject({ taskId, model: 'ideogram/character', failCode: '', failMsg: '' });
    expect(done.completeTime).toBeGreaterThanOrEqual(done.createTime);
    const { resultUrls } = JSON.parse(done.resultJson) as { resultUrls: string[] };
    expect(resultUrls).toHaveLength(2);
    expect(new Set(resultUrls).size).toBe(2);
    const image = await request(app)
      .get(new URL(resultUrls[0]).pathname)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(image.headers['content-type']).toBe('image/png');
    const png = PNG.sync.read(image.body as Buffer);
    expect([png.width, png.height]).toEqual([1024, 768]);
  });

  it('takes every documented request example, each model with its own input', async () => {
    const app = createApp({ quiet: true });
    const examples = app.mock.index.operations.find((o) => o.provider === 'kie' && o.operationId === 'createTask')!.body!.examples;
    expect(examples.length).toBeGreaterThanOrEqual(7);
    for (const example of examples) {
      const res = await create(app, example.value as object);
      expect(res.body.code, example.name).toBe(200);
    }
  });

  it('ends in fail with failCode and failMsg when asked', async () => {
    const app = createApp({ quiet: true });
    const created = await request(app).post(CREATE).set(KEY).set('Prefer', 'outcome=failed').send(CHARACTER);
    conforms('createTask', created);
    const { taskId } = created.body.data;
    const states = [];
    for (let i = 0; i < 3; i++) states.push((await detail(app, taskId)).body.data.state);
    expect(states).toEqual(['queuing', 'generating', 'fail']);
    const data = (await detail(app, taskId)).body.data;
    expect(data.failCode).not.toBe('');
    expect(data.failMsg).not.toBe('');
    expect(data.resultJson).toBe('');
  });

  it('moves on the clock in time mode', async () => {
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    const clock = manualClock(start);
    const app = createApp({ quiet: true, clock, jobMode: 'time', jobDurationMs: 3000 });
    const { taskId } = (await create(app, CHARACTER)).body.data;
    const at = async (ms: number) => {
      clock.set(start + ms);
      return (await detail(app, taskId)).body.data.state;
    };
    expect([await at(0), await at(1000), await at(2000), await at(3000)]).toEqual(['waiting', 'queuing', 'generating', 'success']);
  });

  it('holds each model to its own input fields, refusing in Kie envelope with code 422', async () => {
    const app = createApp({ quiet: true });
    const cases: [object, RegExp][] = [
      [{ model: 'ideogram/character-edit', input: { prompt: 'p', image_url: REF, reference_image_urls: [REF] } }, /mask_url/],
      [{ model: 'ideogram/v3-reframe', input: { prompt: 'p' } }, /image_url/],
      [{ model: 'ideogram/character', input: { prompt: 'p' } }, /reference_image_urls/],
      [{ model: 'ideogram/v9', input: { prompt: 'p' } }, /model must be one of ideogram\/character/],
      [{ model: 'ideogram/character', input: { ...CHARACTER.input, num_images: 2 } }, /num_images/],
      [{ model: 'ideogram/character', input: { ...CHARACTER.input, style: 'GENERAL' } }, /style/],
      [{ model: 'ideogram/character', input: { ...CHARACTER.input, reference_image_urls: ['file:///etc/passwd'] } }, /input\.reference_image_urls/],
      [{ model: 'ideogram/v3-reframe', input: { image_url: 'ftp://example.com/a.png', image_size: 'square' } }, /input\.image_url/],
      [{ model: 'ideogram/character' }, /input/],
    ];
    for (const [body, names] of cases) {
      const res = await create(app, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.code).toBe(422);
      expect(res.body.msg).toMatch(names);
    }
  });

  it('refuses a missing key and an unknown or foreign task in its envelope', async () => {
    const app = createApp({ quiet: true });
    const noKey = await create(app, CHARACTER, {});
    expect(noKey.status).toBe(401);
    // The quick-start page's body for a missing or wrong header (https://docs.kie.ai).
    expect(noKey.body).toEqual({ code: 401, msg: 'You do not have access permissions' });
    const unknown = await detail(app, 'task_ideogram_1');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe(404);
    const { taskId } = (await create(app, CHARACTER)).body.data;
    expect((await detail(app, taskId, { authorization: 'Bearer kie-key-b' })).status).toBe(404);
    const noTaskId = await request(app).get(DETAIL).set(KEY);
    expect(noTaskId.status).toBe(422);
    expect(noTaskId.body.msg).toMatch(/taskId/);
  });

  it('answers the remaining credits', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app).get('/kie/api/v1/chat/credit').set(KEY);
    conforms('getRemainingCredits', res);
    expect(res.body).toEqual({ code: 200, msg: 'success', data: 100 });
  });

  it('refuses hostile bodies with its 422 envelope, never a 500', async () => {
    const app = createApp({ quiet: true });
    // Written as text: JSON.stringify itself overflows the stack on an object this deep.
    const deep = `{"model": "ideogram/character", "input": ${'{"a":'.repeat(5000)}{}${'}'.repeat(5000)}}`;
    const bodies: (object | string)[] = [
      { model: 'ideogram/character', input: { ...CHARACTER.input, reference_image_urls: Array.from({ length: 5000 }, () => REF) } },
      deep,
      { model: ['ideogram/character'], input: CHARACTER.input },
      { model: 'ideogram/character', input: { ...CHARACTER.input, prompt: 'x'.repeat(5001) } },
      '{"model": "ideogram/character", "input": {',
      '[]',
    ];
    for (const body of bodies) {
      const res = await request(app)
        .post(CREATE)
        .set(KEY)
        .set('content-type', 'application/json')
        .send(typeof body === 'string' ? body : JSON.stringify(body));
      expect(res.status, String(res.text).slice(0, 200)).toBe(422);
      expect(res.body.code).toBe(422);
      expect(typeof res.body.msg).toBe('string');
    }
  });
});

describe('Kie.ai on the dashboard and in /__docs', () => {
  it('lists the vendor and its tasks, and a task failed from the control API shows fail on recordInfo', async () => {
    const app = createApp({ quiet: true });
    const info = await request(app).get('/__admin/');
    expect((info.body.providers as { provider: string; prefix: string }[]).find((p) => p.provider === 'kie')?.prefix).toBe('/kie');
    const { taskId } = (await create(app, CHARACTER)).body.data;
    const jobs = await request(app).get('/__admin/jobs?order=newest');
    expect(jobs.body.jobs[0]).toMatchObject({ id: taskId, provider: 'kie', status: 'waiting' });
    expect((await request(app).post(`/__admin/jobs/${taskId}/finish`).send({ outcome: 'failed' })).status).toBe(200);
    expect((await detail(app, taskId)).body.data.state).toBe('fail');
    const docs = await request(app).get('/__docs/start.js');
    expect(docs.text).toContain('/__docs/specs/kie.json');
    const spec = await request(app).get('/__docs/specs/kie.json');
    expect(spec.body.info.title).toMatch(/Kie\.ai/);
  });
});

describe('Kie.ai in-process (interceptVendors)', () => {
  it('walks a task on https://api.kie.ai to success without a server', async () => {
    const interception = interceptVendors();
    try {
      const headers = { ...KEY, 'content-type': 'application/json' };
      const created = (await (
        await fetch('https://api.kie.ai/api/v1/jobs/createTask', { method: 'POST', headers, body: JSON.stringify(CHARACTER) })
      ).json()) as {
        data: { taskId: string };
      };
      const states: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`https://api.kie.ai/api/v1/jobs/recordInfo?taskId=${created.data.taskId}`, { headers: KEY });
        states.push(((await res.json()) as { data: { state: string } }).data.state);
      }
      expect(states).toEqual(['queuing', 'generating', 'success']);
    } finally {
      interception.restore();
    }
  });
});

describe('Kie.ai callbacks', () => {
  it('POSTs the finished task to callBackUrl once, signed as Kie documents', async () => {
    const receiver = await startReceiver();
    const mock = await startMock({ webhookSecret: 'kie-hmac-key' });
    stopAfterTest(receiver.close, mock.close);
    const send = (body: object, prefer?: string) =>
      fetch(`${mock.origin}${CREATE}`, {
        method: 'POST',
        headers: { ...KEY, 'content-type': 'application/json', ...(prefer ? { prefer } : {}) },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ data: { taskId: string } }>);
    const ok = await send({ ...CHARACTER, callBackUrl: receiver.url });
    const failed = await send({ ...CHARACTER, callBackUrl: receiver.url }, 'outcome=failed');
    const hooks = await receiver.waitFor(2);
    const byTask = new Map(hooks.map((h) => [(h.body as { data: { taskId: string } }).data.taskId, h]));
    expect([...byTask.keys()].sort()).toEqual([ok.data.taskId, failed.data.taskId].sort());
    expect((byTask.get(ok.data.taskId)!.body as { data: { state: string } }).data.state).toBe('success');
    expect((byTask.get(failed.data.taskId)!.body as { data: { state: string } }).data.state).toBe('fail');
    for (const [taskId, hook] of byTask) {
      expect(formatViolations(validator.validateWebhook('kie', 'taskCallback', hook.body))).toBe('');
      const timestamp = String(hook.headers['x-webhook-timestamp']);
      expect(hook.headers['x-webhook-signature']).toBe(createHmac('sha256', 'kie-hmac-key').update(`${taskId}.${timestamp}`).digest('base64'));
      expect(hook.headers['x-webhook-signature']).not.toBe(createHmac('sha256', 'wrong-key').update(`${taskId}.${timestamp}`).digest('base64'));
    }
  });

  it("refuses a callBackUrl at the mock's own paths before any task exists", async () => {
    const app = createApp({ quiet: true });
    const res = await create(app, { ...CHARACTER, callBackUrl: 'http://127.0.0.1:1/__admin/reset' });
    expect(res.status).toBe(422);
    expect(res.body.msg).toMatch(/callBackUrl/);
  });
});
