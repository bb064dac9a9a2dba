/**
 * Runware's WebSocket API on the mock's mount (ws://<mock>/runware/v1): the official `@runware/sdk-js`
 * client, unmodified, configured only through its `url` option; and a raw `ws` client for the handshake,
 * hostile messages, the bounds and close().
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import WebSocket from 'ws';
import { Runware } from '@runware/sdk-js';
import { PNG } from 'pngjs';
import { startMock, type StartedMock } from '../support/start-mock';
import { watchLeftovers } from '../support/leftovers';
import { SOCKETS } from '../../mock-server/budget';

let mock: StartedMock;
let wsUrl: string;

beforeAll(async () => {
  mock = await startMock({ quiet: true, keys: ['rw-sdk-key'] });
  wsUrl = `${mock.origin.replace('http', 'ws')}/runware/v1`;
});
afterAll(() => mock.close());

/** A raw connection, its messages queued for `next()`. */
async function connect(url = wsUrl) {
  const ws = new WebSocket(url);
  const queue: unknown[] = [];
  const waiting: ((message: unknown) => void)[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else queue.push(message);
  });
  await once(ws, 'open');
  return {
    ws,
    send: (value: unknown) => ws.send(typeof value === 'string' ? value : JSON.stringify(value)),
    next: () => (queue.length ? Promise.resolve(queue.shift()) : new Promise<unknown>((resolve) => waiting.push(resolve))),
    closed: () => (ws.readyState === ws.CLOSED ? Promise.resolve([ws.readyState]) : once(ws, 'close')),
  };
}

async function authenticated() {
  const client = await connect();
  client.send([{ taskType: 'authentication', apiKey: 'rw-sdk-key' }]);
  await client.next();
  return client;
}

describe('@runware/sdk-js against the mock', () => {
  it('requestImages with an Ideogram model answers with image URLs that serve PNGs of the asked size', async () => {
    const runware = new Runware({ apiKey: 'rw-sdk-key', url: wsUrl, shouldReconnect: false });
    try {
      const images = await runware.requestImages({
        positivePrompt: 'A poster that says HELLO',
        model: 'ideogram:4@1',
        width: 1152,
        height: 864,
        numberResults: 2,
      });
      expect(images).toHaveLength(2);
      for (const image of images!) {
        expect(image.taskType).toBe('imageInference');
        const res = await fetch(String(image.imageURL));
        expect(res.status).toBe(200);
        const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
        expect([png.width, png.height]).toEqual([1152, 864]);
      }
    } finally {
      await runware.disconnect();
    }
  });

  it('an async task is acknowledged, then polled to success with getResponse', async () => {
    const runware = new Runware({ apiKey: 'rw-sdk-key', url: wsUrl, shouldReconnect: false });
    try {
      const taskUUID = randomUUID();
      const [ack] = (await runware.requestImages({ positivePrompt: 'A neon sign', model: 'ideogram:4@1', taskUUID, deliveryMethod: 'async' } as never))!;
      expect(ack.taskUUID).toBe(taskUUID);
      const processing = await runware.getResponse({ taskUUID });
      expect(processing).toEqual([{ taskType: 'imageInference', taskUUID, status: 'processing' }]);
      const done = (await runware.getResponse({ taskUUID })) as { status: string; imageURL: string }[];
      expect(done[0]).toMatchObject({ status: 'success' });
      expect(done[0].imageURL).toContain('/runware/__images/');
    } finally {
      await runware.disconnect();
    }
  });

  it('a refused key rejects with Runware’s invalidApiKey error', async () => {
    const runware = new Runware({ apiKey: 'rw-wrong', url: wsUrl, shouldReconnect: false });
    try {
      await expect(runware.requestImages({ positivePrompt: 'x', model: 'ideogram:4@1', width: 1024, height: 1024 })).rejects.toMatchObject({
        error: { code: 'invalidApiKey', taskType: 'authentication' },
      });
    } finally {
      await runware.disconnect();
    }
  });
});

