import { afterEach, describe, expect, it, vi } from 'vitest';
import { connect } from 'node:net';
import { once } from 'node:events';
import { startMock } from '../support/start-mock';
import { startCli, stopClis } from '../support/cli-process';
import { startReceiver } from '../support/webhook-receiver';
import { closeGracefully } from '../../mock-server/server';

afterEach(stopClis);

describe('graceful shutdown', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s finishes the request in flight, then exits 0 within 2 s', async (signal) => {
    const { child, origin } = await startCli();
    const inFlight = fetch(`${origin}/pixazo/ideogramV_2/v1/generate`, {
      method: 'POST',
      headers: { 'Ocp-Apim-Subscription-Key': 'k', 'content-type': 'application/json', Prefer: 'delay=400' },
      body: JSON.stringify({ image_request: { prompt: 'a lighthouse', model: 'V_2' } }),
    });
    // The signal goes only once the server reports the request in flight.
    while (((await (await fetch(`${origin}/__admin`)).json()) as { inFlight: number }).inFlight < 1);
    const started = performance.now();
    child.kill(signal);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(1);
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('settles a pending webhook delivery before exiting', async () => {
    const receiver = await startReceiver();
    try {
      const { child, origin } = await startCli();
      await fetch(`${origin}/fal-queue/fal-ai/ideogram/v2/edit?fal_webhook=${encodeURIComponent(receiver.url)}`, {
        method: 'POST',
        headers: { authorization: 'Key k', 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: 'p', image_url: 'https://a/b.png', mask_url: 'https://a/c.png' }),
      });
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(receiver.hooks).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });
});

describe('stopping with kept-alive connections', () => {
  const health = (port: number) => `GET /__admin HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`;

  /** A raw connection and everything it has been sent back, until the server closes it. */
  async function open(port: number) {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    let reply = '';
    socket.on('data', (chunk) => (reply += String(chunk)));
    const closed = once(socket, 'close').then(() => reply);
    return { socket, reply: () => reply, closed };
  }

  it('answers a request sent on an idle kept-alive connection just after the stop began, with Connection: close', async () => {
    const mock = await startMock();
    const client = await open(mock.port);
    client.socket.write(health(mock.port));
    while (!/\r\n\r\n/.test(client.reply())) await new Promise((resolve) => setImmediate(resolve));
    // Idle now, kept alive: the stop begins, and the client (not knowing) sends its next request.
    const stopped = closeGracefully(mock.server);
    client.socket.write(health(mock.port));
    const reply = await client.closed;
    await stopped;
    expect(reply.match(/HTTP\/1\.1 200 /g)).toHaveLength(2);
    expect(reply.split('HTTP/1.1').at(-1)).toMatch(/\r\nConnection: close\r\n/i);
  });

  it('resolves once its last connection has closed, without waiting for its sweep timer', { timeout: 5_000 }, async () => {
    const mock = await startMock();
    const client = await open(mock.port);
    client.socket.write(health(mock.port));
    while (!/\r\n\r\n/.test(client.reply())) await new Promise((resolve) => setImmediate(resolve));
    // The sweep's timer never fires: only the connection's own close can end the stop.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      await closeGracefully(mock.server, 0);
      await client.closed;
    } finally {
      vi.useRealTimers();
    }
    expect(mock.server.listening).toBe(false);
  });

  it('answers a request already being received when the stop began, with Connection: close', async () => {
    const mock = await startMock();
    const client = await open(mock.port);
    const body = JSON.stringify({ image_request: { prompt: 'a lighthouse', model: 'V_2' } });
    client.socket.write(
      `POST /pixazo/ideogramV_2/v1/generate HTTP/1.1\r\nHost: 127.0.0.1\r\nOcp-Apim-Subscription-Key: k\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    while (mock.app.mock.inFlight < 1) await new Promise((resolve) => setImmediate(resolve));
    const stopped = closeGracefully(mock.server);
    client.socket.write(body.slice(10));
    const reply = await client.closed;
    await stopped;
    expect(reply).toMatch(/^HTTP\/1\.1 200/);
    expect(reply).toMatch(/\r\nConnection: close\r\n/i);
  });
});

describe('slow clients', () => {
  const server = () => startMock({ timeouts: { headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 50 } });

  it('a client that never finishes its headers is cut off with 408', async () => {
    const s = await server();
    try {
      const socket = connect(s.port, '127.0.0.1');
      socket.write('POST /pixazo/ideogramV_2/v1/generate HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      let reply = '';
      socket.on('data', (chunk) => (reply += String(chunk)));
      await once(socket, 'close');
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await s.close();
    }
  });

  it('a client that trickles its body is cut off', async () => {
    const s = await server();
    try {
      const socket = connect(s.port, '127.0.0.1');
      socket.write(
        'POST /pixazo/ideogramV_2/v1/generate HTTP/1.1\r\nHost: 127.0.0.1\r\nOcp-Apim-Subscription-Key: k\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"image_req',
      );
      let reply = '';
      socket.on('data', (chunk) => (reply += String(chunk)));
      await once(socket, 'close');
      expect(reply).not.toMatch(/^HTTP\/1\.1 [25]\d\d/);
    } finally {
      await s.close();
    }
  });
});
