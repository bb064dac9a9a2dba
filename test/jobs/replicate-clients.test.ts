/**
 * Replicate's own clients against the mock on a loopback port: the official `replicate` npm client
 * (run, predictions.create + wait, cancel, a refused enum, validateWebhook on a delivered webhook)
 * and the Vercel AI SDK's `@ai-sdk/replicate` generateImage. Jobs advance per poll, so nothing waits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Replicate, { validateWebhook } from 'replicate';
import { createReplicate } from '@ai-sdk/replicate';
import { generateImage } from 'ai';
import { PNG } from 'pngjs';
import { startMock, type StartedMock } from '../support/start-mock';
import { startReceiver, type Receiver } from '../support/webhook-receiver';

const TOKEN = 'r8_mock_token';
const PROMPT = 'A lighthouse at dusk with the words "Open late" painted on it';

let mock: StartedMock;
let replicate: Replicate;

beforeAll(async () => {
  mock = await startMock({ quiet: true });
  replicate = new Replicate({ auth: TOKEN, baseUrl: `${mock.origin}/replicate/v1` });
});
afterAll(() => mock.close());

/** The image behind an output URL, decoded: it must be a real PNG. */
async function image(url: string) {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  return PNG.sync.read(Buffer.from(await res.arrayBuffer()));
}

