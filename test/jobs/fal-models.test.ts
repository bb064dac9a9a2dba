import { describe, expect, it } from 'vitest';
import { createHash, createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { createFalClient } from '@fal-ai/client';
import { departures } from '../support/conformance';
import { SpecValidator } from '../../core/validator';
import { png } from '../../core/sample-png';
import { startMock, type StartedMock } from '../support/start-mock';
import { startReceiver } from '../support/webhook-receiver';
import { stopAfterEach } from '../support/stop-after-each';

const validator = new SpecValidator();
const KEY = { Authorization: 'Key fal-key-a' };

const stopAfterTest = stopAfterEach();

async function mockWithClient() {
  const mock = await startMock();
  stopAfterTest(mock.close);
  const calls: string[] = [];
  const submitted: string[] = [];
  // The client has no base-URL setting; its fetch option is the documented seam.
  const rewrite = (url: string) =>
    url
      .replace('https://queue.fal.run', `${mock.origin}/fal-queue`)
      .replace('https://rest.fal.ai', `${mock.origin}/fal-rest`)
      .replace('https://fal.run', `${mock.origin}/fal`);
  const fal = createFalClient({
    credentials: 'fal-key-a',
    fetch: (input, init) => {
      const url = rewrite(String(input instanceof Request ? input.url : input));
      calls.push(`${init?.method ?? 'GET'} ${new URL(url).pathname}`);
      if (url.includes('/fal-queue/fal-ai/ideogram/') && init?.method === 'POST') submitted.push(String(init.body));
      return fetch(url, init);
    },
  });
  return { mock, fal, calls, submitted };
}

/** The model's documented request, from the synchronous spec its queue submit references. */
function documentedInput(mock: StartedMock, runOperationId: string): Record<string, unknown> {
  const operation = mock.app.mock.index.operations.find((o) => o.provider === 'fal' && o.operationId === runOperationId)!;
  return structuredClone(operation.body!.examples[0].value) as Record<string, unknown>;
}

describe('fal queue, every Ideogram model, with the unmodified @fal-ai/client', () => {
  it.each([
    ['fal-ai/ideogram/v3', 'runV3'],
    ['fal-ai/ideogram/v2a', 'runV2a'],
    ['fal-ai/ideogram/character', 'runCharacter'],
    ['fal-ai/ideogram/upscale', 'runUpscale'],
    ['fal-ai/ideogram/remove-background', 'runRemoveBackground'],
  ])("subscribe on %s answers in that model's output shape", async (model, runOperationId) => {
    const { mock, fal } = await mockWithClient();
    const result = await fal.subscribe(model, { input: documentedInput(mock, runOperationId), pollInterval: 1 });
    expect(
      departures(validator, 'fal', runOperationId, {
        status: 200,
        headers: { 'content-type': 'application/json', 'x-fal-request-id': result.requestId },
        body: result.data,
      }),
    ).toBe('');
  });

  it('uploads Blob image and mask inputs through the storage API, then edits with v3/edit', async () => {
    const { mock, fal, calls, submitted } = await mockWithClient();
    const input = {
      prompt: String(documentedInput(mock, 'runV3Edit').prompt),
      image_url: new Blob([png(64, 64)], { type: 'image/png' }),
      mask_url: new Blob([png(64, 64)], { type: 'image/png' }),
    };
    const result = await fal.subscribe('fal-ai/ideogram/v3/edit', { input, pollInterval: 1 });
    expect(
      departures(validator, 'fal', 'runV3Edit', {
        status: 200,
        headers: { 'content-type': 'application/json', 'x-fal-request-id': result.requestId },
        body: result.data,
      }),
    ).toBe('');
    expect(calls.filter((c) => c === 'POST /fal-rest/storage/upload/initiate')).toHaveLength(2);
    expect(calls.filter((c) => c.startsWith('PUT /fal-rest/__files/'))).toHaveLength(2);
    const sent = JSON.parse(submitted[0]) as { image_url: string; mask_url: string };
    expect(sent.image_url).toMatch(new RegExp(`^${mock.origin}/fal-rest/__files/`));
    const image = await fetch(sent.mask_url);
    expect(Buffer.from(await image.arrayBuffer()).equals(png(64, 64))).toBe(true);
  });

  it('fal.storage.upload returns a URL that serves the same bytes with their content type', async () => {
    const { fal } = await mockWithClient();
    const bytes = png(5, 7);
    const url = await fal.storage.upload(new Blob([bytes], { type: 'image/png' }));
    const served = await fetch(url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

describe('fal storage without the client', () => {
  const initiate = (mock: StartedMock, kind: string) =>
    fetch(`${mock.origin}/fal-rest/storage/upload/${kind}?storage_type=fal-cdn-v3`, {
      method: 'POST',
      headers: { ...KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ content_type: 'application/octet-stream', file_name: 'big.bin' }),
    }).then((r) => r.json() as Promise<{ upload_url: string; file_url: string }>);

  it('joins a multipart upload in part order and serves the whole file', async () => {
    const mock = await startMock();
    stopAfterTest(mock.close);
    const { upload_url, file_url } = await initiate(mock, 'initiate-multipart');
    const parts = [Buffer.from('first part,'), Buffer.from('second part')];
    const answers: { partNumber: number; etag: string }[] = [];
    for (const [i, part] of [...parts.entries()].reverse())
      answers.push((await (await fetch(`${upload_url}/${i + 1}`, { method: 'PUT', body: part })).json()) as { partNumber: number; etag: string });
    expect(answers.map((a) => a.partNumber)).toEqual([2, 1]);
    const early = await fetch(file_url);
    expect(early.status).toBe(404);
    const complete = await fetch(`${upload_url}/complete`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ parts: answers }),
    });
    expect(complete.status).toBe(200);
    expect(Buffer.from(await (await fetch(file_url)).arrayBuffer()).toString()).toBe('first part,second part');
  });

  const started = async (kind = 'initiate-multipart', contentType = 'application/octet-stream', fileName = 'big.bin') => {
    const mock = await startMock();
    stopAfterTest(mock.close);
    const urls = await fetch(`${mock.origin}/fal-rest/storage/upload/${kind}?storage_type=fal-cdn-v3`, {
      method: 'POST',
      headers: { ...KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ content_type: contentType, file_name: fileName }),
    }).then((r) => r.json() as Promise<{ upload_url: string; file_url: string }>);
    return { mock, ...urls };
  };
  const complete = (uploadUrl: string, parts: number[]) =>
    fetch(`${uploadUrl}/complete`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ parts: parts.map((partNumber) => ({ partNumber, etag: '"e"' })) }),
    });

  it('joins each part once: a part listed 12,000 times is refused, and the file stays unjoined', async () => {
    const { upload_url, file_url } = await started();
    expect((await fetch(`${upload_url}/1`, { method: 'PUT', body: Buffer.alloc(16 * 1024, 1) })).status).toBe(200);
    const refused = await complete(
      upload_url,
      Array.from({ length: 12_000 }, () => 1),
    );
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { detail: string }).detail).toContain('part 1 is listed more than once');
    expect((await fetch(file_url, { method: 'HEAD' })).status).toBe(404);
    expect((await complete(upload_url, [1])).status).toBe(200);
    expect((await fetch(file_url, { method: 'HEAD' })).headers.get('content-length')).toBe(String(16 * 1024));
  });

  it('takes part numbers 1 to 10,000 only, in PUTs and in the list', async () => {
    const { upload_url } = await started();
    for (const part of ['0', '10001', '1.5', '-1']) expect((await fetch(`${upload_url}/${part}`, { method: 'PUT', body: 'x' })).status, part).toBe(400);
    expect((await fetch(`${upload_url}/10000`, { method: 'PUT', body: 'x' })).status).toBe(200);
    for (const parts of [[0], [10_001], [10_000, 1e9]]) expect((await complete(upload_url, parts)).status, String(parts)).toBe(400);
    expect((await complete(upload_url, [10_000])).status).toBe(200);
  });

  it('never takes writes once complete: a whole file, a joined upload, a late part', async () => {
    const whole = await started('initiate', 'text/plain', 'note.txt');
    expect((await fetch(whole.upload_url, { method: 'PUT', body: 'first' })).status).toBe(200);
    expect((await fetch(whole.upload_url, { method: 'PUT', body: 'second' })).status).toBe(409);
    expect(await (await fetch(whole.file_url)).text()).toBe('first');

    const parts = await started();
    expect((await fetch(`${parts.upload_url}/1`, { method: 'PUT', body: 'joined' })).status).toBe(200);
    expect((await complete(parts.upload_url, [1])).status).toBe(200);
    for (const part of ['1', '2']) expect((await fetch(`${parts.upload_url}/${part}`, { method: 'PUT', body: 'late' })).status).toBe(409);
    expect((await complete(parts.upload_url, [1])).status).toBe(400);
    expect(await (await fetch(parts.file_url)).text()).toBe('joined');
  });

  it('keeps the upload URL secret from whoever sees the file URL', async () => {
    const { mock, upload_url, file_url } = await started('initiate', 'text/plain', 'note.txt');
    const token = new URL(upload_url).pathname.split('/').at(-1)!;
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(file_url).not.toContain(token);
    const fileDir = file_url.slice(0, file_url.lastIndexOf('/'));
    for (const guess of [`${fileDir}/upload`, `${fileDir}/upload/${'A'.repeat(token.length)}`, `${fileDir}/upload/`]) {
      expect((await fetch(guess, { method: 'PUT', body: 'overwritten' })).status, guess).toBeGreaterThanOrEqual(403);
    }
    expect((await fetch(file_url)).status).toBe(404);
    expect((await fetch(upload_url, { method: 'PUT', body: 'mine' })).status).toBe(200);
    expect(await (await fetch(file_url)).text()).toBe('mine');
    // The token is a credential: the journal and the log show the upload's path without it.
    const { requests } = (await (await fetch(`${mock.origin}/__admin/requests`)).json()) as { requests: { method: string; path: string }[] };
    const puts = requests.filter((r) => r.method === 'PUT').map((r) => r.path);
    expect(puts.at(-1)).toMatch(/\/upload\/<token>$/);
    expect(puts.join(' ')).not.toContain(token);
  });

  it("serves an uploaded page inert (downloaded, sandboxed, never sniffed), and the vendors' image types as images", async () => {
    for (const [type, name, active] of [
      ['text/html', 'page.html', true],
      ['image/svg+xml', 'logo.svg', true],
      ['application/octet-stream', 'x.bin', true],
      ['image/png', 'cat.png', false],
      ['image/jpeg; charset=x', 'cat.jpg', false],
      ['image/webp', 'cat.webp', false],
    ] as const) {
      const { upload_url, file_url } = await started('initiate', type, name);
      expect((await fetch(upload_url, { method: 'PUT', body: '<script>parent.postMessage(document.cookie, "*")</script>' })).status).toBe(200);
      const served = await fetch(file_url);
      expect(served.headers.get('content-type'), type).toBe(type);
      expect(served.headers.get('x-content-type-options'), type).toBe('nosniff');
      expect(served.headers.get('content-security-policy'), type).toBe(active ? 'sandbox' : null);
      expect(served.headers.get('content-disposition'), type).toBe(active ? 'attachment' : null);
    }
  });

  it('refuses an upload without the fal key, the fal way', async () => {
    const mock = await startMock();
    stopAfterTest(mock.close);
    const res = await fetch(`${mock.origin}/fal-rest/storage/upload/initiate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"content_type":"image/png","file_name":"a.png"}',
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ detail: expect.any(String) });
  });
});

describe("fal webhooks, signed like fal's", () => {
  it('verify with only the JWKS the mock publishes, and a tampered body does not', async () => {
    const mock = await startMock();
    stopAfterTest(mock.close);
    const receiver = await startReceiver();
    stopAfterTest(receiver.close);
    const submit = await fetch(`${mock.origin}/fal-queue/fal-ai/ideogram/v3?fal_webhook=${encodeURIComponent(receiver.url)}`, {
      method: 'POST',
      headers: { ...KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify(documentedInput(mock, 'runV3')),
    });
    const { request_id } = (await submit.json()) as { request_id: string };
    const [hook] = await receiver.waitFor(1);

    // What a production receiver does, pointed at the mock's JWKS URL.
    const jwks = (await (await fetch(`${mock.origin}/fal-rest/.well-known/jwks.json`)).json()) as { keys: JsonWebKey[] };
    const header = (name: string) => String(hook.headers[name]);
    const verifies = (body: string) => {
      const message = [
        header('x-fal-webhook-request-id'),
        header('x-fal-webhook-user-id'),
        header('x-fal-webhook-timestamp'),
        createHash('sha256').update(body).digest('hex'),
      ].join('\n');
      return jwks.keys.some((jwk) =>
        verify(null, Buffer.from(message), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(header('x-fal-webhook-signature'), 'hex')),
      );
    };
    expect(header('x-fal-webhook-request-id')).toBe(request_id);
    expect(Math.abs(Number(header('x-fal-webhook-timestamp')) - Date.now() / 1000)).toBeLessThan(300);
    expect(verifies(hook.raw)).toBe(true);
    expect(verifies(hook.raw.replace('"OK"', '"ERROR"'))).toBe(false);
    expect(departures(validator, 'fal-rest', 'getJwks', { status: 200, headers: { 'content-type': 'application/json' }, body: jwks })).toBe('');
  });

  it('keeps one key per app, and a pinned PEM gives the same kid on every start', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const kids = [];
    for (let i = 0; i < 2; i++) {
      const mock = await startMock({ webhookSigningKey: pem });
      stopAfterTest(mock.close);
      const first = (await (await fetch(`${mock.origin}/fal-rest/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
      const again = (await (await fetch(`${mock.origin}/fal-rest/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
      expect(again).toEqual(first);
      kids.push(first.keys[0].kid);
    }
    expect(kids[0]).toBe(kids[1]);
  });
});
