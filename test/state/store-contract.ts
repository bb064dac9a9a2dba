/**
 * What every StateStore must do, as one table of behaviours that each store's test file runs
 * (memory-store.test.ts, remote-store.test.ts, redis-store.test.ts, redis-cluster.test.ts): the app
 * cannot tell which store it was given.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { manualClock, type ManualClock } from '../../mock-server/jobs/clock';
import type { Delivery, Job } from '../../mock-server/state/records';
import type { FileMeta, JobIndex, StateStore } from '../../mock-server/state/store';
import type { StoreOptions } from '../../mock-server/state/policy';
import { stopAfterEach } from '../support/stop-after-each';

/** Opens a fresh, empty store on this clock; the table closes it after each test. */
export type OpenStore = (clock: ManualClock, limits: StoreOptions) => Promise<StateStore>;

const HOUR = 60 * 60 * 1000;

export function job(clock: ManualClock, id: string, fields: Partial<Job> = {}): Job {
  const now = clock.now();
  return {
    id,
    ns: '',
    provider: 'pixazo',
    operationId: 'removeBackground',
    owner: 'key-1',
    createdAt: now,
    updatedAt: now,
    completedAt: undefined,
    dueAt: undefined,
    ticks: 0,
    shownStep: 0,
    outcome: 'completed',
    pace: 'normal',
    forced: undefined,
    durationMs: 3000,
    seed: 42,
    width: 1024,
    height: 768,
    count: 1,
    baseUrl: 'http://127.0.0.1:4010/pixazo',
    webhookUrl: undefined,
    ...fields,
  };
}

function delivery(id: string, state: Delivery['state'] = 'pending'): Delivery {
  return { id, provider: 'magnific', jobId: 'job-1', url: 'http://127.0.0.1:9/hook', event: 'task.completed', state, attempts: [] };
}

function entry(path: string) {
  return { at: '2026-01-01T00:00:00.000Z', method: 'POST', provider: 'pixazo', operationId: 'v2Generate', path, status: 200, ms: 1 };
}

const ids = (jobs: Job[]) => jobs.map((each) => each.id);

/** Every job of an index, oldest first, read two at a time so that every listing also walks its cursor. */
async function listed(store: StateStore, index: JobIndex): Promise<Job[]> {
  const out: Job[] = [];
  let after: number | undefined;
  do {
    const page = await store.jobs.page(index, { limit: 2, after });
    out.push(...page.jobs);
    after = page.next;
  } while (after !== undefined);
  return out;
}

function fileMeta(clock: ManualClock, fields: Partial<FileMeta> = {}): FileMeta {
  return { contentType: 'image/png', fileName: 'cat.png', createdAt: clock.now(), ttlMs: Infinity, multipart: false, uploadToken: 'token-1', ...fields };
}

