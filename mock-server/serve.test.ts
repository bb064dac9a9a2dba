import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { MockOptions } from './options';
import type { LifecycleEvents } from './pipeline/lifecycle';
import type { Outcome } from './pipeline/outcome';
import type { MockRequest } from './pipeline/request';
import { serve } from './serve';

/** A request as plain values, no HTTP; `close` ends the exchange as a client would (answer received, or gone). */
function given(method: string, url: string, sent: { headers?: Record<string, string>; body?: string | Readable } = {}) {
  const over = new AbortController();
  let received: number | undefined;
  const body = typeof sent.body === 'string' || sent.body === undefined ? Buffer.from(sent.body ?? '') : sent.body;
  const length = Buffer.isBuffer(body) && body.length ? { 'content-length': String(body.length) } : {};
  const request: MockRequest = {
    method,
    url,
    headers: { host: '127.0.0.1:4010', ...length, ...sent.headers },
    body,
    signal: over.signal,
    onEnd: (listener) => over.signal.addEventListener('abort', () => listener(received), { once: true }),
    arrival: { protocol: 'http', local: '127.0.0.1:4010', remoteAddress: '127.0.0.1' },
  };
  return { request, close: (status?: number) => ((received = status), over.abort()) };
}

const mock = (options: MockOptions = {}) => createApp({ quiet: true, providers: ['ideogram'], ...options }).mock;
const GENERATE = '/ideogram/v1/ideogram-v3/generate';
const json = (prompt: string) => ({ headers: { 'api-key': 'k', 'content-type': 'application/json' }, body: JSON.stringify({ prompt }) });
const text = (outcome: Outcome) => (outcome.kind === 'reply' || outcome.kind === 'cut' ? String(outcome.body) : '');

