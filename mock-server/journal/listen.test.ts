import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { MockRequest } from '../pipeline/request';
import { serve } from '../serve';
import { systemClock } from '../jobs/clock';
import { MemoryJournal, MemoryStore } from '../state/memory';
import { approximateBytes, isDeferred } from '../state/policy';
import type { JournalEntry, NewJournalEntry } from '../state/records';

const GENERATE = '/ideogram/v1/ideogram-v3/generate';

/** A JSON request as plain values; `close` ends the exchange as a client that received the answer. */
function given(url: string, body: unknown, headers: Record<string, string> = {}) {
  const over = new AbortController();
  let received: number | undefined;
  const bytes = Buffer.from(JSON.stringify(body));
  const request: MockRequest = {
    method: 'POST',
    url,
    headers: { host: '127.0.0.1:4010', 'content-type': 'application/json', 'content-length': String(bytes.length), 'api-key': 'key-of-the-client', ...headers },
    body: bytes,
    signal: over.signal,
    onEnd: (listener) => over.signal.addEventListener('abort', () => listener(received), { once: true }),
    arrival: { protocol: 'http', local: '127.0.0.1:4010', remoteAddress: '127.0.0.1' },
  };
  return { request, close: (status?: number) => ((received = status), over.abort()) };
}

/** A mock whose journal tells what it was handed, and how often a deferred entry was made. */
function watched() {
  const store = new MemoryStore(systemClock);
  const handed: NewJournalEntry[] = [];
  const counts = { made: 0 };
  const add = store.journal.add.bind(store.journal);
  store.journal.add = (ns, entry) => {
    handed.push(entry);
    if (!isDeferred(entry)) return add(ns, entry);
    const make = entry.make;
    return add(ns, { bytes: entry.bytes, make: () => (counts.made++, make()) });
  };
  const ctx = createApp({ quiet: true, providers: ['ideogram'], store }).mock;
  const exchange = async (url: string, body: unknown, headers?: Record<string, string>) => {
    const { request, close } = given(url, body, headers);
    const outcome = await serve(ctx, request);
    close(outcome.kind === 'reply' ? outcome.status : undefined);
  };
  return { ctx, handed, counts, exchange };
}

describe('journal entries made when read', () => {
  it('hands a small exchange over unmade, makes it once when read, and shows it without its secrets', async () => {
    const { ctx, handed, counts, exchange } = watched();
    await exchange(`${GENERATE}?signature=query-secret-value`, { prompt: 'a lighthouse', webhook_url: 'https://user:hunter2-pass@example.com/hook' });
    expect(handed).toHaveLength(1);
    expect(isDeferred(handed[0])).toBe(true);
    expect(counts.made).toBe(0);

    const [entry] = await ctx.store.journal.list(undefined);
    const again = await ctx.store.journal.list(undefined);
    expect(counts.made).toBe(1);
    expect(again[0]).toBe(entry);
    expect(entry).toMatchObject({ method: 'POST', provider: 'ideogram', operationId: 'v3Generate', status: 200, path: `${GENERATE}?signature=<redacted>` });
    expect(entry.call).toMatchObject({ path: '/v1/ideogram-v3/generate', body: { prompt: 'a lighthouse' } });
    const shown = JSON.stringify(entry);
    for (const secret of ['query-secret-value', 'hunter2-pass', 'key-of-the-client']) expect(shown).not.toContain(secret);
  });

  it('says at least the size of the entry it makes, however the request is shaped', async () => {
    const { ctx, handed, exchange } = watched();
    const shapes: [string, unknown][] = [
      [GENERATE, { prompt: 'x' }],
      [`${GENERATE}?token=a&signature=bb&x=${'q'.repeat(300)}`, { prompt: 'a cat', webhook_url: 'https://a:b@example.com/?token=c' }],
      [GENERATE, { prompt: 'p'.repeat(3000), style_codes: Array.from({ length: 50 }, (_, i) => `c${i}`) }],
      [GENERATE, Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`field_${i}`, i]))],
      [GENERATE, { nested: { deeper: { deepest: ['x', { y: 'z'.repeat(500) }] } } }],
    ];
    for (const [url, body] of shapes) await exchange(url, body);
    const said = handed.map((entry) => (isDeferred(entry) ? entry.bytes : NaN));
    const entries = await ctx.store.journal.list(undefined);
    expect(entries).toHaveLength(shapes.length);
    entries.forEach((entry, i) => expect(said[i]).toBeGreaterThanOrEqual(approximateBytes(entry)));
  });

  it('makes a large exchange at once: the entry keeps a shortened copy, never the body', async () => {
    const { ctx, handed, exchange } = watched();
    await exchange(GENERATE, { prompt: 'a lighthouse '.repeat(2000) });
    expect(isDeferred(handed[0])).toBe(false);
    const [entry] = await ctx.store.journal.list(undefined);
    expect(entry.call?.body).toEqual({ prompt: expect.stringContaining('chars, sha256') });
    expect(approximateBytes(entry)).toBeLessThan(4096);
  });
});

describe('MemoryJournal with deferred entries', () => {
  const deferred = (bytes: number, path: string, extra = '') => ({
    bytes,
    make: (): Omit<JournalEntry, 'id'> => ({ at: '', method: 'GET', path, status: 200, ms: 0, note: extra || undefined }),
  });

  it('keeps them within its bytes by the size they say, the oldest going first', async () => {
    const journal = new MemoryJournal({ count: 10, bytes: 1000 });
    for (let i = 1; i <= 5; i++) await journal.add('', deferred(300, `/${i}`));
    expect((await journal.list(undefined)).map((e) => [e.id, e.path])).toEqual([
      [3, '/3'],
      [4, '/4'],
      [5, '/5'],
    ]);
  });

  it('applies its bound again to what they make when read, the newest staying', async () => {
    const journal = new MemoryJournal({ count: 10, bytes: 1000 });
    await journal.add('a', deferred(10, '/small'));
    await journal.add('b', deferred(10, '/understated', 'x'.repeat(2000)));
    expect((await journal.list(undefined)).map((e) => e.path)).toEqual(['/small', '/understated']);
    // Made, the second is over the whole bound: only it stays, as a single oversized entry always does.
    expect((await journal.list(undefined)).map((e) => [e.path, e.namespace])).toEqual([['/understated', 'b']]);
  });

  it('clears a namespace without making the entries of the others', async () => {
    const journal = new MemoryJournal({ count: 10, bytes: 10_000 });
    let made = 0;
    const counted = (path: string) => ({ bytes: 100, make: () => (made++, deferred(100, path).make()) });
    await journal.add('a', counted('/a'));
    await journal.add('b', counted('/b'));
    await journal.clear('a');
    expect(made).toBe(0);
    expect((await journal.list(undefined)).map((e) => [e.id, e.namespace, e.path])).toEqual([[2, 'b', '/b']]);
  });
});
