/**
 * `--limits vendor` with `--store`: two mocks on one Redis count a key's requests together, in flight
 * and in rate windows, as one vendor behind a balancer would. Requests are held by gates and windows
 * move on an injected clock: no real time is waited for.
 */
import { describe, expect, it, vi } from 'vitest';
import { startMock } from '../support/start-mock';
import { manualClock } from '../../mock-server/jobs/clock';
import { stopAfterEach } from '../support/stop-after-each';
import { gate } from '../support/request-gate';
import { openTestStore, redisClusterUrl, redisUrl, storeKeys, twinOf } from '../support/redis';

const stop = stopAfterEach();

const post = (origin: string, path: string, headers: Record<string, string>, body: unknown) =>
  fetch(`${origin}${path}`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const generate = (origin: string, key: string) => post(origin, '/ideogram/generate', { 'Api-Key': key }, { image_request: { prompt: 'a cat' } });
const pixazoGenerate = (origin: string, key: string) =>
  post(origin, '/pixazo/ideogramV_2/v1/generate', { 'Ocp-Apim-Subscription-Key': key }, { image_request: { prompt: 'a cat', model: 'V_2' } });

/** Two mocks sharing one store (each its own connection), with these options. */
async function twoMocks(
  url: string,
  options: Parameters<typeof startMock>[0] & { clock?: ReturnType<typeof manualClock> },
  sleeps: [Parameters<typeof startMock>[0], Parameters<typeof startMock>[0]] = [{}, {}],
) {
  const clock = options.clock ?? manualClock();
  const store = await openTestStore(url, clock);
  const twin = await twinOf(store, url, clock);
  const a = await startMock({ ...options, ...sleeps[0], store });
  const b = await startMock({ ...options, ...sleeps[1], store: twin });
  stop(async () => {
    await Promise.all([a.close(), b.close()]);
    await twin.close();
    await store.close();
  });
  return { a, b, store };
}

describe.each([
  ['Redis', redisUrl()],
  ['a Redis Cluster', redisClusterUrl()],
])('vendor limits in the shared store on %s', (_name, url) => {
  if (!url) return it.skip('skipped: its server is not named (REDIS_URL, REDIS_CLUSTER_URL)');
  it('Ideogram in flight: six on one mock and four on the other fill the key; the eleventh, on either, is refused', async () => {
    const held = [gate(), gate()];
    const { a, b, store } = await twoMocks(url!, { limits: 'vendor', latency: '1000' }, [{ sleep: held[0].sleep }, { sleep: held[1].sleep }]);
    const ten = [...Array.from({ length: 6 }, () => generate(a.origin, 'org-a-key')), ...Array.from({ length: 4 }, () => generate(b.origin, 'org-a-key'))];
    await Promise.all([held[0].reached(6), held[1].reached(4)]);

    const eleventh = await generate(b.origin, 'org-a-key');
    expect(eleventh.status).toBe(429);
    expect(((await eleventh.json()) as { reject_reason: string }).reject_reason).toBe('inflight_limit');
    expect((await generate(a.origin, 'org-a-key')).status).toBe(429);
    const otherKey = generate(a.origin, 'org-b-key');
    await held[0].reached(7);

    for (const each of held) each.open();
    expect((await Promise.all(ten)).map((r) => r.status)).toEqual(Array(10).fill(200));
    expect((await otherKey).status).toBe(200);
    // Every count ends with its response; none is left behind in Redis, and the key is served again.
    await vi.waitFor(async () => expect(await storeKeys(store, 'limit:in-flight:*')).toEqual([]));
    expect((await generate(b.origin, 'org-a-key')).status).toBe(200);
  });

  it('Pixazo rate window: requests on both mocks fill it, Retry-After counts from the oldest, a reset of everything empties it', async () => {
    const clock = manualClock();
    const { a, b, store } = await twoMocks(url!, { limits: 'vendor,pixazo.rate=2/10s', clock });
    expect((await pixazoGenerate(a.origin, 'k1')).status).toBe(200);
    clock.advance(4000);
    expect((await pixazoGenerate(b.origin, 'k1')).status).toBe(200);

    const refused = await pixazoGenerate(a.origin, 'k1');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('6');
    expect((await pixazoGenerate(b.origin, 'k2')).status).toBe(200);
    // The window's key holds no API key, only its digest.
    expect((await storeKeys(store, 'limit:*')).join()).not.toContain('k1');

    clock.advance(6000);
    expect((await pixazoGenerate(b.origin, 'k1')).status).toBe(200);
    expect((await pixazoGenerate(a.origin, 'k1')).status).toBe(429);
    await b.reset();
    expect((await pixazoGenerate(a.origin, 'k1')).status).toBe(200);
  });
});
