import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { deserialize, serialize } from 'node:v8';
import { manualClock } from '../../mock-server/jobs/clock';
import type { Job } from '../../mock-server/state/records';
import { MockError } from '../../mock-server/errors/catalogue';
import { MemoryStore } from '../../mock-server/state/memory';
import { remoteStore, type Channel } from '../../mock-server/state/remote';
import { answerStoreCall } from '../../mock-server/state/serve';
import type { StateStore } from '../../mock-server/state/store';
import { job as contractJob, storeContract } from './store-contract';

/**
 * A worker's IPC channel and the primary's end of it as two EventEmitters. Messages are copied with
 * v8's serialiser, as cluster's `serialization: 'advanced'` does, and arrive on a later turn.
 */
function fakeCluster(primaryStore: StateStore | undefined) {
  const worker = new EventEmitter();
  const primary = new EventEmitter();
  const sent: unknown[] = [];
  let connected = true;
  const channel: Channel = {
    send(message, callback) {
      if (!connected) return void setImmediate(() => callback(new Error('Channel closed')));
      sent.push(message);
      setImmediate(() => primary.emit('message', deserialize(serialize(message))));
      setImmediate(() => callback(null));
    },
    on: (event, listener) => worker.on(event, listener),
    off: (event, listener) => worker.off(event, listener),
  };
  if (primaryStore)
    primary.on('message', (message) =>
      answerStoreCall(primaryStore, message, (reply) => setImmediate(() => worker.emit('message', deserialize(serialize(reply))))),
    );
  return {
    channel,
    primary,
    sent,
    /** The primary exits: the worker's channel closes. */
    disconnect() {
      connected = false;
      worker.emit('disconnect');
    },
  };
}

let ids = 0;
/** The contract's job, made at time 0 under vendor `p`, operation `op`. */
const job = (init: Partial<Job> = {}): Job => contractJob(manualClock(0), `j${++ids}`, { provider: 'p', operationId: 'op', ...init });

afterEach(() => {
  vi.useRealTimers();
});

// A worker's store: every call crosses the channel to the primary's memory store and back, copied as cluster IPC copies it.
storeContract('remoteStore (a cluster worker reaching the primary’s MemoryStore)', async (clock, limits) =>
  remoteStore(fakeCluster(new MemoryStore(clock, limits)).channel),
);

