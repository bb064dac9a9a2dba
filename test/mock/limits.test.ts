/**
 * `--limits vendor`: the vendors' documented limits, read from each spec's `x-limits`, refused with
 * the vendor's own 429. Requests are held in flight by an injected sleep (a gate), and rate windows
 * move on an injected clock: no real time is waited for.
 */
import { describe, expect, it, vi } from 'vitest';
import { startMock } from '../support/start-mock';
import { manualClock } from '../../mock-server/jobs/clock';
import { stopAfterEach } from '../support/stop-after-each';
import { gate } from '../support/request-gate';

const stop = stopAfterEach();

const generate = (origin: string, key: string, signal?: AbortSignal) =>
  fetch(`${origin}/ideogram/generate`, {
    method: 'POST',
    headers: { 'Api-Key': key, 'Content-Type': 'application/json' },
    body: JSON.stringify({ image_request: { prompt: 'a cat' } }),
    signal,
  });

const pixazoGenerate = (origin: string, key: string) =>
  fetch(`${origin}/pixazo/ideogramV_2/v1/generate`, {
    method: 'POST',
    headers: { 'Ocp-Apim-Subscription-Key': key, 'Content-Type': 'application/json' },
    body: JSON.stringify({ image_request: { prompt: 'a cat', model: 'V_2' } }),
  });

describe('Ideogram in-flight limit', () => {
  it('11 concurrent generates with one key: ten 200s and one 429 inflight_limit; another key is unaffected', async () => {
    const held = gate();
    const mock = await startMock({ limits: 'vendor', latency: '1000', sleep: held.sleep });
    stop(() => mock.close());
    const ten = Array.from({ length: 10 }, () => generate(mock.origin, 'org-a-key'));
    await held.reached(10);

    const eleventh = await generate(mock.origin, 'org-a-key');
    expect(eleventh.status).toBe(429);
    const body = (await eleventh.json()) as { error: unknown; reject_reason: unknown };
    expect(body.reject_reason).toBe('inflight_limit');
    expect(typeof body.error).toBe('string');

    const otherKey = generate(mock.origin, 'org-b-key');
    await held.reached(11);
    held.open();
    expect((await Promise.all(ten)).map((r) => r.status)).toEqual(Array(10).fill(200));
    expect((await otherKey).status).toBe(200);
    expect((await mock.journal({ operationId: 'legacyGenerate' })).filter((e) => e.status === 429)).toHaveLength(1);
  });

  it('a request whose client went away no longer counts', async () => {
    const held = gate();
    const mock = await startMock({ limits: 'vendor', latency: '1000', sleep: held.sleep });
    stop(() => mock.close());
    const abandoned = new AbortController();
    const first = generate(mock.origin, 'org-a-key', abandoned.signal).catch((error: Error) => error);
    const nine = Array.from({ length: 9 }, () => generate(mock.origin, 'org-a-key'));
    await held.reached(10);
    abandoned.abort();
    expect(await first).toBeInstanceOf(Error);
    const limiter = mock.app.mock.conditions.limiter!;
    await vi.waitFor(() => expect(limiter.held('ideogram', 'inflight_limit', 'org-a-key')).toBe(9));

    const replacement = generate(mock.origin, 'org-a-key');
    await held.reached(11);
    held.open();
    expect((await replacement).status).toBe(200);
    await Promise.all(nine);
    expect(limiter.held('ideogram', 'inflight_limit', 'org-a-key')).toBe(0);
  });

  it('without --limits, the eleventh is served too', async () => {
    const held = gate();
    const mock = await startMock({ latency: '1000', sleep: held.sleep });
    stop(() => mock.close());
    const eleven = Array.from({ length: 11 }, () => generate(mock.origin, 'org-a-key'));
    await held.reached(11);
    held.open();
    expect((await Promise.all(eleven)).map((r) => r.status)).toEqual(Array(11).fill(200));
  });
});

describe('rate limits', () => {
  it('Pixazo: the gateway 429 with Retry-After once the window is full, served again when it moves on', async () => {
    const clock = manualClock();
    const mock = await startMock({ limits: 'vendor,pixazo.rate=2/10s', clock });
    stop(() => mock.close());
    expect((await pixazoGenerate(mock.origin, 'k1')).status).toBe(200);
    clock.advance(4000);
    expect((await pixazoGenerate(mock.origin, 'k1')).status).toBe(200);

    const refused = await pixazoGenerate(mock.origin, 'k1');
    expect(refused.status).toBe(429);
    // The first request leaves the 10 s window 6 s from now.
    expect(refused.headers.get('retry-after')).toBe('6');
    expect(await refused.json()).toEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 6 seconds.' });
    expect((await pixazoGenerate(mock.origin, 'k2')).status).toBe(200);

    clock.advance(6000);
    expect((await pixazoGenerate(mock.origin, 'k1')).status).toBe(200);
  });

  it('an override naming no documented limit stops the start with the known ones listed', async () => {
    await expect(startMock({ limits: 'vendor,pixazo.nope=3' })).rejects.toThrow(/no such documented limit \(known: .*pixazo\.rate/);
  });
});
