import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { createApp } from '../../mock-server/app';
import { conformsTo } from '../support/conformance';
import { startMock } from '../support/start-mock';
import { startReceiver } from '../support/webhook-receiver';
import { stopAfterEach } from '../support/stop-after-each';
import { interceptVendors } from '../../lib/intercept';

const AUTH = { authorization: 'Bearer rw-key-a' };
const conforms = conformsTo('runware');
const stopAfterTest = stopAfterEach();

function inference(extra: Record<string, unknown> = {}) {
  return {
    taskType: 'imageInference',
    taskUUID: randomUUID(),
    positivePrompt: 'A neon sign reading OPEN',
    model: 'ideogram:4@1',
    width: 1024,
    height: 768,
    ...extra,
  };
}

type Item = Record<string, unknown>;

describe('Runware tasks over HTTP', () => {
  it('answers every task of the array under its own taskUUID, numberResults images each', async () => {
    const app = createApp({ quiet: true });
    const a = inference({ numberResults: 2, includeCost: true });
    const b = inference({ model: 'ideogram:3@1', outputType: 'base64Data', seed: 7 });
    const res = await request(app).post('/runware/v1').set(AUTH).send([a, b]);
    conforms('runTasks', res);
    expect(res.status).toBe(200);
    const data = res.body.data as Item[];
    expect(data.filter((d) => d.taskUUID === a.taskUUID)).toHaveLength(2);
    for (const image of data.filter((d) => d.taskUUID === a.taskUUID)) {
      expect(image).toMatchObject({ taskType: 'imageInference', cost: 0.06 });
      const png = await request(app).get(new URL(String(image.imageURL)).pathname);
      expect(png.status).toBe(200);
      expect(png.body.readUInt32BE(16)).toBe(1024);
      expect(png.body.readUInt32BE(20)).toBe(768);
    }
    const [inline] = data.filter((d) => d.taskUUID === b.taskUUID);
    expect(inline.seed).toBe(7);
    expect(Buffer.from(String(inline.imageBase64Data), 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('takes the key from an authentication task first in the array, and refuses a request with none', async () => {
    const app = createApp({ quiet: true, keys: ['rw-good'] });
    const task = inference();
    const ok = await request(app)
      .post('/runware/v1')
      .send([{ taskType: 'authentication', apiKey: 'rw-good' }, task]);
    conforms('runTasks', ok);
    expect(ok.status).toBe(200);
    expect(ok.body.data).toHaveLength(1);
    expect(ok.body.data[0].taskUUID).toBe(task.taskUUID);
    const wrong = await request(app)
      .post('/runware/v1')
      .send([{ taskType: 'authentication', apiKey: 'rw-bad' }, task]);
    expect(wrong.status).toBe(401);
    conforms('runTasks', wrong);
    expect(wrong.body.errors[0]).toMatchObject({ code: 'invalidApiKey', parameter: 'apiKey', taskType: 'authentication' });
    const none = await request(app).post('/runware/v1').send([task]);
    expect(none.status).toBe(401);
    expect(none.body.errors[0].code).toBe('invalidApiKey');
    const header = await request(app).post('/runware/v1').set({ authorization: 'Bearer rw-bad' }).send([task]);
    expect(header.status).toBe(401);
  });

  it('refuses bad tasks in the errors array, naming the parameter, and bounds the array', async () => {
    const app = createApp({ quiet: true });
    const missing = await request(app)
      .post('/runware/v1')
      .set(AUTH)
      .send([{ ...inference(), positivePrompt: undefined }]);
    expect(missing.status).toBe(400);
    conforms('runTasks', missing);
    expect(missing.body.errors[0]).toMatchObject({ code: 'missingPositivePrompt', parameter: 'positivePrompt' });
    const style = await request(app)
      .post('/runware/v1')
      .set(AUTH)
      .send([inference({ providerSettings: { ideogram: { styleType: 'NOIR' } } })]);
    expect(style.status).toBe(400);
    expect(style.body.errors[0].parameter).toBe('providerSettings.ideogram.styleType');
    const object = await request(app).post('/runware/v1').set(AUTH).send(inference());
    expect(object.status).toBe(400);
    expect(object.body.errors[0].message).toMatch(/array/);
    const inline = await request(app)
      .post('/runware/v1')
      .set(AUTH)
      .send([inference({ numberResults: 15, outputType: 'base64Data' }), inference({ numberResults: 6, outputType: 'dataURI' })]);
    expect(inline.status).toBe(400);
    conforms('runTasks', inline);
    expect(inline.body.errors[0]).toMatchObject({ code: 'invalidNumberResults', parameter: 'numberResults' });
    const many = await request(app)
      .post('/runware/v1')
      .set(AUTH)
      .send(Array.from({ length: 101 }, () => inference()));
    expect(many.status).toBe(400);
    conforms('runTasks', many);
    for (const garbage of ['[', '[1,2]', '[{"taskType":"launchMissiles"}]', '[null]']) {
      const res = await request(app).post('/runware/v1').set(AUTH).set('content-type', 'application/json').send(garbage);
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveLength(1);
    }
  });

  it('walks an async task through getResponse to success, and to an error when asked', async () => {
    const app = createApp({ quiet: true });
    const task = inference({ deliveryMethod: 'async', numberResults: 2 });
    const ack = await request(app).post('/runware/v1').set(AUTH).send([task]);
    conforms('runTasks', ack);
    expect(ack.body).toEqual({ data: [{ taskType: 'imageInference', taskUUID: task.taskUUID }] });
    const poll = () =>
      request(app)
        .post('/runware/v1')
        .set(AUTH)
        .send([{ taskType: 'getResponse', taskUUID: task.taskUUID }]);
    const resent = await request(app).post('/runware/v1').set(AUTH).send([task]);
    expect(resent.body).toEqual(ack.body);
    const first = await poll();
    conforms('runTasks', first);
    expect(first.body.data).toEqual([{ taskType: 'imageInference', taskUUID: task.taskUUID, status: 'processing' }]);
    const done = await poll();
    conforms('runTasks', done);
    expect(done.body.data).toHaveLength(2);
    expect(done.body.data.every((d: Item) => d.status === 'success' && typeof d.imageURL === 'string')).toBe(true);
    const other = await request(app)
      .post('/runware/v1')
      .set({ authorization: 'Bearer rw-key-b' })
      .send([{ taskType: 'getResponse', taskUUID: task.taskUUID }]);
    expect(other.status).toBe(400);
    expect(other.body.errors[0]).toMatchObject({ code: 'taskNotFound', taskUUID: task.taskUUID });

    const failing = inference({ deliveryMethod: 'async' });
    await request(app).post('/runware/v1').set(AUTH).set('Prefer', 'outcome=failed').send([failing]);
    const again = () =>
      request(app)
        .post('/runware/v1')
        .set(AUTH)
        .send([{ taskType: 'getResponse', taskUUID: failing.taskUUID }]);
    await again();
    const failed = await again();
    conforms('runTasks', failed);
    expect(failed.status).toBe(400);
    expect(failed.body.errors[0]).toMatchObject({ taskUUID: failing.taskUUID, status: 'error' });
  });

  it('answers the tasks that succeed beside the errors of those that fail', async () => {
    const app = createApp({ quiet: true });
    const good = inference();
    const res = await request(app)
      .post('/runware/v1')
      .set(AUTH)
      .send([good, { taskType: 'getResponse', taskUUID: randomUUID() }]);
    expect(res.status).toBe(200);
    conforms('runTasks', res);
    expect(res.body.data[0].taskUUID).toBe(good.taskUUID);
    expect(res.body.errors[0].code).toBe('taskNotFound');
  });

  it('POSTs the finished task to webhookURL, unsigned, in time mode', async () => {
    const receiver = await startReceiver();
    const mock = await startMock({ jobMode: 'time', jobDurationMs: 50 });
    stopAfterTest(receiver.close, mock.close);
    const task = inference({ webhookURL: receiver.url });
    const ack = await fetch(`${mock.origin}/runware/v1`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify([task]),
    });
    expect(((await ack.json()) as { data: Item[] }).data).toEqual([{ taskType: 'imageInference', taskUUID: task.taskUUID }]);
    const [hook] = await receiver.waitFor(1);
    expect((hook.body as { data: Item[] }).data[0]).toMatchObject({ taskType: 'imageInference', taskUUID: task.taskUUID, status: 'success' });
    expect(hook.headers['webhook-signature']).toBeUndefined();
  });

  it('is answered in-process at https://api.runware.ai/v1 by interceptVendors()', async () => {
    const { restore } = interceptVendors();
    try {
      const task = inference();
      const res = await fetch('https://api.runware.ai/v1', {
        method: 'POST',
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: JSON.stringify([task]),
      });
      expect(res.status).toBe(200);
      const { data } = (await res.json()) as { data: Item[] };
      expect(data[0].taskUUID).toBe(task.taskUUID);
      expect(new URL(String(data[0].imageURL)).host).toBe('api.runware.ai');
    } finally {
      restore();
    }
  });
});