describe('remote store: a worker reaching the primary’s memory store', () => {
  it('answers every table as the memory store does', async () => {
    const store = remoteStore(fakeCluster(new MemoryStore(manualClock(0))).channel);
    const j = job({ ns: 'a' });
    expect(await store.jobs.add(j)).toBe(true);
    expect(await store.jobs.get('a', j.id)).toEqual(j);
    expect(await store.jobs.get('b', j.id)).toBeUndefined();
    expect(await store.jobs.change('a', j.id, { ticks: 2 })).toMatchObject({ id: j.id, ticks: 2 });
    expect(await Promise.all([store.jobs.show('a', j.id, 2, 5, false), store.jobs.show('a', j.id, 2, 5, false)])).toEqual([true, false]);
    expect((await store.jobs.page({ provider: 'p' }, { limit: 10 })).jobs.map((each) => each.id)).toEqual([j.id]);
    expect(await store.jobs.count()).toBe(1);

    await store.journal.add('a', { at: '', method: 'GET', path: '/x', status: 200, ms: 0 });
    expect((await store.journal.list('a')).map((e) => e.path)).toEqual(['/x']);
    const scenario = await store.scenarios.add('', { provider: 'p', operationId: 'op', remaining: 1, prefer: {} as never });
    expect(await store.scenarios.take('', 'p', 'op')).toMatchObject({ id: scenario.id });
    expect(await store.scenarios.take('', 'p', 'op')).toBeUndefined();
    await store.deliveries.put('', { id: 'd1', provider: 'p', jobId: j.id, url: 'http://127.0.0.1/', event: 'e', state: 'pending', attempts: [] });
    expect((await store.deliveries.list(undefined)).map((d) => d.id)).toEqual(['d1']);

    await store.reset('a');
    expect([await store.jobs.count(), (await store.journal.list(undefined)).length]).toEqual([0, 0]);
  });

  it('carries file bytes as a Buffer, and answers undefined for a file without bytes or none at all', async () => {
    const clock = manualClock(0);
    const store = remoteStore(fakeCluster(new MemoryStore(clock)).channel);
    const meta = (fileName: string) => ({ contentType: 'image/png', fileName, createdAt: clock.now(), ttlMs: 60_000, multipart: false, uploadToken: 't' });
    await store.files.create('', 'f1', meta('cat.png'));
    await store.files.create('', 'f2', meta('empty.png'));
    expect(await store.files.write('f1', Buffer.from([1, 2, 3]))).toBe('ok');
    const [bytes, none, missing] = [await store.files.get('f1'), await store.files.get('f2'), await store.files.get('f3')];
    expect(Buffer.isBuffer(bytes?.bytes)).toBe(true);
    expect([...bytes!.bytes!]).toEqual([1, 2, 3]);
    expect(none?.meta).toEqual(meta('empty.png'));
    expect(none?.bytes).toBeUndefined();
    expect(missing).toBeUndefined();
  });

  it('brings a MockError the store throws back with its kind', async () => {
    const failing = {
      scenarios: {
        add: async () => {
          throw new MockError('mock_usage', 'At most 100 scenarios at once.');
        },
      },
    } as unknown as StateStore;
    const store = remoteStore(fakeCluster(failing).channel);
    const error = await store.scenarios.add('', {} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockError);
    expect(error).toMatchObject({ kind: 'mock_usage', status: 400, message: 'At most 100 scenarios at once.' });
  });

  it('is answered with an error, not a crash, for a method outside the contract', async () => {
    const replies: unknown[] = [];
    const store = new MemoryStore(manualClock(0));
    for (const method of ['close', 'jobs.constructor', 'jobs.__proto__', 'nothing']) {
      await new Promise<void>((resolve) => answerStoreCall(store, { storeCall: 1, method, args: [] }, (reply) => resolve(void replies.push(reply))));
    }
    expect(replies).toEqual(
      ['close', 'jobs.constructor', 'jobs.__proto__', 'nothing'].map((method) => ({ storeReply: 1, error: { message: `the store has no method ${method}` } })),
    );
    expect(answerStoreCall(store, { mock: 'ready' }, () => {})).toBe(false);
  });

  it('fails with store_unavailable (503) when the primary does not answer in time', async () => {
    vi.useFakeTimers();
    const cluster = fakeCluster(undefined);
    const store = remoteStore(cluster.channel, 100);
    const pending = store.jobs.get('', 'j1').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    expect(await pending).toMatchObject({ kind: 'store_unavailable', status: 503 });
    expect(((await pending) as Error).message).toContain('did not answer jobs.get within 100 ms');
  });

  it('fails what it waits for, and what it is asked next, with store_unavailable once the primary is gone', async () => {
    const cluster = fakeCluster(undefined);
    const store = remoteStore(cluster.channel);
    const waiting = store.jobs.count().catch((e: unknown) => e);
    cluster.disconnect();
    expect(await waiting).toMatchObject({ kind: 'store_unavailable', status: 503 });
    expect(await store.jobs.count().catch((e: unknown) => e)).toMatchObject({ kind: 'store_unavailable', status: 503 });
  });

  it('leaves the primary’s store open when a worker closes its own', async () => {
    const memory = new MemoryStore(manualClock(0));
    const cluster = fakeCluster(memory);
    await memory.jobs.add(job());
    await remoteStore(cluster.channel).close();
    expect(cluster.sent).toEqual([]);
    expect(await memory.jobs.count()).toBe(1);
  });
});
