import { describe, expect, it } from 'vitest';
import { manualClock } from '../jobs/clock';
import type { Delivery, Job } from './records';
import { parsePrefer } from '../pipeline/prefer';
import { MemoryStore } from './memory';

let ids = 0;
function job(init: Partial<Job> = {}): Job {
  return { id: `j${++ids}`, ns: '', provider: 'p', operationId: 'op', owner: 'o', createdAt: 0, updatedAt: 0, ticks: 0, shownStep: 0, outcome: 'completed', pace: 'normal', durationMs: 3000, seed: 1, width: 1, height: 1, count: 1, baseUrl: '', ...init };
}

const meta = (createdAt: number, ttlMs = Infinity, multipart = false) => ({ contentType: 'image/png', fileName: 'a.png', createdAt, ttlMs, multipart, uploadToken: 't' });
const entry = (path: string) => ({ at: '', method: 'GET', path, status: 200, ms: 0 });
const delivery = (id: string): Delivery => ({ id, provider: 'p', jobId: 'j', url: 'http://127.0.0.1/', event: 'e', state: 'pending', attempts: [] });

describe('memory store: jobs', () => {
  it('makes room with expired jobs first, then the oldest finished one, never an unfinished one', async () => {
    const clock = manualClock(0);
    const store = new MemoryStore(clock, { maxJobs: 2, jobTtlMs: 1000 });
    const old = job({ createdAt: 0 });
    await store.jobs.add(old);
    clock.advance(1001);
    const running = job({ createdAt: clock.now() });
    const done = job({ createdAt: clock.now(), completedAt: clock.now() });
    expect([await store.jobs.add(running), await store.jobs.add(done)]).toEqual([true, true]);
    expect(await store.jobs.get('', old.id)).toBeUndefined();
    expect(await store.jobs.add(job({ createdAt: clock.now() }))).toBe(true);
    expect(await store.jobs.get('', done.id)).toBeUndefined();
    expect(await store.jobs.add(job({ createdAt: clock.now() }))).toBe(false);
    expect(await store.jobs.get('', running.id)).toEqual(running);
  });

  it('counts a time-mode job finished once its due time passes, and a shift moves that time', async () => {
    const clock = manualClock(0);
    const store = new MemoryStore(clock, { maxJobs: 1 });
    const timed = job({ createdAt: 0, dueAt: 3000 });
    await store.jobs.add(timed);
    expect(await store.jobs.add(job())).toBe(false);
    await store.jobs.change('', timed.id, { shiftMs: 1000 });
    clock.set(2000);
    expect(await store.jobs.add(job())).toBe(true);
  });

  it('forgets a job after its TTL, and hides it from other namespaces', async () => {
    const clock = manualClock(0);
    const store = new MemoryStore(clock, { jobTtlMs: 1000 });
    const a = job({ ns: 'a', createdAt: 0 });
    await store.jobs.add(a);
    expect([await store.jobs.get('a', a.id), await store.jobs.get('b', a.id), await store.jobs.get(undefined, a.id)]).toEqual([a, undefined, a]);
    expect((await store.jobs.page({ ns: 'b' }, { limit: 10 })).jobs.length).toBe(0);
    clock.advance(1001);
    expect([await store.jobs.get('a', a.id), (await store.jobs.page({}, { limit: 10 })).jobs.length]).toEqual([undefined, 0]);
  });

  it('gives each newly shown step to one caller only', async () => {
    const store = new MemoryStore(manualClock(0));
    const j = job();
    await store.jobs.add(j);
    await store.jobs.change('', j.id, { ticks: 2 });
    const claims = await Promise.all([store.jobs.show('', j.id, 2, 5, false), store.jobs.show('', j.id, 2, 5, false), store.jobs.show('', j.id, 1, 5, false)]);
    expect(claims).toEqual([true, false, false]);
    expect(await store.jobs.show('', j.id, 3, 9, true)).toBe(true);
    expect(await store.jobs.get('', j.id)).toMatchObject({ ticks: 2, shownStep: 3, updatedAt: 9, completedAt: 9 });
  });

  it('keeps the first forced ending', async () => {
    const store = new MemoryStore(manualClock(0));
    const j = job();
    await store.jobs.add(j);
    await store.jobs.change('', j.id, { forced: 'cancelled' });
    expect((await store.jobs.change('', j.id, { forced: 'failed' }))?.forced).toBe('cancelled');
  });
});

describe('memory store: journal', () => {
  it('keeps the newest entries past its size, across namespaces', async () => {
    const store = new MemoryStore(manualClock(0), { journalSize: 3 });
    for (const [ns, path] of [['', '/1'], ['a', '/2'], ['', '/3'], ['a', '/4']]) await store.journal.add(ns, entry(path));
    expect((await store.journal.list(undefined)).map((e) => e.path)).toEqual(['/2', '/3', '/4']);
    expect((await store.journal.list('a')).map((e) => [e.path, e.namespace])).toEqual([['/2', 'a'], ['/4', 'a']]);
    expect((await store.journal.list('', { limit: 1 })).map((e) => e.path)).toEqual(['/3']);
  });

  it('clears one namespace and leaves the others in order', async () => {
    const store = new MemoryStore(manualClock(0), { journalSize: 3 });
    for (const [ns, path] of [['a', '/1'], ['b', '/2'], ['a', '/3']]) await store.journal.add(ns, entry(path));
    await store.journal.clear('a');
    await store.journal.add('a', entry('/4'));
    await store.journal.add('a', entry('/5'));
    expect((await store.journal.list(undefined)).map((e) => e.path)).toEqual(['/2', '/4', '/5']);
  });
});

