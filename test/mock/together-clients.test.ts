/**
 * Together AI's own clients against the mock on a loopback port, unmodified and configured only through
 * their base-URL options: the `together-ai` SDK (`new Together({ baseURL })`, `images.generate` for URLs
 * and for base64) and the Vercel AI SDK's `@ai-sdk/togetherai` (`createTogetherAI({ baseURL })`,
 * `generateImage`, which always asks for base64).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Together from 'together-ai';
import { createTogetherAI } from '@ai-sdk/togetherai';
import { generateImage } from 'ai';
import { PNG } from 'pngjs';
import { startMock, type StartedMock } from '../support/start-mock';

const KEY = 'together-mock-key';
const PROMPT = 'A poster with the words "Open late" in neon letters';

let mock: StartedMock;
let together: Together;

beforeAll(async () => {
  mock = await startMock({ quiet: true, keys: [KEY] });
  together = new Together({ apiKey: KEY, baseURL: `${mock.origin}/together/v1`, maxRetries: 0 });
});
afterAll(() => mock.close());

const decode = (bytes: Buffer) => PNG.sync.read(bytes);

describe('the together-ai SDK', () => {
  it('images.generate with response_format base64 reads real PNGs from b64_json', async () => {
    const answer = await together.images.generate({
      model: 'ideogram/ideogram-3.0',
      prompt: PROMPT,
      response_format: 'base64',
      n: 2,
      width: 1344,
      height: 768,
    });
    expect(answer.object).toBe('list');
    expect(answer.model).toBe('ideogram/ideogram-3.0');
    expect(answer.data.map((d) => [d.index, d.type])).toEqual([
      [0, 'b64_json'],
      [1, 'b64_json'],
    ]);
    const images = answer.data.map((d) => decode(Buffer.from(d.b64_json, 'base64')));
    expect(images.map((png) => [png.width, png.height])).toEqual([
      [1344, 768],
      [1344, 768],
    ]);
    // Two images, two seeds: not the same picture twice.
    expect(Buffer.compare(images[0].data, images[1].data)).not.toBe(0);
  });

  it('images.generate without a format answers URLs on the mock that serve the PNG', async () => {
    const answer = await together.images.generate({ model: 'ideogram/ideogram-3.0', prompt: PROMPT, seed: 7 });
    const [item] = answer.data;
    expect(item.type).toBe('url');
    expect(item.url.startsWith(`${mock.origin}/together/__images/`)).toBe(true);
    const res = await fetch(item.url);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = decode(Buffer.from(await res.arrayBuffer()));
    expect([png.width, png.height]).toEqual([1024, 1024]);
  });

  it('a wrong key is the SDK AuthenticationError with Together\u2019s invalid_api_key body', async () => {
    const wrong = new Together({ apiKey: 'not-the-key', baseURL: `${mock.origin}/together/v1`, maxRetries: 0 });
    const refused = await wrong.images.generate({ model: 'ideogram/ideogram-3.0', prompt: PROMPT }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Together.AuthenticationError);
    expect((refused as InstanceType<typeof Together.AuthenticationError>).error).toMatchObject({
      error: { code: 'invalid_api_key', type: 'invalid_request_error' },
    });
  });

  it('a model Together does not serve is the SDK NotFoundError (model_not_found)', async () => {
    const refused = await together.images.generate({ model: 'black-forest-labs/FLUX.1-schnell', prompt: PROMPT }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Together.NotFoundError);
    expect(String((refused as Error).message)).toContain('Unable to access model black-forest-labs/FLUX.1-schnell');
  });

  it('n beyond 4 is the SDK BadRequestError naming the field', async () => {
    const refused = await together.images.generate({ model: 'ideogram/ideogram-3.0', prompt: PROMPT, n: 5 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Together.BadRequestError);
    expect((refused as InstanceType<typeof Together.BadRequestError>).error).toMatchObject({ error: { type: 'invalid_request_error' } });
    expect(String((refused as Error).message)).toMatch(/\bn\b/);
  });
});

describe('the Vercel AI SDK (@ai-sdk/togetherai)', () => {
  it('generateImage gets a real PNG of the asked size (the provider asks for base64)', async () => {
    const provider = createTogetherAI({ apiKey: KEY, baseURL: `${mock.origin}/together/v1` });
    const { image } = await generateImage({ model: provider.image('ideogram/ideogram-3.0'), prompt: PROMPT, size: '832x1248', seed: 3 });
    const png = decode(Buffer.from(image.uint8Array));
    expect([png.width, png.height]).toEqual([832, 1248]);
    expect(image.mediaType).toBe('image/png');
  });

  it('an input image travels as a data: URI in image_url and is accepted', async () => {
    const provider = createTogetherAI({ apiKey: KEY, baseURL: `${mock.origin}/together/v1` });
    const input = PNG.sync.write(new PNG({ width: 8, height: 8 }));
    const { images } = await generateImage({ model: provider.image('ideogram/ideogram-3.0'), prompt: { text: PROMPT, images: [input] } });
    expect(images).toHaveLength(1);
  });

  it('a refusal reaches the caller with Together\u2019s message', async () => {
    const provider = createTogetherAI({ apiKey: 'not-the-key', baseURL: `${mock.origin}/together/v1` });
    await expect(generateImage({ model: provider.image('ideogram/ideogram-3.0'), prompt: PROMPT, maxRetries: 0 })).rejects.toThrow(/Invalid API key provided/);
  });
});
