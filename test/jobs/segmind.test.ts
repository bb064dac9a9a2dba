/**
 * Segmind: v1 answers the image's bytes, v2 queues a request polled by its status and result URLs,
 * refusals are `{error}` (with `status: FAILED` on v2), inline base64 images are judged by content.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { PNG } from 'pngjs';
import { createApp } from '../../mock-server/app';
import { manualClock } from '../../mock-server/jobs/clock';
import { conformsTo } from '../support/conformance';
import { startMock } from '../support/start-mock';
import { png, TEXT_AS_PNG, PNG_HEADER_GARBAGE, oversizedPng, JPEG_1x1 } from '../support/image-fixtures';

const KEY = { 'x-api-key': 'key-a' };
const OTHER = { 'x-api-key': 'key-b' };
const PROMPT = { prompt: 'A lighthouse at dusk with the word SEGMIND on it', resolution: '1152x864' };
const REMIX = { prompt: 'Majestic waterfall under moonlight', image: 'https://example.com/cat.jpeg', image_weight: 50 };

const conforms = conformsTo('segmind');
type App = ReturnType<typeof createApp>;

async function submit(app: App, prefer?: string, slug = 'ideogram-3', body: object = PROMPT) {
  const req = request(app).post(`/segmind/v2/${slug}`).set(KEY);
  if (prefer) req.set('Prefer', prefer);
  const res = await req.send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { request_id: string; status: string; poll_url: string; status_url: string; response_url: string };
}

describe('Segmind v1 (synchronous)', () => {
  it.each([
    ['ideogram-3', 'v1Ideogram3', PROMPT],
    ['ideogram-3-remix', 'v1Ideogram3Remix', REMIX],
    ['ideogram-3-reframe', 'v1Ideogram3Reframe', { image: 'https://example.com/cat.png', resolution: '1536x640' }],
    ['ideogram-3-replace-background', 'v1Ideogram3ReplaceBackground', { prompt: 'Add a forest in the background', image: 'https://example.com/a.png' }],
  ])('%s answers a real image of the asked resolution, as bytes', async (slug, operationId, body) => {
    const app = createApp({ quiet: true });
    const res = await request(app).post(`/segmind/v1/${slug}`).set(KEY).send(body).buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    conforms(operationId, res);
    const image = PNG.sync.read(res.body as Buffer);
    const [width, height] = ((body as { resolution?: string }).resolution ?? '1024x1024').split('x').map(Number);
    expect([image.width, image.height]).toEqual([width, height]);
  });

  it('answers the documented JSON variant when asked for it by name', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app).post('/segmind/v1/ideogram-3').set(KEY).set('Prefer', 'example=json-variant').send(PROMPT);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    conforms('v1Ideogram3', res);
    expect(res.body.output).toEqual(expect.any(String));
  });

  it("refuses a missing or refused key with Segmind's 401 sentences", async () => {
    const app = createApp({ quiet: true, keys: ['key-a'] });
    const missing = await request(app).post('/segmind/v1/ideogram-3').send(PROMPT);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ error: 'Missing Authorization or x-api-key in header' });
    conforms('v1Ideogram3', missing);
    const refused = await request(app).post('/segmind/v1/ideogram-3').set(OTHER).send(PROMPT);
    expect(refused.status).toBe(401);
    expect(refused.body.error).toMatch(/^Unauthorized\. API key is invalid/);
    const bearer = await request(app).post('/segmind/v1/ideogram-3').set('Authorization', 'Bearer key-a').send(PROMPT);
    expect(bearer.status).toBe(401);
  });

  it('refuses invalid parameters with 422 {error} naming the field', async () => {
    const app = createApp({ quiet: true });
    for (const body of [{}, { prompt: 'x', rendering_speed: 'FAST' }, { prompt: 'x', seed: 5 }, { prompt: 42 }]) {
      const res = await request(app).post('/segmind/v1/ideogram-3').set(KEY).send(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(res.body)).toEqual(['error']);
      conforms('v1Ideogram3', res);
    }
    const remix = await request(app).post('/segmind/v1/ideogram-3-remix').set(KEY).send({ prompt: 'x' });
    expect(remix.status).toBe(422);
    expect(remix.body.error).toContain('image');
  });

  it('answers a body that is not JSON with 406 "Invalid content type"', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app).post('/segmind/v1/ideogram-3').set(KEY).set('Content-Type', 'text/plain').send('prompt=a cat');
    expect(res.status).toBe(406);
    expect(res.body.error).toMatch(/^Invalid content type\. .*application\/json/);
    conforms('v1Ideogram3', res);
  });

  it('takes a base64 image, and judges it by its bytes: JPEG, PNG or WebP, whole, at most 10 MB', async () => {
    const app = createApp({ quiet: true });
    const send = (image: string) => request(app).post('/segmind/v1/ideogram-3-remix').set(KEY).send({ prompt: 'a cat', image });
    expect((await send(png(32, 32).toString('base64'))).status).toBe(200);
    expect((await send(JPEG_1x1.toString('base64'))).status).toBe(200);
    for (const bad of [TEXT_AS_PNG, PNG_HEADER_GARBAGE, png(32, 32).subarray(0, 60), oversizedPng()]) {
      const res = await send(bad.toString('base64'));
      expect(res.status).toBe(422);
      expect(res.body.error).toMatch(/^The image in image /);
      conforms('v1Ideogram3Remix', res);
    }
    const refs = await request(app)
      .post('/segmind/v1/ideogram-3-reframe')
      .set(KEY)
      .send({ image: 'https://example.com/a.png', style_reference_images: [png(8, 8).toString('base64'), TEXT_AS_PNG.toString('base64')] });
    expect(refs.status).toBe(422);
    expect(refs.body.error).toContain('style_reference_images.1');
  });

  it('refuses an image URL Segmind could not download', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app).post('/segmind/v1/ideogram-3-remix').set(KEY).send({ prompt: 'a cat', image: 'file:///etc/passwd' });
    expect(res.status).toBe(422);
    expect(res.body.error).toContain('image');
  });
});

describe('Segmind against a hostile client', () => {
  it('answers oversize, deep, garbage and wrongly typed bodies with its own refusals, never a 5xx', async () => {
    const app = createApp({ quiet: true });
    const deep = JSON.parse('{"prompt":"x","color_palette":' + '{"members":['.repeat(40) + ']}'.repeat(40) + '}') as object;
    const bodies: [string, object | string][] = [
      ['ideogram-3', { prompt: 'x', style_codes: Array.from({ length: 10_000 }, () => 'AAAAAAAA') }],
      [
        'ideogram-3-remix',
        { prompt: 'x', image: 'https://example.com/a.png', style_reference_images: Array.from({ length: 11 }, () => 'https://example.com/a.png') },
      ],
      ['ideogram-3', deep],
      ['ideogram-3', '{"prompt": "x",'],
      ['ideogram-3', { prompt: ['x'], resolution: 1024, seed: 'seven' }],
      ['ideogram-3', { prompt: 'x', resolution: '99999x99999' }],
      ['ideogram-3-remix', { prompt: 'x', image: 'A'.repeat(1000) }],
    ];
    for (const version of ['v1', 'v2']) {
      for (const [slug, body] of bodies) {
        const req = request(app).post(`/segmind/${version}/${slug}`).set(KEY).set('Content-Type', 'application/json');
        const res = await req.send(typeof body === 'string' ? body : JSON.stringify(body));
        expect([413, 422], `${version} ${slug} ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`).toContain(res.status);
        expect(res.body.error).toEqual(expect.any(String));
      }
    }
    const long = await request(app)
      .get(`/segmind/v2/requests/${'x'.repeat(5000)}/status`)
      .set(KEY);
    expect(long.status).toBeLessThan(500);
    expect(long.body.error).toEqual(expect.any(String));
  });
});

describe('Segmind v2 (queued)', () => {
  it('answers the submit with the request id and the URLs to poll, on the mock', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app).post('/segmind/v2/ideogram-3').set(KEY).send(PROMPT);
    conforms('v2Ideogram3', res);
    const { request_id: id, status, status_url, response_url } = res.body;
    expect(status).toBe('QUEUED');
    expect(new URL(status_url).pathname).toBe(`/segmind/v2/requests/${id}/status`);
    expect(new URL(response_url).pathname).toBe(`/segmind/v2/requests/${id}`);
  });

  it('walks QUEUED → PROCESSING → COMPLETED one step per status poll, then serves the image at the result', async () => {
    const app = createApp({ quiet: true });
    const job = await submit(app, undefined, 'ideogram-3-remix', REMIX);
    const early = await request(app).get(new URL(job.response_url).pathname).set(KEY);
    conforms('getRequestResult', early);
    expect(early.body.status).toBe('QUEUED');
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await request(app).get(new URL(job.status_url).pathname).set(KEY);
      conforms('getRequestStatus', res);
      seen.push(res.body.status);
    }
    expect(seen).toEqual(['PROCESSING', 'COMPLETED', 'COMPLETED']);
    const result = await request(app).get(new URL(job.response_url).pathname).set(KEY);
    conforms('getRequestResult', result);
    expect(result.body).toMatchObject({ status: 'COMPLETED', request_id: job.request_id, error: null, metrics: { inference_time: expect.any(Number) } });
    const image = await request(app).get(new URL(result.body.output).pathname).buffer(true);
    expect(PNG.sync.read(image.body as Buffer).width).toBe(1024);
  });

  it.each(['failed', 'error'])('answers a request ending %s with 422 {status: FAILED, error} on status and result', async (outcome) => {
    const app = createApp({ quiet: true });
    const job = await submit(app, `outcome=${outcome}`);
    const statusPath = new URL(job.status_url).pathname;
    expect((await request(app).get(statusPath).set(KEY)).body.status).toBe('PROCESSING');
    const status = await request(app).get(statusPath).set(KEY);
    expect(status.status).toBe(422);
    expect(status.body).toMatchObject({ status: 'FAILED', error: expect.any(String), request_id: job.request_id });
    conforms('getRequestStatus', status);
    const result = await request(app).get(new URL(job.response_url).pathname).set(KEY);
    expect(result.status).toBe(422);
    conforms('getRequestResult', result);
  });

  it('refuses invalid parameters at submit with 422 {status: FAILED, error}', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app).post('/segmind/v2/ideogram-3-replace-background').set(KEY).send({ prompt: 'a forest' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ status: 'FAILED', error: expect.stringContaining('image') });
    conforms('v2Ideogram3ReplaceBackground', res);
  });

  it('hides a request from every other key and answers unknown ids with 404 {error}', async () => {
    const app = createApp({ quiet: true });
    const job = await submit(app);
    const other = await request(app).get(new URL(job.status_url).pathname).set(OTHER);
    expect(other.status).toBe(404);
    conforms('getRequestStatus', other);
    const unknown = await request(app).get('/segmind/v2/requests/nope').set(KEY);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'Request nope not found' });
    conforms('getRequestResult', unknown);
  });

  it("moves on the clock in time mode, Segmind's ~10 s by default", async () => {
    const clock = manualClock();
    const app = createApp({ quiet: true, clock, jobMode: 'time' });
    const job = await submit(app);
    const at = async (ms: number) => {
      clock.set(Date.parse('2026-01-01T00:00:00.000Z') + ms);
      return (await request(app).get(new URL(job.status_url).pathname).set(KEY)).body.status;
    };
    expect(await at(0)).toBe('QUEUED');
    expect(await at(6000)).toBe('PROCESSING');
    expect(await at(10_300)).toBe('COMPLETED');
  });
});

describe('Segmind through --record and --replay', () => {
  it("records a v1 image's size with the x-api-key redacted; the replay, with the upstream gone, renders the same image", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segmind-record-'));
    const upstream = await startMock({ quiet: true });
    const recorder = await startMock({ quiet: true, proxy: { segmind: `${upstream.url}/segmind` }, record: dir });
    try {
      const ask = (origin: string) =>
        fetch(`${origin}/segmind/v1/ideogram-3`, {
          method: 'POST',
          headers: { 'x-api-key': 'sk-segmind-7f3a9c', 'Content-Type': 'application/json' },
          body: JSON.stringify(PROMPT),
        });
      const recorded = await ask(recorder.url);
      expect(recorded.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await recorded.arrayBuffer());
      await recorder.close();
      await upstream.close();
      const saved = readdirSync(join(dir, 'segmind')).map((name) => readFileSync(join(dir, 'segmind', name), 'utf8'));
      expect(saved.length).toBe(1);
      expect(saved[0]).not.toContain('sk-segmind-7f3a9c');
      expect(saved[0]).toContain(`<image/png ${bytes.length} bytes>`);
      const replayer = await startMock({ quiet: true, replay: dir });
      try {
        const replayed = await ask(replayer.url);
        expect(replayed.status).toBe(200);
        expect(replayed.headers.get('content-type')).toBe('image/png');
        expect(Buffer.from(await replayed.arrayBuffer()).equals(bytes)).toBe(true);
      } finally {
        await replayer.close();
      }
    } finally {
      await recorder.close().catch(() => {});
      await upstream.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
