import { departures } from '../support/conformance';
import https from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import nock from 'nock';
import { PNG } from 'pngjs';
import { createFalClient } from '@fal-ai/client';
import type { MockApp } from '../../mock-server/app';
import { interceptVendors, type Interception } from '../../lib/intercept';
import type { MockRequest } from '../../mock-server/pipeline/request';
import type { Outcome } from '../../mock-server/pipeline/outcome';
import { SpecValidator, formatViolations } from '../../core/validator';
import { png, TEXT_AS_PNG } from '../support/image-fixtures';
import { startMock } from '../support/start-mock';
import { startReceiver } from '../support/webhook-receiver';

const validator = new SpecValidator();
const PIXAZO = { 'Ocp-Apim-Subscription-Key': 'pixazo-key' };
const FAL_INPUT = {
  prompt: 'A knight in shining armour holding a greatshield with "FAL" on it',
  image_url: 'https://storage.googleapis.com/falserverless/flux-lora/example-images/knight.jpeg',
  mask_url: 'https://storage.googleapis.com/falserverless/flux-lora/example-images/mask_knight.jpeg',
};
const VENDOR_HOSTS = [
  'api.ideogram.ai',
  'gateway.pixazo.ai',
  'fal.run',
  'queue.fal.run',
  'rest.fal.ai',
  'api.magnific.com',
  'api.freepik.com',
  'api.replicate.com',
  'api.kie.ai',
  'api.wavespeed.ai',
  'api.together.xyz',
  'api.together.ai',
  'api.segmind.com',
  // Ideogram's relays (its spec's x-mock-relays).
  'aihubmix.com',
  'gateway.ai.cloudflare.com',
  'api.runware.ai',
];

let active: Interception | undefined;
afterEach(() => {
  active?.restore();
  active = undefined;
});

function intercept(app?: MockApp): Interception {
  active = interceptVendors(app ? { app } : {});
  return active;
}

async function conforms(provider: string, operationId: string, res: Response): Promise<unknown> {
  const body = await res.json();
  expect(departures(validator, provider, operationId, { status: res.status, headers: res.headers, body })).toBe('');
  return body;
}

async function readPng(url: string): Promise<PNG> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  return PNG.sync.read(Buffer.from(await res.arrayBuffer()));
}