describe('serve', () => {
  it('answers a documented request with the example made live: status, headers and body as values', async () => {
    const outcome = await serve(mock(), given('POST', GENERATE, json('a lighthouse')).request);
    expect(outcome.kind).toBe('reply');
    if (outcome.kind !== 'reply') return;
    expect(outcome.status).toBe(200);
    expect(outcome.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(outcome.headers['Content-Length']).toBe(Buffer.byteLength(text(outcome)));
    const body = JSON.parse(text(outcome)) as { data: { prompt: string; url: string }[] };
    expect(body.data[0].prompt).toBe('a lighthouse');
    // Image URLs point back at the mock, on the host and prefix the request arrived with.
    expect(body.data[0].url).toMatch(/^http:\/\/127\.0\.0\.1:4010\/ideogram\/__images\//);
  });

  it('reads a body that arrives as a stream as it reads bytes', async () => {
    const { headers } = json('');
    const streamed = Readable.from([Buffer.from('{"prompt":'), Buffer.from('"streamed"}')]);
    const outcome = await serve(mock(), given('POST', GENERATE, { headers: { ...headers, 'transfer-encoding': 'chunked' }, body: streamed }).request);
    expect(outcome.kind === 'reply' && outcome.status).toBe(200);
    expect((JSON.parse(text(outcome)) as { data: { prompt: string }[] }).data[0].prompt).toBe('streamed');
  });

  it.each([
    { what: 'no key', request: () => given('POST', GENERATE, { headers: { 'content-type': 'application/json' }, body: '{"prompt":"x"}' }), status: 401 },
    {
      what: 'a body that is not JSON',
      request: () => given('POST', GENERATE, { headers: { 'api-key': 'k', 'content-type': 'application/json' }, body: '{"prompt":' }),
      status: 400,
    },
    { what: 'a path no vendor serves', request: () => given('GET', '/nowhere'), status: 404 },
    { what: 'a method the path does not take', request: () => given('DELETE', GENERATE, { headers: { 'api-key': 'k' } }), status: 405 },
  ])('turns a refusal ($what) into the vendor error reply, never a throw', async ({ request, status }) => {
    const outcome = await serve(mock(), request().request);
    expect(outcome).toMatchObject({ kind: 'reply', status, note: expect.any(String) });
    expect(outcome.kind === 'reply' && outcome.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(text(outcome))).toBeTypeOf('object');
  });

  it('acts out faults as outcomes: a reset, a cut body, a timeout held until the client gives up', async () => {
    const ctx = mock({ sleep: (_ms, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true })) });
    const faulty = (fault: string) => {
      const sent = json('x');
      return given('POST', GENERATE, { ...sent, headers: { ...sent.headers, prefer: `fault=${fault}` } });
    };
    expect(await serve(ctx, faulty('reset').request)).toEqual({ kind: 'reset', note: 'fault: reset (Prefer)' });

    const cut = await serve(ctx, faulty('malformed').request);
    expect(cut.kind).toBe('cut');
    expect(() => JSON.parse(text(cut))).toThrow();
    expect(cut.kind === 'cut' && cut.headers['Content-Length']).toBe(Buffer.byteLength(text(cut)));

    const waiting = faulty('timeout');
    let settled = false;
    const timeout = serve(ctx, waiting.request).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    waiting.close();
    expect(await timeout).toEqual({ kind: 'timeout', note: 'fault: timeout (Prefer)' });
  });

  it('tells its observers start, matched, read, answered, and end once the client is done', async () => {
    const ctx = mock();
    const seen: string[] = [];
    const events: (keyof LifecycleEvents)[] = ['start', 'matched', 'read', 'answered', 'end'];
    for (const event of events) ctx.lifecycle.on(event as 'start', (...args: unknown[]) => seen.push(shown(event, args[1])));
    const { request, close } = given('POST', `${GENERATE}?token=secret-value`, json('a lighthouse'));
    const outcome = await serve(ctx, request);
    expect(ctx.inFlight).toBe(1);
    close(outcome.kind === 'reply' ? outcome.status : undefined);
    expect(seen).toEqual(['start', 'matched ideogram v3Generate', 'read {"prompt":"a lighthouse"}', 'answered reply 200', 'end 200']);
    expect(ctx.inFlight).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    const [entry] = await ctx.store.journal.list(undefined, {});
    expect(entry).toMatchObject({
      method: 'POST',
      provider: 'ideogram',
      operationId: 'v3Generate',
      status: 200,
      request: '{"prompt":"a lighthouse"}',
      path: `${GENERATE}?token=<redacted>`,
    });

    function shown(event: string, value: unknown): string {
      const v = value as { provider?: string; operation?: { operationId: string }; sent?: { data?: { fields: unknown } }; kind?: string; status?: number };
      if (event === 'matched') return [event, v.provider, v.operation?.operationId].filter(Boolean).join(' ');
      if (event === 'read') return [event, JSON.stringify(v.sent?.data?.fields)].filter(Boolean).join(' ');
      if (event === 'answered') return `${event} ${v.kind} ${v.status}`;
      if (event === 'end') return `${event} ${v.status ?? 'dropped'}`;
      return event;
    }
  });

  it('tells what a refused request revealed before its refusal: its vendor, the request as read so far', async () => {
    const ctx = mock();
    const seen: unknown[] = [];
    ctx.lifecycle.on('matched', (_exchange, { provider, operation }) => seen.push(['matched', provider, operation?.operationId]));
    ctx.lifecycle.on('read', (_exchange, { sent }) => seen.push(['read', sent.path, sent.data]));
    await serve(ctx, given('POST', GENERATE, { headers: { 'x-mock-namespace': 'not a namespace' } }).request);
    await serve(ctx, given('POST', GENERATE, { headers: { 'content-type': 'application/json' }, body: '{"prompt":"x"}' }).request);
    expect(seen).toEqual([
      ['matched', 'ideogram', undefined],
      ['matched', 'ideogram', 'v3Generate'],
      ['read', '/v1/ideogram-v3/generate', undefined],
    ]);
  });

  it('journals a dropped exchange with status 0 once the mock says why, even when the client left first', async () => {
    const ctx = mock({ sleep: (_ms, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true })) });
    const sent = json('x');
    const { request, close } = given('POST', GENERATE, { ...sent, headers: { ...sent.headers, prefer: 'fault=timeout' } });
    const answering = serve(ctx, request);
    await new Promise((resolve) => setTimeout(resolve, 10));
    close();
    await answering;
    await new Promise((resolve) => setImmediate(resolve));
    expect(await ctx.store.journal.list(undefined, {})).toMatchObject([{ status: 0, note: 'fault: timeout (Prefer)' }]);
    expect(ctx.conditions.held.now).toBe(0);
  });
});