describe('the WebSocket protocol', () => {
  it('authenticates, resumes a session, answers pings without serving them, and journals each served message', async () => {
    const client = await connect();
    client.send([{ taskType: 'authentication', apiKey: 'rw-sdk-key' }]);
    const auth = (await client.next()) as { data: { connectionSessionUUID: string }[] };
    const session = auth.data[0].connectionSessionUUID;
    expect(session).toMatch(/^[0-9a-f-]{36}$/);
    client.send([{ taskType: 'ping', ping: true }]);
    expect(await client.next()).toEqual({ data: [{ taskType: 'ping', pong: true }] });
    const taskUUID = randomUUID();
    client.send([{ taskType: 'imageInference', taskUUID, positivePrompt: 'p', model: 'ideogram:4@1' }]);
    expect(((await client.next()) as { data: { taskUUID: string }[] }).data[0].taskUUID).toBe(taskUUID);
    client.ws.close();
    const again = await connect();
    again.send([{ taskType: 'authentication', apiKey: 'rw-sdk-key', connectionSessionUUID: session }]);
    expect(((await again.next()) as typeof auth).data[0].connectionSessionUUID).toBe(session);
    again.ws.close();
    const entries = await mock.journal({ provider: 'runware' });
    const served = entries.find((entry) => JSON.stringify(entry).includes(taskUUID));
    expect(served).toMatchObject({ method: 'POST', status: 200 });
    expect(JSON.stringify(entries)).not.toContain('rw-sdk-key');
  });

  it('answers garbage, wrong types and bad tasks with Runware’s errors, and closes a connection that skips authentication', async () => {
    const client = await authenticated();
    for (const garbage of ['not json', '{}', '[]', '42', '[{"taskType":"imageInference"}]']) {
      client.send(garbage);
      const answer = (await client.next()) as { errors: { code: string }[] };
      expect(answer.errors).toHaveLength(1);
    }
    client.ws.send(Buffer.from([0xff, 0x00]), { binary: true });
    expect(((await client.next()) as { errors: unknown[] }).errors).toHaveLength(1);
    client.ws.close();
    const stranger = await connect();
    stranger.send([{ taskType: 'imageInference', taskUUID: randomUUID(), positivePrompt: 'p', model: 'ideogram:4@1' }]);
    expect(((await stranger.next()) as { errors: { code: string }[] }).errors[0].code).toBe('invalidApiKey');
    const [code] = (await stranger.closed()) as [number];
    expect(code).toBe(1008);
  });

  it('closes a connection whose message passes the size bound, and refuses an upgrade elsewhere', async () => {
    const client = await authenticated();
    client.ws.send('[' + ' '.repeat(17 * 1024 * 1024) + ']');
    const [code] = (await client.closed()) as [number];
    expect(code).toBe(1009);
    const elsewhere = new WebSocket(`${mock.origin.replace('http', 'ws')}/ideogram/generate`);
    const [, res] = (await once(elsewhere, 'unexpected-response')) as [unknown, { statusCode: number }];
    expect(res.statusCode).toBe(404);
    elsewhere.on('error', () => {});
    elsewhere.terminate();
    // The mock still answers.
    const after = await authenticated();
    after.send([{ taskType: 'ping', ping: true }]);
    expect(await after.next()).toEqual({ data: [{ taskType: 'ping', pong: true }] });
    after.ws.close();
  });
});

describe('where the socket is served', () => {
  it('over TLS (wss://) with the certificate the mock made, and on the vendor’s own origin without the prefix', async () => {
    const own = await startMock({ quiet: true, tls: true, vendorPorts: { runware: 0 } });
    try {
      const ca = own.certificate!;
      for (const url of [`${own.origin.replace('https', 'wss')}/runware/v1`, `${own.origins.runware.replace('https', 'wss')}/v1`]) {
        const ws = new WebSocket(url, { ca });
        await once(ws, 'open');
        ws.send(JSON.stringify([{ taskType: 'authentication', apiKey: 'k' }]));
        const [data] = (await once(ws, 'message')) as [Buffer];
        expect(JSON.parse(String(data)).data[0].taskType).toBe('authentication');
        ws.close();
        await once(ws, 'close');
      }
    } finally {
      await own.close();
    }
  });
});

describe('the bounds', () => {
  it('refuses the connection past SOCKETS.connections with a 503 before the upgrade, and closes one with too many messages in flight', async () => {
    const own = await startMock({ quiet: true });
    const url = `${own.origin.replace('http', 'ws')}/runware/v1`;
    const open: WebSocket[] = [];
    try {
      for (let i = 0; i < SOCKETS.connections; i++) open.push(new WebSocket(url));
      await Promise.all(open.map((ws) => once(ws, 'open')));
      const extra = new WebSocket(url);
      extra.on('error', () => {});
      const [, res] = (await once(extra, 'unexpected-response')) as [unknown, { statusCode: number }];
      expect(res.statusCode).toBe(503);
      extra.terminate();
      const [first] = open;
      first.send(JSON.stringify([{ taskType: 'authentication', apiKey: 'k' }]));
      await once(first, 'message');
      const closed = once(first, 'close');
      // Each message held (a scenario's delay, cut short when the connection closes), so they pile up in flight.
      const scenario = await fetch(`${own.origin}/__admin/scenarios`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ provider: 'runware', operationId: 'runTasks', count: SOCKETS.inFlight + 1, delay: 60_000 }),
      });
      expect(scenario.status).toBe(201);
      const task = (i: number) => JSON.stringify([{ taskType: 'getResponse', taskUUID: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }]);
      for (let i = 0; i <= SOCKETS.inFlight; i++) first.send(task(i));
      const [code] = (await closed) as [number];
      expect(code).toBe(1008);
    } finally {
      for (const ws of open) ws.terminate();
      await own.close();
    }
  });
});

describe('close()', () => {
  it('tells open WebSocket connections the mock is going away and leaves nothing running', async () => {
    const watch = watchLeftovers();
    const own = await startMock({ quiet: true });
    const ws = new WebSocket(`${own.origin.replace('http', 'ws')}/runware/v1`);
    await once(ws, 'open');
    ws.send(JSON.stringify([{ taskType: 'authentication', apiKey: 'k' }]));
    await once(ws, 'message');
    const closing = once(ws, 'close');
    await own.close();
    const [code] = (await closing) as [number];
    expect(code).toBe(1001);
    expect(await watch.leftovers()).toEqual([]);
  });
});
