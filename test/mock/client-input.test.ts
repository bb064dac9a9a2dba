/**
 * Client input that could reach the mock's own machinery: each gets the vendor's 4xx,
 * never a 500, and never a way to steer the mock or the upstream it proxies.
 */
import { describe, expect, it } from 'vitest';
import { upstreamUrl } from '../../mock-server/record/proxy';
import { perTest } from '../support/per-test';
import { http1, rawExchange } from '../support/raw-http';

const { started: mockWith } = perTest();

const marker = { at: '', method: 'GET', path: '/marker', status: 200, ms: 0 };

describe('fal storage', () => {
  it.each([
    ['CR/LF', 'image/png\r\nX-Injected: 1'],
    ['U+2028', 'image/png\u2028'],
    ['no subtype', 'image'],
  ])("a content_type with %s is fal's 422 naming the field, and no file is reserved", async (_name, contentType) => {
    const mock = await mockWith();
    const res = await fetch(`${mock.origin}/fal-rest/storage/upload/initiate?storage_type=fal-cdn-v3`, {
      method: 'POST',
      headers: { Authorization: 'Key k', 'Content-Type': 'application/json' },
      body: JSON.stringify({ content_type: contentType, file_name: 'a.png' }),
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      detail: [{ loc: ['body', 'content_type'], msg: expect.stringMatching(/^content_type must match pattern/), type: 'value_error' }],
    });
  });

  it('a media type with parameters is still taken', async () => {
    const mock = await mockWith();
    const res = await fetch(`${mock.origin}/fal-rest/storage/upload/initiate?storage_type=fal-cdn-v3`, {
      method: 'POST',
      headers: { Authorization: 'Key k', 'Content-Type': 'application/json' },
      body: JSON.stringify({ content_type: 'text/plain; charset=utf-8', file_name: 'a.txt' }),
    });
    expect(res.status).toBe(200);
  });

  it('/__files/%zz is a 404, not a 500', async () => {
    const mock = await mockWith();
    const res = await fetch(`${mock.origin}/fal-rest/__files/%zz`);
    expect(res.status).toBe(404);
  });
});

describe('--proxy never leaves the upstream base path', () => {
  it.each(['/../__admin/requests', '/%2e%2e/__admin/requests', '/%2E%2e/%2e%2E/__admin/requests', '/x/..\\..\\__admin/requests'])(
    "%s is refused in the vendor shape; the upstream mock's control API is not reached",
    async (path) => {
      const upstream = await mockWith();
      await upstream.app.mock.store.journal.add('', marker);
      const proxy = await mockWith({ proxy: { pixazo: `${upstream.origin}/pixazo` } });
      const res = await rawExchange(proxy.port, http1('GET', `/pixazo${path}`, { Host: `127.0.0.1:${proxy.port}`, 'Ocp-Apim-Subscription-Key': 'k' }));
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('/marker');
      expect(res.body).toEqual({ error: 'Not Found', message: expect.stringMatching(/base path/) });
    },
  );

  it('resolves dot segments that stay inside the base, as the upstream would', () => {
    expect(upstreamUrl('http://127.0.0.1:9/pixazo', '/a/../generate?x=1')).toBe('http://127.0.0.1:9/pixazo/generate?x=1');
    expect(upstreamUrl('http://127.0.0.1:9/pixazo/', '/generate')).toBe('http://127.0.0.1:9/pixazo/generate');
    expect(upstreamUrl('http://127.0.0.1:9/pixazo', '/../pixazo-other/x')).toBeUndefined();
    expect(upstreamUrl('http://127.0.0.1:9', '/../x')).toBe('http://127.0.0.1:9/x');
  });
});

describe("webhooks never target the mock's own paths", () => {
  it.each([
    ['Magnific webhook_url', (origin: string) => `${origin}/__admin/reset`],
    ['Magnific webhook_url, %5F-escaped', (origin: string) => `${origin}/%5F%5Fadmin/reset`],
    ['Magnific webhook_url under a prefix', (origin: string) => `${origin}/magnific/__files/x/upload`],
  ])('%s is refused as a bad webhook URL, and no job is made', async (_name, target) => {
    const mock = await mockWith();
    await mock.app.mock.store.journal.add('', marker);
    const res = await fetch(`${mock.origin}/magnific/v1/ai/ideogram-image-edit`, {
      method: 'POST',
      headers: { 'x-magnific-api-key': 'k', 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'p', image: 'https://example.com/a.png', mask: 'https://example.com/m.png', webhook_url: target(mock.origin) }),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(JSON.stringify(await res.json())).toMatch(/webhook_url must not point at the mock's own paths/);
    expect(await mock.app.mock.store.jobs.count()).toBe(0);
    expect((await mock.journal()).some((e) => e.path === '/marker')).toBe(true);
  });

  it('fal_webhook in the query is refused naming it', async () => {
    const mock = await mockWith();
    const res = await fetch(`${mock.origin}/fal-queue/fal-ai/ideogram/v2?fal_webhook=${encodeURIComponent(`${mock.origin}/__admin/reset`)}`, {
      method: 'POST',
      headers: { Authorization: 'Key k', 'Content-Type': 'application/json' },
      body: JSON.stringify({ prompt: 'a cat' }),
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ detail: [{ loc: ['query', 'fal_webhook'], msg: expect.stringMatching(/own paths/), type: 'value_error' }] });
  });
});
