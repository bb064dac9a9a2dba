/** `POST /__admin/requests/find`: was this request made, and if not, which requests came closest and how they differed. */
import { describe, expect, it } from 'vitest';
import { startMock } from '../support/start-mock';
import { stopAfterEach } from '../support/stop-after-each';

const stop = stopAfterEach();

const find = async (origin: string, query: unknown) => {
  const res = await fetch(`${origin}/__admin/requests/find`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(query) });
  return {
    status: res.status,
    body: (await res.json()) as {
      requests: { id: number; path: string }[];
      nearMisses: {
        request: { path: string; call?: { headers: Record<string, string> } };
        differences: { field: string; expected: unknown; actual: unknown }[];
      }[];
    },
  };
};

describe('POST /__admin/requests/find', () => {
  it('finds a request by method, path and a body subset; else names the closest and what differed, without secrets', async () => {
    const mock = await startMock();
    stop(() => mock.close());
    const sent = await fetch(`${mock.origin}/ideogram/generate`, {
      method: 'POST',
      headers: { 'Api-Key': 'secret-key-123', 'Content-Type': 'application/json', 'User-Agent': 'near-miss-test' },
      body: JSON.stringify({ image_request: { prompt: 'a lighthouse at dusk', model: 'V_2' } }),
    });
    expect(sent.status).toBe(200);
    await fetch(`${mock.origin}/pixazo/ideogramV_2/v1/describe`, { method: 'POST', headers: { 'Ocp-Apim-Subscription-Key': 'k' } });

    const hit = await find(mock.origin, {
      method: 'POST',
      path: '/generate',
      headers: { 'user-agent': 'near-miss-test' },
      body: { image_request: { model: 'V_2' } },
    });
    expect(hit.status).toBe(200);
    expect(hit.body.requests.map((r) => r.path)).toEqual(['/ideogram/generate']);

    const miss = await find(mock.origin, { method: 'POST', path: '/generate', body: { image_request: { prompt: 'a lighthouse at dawn', model: 'V_2' } } });
    expect(miss.body.requests).toEqual([]);
    const [closest] = miss.body.nearMisses;
    expect(closest.request.path).toBe('/ideogram/generate');
    expect(closest.differences).toEqual([{ field: 'body.image_request.prompt', expected: 'a lighthouse at dawn', actual: 'a lighthouse at dusk' }]);
    expect(JSON.stringify(miss.body)).not.toContain('secret-key-123');
    expect(closest.request.call?.headers['user-agent']).toBe('near-miss-test');
  });

  it('a request refused before its body was read (a bad key) is findable too', async () => {
    const mock = await startMock({ keys: ['good'] });
    stop(() => mock.close());
    await fetch(`${mock.origin}/ideogram/generate`, { method: 'POST', headers: { 'Api-Key': 'bad' } });
    const { body } = await find(mock.origin, { method: 'POST', path: '/generate' });
    expect(body.requests).toHaveLength(1);
  });

  it('an unknown criterion is refused with the list of criteria', async () => {
    const mock = await startMock();
    stop(() => mock.close());
    const res = await find(mock.origin, { url: '/generate' });
    expect(res.status).toBe(400);
  });
});