describe('the replicate npm client', () => {
  it.each([
    ['ideogram-ai/ideogram-v3-turbo', { aspect_ratio: '16:9' }, [1312, 736]],
    ['ideogram-ai/ideogram-v2', { aspect_ratio: '3:2', style_type: 'Anime' }, [1248, 832]],
    ['ideogram-ai/ideogram-v2a-turbo', { resolution: '768x1280' }, [768, 1280]],
  ] as const)('run(%s) answers within Prefer: wait with an image URL that serves the image', async (model, extra, [width, height]) => {
    const output = await replicate.run(model, { input: { prompt: PROMPT, ...extra } });
    // http: URLs come back as plain strings (the client wraps only https: and data: ones).
    expect(typeof output).toBe('string');
    expect(String(output).startsWith(`${mock.origin}/replicate/`)).toBe(true);
    const png = await image(String(output));
    expect([png.width, png.height]).toEqual([width, height]);
  });

  it('predictions.create answers starting; wait polls it to succeeded, each poll one step', async () => {
    const created = await replicate.predictions.create({ model: 'ideogram-ai/ideogram-v3-balanced', input: { prompt: PROMPT } });
    expect(created.status).toBe('starting');
    expect(created.urls.get).toBe(`${mock.origin}/replicate/v1/predictions/${created.id}`);
    const seen: string[] = [];
    const done = await replicate.wait(created, { interval: 1 }, async (p) => {
      seen.push(p.status);
      return false;
    });
    expect(seen).toEqual(['processing']);
    expect(done.status).toBe('succeeded');
    expect(done.metrics?.predict_time).toBeGreaterThanOrEqual(0);
    expect(done.logs).toContain('ideogram-ai/ideogram-v3-balanced');
    await image(String(done.output));
  });

  it('predictions.cancel ends a running prediction canceled, and it stays so', async () => {
    const created = await replicate.predictions.create({ model: 'ideogram-ai/ideogram-v3-quality', input: { prompt: PROMPT } });
    const canceled = await replicate.predictions.cancel(created.id);
    expect(canceled.status).toBe('canceled');
    expect(canceled.output).toBeNull();
    expect((await replicate.predictions.get(created.id)).status).toBe('canceled');
  });

  it("refuses an enum outside the model's own schema with Replicate's 422", async () => {
    // 1:2 is a V3 ratio, not a V2 one: only the schema of the model in the path counts.
    const refused = replicate.run('ideogram-ai/ideogram-v2', { input: { prompt: PROMPT, aspect_ratio: '1:2' } });
    await expect(refused).rejects.toThrow(/failed with status 422/);
    await expect(refused).rejects.toThrow(/input\.aspect_ratio: aspect_ratio must be one of the following/);
    await expect(replicate.run('ideogram-ai/ideogram-v3-turbo', { input: { prompt: PROMPT, aspect_ratio: '1:2' } })).resolves.toMatch(
      /\/1408x704\/|\/704x1408\//,
    );
  });

  it('ends failed when asked (Prefer: outcome=failed), and run throws the prediction error', async () => {
    const failing = new Replicate({
      auth: TOKEN,
      baseUrl: `${mock.origin}/replicate/v1`,
      fetch: (url, init) => fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), Prefer: 'wait, outcome=failed' } }),
    });
    await expect(failing.run('ideogram-ai/ideogram-v3-turbo', { input: { prompt: PROMPT } })).rejects.toThrow(/Prediction failed: .*E005/);
  });

  it('run(owner/name:version) pins a published version; models.versions.list/get describe it', async () => {
    const V2 = 'd07f7f3ad03f2ec100edeaa91e26ac731d7d00ec369e6a475b80c04bd1101d5d';
    const output = await replicate.run(`ideogram-ai/ideogram-v2:${V2}`, { input: { prompt: PROMPT, aspect_ratio: '3:2' } });
    expect([(await image(String(output))).width]).toEqual([1248]);
    const page = await replicate.models.versions.list('ideogram-ai', 'ideogram-v2');
    expect(page.results.map((v) => v.id)).toEqual([V2]);
    const version = await replicate.models.versions.get('ideogram-ai', 'ideogram-v2', V2);
    expect(version.openapi_schema).toMatchObject({ components: { schemas: { Input: { required: ['prompt'] } } } });
  });

  it.each(['ideogram-v3-turbo', 'ideogram-v3-balanced', 'ideogram-v2-turbo', 'ideogram-v2a-turbo'])("models.get(%s)'s latest_version runs", async (name) => {
    const model = await replicate.models.get('ideogram-ai', name);
    const id = model.latest_version!.id;
    await expect(replicate.models.versions.get('ideogram-ai', name, id)).resolves.toMatchObject({ id });
    const output = await replicate.run(`ideogram-ai/${name}:${id}`, { input: { prompt: PROMPT } });
    await image(String(output));
  });

  it('a Buffer input is uploaded with files.create (default strategy) and its urls.get sent; files list, get and delete', async () => {
    const before = (await replicate.files.list()).results.length;
    const output = await replicate.run('ideogram-ai/ideogram-character', {
      input: { prompt: PROMPT, character_reference_image: PNG.sync.write(new PNG({ width: 4, height: 4 })) },
    });
    await image(String(output));
    const { results } = await replicate.files.list();
    expect(results).toHaveLength(before + 1);
    const [uploaded] = results;
    expect(uploaded).toMatchObject({
      content_type: 'application/octet-stream',
      metadata: {},
      urls: { get: `${mock.origin}/replicate/v1/files/${uploaded.id}` },
    });
    const created = await replicate.files.create(new Blob(['Hello, world!'], { type: 'text/plain' }), { ref: 7 });
    expect(created).toMatchObject({ content_type: 'text/plain', size: 13, metadata: { ref: 7 } });
    expect((await replicate.files.get(created.id)).checksums).toEqual(created.checksums);
    expect(await replicate.files.delete(created.id)).toBe(true);
    await expect(replicate.files.get(created.id)).rejects.toThrow(/failed with status 404/);
  });

  it("accounts.current() is the token's account", async () => {
    const account = await replicate.accounts.current();
    expect(account).toMatchObject({ type: 'user', username: expect.stringMatching(/^mock-/) });
  });

  describe('webhooks', () => {
    let receiver: Receiver;
    beforeAll(async () => {
      receiver = await startReceiver();
    });
    afterAll(() => receiver.close());

    it('are accepted by validateWebhook with the secret the API hands out, raw or parsed', async () => {
      const { key } = await replicate.webhooks.default.secret.get();
      expect(key).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      const before = receiver.hooks.length;
      const created = await replicate.predictions.create({
        model: 'ideogram-ai/ideogram-v3-turbo',
        input: { prompt: PROMPT },
        webhook: receiver.url,
        webhook_events_filter: ['completed'],
      });
      const [hook] = (await receiver.waitFor(before + 1)).slice(before);
      expect((hook.body as { id: string; status: string }).id).toBe(created.id);
      expect((hook.body as { status: string }).status).toBe('succeeded');
      const headers = {
        id: String(hook.headers['webhook-id']),
        timestamp: String(hook.headers['webhook-timestamp']),
        signature: String(hook.headers['webhook-signature']),
      };
      expect(headers.signature).toMatch(/^v1,/);
      expect(await validateWebhook({ ...headers, body: hook.raw, secret: key })).toBe(true);
      expect(await validateWebhook({ headers: hook.headers as Record<string, string>, body: hook.body } as never, key)).toBe(true);
      expect(await validateWebhook({ ...headers, body: hook.raw.replace('succeeded', 'failed'), secret: key })).toBe(false);
    });
  });
});

describe('@ai-sdk/replicate generateImage', () => {
  it('creates with Prefer: wait and downloads the images from the mock', async () => {
    const provider = createReplicate({ apiToken: TOKEN, baseURL: `${mock.origin}/replicate/v1` });
    const { images } = await generateImage({ model: provider.image('ideogram-ai/ideogram-v3-turbo'), prompt: PROMPT, aspectRatio: '16:9', seed: 42, n: 2 });
    expect(images).toHaveLength(2);
    for (const file of images) {
      const png = PNG.sync.read(Buffer.from(file.uint8Array));
      expect([png.width, png.height]).toEqual([1312, 736]);
    }
  });

  it("surfaces Replicate's 422 detail for an input the model refuses", async () => {
    const provider = createReplicate({ apiToken: TOKEN, baseURL: `${mock.origin}/replicate/v1` });
    await expect(
      generateImage({ model: provider.image('ideogram-ai/ideogram-v3-turbo'), prompt: PROMPT, aspectRatio: '7:3' as `${number}:${number}` }),
    ).rejects.toThrow(/aspect_ratio must be one of the following/);
  });
});
