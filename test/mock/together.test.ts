/**
 * Together AI on the mock over HTTP: its documented requests answered in its shape, its refusals in its
 * error body at its statuses, both of its host names, a hostile client, record/replay of a request with
 * the Bearer key redacted, and the together-ai SDK with no base URL at all under interceptVendors.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import request from 'supertest';
import Together from 'together-ai';
import { startMock, type StartedMock } from '../support/start-mock';
import { departures, validator } from '../support/conformance';
import { stopAfterEach } from '../support/stop-after-each';
import { interceptVendors } from '../../lib/intercept';
import { manualClock } from '../../mock-server/jobs/clock';

const KEY = 'tgp_v1_mock-key-8d1f';
const PATH = '/together/v1/images/generations';
const PROMPT = 'A lighthouse at dusk with the words "Open late" painted on it';

let mock: StartedMock;
beforeAll(async () => {
  mock = await startMock({ quiet: true, keys: [KEY] });
});
afterAll(() => mock.close());

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function post(body: unknown, init: { key?: string | null; url?: string; raw?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.key !== null) headers.Authorization = `Bearer ${init.key ?? KEY}`;
  const res = await fetch(init.url ?? mock.url + PATH, { method: 'POST', headers, body: init.raw ?? JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

const conforms = (answer: Answer) => expect(departures(validator, 'together', 'createImage', answer)).toBe('');
const items = (answer: Answer) => answer.body.data as Record<string, unknown>[];
const decode = (b64: unknown) => PNG.sync.read(Buffer.from(String(b64), 'base64'));

describe('documented requests', () => {
  it('a prompt alone: one URL item, 1024x1024, that serves the PNG', async () => {
    const answer = await post({ model: 'ideogram/ideogram-3.0', prompt: PROMPT });
    expect(answer.status).toBe(200);
    conforms(answer);
    expect(answer.body).toMatchObject({ model: 'ideogram/ideogram-3.0', object: 'list' });
    expect(answer.body.id).toMatch(/^[A-Za-z0-9]{7}-[A-Za-z0-9]{6}-[0-9a-f]{16}$/);
    const [item] = items(answer);
    expect(item).toMatchObject({ index: 0, type: 'url' });
    const res = await fetch(String(item.url));
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    expect([png.width, png.height]).toEqual([1024, 1024]);
  });

  it('base64, n=3: three real PNGs in b64_json, on the Ideogram grid size nearest to width x height', async () => {
    const answer = await post({ model: 'ideogram/ideogram-4.0', prompt: PROMPT, n: 3, width: 1920, height: 1080, seed: 11, response_format: 'base64' });
    expect(answer.status).toBe(200);
    conforms(answer);
    expect(items(answer).map((d) => [d.index, d.type, d.url])).toEqual([
      [0, 'b64_json', undefined],
      [1, 'b64_json', undefined],
      [2, 'b64_json', undefined],
    ]);
    const sizes = items(answer)
      .map((d) => decode(d.b64_json))
      .map((png) => [png.width, png.height]);
    expect(sizes).toEqual([
      [1312, 736],
      [1312, 736],
      [1312, 736],
    ]);
  });

  it('the same seed gives the same image; the ids differ', async () => {
    const ask = { model: 'ideogram/ideogram-3.0', prompt: PROMPT, seed: 5, response_format: 'base64' };
    const [a, b] = [await post(ask), await post(ask)];
    expect(items(a)[0].b64_json).toBe(items(b)[0].b64_json);
    expect(a.body.id).not.toBe(b.body.id);
  });

  it("the SDKs' other fields (image_url as a data: URI, reference_images, LoRAs, guidance) are taken", async () => {
    const answer = await post({
      model: 'ideogram/ideogram-3.0',
      prompt: PROMPT,
      image_url: `data:image/png;base64,${Buffer.from(PNG.sync.write(new PNG({ width: 4, height: 4 }))).toString('base64')}`,
      reference_images: ['https://example.com/style.png'],
      image_loras: [{ path: 'https://huggingface.co/some/lora', scale: 1 }],
      guidance_scale: 7.5,
      guidance: 7.5,
      steps: 20,
      negative_prompt: 'blurry',
      output_format: 'png',
      disable_safety_checker: true,
    });
    expect(answer.status).toBe(200);
    conforms(answer);
  });

  it('answers on both host names, with URLs on the host asked', async () => {
    for (const host of ['api.together.xyz', 'api.together.ai']) {
      const res = await request(mock.url)
        .post('/v1/images/generations')
        .set({ Host: host, Authorization: `Bearer ${KEY}` })
        .send({ model: 'ideogram/ideogram-3.0', prompt: PROMPT });
      expect(res.status).toBe(200);
      expect(new URL((res.body as { data: { url: string }[] }).data[0].url).host).toBe(host);
    }
  });
});

describe("refusals, in Together's error body", () => {
  const error = (answer: Answer) => answer.body.error as Record<string, unknown>;

  it.each([
    ['no key', null],
    ['a wrong key', 'not-the-key'],
  ])('%s: 401 invalid_api_key', async (_label, key) => {
    const answer = await post({ model: 'ideogram/ideogram-3.0', prompt: PROMPT }, { key });
    expect(answer.status).toBe(401);
    conforms(answer);
    expect(error(answer)).toEqual({
      message: 'Invalid API key provided. You can find your API key at https://api.together.xyz/settings/api-keys.',
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_api_key',
    });
  });

  it('a model it does not serve: 404 model_not_found naming the model', async () => {
    const answer = await post({ model: 'black-forest-labs/FLUX.1-schnell', prompt: PROMPT });
    expect(answer.status).toBe(404);
    conforms(answer);
    expect(error(answer)).toMatchObject({ type: 'invalid_request_error', param: null, code: 'model_not_found' });
    expect(String(error(answer).message)).toContain('Unable to access model black-forest-labs/FLUX.1-schnell.');
  });

  it.each([
    ['no prompt', { model: 'ideogram/ideogram-3.0' }, 'prompt'],
    ['no model', { prompt: PROMPT }, 'model'],
    ['n above 4', { model: 'ideogram/ideogram-3.0', prompt: PROMPT, n: 5 }, 'n'],
    ['n below 1', { model: 'ideogram/ideogram-3.0', prompt: PROMPT, n: 0 }, 'n'],
    ['a response_format it does not have', { model: 'ideogram/ideogram-3.0', prompt: PROMPT, response_format: 'b64_json' }, 'response_format'],
    ['a width that is text', { model: 'ideogram/ideogram-3.0', prompt: PROMPT, width: '1024' }, 'width'],
    ['an image_url that is a file path', { model: 'ideogram/ideogram-3.0', prompt: PROMPT, image_url: '/etc/passwd' }, 'image_url'],
  ])('%s: 400 invalid_request_error naming the field', async (_label, body, field) => {
    const answer = await post(body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    conforms(answer);
    expect(error(answer)).toMatchObject({ type: 'invalid_request_error', code: null });
    expect(String(error(answer).message)).toContain(field);
  });

  it('an unknown path under the prefix: 404 in the same shape', async () => {
    const answer = await post({ model: 'ideogram/ideogram-3.0', prompt: PROMPT }, { url: `${mock.url}/together/v1/images/edits` });
    expect(answer.status).toBe(404);
    expect(error(answer)).toMatchObject({ type: 'invalid_request_error', code: null });
  });
});

describe('a hostile client', () => {
  it.each([
    ['broken JSON', '{"model": "ideogram/ideogram-3.0", "prompt":'],
    ['a JSON array', '[1, 2, 3]'],
    ['a huge n', JSON.stringify({ model: 'ideogram/ideogram-3.0', prompt: PROMPT, n: 1e9 })],
    [
      '100,000 reference images',
      JSON.stringify({ model: 'ideogram/ideogram-3.0', prompt: PROMPT, reference_images: Array(100_000).fill('https://example.com/a.png') }),
    ],
    ['a model id of a megabyte', JSON.stringify({ model: 'x'.repeat(1 << 20), prompt: PROMPT })],
  ])('%s: a 4xx in the vendor shape, and the mock still answers', async (_label, raw) => {
    const answer = await post(undefined, { raw });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(typeof (answer.body.error as Record<string, unknown>).message).toBe('string');
    expect(JSON.stringify(answer.body).length).toBeLessThan(2000);
    expect((await post({ model: 'ideogram/ideogram-3.0', prompt: PROMPT })).status).toBe(200);
  });

  it('an enormous width and height: answered at an Ideogram size, never a render that large', async () => {
    const answer = await post({ model: 'ideogram/ideogram-3.0', prompt: PROMPT, width: 2 ** 31 - 1, height: 1, response_format: 'base64' });
    expect(answer.status).toBe(200);
    const png = decode(items(answer)[0].b64_json);
    expect([png.width, png.height]).toEqual([1536, 512]);
  });
});

describe('--limits vendor', () => {
  const stop = stopAfterEach();

  it("the sixth image request in a minute gets Together's 429, per key, and the next minute is served", async () => {
    const clock = manualClock();
    const limited = await startMock({ quiet: true, limits: 'vendor', clock });
    stop(() => limited.close());
    const ask = (key: string) => post({ model: 'ideogram/ideogram-3.0', prompt: PROMPT }, { url: limited.url + PATH, key });
    for (let i = 0; i < 5; i++) expect((await ask('k1')).status).toBe(200);
    const refused = await ask('k1');
    expect(refused.status).toBe(429);
    conforms(refused);
    expect(refused.body.error).toMatchObject({ type: 'rate_limit_exceeded', message: 'You have exceeded your rate limit. Please slow down and retry later.' });
    expect((await ask('k2')).status).toBe(200);
    clock.advance(60_000);
    expect((await ask('k1')).status).toBe(200);
  });
});

describe('record and replay', () => {
  const stop = stopAfterEach();
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('a proxied request is recorded without the Bearer key and replayed the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'together-record-'));
    dirs.push(dir);
    const recorder = await startMock({ quiet: true, proxy: { together: `${mock.url}/together` }, record: dir });
    stop(() => recorder.close());
    const ask = { model: 'ideogram/ideogram-3.0', prompt: PROMPT, seed: 3, response_format: 'base64' };
    const recorded = await post(ask, { url: recorder.url + PATH });
    expect(recorded.status).toBe(200);
    const [file] = readdirSync(join(dir, 'together'));
    const text = readFileSync(join(dir, 'together', file), 'utf8');
    expect(text).not.toContain(KEY);
    expect(text).toContain('<redacted>');

    const replayer = await startMock({ quiet: true, replay: dir });
    stop(() => replayer.close());
    const replayed = await post(ask, { url: replayer.url + PATH, key: 'any-other-key' });
    expect(replayed.body).toEqual(recorded.body);
  });
});

describe('interceptVendors', () => {
  it('answers the together-ai SDK with no base URL at all (its default host, api.together.ai)', async () => {
    const { restore } = interceptVendors();
    try {
      const client = new Together({ apiKey: 'any', maxRetries: 0 });
      const answer = await client.images.generate({ model: 'ideogram/ideogram-3.0', prompt: PROMPT, response_format: 'base64' });
      const png = decode(answer.data[0].b64_json);
      expect([png.width, png.height]).toEqual([1024, 1024]);
      const url = await client.images.generate({ model: 'ideogram/ideogram-3.0', prompt: PROMPT });
      expect(new URL(url.data[0].url).host).toBe('api.together.ai');
    } finally {
      restore();
    }
  });
});