export function storeContract(name: string, open: OpenStore) {
  describe(`${name} keeps the StateStore contract`, () => {
    const stopLater = stopAfterEach();
    async function fresh(limits: StoreOptions = {}) {
      const clock = manualClock();
      const store = await open(clock, { jobTtlMs: HOUR, maxJobs: 100, journalSize: 100, ...limits });
      stopLater(() => store.close());
      return { clock, store };
    }

    it('adds jobs, finds each by namespace and id, and lists them oldest first with their filters', async () => {
      const { clock, store } = await fresh();
      const first = job(clock, 'job-a', { webhookUrl: 'http://127.0.0.1:9/hook' });
      expect(await store.jobs.add(first)).toBe(true);
      clock.advance(10);
      expect(await store.jobs.add(job(clock, 'job-b', { provider: 'magnific', owner: 'key-2' }))).toBe(true);
      expect(await store.jobs.add(job(clock, 'job-c', { ns: 'worker-2' }))).toBe(true);

      expect(await store.jobs.get('', 'job-a')).toEqual(first);
      expect(await store.jobs.get('worker-2', 'job-a')).toBeUndefined();
      expect((await store.jobs.get(undefined, 'job-c'))?.ns).toBe('worker-2');
      expect(await store.jobs.get('', 'job-unknown')).toBeUndefined();
      expect(ids(await listed(store, { ns: '' }))).toEqual(['job-a', 'job-b']);
      expect(ids(await listed(store, {}))).toEqual(['job-a', 'job-b', 'job-c']);
      expect(ids(await listed(store, { provider: 'pixazo' }))).toEqual(['job-a', 'job-c']);
      expect(ids(await listed(store, { ns: '', provider: 'magnific', owner: 'key-2' }))).toEqual(['job-b']);
      expect(await store.jobs.count()).toBe(3);
      expect(await store.jobs.count({ ns: 'worker-2' })).toBe(1);
    });

    it('pages every index from a cursor, oldest or newest first, and keeps each index count through evictions, resets and expiry', async () => {
      const { clock, store } = await fresh({ jobTtlMs: 1000, maxJobs: 5 });
      await store.jobs.add(job(clock, 'a1', { ns: 'a' }));
      await store.jobs.add(job(clock, 'a2', { ns: 'a', provider: 'magnific' }));
      await store.jobs.add(job(clock, 'a3', { ns: 'a', owner: 'key-2' }));
      await store.jobs.add(job(clock, 'b1', { ns: 'b' }));
      // Names that would read as another index's if they were not escaped.
      await store.jobs.add(job(clock, 'odd', { ns: 'a:provider:pixazo', provider: 'pixazo:owner' }));

      const first = await store.jobs.page({ ns: 'a' }, { limit: 2 });
      expect([ids(first.jobs), first.next === undefined]).toEqual([['a1', 'a2'], false]);
      const rest = await store.jobs.page({ ns: 'a' }, { limit: 2, after: first.next });
      expect([ids(rest.jobs), rest.next]).toEqual([['a3'], undefined]);
      const newest = await store.jobs.page({ ns: 'a' }, { limit: 2, newestFirst: true });
      expect(ids(newest.jobs)).toEqual(['a3', 'a2']);
      expect(ids((await store.jobs.page({ ns: 'a' }, { limit: 2, newestFirst: true, after: newest.next })).jobs)).toEqual(['a1']);
      expect(ids((await store.jobs.page({ ns: 'a', provider: 'pixazo', owner: 'key-1' }, { limit: 10 })).jobs)).toEqual(['a1']);

      const counts = async () =>
        Promise.all(
          [{}, { ns: 'a' }, { provider: 'pixazo' }, { ns: 'a', provider: 'pixazo' }, { ns: 'a', provider: 'pixazo', owner: 'key-2' }, { ns: 'c' }].map(
            (index) => store.jobs.count(index),
          ),
        );
      expect(await counts()).toEqual([5, 3, 3, 2, 1, 0]);
      await store.jobs.change('a', 'a3', { forced: 'cancelled' });
      expect(await store.jobs.add(job(clock, 'b2', { ns: 'b' }))).toBe(true);
      expect(await counts()).toEqual([5, 2, 3, 1, 0, 0]);
      await store.reset('a');
      expect(await counts()).toEqual([3, 0, 2, 0, 0, 0]);
      expect(ids(await listed(store, {}))).toEqual(['b1', 'odd', 'b2']);
      clock.advance(1001);
      expect(await counts()).toEqual([0, 0, 0, 0, 0, 0]);
      expect(await store.jobs.page({ ns: 'b' }, { limit: 2 })).toEqual({ jobs: [] });
    });

    it('forgets a job once its TTL has passed on the mock clock, and makes room from expired jobs first', async () => {
      const { clock, store } = await fresh({ jobTtlMs: 1000, maxJobs: 2 });
      await store.jobs.add(job(clock, 'old-1'));
      await store.jobs.add(job(clock, 'old-2'));
      clock.advance(1000);
      expect(await store.jobs.get('', 'old-1')).toBeDefined();
      clock.advance(1);
      expect(await store.jobs.get('', 'old-1')).toBeUndefined();
      expect(await listed(store, {})).toEqual([]);
      expect(await store.jobs.add(job(clock, 'new-1'))).toBe(true);
      expect(await store.jobs.add(job(clock, 'new-2'))).toBe(true);
      expect(await store.jobs.count()).toBe(2);
      expect(ids(await listed(store, {}))).toEqual(['new-1', 'new-2']);
    });

    it('at capacity drops only the oldest finished job, and refuses when every job is unfinished', async () => {
      const { clock, store } = await fresh({ maxJobs: 3 });
      await store.jobs.add(job(clock, 'running-1'));
      await store.jobs.add(job(clock, 'shown-done'));
      await store.jobs.add(job(clock, 'cancelled'));
      expect(await store.jobs.add(job(clock, 'refused'))).toBe(false);
      expect(await store.jobs.get('', 'refused')).toBeUndefined();

      await store.jobs.change('', 'cancelled', { forced: 'cancelled' });
      await store.jobs.show('', 'shown-done', 2, clock.now(), true);
      expect(await store.jobs.add(job(clock, 'next-1'))).toBe(true);
      expect(ids(await listed(store, {}))).toEqual(['running-1', 'cancelled', 'next-1']);
      expect(await store.jobs.add(job(clock, 'next-2'))).toBe(true);
      expect(ids(await listed(store, {}))).toEqual(['running-1', 'next-1', 'next-2']);
      expect(await store.jobs.add(job(clock, 'refused-again'))).toBe(false);
    });

    it('makes room with expired jobs first, then the oldest finished one (finished when added too), never an unfinished one', async () => {
      const { clock, store } = await fresh({ maxJobs: 2, jobTtlMs: 1000 });
      const old = job(clock, 'old');
      await store.jobs.add(old);
      clock.advance(1001);
      const running = job(clock, 'running');
      const done = job(clock, 'done', { completedAt: clock.now() });
      expect([await store.jobs.add(running), await store.jobs.add(done)]).toEqual([true, true]);
      expect(await store.jobs.get('', old.id)).toBeUndefined();
      expect(await store.jobs.add(job(clock, 'next'))).toBe(true);
      expect(await store.jobs.get('', done.id)).toBeUndefined();
      expect(await store.jobs.add(job(clock, 'refused'))).toBe(false);
      expect(await store.jobs.get('', running.id)).toEqual(running);
    });

    it('forgets a job after its TTL, and hides it from other namespaces', async () => {
      const { clock, store } = await fresh({ jobTtlMs: 1000 });
      const a = job(clock, 'in-a', { ns: 'a' });
      await store.jobs.add(a);
      expect([await store.jobs.get('a', a.id), await store.jobs.get('b', a.id), await store.jobs.get(undefined, a.id)]).toEqual([a, undefined, a]);
      expect((await store.jobs.page({ ns: 'b' }, { limit: 10 })).jobs.length).toBe(0);
      clock.advance(1001);
      expect([await store.jobs.get('a', a.id), (await store.jobs.page({}, { limit: 10 })).jobs.length]).toEqual([undefined, 0]);
    });

    it('makes room with the oldest ended job before any past its due time, then with the one due first, however old', async () => {
      const { clock, store } = await fresh({ maxJobs: 3 });
      await store.jobs.add(job(clock, 'due-late', { dueAt: clock.now() + 2000 }));
      await store.jobs.add(job(clock, 'due-early', { dueAt: clock.now() + 1000 }));
      await store.jobs.add(job(clock, 'cancelled'));
      await store.jobs.change('', 'cancelled', { forced: 'cancelled' });
      clock.advance(2000);
      expect(await store.jobs.add(job(clock, 'first'))).toBe(true);
      expect(ids(await listed(store, {}))).toEqual(['due-late', 'due-early', 'first']);
      expect(await store.jobs.add(job(clock, 'second'))).toBe(true);
      expect(ids(await listed(store, {}))).toEqual(['due-late', 'first', 'second']);
    });

    it('counts a time-mode job finished once its due time passes, and a shift moves that time', async () => {
      const { clock, store } = await fresh({ maxJobs: 1 });
      const start = clock.now();
      await store.jobs.add(job(clock, 'timed', { dueAt: start + 3000 }));
      expect(await store.jobs.add(job(clock, 'early'))).toBe(false);
      await store.jobs.change('', 'timed', { shiftMs: 1000 });
      clock.set(start + 2000);
      expect(await store.jobs.add(job(clock, 'after-the-shift'))).toBe(true);
    });

    it('counts a time-mode job as finished once its due time has come', async () => {
      const { clock, store } = await fresh({ maxJobs: 1 });
      await store.jobs.add(job(clock, 'timed', { dueAt: clock.now() + 3000 }));
      expect(await store.jobs.add(job(clock, 'early'))).toBe(false);
      clock.advance(3000);
      expect(await store.jobs.add(job(clock, 'on-time'))).toBe(true);
      expect(ids(await listed(store, {}))).toEqual(['on-time']);
    });

    it('applies concurrent changes without losing one: ticks add up, a shift moves creation and due time, the first forced end stays', async () => {
      const { clock, store } = await fresh();
      const created = clock.now();
      await store.jobs.add(job(clock, 'busy', { dueAt: created + 3000 }));
      await Promise.all(Array.from({ length: 20 }, () => store.jobs.change('', 'busy', { ticks: 1 })));
      const shifted = await store.jobs.change('', 'busy', { shiftMs: 750, ticks: 3 });
      expect(shifted).toMatchObject({ ticks: 23, createdAt: created - 750, dueAt: created + 2250 });
      expect((await store.jobs.change('', 'busy', { forced: 'cancelled' }))?.forced).toBe('cancelled');
      expect((await store.jobs.change('', 'busy', { forced: 'failed' }))?.forced).toBe('cancelled');
      expect(await store.jobs.get('', 'busy')).toMatchObject({ ticks: 23, forced: 'cancelled' });
      expect(await store.jobs.change('other', 'busy', { ticks: 1 })).toBeUndefined();
      expect(await store.jobs.change('', 'gone', { ticks: 1 })).toBeUndefined();
    });

    it('lets exactly one of many concurrent callers claim a newly shown step, and only forward', async () => {
      const { clock, store } = await fresh();
      await store.jobs.add(job(clock, 'watched'));
      clock.advance(5);
      const claims = await Promise.all(Array.from({ length: 12 }, () => store.jobs.show('', 'watched', 1, clock.now(), false)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.jobs.show('', 'watched', 1, clock.now(), false)).toBe(false);
      expect(await store.jobs.show('', 'watched', 0, clock.now(), false)).toBe(false);
      expect(await store.jobs.show('other', 'watched', 2, clock.now(), true)).toBe(false);
      expect(await store.jobs.get('', 'watched')).toMatchObject({ shownStep: 1, updatedAt: clock.now() });
      expect((await store.jobs.get('', 'watched'))?.completedAt).toBeUndefined();
      clock.advance(5);
      expect(await store.jobs.show('', 'watched', 2, clock.now(), true)).toBe(true);
      expect(await store.jobs.get('', 'watched')).toMatchObject({ shownStep: 2, updatedAt: clock.now(), completedAt: clock.now() });
    });

    it('gives each newly shown step to one caller only, and leaves the ticks as they were', async () => {
      const { clock, store } = await fresh();
      const j = job(clock, 'shown');
      await store.jobs.add(j);
      await store.jobs.change('', j.id, { ticks: 2 });
      const claims = await Promise.all([
        store.jobs.show('', j.id, 2, 5, false),
        store.jobs.show('', j.id, 2, 5, false),
        store.jobs.show('', j.id, 1, 5, false),
      ]);
      expect(claims).toEqual([true, false, false]);
      expect(await store.jobs.show('', j.id, 3, 9, true)).toBe(true);
      expect(await store.jobs.get('', j.id)).toMatchObject({ ticks: 2, shownStep: 3, updatedAt: 9, completedAt: 9 });
    });

    it('leases a due job with a webhook to one holder at a time, and to another once the lease runs out', async () => {
      const { clock, store } = await fresh();
      await store.jobs.add(job(clock, 'hooked', { webhookUrl: 'http://127.0.0.1:9/hook' }));
      await store.jobs.add(job(clock, 'polled'));
      const takes = await Promise.all(Array.from({ length: 8 }, (_, i) => store.jobs.leaseDue(clock.now(), 1000, 10, `holder-${i}`)));
      expect(takes.flat()).toEqual([{ ns: '', id: 'hooked', sent: 0, attempts: 0 }]);
      expect(await store.jobs.lease('', 'hooked', clock.now(), 1000, 'other')).toBeUndefined();
      expect(await store.jobs.lease('', 'polled', clock.now(), 1000, 'other')).toBeUndefined();
      // The holder died without a word: the job is due again when its lease ends, with the progress it recorded.
      clock.advance(999);
      expect(await store.jobs.leaseDue(clock.now(), 1000, 10, 'other')).toEqual([]);
      clock.advance(1);
      expect(await store.jobs.leaseDue(clock.now(), 1000, 10, 'other')).toEqual([{ ns: '', id: 'hooked', sent: 0, attempts: 0 }]);
    });

    it('records a holder’s progress, schedules the next visit, and makes a job due at once when a shown step is unsent', async () => {
      const { clock, store } = await fresh();
      await store.jobs.add(job(clock, 'hooked', { webhookUrl: 'http://127.0.0.1:9/hook' }));
      const [lease] = await store.jobs.leaseDue(clock.now(), 1000, 10, 'a');
      await store.jobs.show('', 'hooked', 1, clock.now(), false);
      expect(await store.jobs.record('', 'hooked', 'a', clock.now(), { sent: 1, attempts: 0, dueAt: clock.now() + 500 })).toBe(true);
      expect(await store.jobs.leaseDue(clock.now() + 499, 1000, 10, 'b')).toEqual([]);
      expect(await store.jobs.leaseDue(clock.now() + 500, 1000, 10, 'b')).toEqual([{ ...lease, sent: 1 }]);
      // The old holder's lease is gone: its record keeps the progress (forward only) but schedules nothing.
      expect(await store.jobs.record('', 'hooked', 'a', clock.now(), { sent: 0, attempts: 3 })).toBe(false);
      // A poll showed step 2 while b held it: b's record, meaning to wait, makes it due now instead.
      await store.jobs.show('', 'hooked', 2, clock.now(), true);
      expect(await store.jobs.record('', 'hooked', 'b', clock.now(), { sent: 1, attempts: 2, dueAt: clock.now() + 60_000 })).toBe(true);
      expect(await store.jobs.leaseDue(clock.now(), 1000, 10, 'c')).toEqual([{ ...lease, sent: 1, attempts: 2 }]);
      expect(await store.jobs.record('', 'hooked', 'c', clock.now(), { sent: 2, attempts: 0 })).toBe(true);
      clock.advance(HOUR / 2);
      expect(await store.jobs.leaseDue(clock.now(), 1000, 10, 'd')).toEqual([]);
    });

    it('keeps the first value stored under a shared name, whoever asks next', async () => {
      const { store } = await fresh();
      const first = await Promise.all(['one', 'two', 'three'].map((value) => store.shared('signing-key', value)));
      expect(new Set(first).size).toBe(1);
      expect(await store.shared('signing-key', 'four')).toBe(first[0]);
      expect(await store.shared('other', 'five')).toBe('five');
    });

    it('keeps namespaces apart in jobs, journal, scenarios and deliveries', async () => {
      const { clock, store } = await fresh();
      await store.jobs.add(job(clock, 'job-a', { ns: 'a' }));
      await store.journal.add('a', entry('/a'));
      await store.journal.add('b', entry('/b'));
      await store.journal.add('', entry('/none'));
      await store.scenarios.add('a', { operationId: 'v2Generate', remaining: 1, prefer: { code: 429 } });
      await store.deliveries.put('a', delivery('msg-a'));

      expect(await store.jobs.get('b', 'job-a')).toBeUndefined();
      expect(await listed(store, { ns: 'b' })).toEqual([]);
      expect((await store.journal.list('a')).map((e) => [e.path, e.namespace])).toEqual([['/a', 'a']]);
      expect((await store.journal.list('')).map((e) => e.path)).toEqual(['/none']);
      expect((await store.journal.list(undefined)).map((e) => e.path)).toEqual(['/a', '/b', '/none']);
      expect(await store.scenarios.take('b', 'pixazo', 'v2Generate')).toBeUndefined();
      expect(await store.scenarios.list('b')).toEqual([]);
      expect(await store.deliveries.list('b')).toEqual([]);
      expect((await store.scenarios.take('a', 'pixazo', 'v2Generate'))?.prefer).toEqual({ code: 429 });
      expect(await store.deliveries.list('a')).toEqual([delivery('msg-a')]);
    });

    it('bounds the journal across namespaces, oldest out first, with rising ids and the list filters', async () => {
      const { store } = await fresh({ journalSize: 3 });
      for (const [ns, path] of [
        ['a', '/1'],
        ['b', '/2'],
        ['a', '/3'],
        ['b', '/4'],
        ['', '/5'],
      ])
        await store.journal.add(ns, entry(path));
      const kept = await store.journal.list(undefined);
      expect(kept.map((e) => e.path)).toEqual(['/3', '/4', '/5']);
      expect(kept.map((e) => e.id)).toEqual([...kept.map((e) => e.id)].sort((x, y) => x - y));
      expect(new Set(kept.map((e) => e.id)).size).toBe(3);
      expect((await store.journal.list(undefined, { limit: 2 })).map((e) => e.path)).toEqual(['/4', '/5']);
      expect((await store.journal.list(undefined, { path: '/4' })).map((e) => e.path)).toEqual(['/4']);
      expect(await store.journal.list(undefined, { provider: 'magnific' })).toEqual([]);
      await store.journal.clear('b');
      expect((await store.journal.list(undefined)).map((e) => e.path)).toEqual(['/3', '/5']);
    });

    it('keeps the newest entries past its size, across namespaces, each listed in its own', async () => {
      const { store } = await fresh({ journalSize: 3 });
      for (const [ns, path] of [
        ['', '/1'],
        ['a', '/2'],
        ['', '/3'],
        ['a', '/4'],
      ])
        await store.journal.add(ns, entry(path));
      expect((await store.journal.list(undefined)).map((e) => e.path)).toEqual(['/2', '/3', '/4']);
      expect((await store.journal.list('a')).map((e) => [e.path, e.namespace])).toEqual([
        ['/2', 'a'],
        ['/4', 'a'],
      ]);
      expect((await store.journal.list('', { limit: 1 })).map((e) => e.path)).toEqual(['/3']);
    });

    it('clears one namespace of the journal and leaves the others in order, with room for new entries', async () => {
      const { store } = await fresh({ journalSize: 3 });
      for (const [ns, path] of [
        ['a', '/1'],
        ['b', '/2'],
        ['a', '/3'],
      ])
        await store.journal.add(ns, entry(path));
      await store.journal.clear('a');
      await store.journal.add('a', entry('/4'));
      await store.journal.add('a', entry('/5'));
      expect((await store.journal.list(undefined)).map((e) => e.path)).toEqual(['/2', '/4', '/5']);
    });

    it('bounds the journal by bytes as well: large entries push the oldest out, the newest always stays', async () => {
      const { store } = await fresh({ journalSize: 100, journalBytes: 10_000 });
      for (let i = 1; i <= 10; i++) await store.journal.add('', { ...entry(`/${i}`), note: 'x'.repeat(3000) });
      const kept = (await store.journal.list(undefined)).map((e) => e.path);
      expect(kept.length).toBeGreaterThanOrEqual(1);
      expect(kept.length).toBeLessThanOrEqual(3);
      expect(kept.at(-1)).toBe('/10');
      await store.journal.add('', { ...entry('/huge'), note: 'x'.repeat(20_000) });
      expect((await store.journal.list(undefined)).map((e) => e.path)).toEqual(['/huge']);
      await store.journal.add('', entry('/small'));
      expect((await store.journal.list(undefined)).map((e) => e.path)).toEqual(['/small']);
    });

    it('hands out a scenario use exactly as many times as it has, under concurrency', async () => {
      const { store } = await fresh();
      const added = await store.scenarios.add('', { provider: 'pixazo', operationId: 'v2Generate', remaining: 3, prefer: { code: 500 } });
      await store.scenarios.add('', { operationId: 'v3Generate', remaining: 1, prefer: { example: 'queued' } });
      expect(await store.scenarios.take('', 'magnific', 'v2Generate')).toBeUndefined();
      const taken = await Promise.all(Array.from({ length: 10 }, () => store.scenarios.take('', 'pixazo', 'v2Generate')));
      expect(
        taken
          .filter(Boolean)
          .map((s) => s!.remaining)
          .sort(),
      ).toEqual([0, 1, 2]);
      expect(taken.find(Boolean)).toMatchObject({ id: added.id, operationId: 'v2Generate', prefer: { code: 500 } });
      expect((await store.scenarios.list('')).map((s) => s.operationId)).toEqual(['v3Generate']);
      expect((await store.scenarios.take('', 'fal', 'v3Generate'))?.prefer).toEqual({ example: 'queued' });
      expect(await store.scenarios.list(undefined)).toEqual([]);
    });

    it('takes scenario uses of its own namespace until none remain', async () => {
      const { store } = await fresh();
      await store.scenarios.add('a', { operationId: 'op', remaining: 2, prefer: { code: 500 } });
      expect(await store.scenarios.take('b', 'p', 'op')).toBeUndefined();
      const uses = [await store.scenarios.take('a', 'p', 'op'), await store.scenarios.take('a', 'p', 'op'), await store.scenarios.take('a', 'p', 'op')];
      expect(uses.map((s) => s?.remaining)).toEqual([1, 0, undefined]);
      expect(await store.scenarios.list(undefined)).toEqual([]);
    });

    it('replaces a delivery by id in place and keeps only the newest past its bound, all namespaces together', async () => {
      const { store } = await fresh({ deliveries: 2 });
      await store.deliveries.put('', delivery('msg-1'));
      await store.deliveries.put('a', delivery('msg-2'));
      await store.deliveries.put('', delivery('msg-1', 'delivered'));
      expect((await store.deliveries.list(undefined)).map((d) => [d.id, d.state])).toEqual([
        ['msg-1', 'delivered'],
        ['msg-2', 'pending'],
      ]);
      await store.deliveries.put('', delivery('msg-3'));
      expect((await store.deliveries.list(undefined)).map((d) => d.id)).toEqual(['msg-2', 'msg-3']);
      expect((await store.deliveries.list('')).map((d) => d.id)).toEqual(['msg-3']);
    });

    it('bounds deliveries by bytes as well, the oldest out first, never the one just written', async () => {
      const { store } = await fresh({ deliveries: 100, deliveryBytes: 5000 });
      const big = (id: string) => ({ ...delivery(id), url: `http://127.0.0.1:9/${'h'.repeat(2000)}` });
      for (const id of ['msg-1', 'msg-2', 'msg-3', 'msg-4']) await store.deliveries.put('', big(id));
      const kept = (await store.deliveries.list(undefined)).map((d) => d.id);
      expect(kept.length).toBeLessThanOrEqual(2);
      expect(kept.at(-1)).toBe('msg-4');
      await store.deliveries.put('', { ...delivery('msg-5'), url: `http://127.0.0.1:9/${'h'.repeat(9000)}` });
      expect((await store.deliveries.list(undefined)).map((d) => d.id)).toEqual(['msg-5']);
    });

    it('keeps files by id with their bytes, joins multipart parts in number order, and says why it cannot', async () => {
      const { clock, store } = await fresh();
      const bytes = Buffer.from([0, 255, 10, 13, 128]);
      await store.files.create('worker-1', 'whole', fileMeta(clock));
      expect((await store.files.get('whole'))?.bytes).toBeUndefined();
      expect(await store.files.write('whole', bytes)).toBe('ok');
      const whole = await store.files.get('whole');
      expect([whole?.meta, whole?.bytes]).toEqual([fileMeta(clock, { ttlMs: 24 * HOUR }), bytes]);
      expect(await store.files.get('unknown')).toBeUndefined();
      expect(await store.files.write('unknown', bytes)).toBe('gone');

      await store.files.create('', 'parts', fileMeta(clock, { multipart: true }));
      expect(await store.files.complete('parts', [])).toBe('no parts were listed');
      await store.files.write('parts', Buffer.from('world'), 2);
      expect(await store.files.complete('parts', [3, 1, 2])).toBe('parts 3, 1 never arrived');
      await store.files.write('parts', Buffer.from('hello '), 1);
      expect(await store.files.complete('parts', [2, 1])).toBeUndefined();
      expect((await store.files.get('parts'))?.bytes?.toString()).toBe('hello world');
      expect(await store.files.complete('parts', [1, 2])).toBe('the upload is already complete');
      expect(await store.files.complete('whole', [1])).toBe('this upload was not started as a multipart upload');
      expect(await store.files.complete('unknown', [1])).toBe('the file has expired or was evicted');
    });

    it('takes a file’s bytes up to the last millisecond of its lifetime', async () => {
      // A lifetime long enough that Redis's own expiry (by the wall clock) never comes first.
      const { clock, store } = await fresh({ fileTtlMs: 60_000 });
      await store.files.create('', 'last-call', fileMeta(clock));
      clock.advance(60_000);
      expect(await store.files.write('last-call', Buffer.from('just in time'))).toBe('ok');
      expect((await store.files.get('last-call'))?.bytes?.toString()).toBe('just in time');
      clock.advance(1);
      expect(await store.files.get('last-call')).toBeUndefined();
    });

    it("lists a namespace's unexpired files oldest first, facts kept, and removes one by id", async () => {
      const { clock, store } = await fresh({ fileTtlMs: 1000 });
      await store.files.create('a', 'old', fileMeta(clock, { ttlMs: 500, facts: { owner: 'u1', metadata: { n: 1 } } }));
      await store.files.create('b', 'other', fileMeta(clock));
      await store.files.create('a', 'kept', fileMeta(clock, { facts: { owner: 'u2' } }));
      await store.files.write('kept', Buffer.from('bytes'));
      expect((await store.files.list('a')).map((f) => [f.id, f.meta.facts])).toEqual([
        ['old', { owner: 'u1', metadata: { n: 1 } }],
        ['kept', { owner: 'u2' }],
      ]);
      clock.advance(501);
      expect((await store.files.list('a')).map((f) => f.id)).toEqual(['kept']);
      expect(await store.files.remove('kept')).toBe(true);
      expect(await store.files.get('kept')).toBeUndefined();
      expect(await store.files.list('a')).toEqual([]);
      expect(await store.files.remove('kept')).toBe(false);
      expect(await store.files.remove('old')).toBe(false);
      expect((await store.files.list('b')).map((f) => f.id)).toEqual(['other']);
    });

    it("forgets files after their lifetime on the mock clock (cut to the store's), and drops the oldest past the count or bytes", async () => {
      const { clock, store } = await fresh({ fileTtlMs: 1000, maxFiles: 2, maxFileBytes: 10 });
      await store.files.create('', 'short', fileMeta(clock, { ttlMs: 500 }));
      await store.files.create('', 'forever', fileMeta(clock));
      clock.advance(501);
      expect(await store.files.get('short')).toBeUndefined();
      expect((await store.files.get('forever'))?.meta.ttlMs).toBe(1000);
      clock.advance(500);
      expect(await store.files.get('forever')).toBeUndefined();

      for (const id of ['f1', 'f2', 'f3']) await store.files.create('', id, fileMeta(clock));
      expect(await store.files.get('f1')).toBeUndefined();
      expect(await store.files.write('f2', Buffer.alloc(6))).toBe('ok');
      expect(await store.files.write('f3', Buffer.alloc(6))).toBe('ok');
      expect(await store.files.get('f2')).toBeUndefined();
      expect((await store.files.get('f3'))?.bytes?.length).toBe(6);
      await store.files.create('', 'big', fileMeta(clock));
      expect(await store.files.write('big', Buffer.alloc(11))).toBe('too-big');
    });

    describe('files, one bound at a time', () => {
      const upload = async (store: StateStore, clock: ManualClock, id: string, bytes = 1, ttlMs?: number) => {
        await store.files.create('', id, fileMeta(clock, ttlMs === undefined ? {} : { ttlMs }));
        return store.files.write(id, Buffer.alloc(bytes));
      };
      const kept = async (store: StateStore, ...names: string[]) => Promise.all(names.map(async (id) => Boolean(await store.files.get(id))));

      it('evicts the oldest file past the count', async () => {
        const { clock, store } = await fresh({ maxFiles: 2 });
        for (const id of ['a', 'b', 'c']) await upload(store, clock, id);
        expect(await kept(store, 'a', 'b', 'c')).toEqual([false, true, true]);
      });

      it('evicts the oldest files past the bytes, keeping the one just written', async () => {
        const { clock, store } = await fresh({ maxFileBytes: 100 });
        for (const id of ['a', 'b', 'c']) await upload(store, clock, id, 40);
        expect(await kept(store, 'a', 'b', 'c')).toEqual([false, true, true]);
      });

      it("stops serving a file once its lifetime (never above the store's) is over", async () => {
        const { clock, store } = await fresh({ fileTtlMs: 1000 });
        await upload(store, clock, 'short', 1, 100);
        await upload(store, clock, 'long', 1, 10_000);
        clock.advance(101);
        expect(await kept(store, 'short', 'long')).toEqual([false, true]);
        clock.advance(900);
        expect(await kept(store, 'long')).toEqual([false]);
      });

      it('refuses a file larger than the whole store', async () => {
        const { clock, store } = await fresh({ maxFileBytes: 100 });
        expect(await upload(store, clock, 'big', 101)).toBe('too-big');
      });

      it("joins a multipart upload's parts in part-number order, and says which never arrived", async () => {
        const { clock, store } = await fresh();
        await store.files.create('', 'm', fileMeta(clock, { multipart: true }));
        await store.files.write('m', Buffer.from('world'), 2);
        expect(await store.files.complete('m', [1, 2])).toBe('part 1 never arrived');
        await store.files.write('m', Buffer.from('hello '), 1);
        expect(await store.files.complete('m', [2, 1])).toBeUndefined();
        expect((await store.files.get('m'))?.bytes?.toString()).toBe('hello world');
      });
    });

    it("takes a file's bytes once: a complete file, or a joined upload, refuses every later write", async () => {
      const { clock, store } = await fresh();
      await store.files.create('', 'whole', fileMeta(clock));
      expect(await store.files.write('whole', Buffer.from('first'))).toBe('ok');
      expect(await store.files.write('whole', Buffer.from('second'))).toBe('complete');
      expect((await store.files.get('whole'))?.bytes?.toString()).toBe('first');
      expect(await store.files.state('whole')).toEqual({ meta: fileMeta(clock, { ttlMs: 24 * HOUR }), complete: true });

      await store.files.create('', 'parts', fileMeta(clock, { multipart: true }));
      expect(await store.files.state('parts')).toEqual({ meta: fileMeta(clock, { multipart: true, ttlMs: 24 * HOUR }), complete: false });
      expect(await store.files.write('parts', Buffer.from('a whole file'))).toBe('complete');
      expect(await store.files.write('parts', Buffer.from('draft'), 1)).toBe('ok');
      expect(await store.files.write('parts', Buffer.from('one,'), 1)).toBe('ok');
      expect(await store.files.write('parts', Buffer.from('two'), 2)).toBe('ok');
      expect(await store.files.write('parts', Buffer.from('not listed'), 3)).toBe('ok');
      expect(await store.files.complete('parts', [2, 1, 2, 1])).toBeUndefined();
      expect((await store.files.get('parts'))?.bytes?.toString()).toBe('one,two');
      expect(await store.files.write('parts', Buffer.from('late'), 1)).toBe('complete');
      expect(await store.files.write('parts', Buffer.from('late'), 4)).toBe('complete');
      expect(await store.files.complete('parts', [1, 2, 3])).toBe('the upload is already complete');
      expect((await store.files.get('parts'))?.bytes?.toString()).toBe('one,two');
      expect(await store.files.state('unknown')).toBeUndefined();
    });

    it('never lets one file, its parts together, hold more than the store, and keeps large files whole', async () => {
      const { clock, store } = await fresh({ maxFileBytes: 10 });
      await store.files.create('', 'parts', fileMeta(clock, { multipart: true }));
      expect(await store.files.write('parts', Buffer.alloc(6), 1)).toBe('ok');
      expect(await store.files.write('parts', Buffer.alloc(6), 2)).toBe('too-big');
      expect(await store.files.write('parts', Buffer.alloc(2), 1)).toBe('ok');
      expect(await store.files.write('parts', Buffer.alloc(6), 2)).toBe('ok');
      expect(await store.files.complete('parts', [1, 2])).toBeUndefined();
      expect((await store.files.get('parts'))?.bytes?.length).toBe(8);

      const roomy = (await fresh()).store;
      // Past any chunk size a store might cut bytes into, and not a multiple of one.
      const large = randomBytes(5 * 1024 * 1024 + 3);
      await roomy.files.create('', 'large', fileMeta(clock));
      expect(await roomy.files.write('large', large)).toBe('ok');
      expect((await roomy.files.get('large'))?.bytes?.equals(large)).toBe(true);
      await roomy.files.create('', 'joined', fileMeta(clock, { multipart: true }));
      expect(await roomy.files.write('joined', large.subarray(3 * 1024 * 1024), 2)).toBe('ok');
      expect(await roomy.files.write('joined', large.subarray(0, 3 * 1024 * 1024), 1)).toBe('ok');
      expect(await roomy.files.complete('joined', [1, 2])).toBeUndefined();
      expect((await roomy.files.get('joined'))?.bytes?.equals(large)).toBe(true);
    });

    it('resets one namespace without touching another, counts included', async () => {
      const { clock, store } = await fresh();
      for (const ns of ['a', 'b']) {
        await store.jobs.add(job(clock, `j-${ns}`, { ns }));
        await store.journal.add(ns, entry('/x'));
        await store.scenarios.add(ns, { operationId: 'op', remaining: 1, prefer: {} });
        await store.deliveries.put(ns, delivery(`d-${ns}`));
        await store.files.create(ns, `f-${ns}`, fileMeta(clock));
      }
      await store.reset('a');
      const left = async (ns: string) => [
        await store.jobs.count({ ns }),
        (await store.journal.list(ns)).length,
        (await store.scenarios.list(ns)).length,
        (await store.deliveries.list(ns)).length,
        (await store.files.get(`f-${ns}`)) ? 1 : 0,
      ];
      expect([await left('a'), await left('b')]).toEqual([
        [0, 0, 0, 0, 0],
        [1, 1, 1, 1, 1],
      ]);
      await store.reset();
      expect(await left('b')).toEqual([0, 0, 0, 0, 0]);
    });

    it('resets one namespace, or every one, files included', async () => {
      const { clock, store } = await fresh();
      for (const ns of ['a', 'b']) {
        await store.jobs.add(job(clock, `job-${ns}`, { ns }));
        await store.journal.add(ns, entry(`/${ns}`));
        await store.scenarios.add(ns, { operationId: 'v2Generate', remaining: 1, prefer: { code: 500 } });
        await store.deliveries.put(ns, delivery(`msg-${ns}`));
        await store.files.create(ns, `file-${ns}`, fileMeta(clock));
      }
      await store.reset('a');
      expect(ids(await listed(store, {}))).toEqual(['job-b']);
      expect((await store.journal.list(undefined)).map((e) => e.path)).toEqual(['/b']);
      expect(await store.scenarios.list('a')).toEqual([]);
      expect(await store.scenarios.list('b')).toHaveLength(1);
      expect((await store.deliveries.list(undefined)).map((d) => d.id)).toEqual(['msg-b']);
      expect(await store.files.get('file-a')).toBeUndefined();
      expect(await store.files.get('file-b')).toBeDefined();

      await store.reset();
      expect(await listed(store, {})).toEqual([]);
      expect(await store.jobs.count()).toBe(0);
      expect(await store.journal.list(undefined)).toEqual([]);
      expect(await store.scenarios.list(undefined)).toEqual([]);
      expect(await store.deliveries.list(undefined)).toEqual([]);
      expect(await store.files.get('file-b')).toBeUndefined();
    });
  });
}