function editForm(image: Buffer, mask: Buffer): FormData {
  const form = new FormData();
  form.append('image_file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'photo.png');
  form.append('mask', new Blob([new Uint8Array(mask)], { type: 'image/png' }), 'mask.png');
  form.append('prompt', 'Enhance brightness and remove text');
  form.append('model', 'V_2');
  return form;
}

const hostsOf = (mocks: string[]) => new Set(mocks.map((m) => new URL(m.split(' ')[1]).hostname));

describe('interceptVendors', () => {
  it('serves every vendor host the specs name, without marking them as pending mocks', () => {
    const { app } = intercept();
    expect([...app.mock.index.byHost.keys()].sort()).toEqual([...VENDOR_HOSTS].sort());
    expect([...hostsOf(nock.activeMocks())].sort()).toEqual([...VENDOR_HOSTS].sort());
    // A user's `nock.isDone()` / `pendingMocks()` checks are about their own mocks, not this helper's.
    expect(nock.pendingMocks().filter((m) => VENDOR_HOSTS.some((h) => m.includes(h)))).toEqual([]);
  });

  it('runs the unmodified @fal-ai/client (no fetch option) through the queue to its images', async () => {
    const { app } = intercept();
    const fal = createFalClient({ credentials: 'fal-key-a' });
    const updates: string[] = [];
    const result = await fal.subscribe('fal-ai/ideogram/v2/edit', { input: FAL_INPUT, pollInterval: 1, onQueueUpdate: (u) => updates.push(u.status) });
    const images = (result.data as { images: { url: string; width?: number; height?: number }[] }).images;
    expect(images.length).toBeGreaterThan(0);
    expect(new URL(images[0].url).host).toBe('queue.fal.run');
    expect(updates).toEqual(expect.arrayContaining(['IN_QUEUE', 'IN_PROGRESS']));
    expect((await readPng(images[0].url)).width).toBeGreaterThan(0);
    // Routed by host name: the mock saw the fal-queue operations, not a prefix.
    const seen = (await app.mock.store.journal.list(undefined, { provider: 'fal-queue' })).map((e) => e.operationId);
    expect(seen).toEqual(expect.arrayContaining(['submitEdit', 'getStatus', 'getResult']));
  });

  it('answers fal.run (the synchronous endpoint) for fal.run()', async () => {
    const { app } = intercept();
    const fal = createFalClient({ credentials: 'fal-key-a' });
    const result = await fal.run('fal-ai/ideogram/v2/edit', { input: FAL_INPUT });
    const images = (result.data as { images: { url: string }[] }).images;
    expect(new URL(images[0].url).host).toBe('fal.run');
    expect((await app.mock.store.journal.list(undefined, { provider: 'fal' })).map((e) => [e.operationId, e.status])).toEqual([['runEdit', 200]]);
  });

  it('answers a plain fetch to the Pixazo gateway with a response the spec accepts', async () => {
    intercept();
    const res = await fetch('https://gateway.pixazo.ai/ideogramV_2/v1/generate?trace=1', {
      method: 'POST',
      headers: { ...PIXAZO, 'content-type': 'application/json' },
      body: JSON.stringify({ image_request: { prompt: 'a lighthouse at dusk', model: 'V_2', aspect_ratio: 'ASPECT_16_9', seed: 7 } }),
    });
    expect(res.status).toBe(200);
    const body = (await conforms('pixazo', 'v2Generate', res)) as { data: { prompt: string; seed: number; url: string; resolution: string }[] };
    expect(body.data[0]).toMatchObject({ prompt: 'a lighthouse at dusk', seed: 7 });
    const image = await readPng(body.data[0].url);
    expect(`${image.width}x${image.height}`).toBe(body.data[0].resolution);
  });

  it('keeps the headers: a request without the key is refused, as the vendor would', async () => {
    intercept();
    const res = await fetch('https://gateway.pixazo.ai/ideogramV_2/v1/generate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ image_request: { prompt: 'x' } }),
    });
    expect(res.status).toBe(401);
    await conforms('pixazo', 'v2Generate', res);
  });

  it('passes a malformed JSON body to the mock (nock would throw parsing it), which answers 400', async () => {
    intercept();
    const res = await fetch('https://gateway.pixazo.ai/ideogramV_2/v1/generate', {
      method: 'POST',
      headers: { ...PIXAZO, 'content-type': 'application/json' },
      body: '{"image_request": {',
    });
    expect(res.status).toBe(400);
    const body = (await conforms('pixazo', 'v2Generate', res)) as { message: string };
    expect(body.message).toMatch(/JSON/);
  });

  it('carries a multipart upload with a binary PNG intact, and a text file named .png is refused', async () => {
    intercept();
    const url = 'https://gateway.pixazo.ai/ideogramV_2/v1/edit';
    const ok = await fetch(url, { method: 'POST', headers: PIXAZO, body: editForm(png(96, 64), png(96, 64, [0, 0, 0])) });
    expect(ok.status).toBe(200);
    const body = (await conforms('pixazo', 'v2Edit', ok)) as { data: { original_image: string; edited_image: string }[] };
    // The mock read the dimensions out of the uploaded bytes.
    expect(new URL(body.data[0].original_image).pathname).toMatch(/\/96x64\//);
    expect((await readPng(body.data[0].edited_image)).width).toBeGreaterThan(0);

    const text = await fetch(url, { method: 'POST', headers: PIXAZO, body: editForm(TEXT_AS_PNG, png(96, 64)) });
    expect(text.status).toBe(400);
    expect(JSON.stringify(await conforms('pixazo', 'v2Edit', text))).toMatch(/image_file/);
  });

  it('follows a Pixazo background-removal polling URL to COMPLETED and fetches the cut-out', async () => {
    intercept();
    const submitted = await fetch('https://gateway.pixazo.ai/ideogram-remove-background/v1/ideogram-remove-background-request', {
      method: 'POST',
      headers: { ...PIXAZO, 'content-type': 'application/json' },
      body: JSON.stringify({ image_url: 'https://example.com/cat.jpeg' }),
    });
    const job = (await conforms('pixazo', 'removeBackgroundSubmit', submitted)) as { polling_url: string };
    expect(job.polling_url).toMatch(/^https:\/\/gateway\.pixazo\.ai\/v2\/requests\/status\//);
    const statuses: string[] = [];
    let last: { status: string; output?: { media_url: string[] } } | undefined;
    for (let i = 0; i < 5 && last?.status !== 'COMPLETED'; i++) {
      last = (await conforms('pixazo', 'requestStatusGet', await fetch(job.polling_url, { headers: PIXAZO }))) as typeof last;
      statuses.push(last!.status);
    }
    expect(statuses).toEqual(['PROCESSING', 'COMPLETED']); // one step per poll: each request reached the mock once
    const cutout = await readPng(last!.output!.media_url[0]);
    expect(cutout.data[3]).toBe(0); // transparent corner: the cut-out, not some other image
  });

  it('leaves a mock served on a port in the same process working (light-my-request must not re-parent Express)', async () => {
    intercept();
    const served = await startMock();
    try {
      const viaHost = await fetch('https://fal.run/fal-ai/ideogram/v2/edit', {
        method: 'POST',
        headers: { authorization: 'Key k', 'content-type': 'application/json' },
        body: JSON.stringify(FAL_INPUT),
      });
      expect(viaHost.status).toBe(200);
      const viaPort = await fetch(`${served.origin}/fal/fal-ai/ideogram/v2/edit`, {
        method: 'POST',
        headers: { authorization: 'Key k', 'content-type': 'application/json' },
        body: JSON.stringify(FAL_INPUT),
      });
      expect(viaPort.status).toBe(200);
      expect(await viaPort.json()).toMatchObject({ images: [expect.objectContaining({ url: expect.stringContaining(served.origin) })] });
    } finally {
      await served.close();
    }
  });

  it('lets the mock deliver a fal webhook to a loopback receiver while intercepting', async () => {
    intercept();
    const receiver = await startReceiver();
    try {
      const res = await fetch(`https://queue.fal.run/fal-ai/ideogram/v2/edit?fal_webhook=${encodeURIComponent(receiver.url)}`, {
        method: 'POST',
        headers: { authorization: 'Key k', 'content-type': 'application/json' },
        body: JSON.stringify(FAL_INPUT),
      });
      const { request_id } = (await res.json()) as { request_id: string };
      const [hook] = await receiver.waitFor(1);
      expect(formatViolations(validator.validateWebhook('fal-queue', 'requestCompleted', hook.body))).toBe('');
      expect(hook.body).toMatchObject({
        request_id,
        status: 'OK',
        payload: { images: [expect.objectContaining({ url: expect.stringMatching(/^https:\/\/queue\.fal\.run\//) })] },
      });
    } finally {
      await receiver.close();
    }
  });

  it('leaves other hosts to nock and the user: their own interceptors still answer', async () => {
    intercept();
    const theirs = nock('https://example.test').get('/ping').reply(200, 'pong');
    const res = await fetch('https://example.test/ping');
    expect(await res.text()).toBe('pong');
    expect(theirs.isDone()).toBe(true);
  });

  it('restore() removes only its interceptors and leaves nock active and usable', async () => {
    const interception = interceptVendors();
    const before = await fetch('https://gateway.pixazo.ai/not-a-route', { headers: PIXAZO });
    expect(before.status).toBe(404); // the mock's answer
    interception.restore();
    interception.restore(); // idempotent
    expect(hostsOf(nock.activeMocks())).toEqual(new Set());
    expect(nock.isActive()).toBe(true);
    // The host is free again: an interceptor defined now answers instead of the mock.
    const after = nock('https://gateway.pixazo.ai').get('/not-a-route').reply(418, 'teapot');
    const res = await fetch('https://gateway.pixazo.ai/not-a-route', { headers: PIXAZO });
    expect(res.status).toBe(418);
    expect(after.isDone()).toBe(true);
  });
});

describe('request and response bytes', () => {
  /** In place of the mock's pipeline: every request answered with the bytes it received, and what it was sent to. */
  async function echo(request: MockRequest): Promise<Outcome> {
    const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.concat(await request.body.toArray());
    const headers = {
      'content-type': 'application/octet-stream',
      'x-seen-host': String(request.headers.host),
      'x-seen-url': request.url,
      'x-seen-type': String(request.headers['content-type']),
    };
    return { kind: 'reply', status: 200, headers, body: bytes };
  }

  function echoing(): Interception {
    active = interceptVendors({ answer: echo });
    return active;
  }

  it('delivers any body byte for byte and returns the answer byte for byte (fetch)', async () => {
    echoing();
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.string({ unit: 'binary', maxLength: 300 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
      fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), maxLength: 40 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
    );
    const types = fc.constantFrom('application/octet-stream', 'application/json', 'text/plain', 'multipart/form-data; boundary=x');
    await fc.assert(
      fc.asyncProperty(bodies, types, async (bytes, type) => {
        const res = await fetch('https://api.ideogram.ai/echo?a=1&b=%20', { method: 'POST', headers: { 'content-type': type }, body: bytes });
        expect(res.headers.get('x-seen-host')).toBe('api.ideogram.ai');
        expect(res.headers.get('x-seen-url')).toBe('/echo?a=1&b=%20');
        expect(res.headers.get('x-seen-type')).toBe(type);
        expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('settles the hex-looking text case by Content-Length when the client sends one (https.request)', async () => {
    echoing();
    const body = Buffer.from('ff00', 'utf8'); // nock hands this over as "ff00", the same string as for the bytes ff 00
    const received = await new Promise<Buffer>((resolve, reject) => {
      const req = https.request('https://fal.run/echo', { method: 'PUT', headers: { 'content-type': 'text/plain', 'content-length': body.length } });
      req.on('error', reject);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      });
      req.end(body);
    });
    expect(received.toString('utf8')).toBe('ff00');
  });
});