describe('memory store: scenarios, deliveries, files, reset', () => {
  it('takes scenario uses of its own namespace until none remain', async () => {
    const store = new MemoryStore(manualClock(0));
    await store.scenarios.add('a', { operationId: 'op', remaining: 2, prefer: parsePrefer('code=500') });
    expect(await store.scenarios.take('b', 'p', 'op')).toBeUndefined();
    const uses = [await store.scenarios.take('a', 'p', 'op'), await store.scenarios.take('a', 'p', 'op'), await store.scenarios.take('a', 'p', 'op')];
    expect(uses.map((s) => s?.remaining)).toEqual([1, 0, undefined]);
    expect(await store.scenarios.list(undefined)).toEqual([]);
  });

  it('replaces a delivery by id and keeps the newest past its capacity', async () => {
    const store = new MemoryStore(manualClock(0), { deliveries: 2 });
    await store.deliveries.put('', delivery('d1'));
    await store.deliveries.put('a', delivery('d2'));
    await store.deliveries.put('', { ...delivery('d1'), state: 'delivered' });
    expect((await store.deliveries.list(undefined)).map((d) => [d.id, d.state])).toEqual([['d1', 'delivered'], ['d2', 'pending']]);
    await store.deliveries.put('', delivery('d3'));
    expect((await store.deliveries.list('')).map((d) => d.id)).toEqual(['d3']);
  });

  it('resets one namespace without touching another', async () => {
    const store = new MemoryStore(manualClock(0));
    for (const ns of ['a', 'b']) {
      await store.jobs.add(job({ ns }));
      await store.journal.add(ns, entry('/x'));
      await store.scenarios.add(ns, { operationId: 'op', remaining: 1, prefer: {} });
      await store.deliveries.put(ns, delivery(`d-${ns}`));
      await store.files.create(ns, `f-${ns}`, meta(0));
    }
    await store.reset('a');
    const left = async (ns: string) => [await store.jobs.count({ ns }), (await store.journal.list(ns)).length, (await store.scenarios.list(ns)).length, (await store.deliveries.list(ns)).length, (await store.files.get(`f-${ns}`)) ? 1 : 0];
    expect([await left('a'), await left('b')]).toEqual([[0, 0, 0, 0, 0], [1, 1, 1, 1, 1]]);
    await store.reset();
    expect(await left('b')).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('memory store: files', () => {
  const upload = async (store: MemoryStore, id: string, bytes = 1, ttlMs?: number) => {
    await store.files.create('', id, meta(0, ttlMs));
    return store.files.write(id, Buffer.alloc(bytes));
  };
  const kept = async (store: MemoryStore, ...ids: string[]) => Promise.all(ids.map(async (id) => Boolean(await store.files.get(id))));

  it('evicts the oldest file past the count', async () => {
    const store = new MemoryStore(manualClock(0), { maxFiles: 2 });
    for (const id of ['a', 'b', 'c']) await upload(store, id);
    expect(await kept(store, 'a', 'b', 'c')).toEqual([false, true, true]);
  });

  it('evicts the oldest files past the bytes, keeping the one just written', async () => {
    const store = new MemoryStore(manualClock(0), { maxFileBytes: 100 });
    for (const id of ['a', 'b', 'c']) await upload(store, id, 40);
    expect(await kept(store, 'a', 'b', 'c')).toEqual([false, true, true]);
  });

  it('stops serving a file once its lifetime (never above the store\'s) is over', async () => {
    const clock = manualClock(0);
    const store = new MemoryStore(clock, { fileTtlMs: 1000 });
    await upload(store, 'short', 1, 100);
    await upload(store, 'long', 1, 10_000);
    clock.advance(101);
    expect(await kept(store, 'short', 'long')).toEqual([false, true]);
    clock.advance(900);
    expect(await kept(store, 'long')).toEqual([false]);
  });

  it('refuses a file larger than the whole store', async () => {
    const store = new MemoryStore(manualClock(0), { maxFileBytes: 100 });
    expect(await upload(store, 'big', 101)).toBe('too-big');
  });

  it('joins a multipart upload\'s parts in part-number order, and says which never arrived', async () => {
    const store = new MemoryStore(manualClock(0));
    await store.files.create('', 'm', meta(0, undefined, true));
    await store.files.write('m', Buffer.from('world'), 2);
    expect(await store.files.complete('m', [1, 2])).toBe('part 1 never arrived');
    await store.files.write('m', Buffer.from('hello '), 1);
    expect(await store.files.complete('m', [2, 1])).toBeUndefined();
    expect((await store.files.get('m'))?.bytes?.toString()).toBe('hello world');
  });
});
