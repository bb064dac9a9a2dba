/** Process and framing hygiene: npm start takes signals, error sockets are released, HTTP/1.0 and HEAD behave. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { once } from 'node:events';
import { startMock, type StartedMock } from '../support/start-mock';
import { rawExchange, http1, multipartBody, BOUNDARY } from '../support/raw-http';
import { MAX_TEXT_CHARS } from '../../mock-server/pipeline/body';

let mock: StartedMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

describe('npm start', () => {
  it('SIGTERM to the npm process reaches the mock, which frees its port', async () => {
    const npm = spawn('npm', ['start', '--silent', '--', '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      let out = '';
      let port = 0;
      for await (const chunk of npm.stdout!) {
        out += String(chunk);
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        if (match) {
          port = Number(match[1]);
          break;
        }
      }
      expect(await portOpen(port)).toBe(true);
      npm.kill('SIGTERM');
      await once(npm, 'exit');
      expect(await portOpen(port)).toBe(false);
    } finally {
      npm.kill('SIGKILL');
    }
  });
});

describe('sockets answered with a 4xx by the server', () => {
  it('are destroyed once the answer is flushed, even when the client keeps its side open', async () => {
    const socket = connect({ port: mock.port, host: '127.0.0.1', allowHalfOpen: true });
    try {
      await once(socket, 'connect');
      const count = () => new Promise<number>((resolve) => mock.server.getConnections((_error, n) => resolve(n)));
      expect(await count()).toBe(1);
      socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n');
      let reply = '';
      socket.on('data', (chunk) => (reply += String(chunk)));
      await once(socket, 'end');
      expect(reply).toMatch(/^HTTP\/1\.1 400/);
      await new Promise((resolve) => setImmediate(resolve));
      // Only end()ed, the server's side would wait in FIN-WAIT-2 for this client, holding a descriptor.
      expect(await count()).toBe(0);
    } finally {
      socket.destroy();
    }
  });
});

describe('HTTP details', () => {
  it('an HTTP/1.0 request without Host gets URLs on the listening address, never http://undefined/', async () => {
    const body = JSON.stringify({ image_request: { prompt: 'a lighthouse', model: 'V_2' } });
    const raw = `POST /pixazo/ideogramV_2/v1/generate HTTP/1.0\r\nOcp-Apim-Subscription-Key: k\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const res = await rawExchange(mock.port, raw);
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('undefined');
    expect(res.text).toContain(`http://127.0.0.1:${mock.port}/pixazo/__images/`);
  });

  it('HEAD on a GET route answers like GET, without a body', async () => {
    const path = `/magnific/v1/ai/ideogram-image-edit`;
    const headers = { Host: `127.0.0.1:${mock.port}`, 'x-magnific-api-key': 'k' };
    const get = await rawExchange(mock.port, http1('GET', path, headers));
    const head = await rawExchange(mock.port, http1('HEAD', path, headers), { halfClose: false });
    expect(get.status).toBe(200);
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(head.text).toBe('');
  });

  it('a multipart text part is refused once it passes the text limit, not buffered to 1 MB', async () => {
    const form = multipartBody([{ name: 'prompt', value: 'x'.repeat(4 * MAX_TEXT_CHARS + 1) }]);
    const res = await rawExchange(
      mock.port,
      http1(
        'POST',
        '/ideogram/v1/ideogram-v3/generate',
        { Host: `127.0.0.1:${mock.port}`, 'Api-Key': 'k', 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` },
        form,
      ),
    );
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: expect.stringContaining(`${MAX_TEXT_CHARS} characters`) });
  });
});
