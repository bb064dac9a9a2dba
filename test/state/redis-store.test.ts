import { describe, expect, it } from 'vitest';
import type { EventEmitter } from 'node:events';
import { manualClock } from '../../mock-server/jobs/clock';
import { MockError } from '../../mock-server/errors/catalogue';
import { redisAddress } from '../../mock-server/state/open';
import { key, REDIS_CHUNK_BYTES } from '../../mock-server/state/redis';
import { stopAfterEach } from '../support/stop-after-each';
import { openTestStore, ownRedis, redisUrl, twinOf } from '../support/redis';
import { job, storeContract } from './store-contract';

const url = redisUrl();

/** The event's next emission; unlike events.once, the reconnection errors in between do not reject it. */
const next = (emitter: EventEmitter, event: string) => new Promise<void>((resolve) => emitter.once(event, () => resolve()));

describe.skipIf(!url)('the Redis store', () => {
  storeContract('RedisStore', (clock, limits) => openTestStore(url!, clock, limits));

  const stopLater = stopAfterEach();

  it('shares one state between two connections: one claim per step, every tick and scenario use counted once', async () => {
    const clock = manualClock();
    const a = await openTestStore(url!, clock);
    const twin = await twinOf(a, url!, clock);
    stopLater(async () => {
      await twin.close();
      await a.close();
    });
    await a.jobs.add(job(clock, 'shared'));
    const both = [a, twin];
    await Promise.all(Array.from({ length: 10 }, (_, i) => both[i % 2].jobs.change('', 'shared', { ticks: 1 })));
    expect((await twin.jobs.get('', 'shared'))?.ticks).toBe(10);
    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => both[i % 2].jobs.show('', 'shared', 1, clock.now(), false)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await twin.scenarios.add('', { operationId: 'v2Generate', remaining: 4, prefer: { code: 503 } });
    const taken = await Promise.all(Array.from({ length: 10 }, (_, i) => both[i % 2].scenarios.take('', 'pixazo', 'v2Generate')));
    expect(taken.filter(Boolean)).toHaveLength(4);
  });

  it('lets Redis itself expire jobs after their TTL, and files after theirs', async () => {
    const clock = manualClock();
    const store = await openTestStore(url!, clock, { jobTtlMs: 60_000, fileTtlMs: 30_000 });
    stopLater(() => store.close());
    await store.jobs.add(job(clock, 'expiring'));
    await store.files.create('', 'upload', {
      contentType: 'image/png',
      fileName: 'x.png',
      createdAt: clock.now(),
      ttlMs: Infinity,
      multipart: false,
      uploadToken: 't',
    });
    await store.files.write('upload', Buffer.from('x'));
    const [jobKey] = await store.client.keys(key(store.prefix, 'job', 'expiring'));
    const fileKeys = await store.client.keys(`${key(store.prefix, 'file', 'upload')}*`);
    expect(fileKeys).toHaveLength(2);
    expect(await store.client.pttl(jobKey)).toBeGreaterThan(50_000);
    expect(await store.client.pttl(jobKey)).toBeLessThanOrEqual(60_000);
    for (const key of fileKeys) {
      expect(await store.client.pttl(key)).toBeGreaterThan(20_000);
      expect(await store.client.pttl(key)).toBeLessThanOrEqual(30_000);
    }
  });

  it('keeps a file in chunks, so no command moves a whole large file, and drops them with it', async () => {
    const clock = manualClock();
    const store = await openTestStore(url!, clock);
    stopLater(() => store.close());
    const meta = { contentType: 'application/octet-stream', fileName: 'big.bin', createdAt: clock.now(), ttlMs: Infinity, uploadToken: 't' };
    await store.files.create('', 'whole', { ...meta, multipart: false });
    await store.files.create('', 'parts', { ...meta, multipart: true });
    await store.files.write('whole', Buffer.alloc(5 * REDIS_CHUNK_BYTES + 1, 1));
    await store.files.write('parts', Buffer.alloc(3 * REDIS_CHUNK_BYTES, 2), 1);
    await store.files.write('parts', Buffer.alloc(3 * REDIS_CHUNK_BYTES, 3), 2);
    expect(await store.files.complete('parts', [1, 2])).toBeUndefined();
    const keys = await store.client.keys(key(store.prefix, 'file', '*'));
    const sizes = await Promise.all(
      keys.map(async (key) =>
        (await store.client.type(key)) === 'hash' ? Math.max(...(await store.client.hvals(key)).map((v) => v.length)) : store.client.strlen(key),
      ),
    );
    const largest = Math.max(...sizes);
    expect(largest).toBe(REDIS_CHUNK_BYTES);
    expect((await store.files.get('parts'))?.bytes?.length).toBe(6 * REDIS_CHUNK_BYTES);
    await store.reset();
    expect(await store.client.keys(key(store.prefix, 'file', '*'))).toEqual([]);
  });

  it('answers store_unavailable (503) while Redis is away, logs the outage once, and serves again once it is back', async () => {
    const redis = (await ownRedis())!;
    stopLater(() => redis.stop());
    const lines: string[] = [];
    const clock = manualClock();
    const store = await openTestStore(redis.url, clock, { log: (line) => lines.push(line) });
    stopLater(() => store.close());
    await store.jobs.add(job(clock, 'before'));

    const closed = next(store.client, 'close');
    await redis.stop();
    await closed;
    for (const attempt of [store.jobs.get('', 'before'), store.journal.list(undefined), store.scenarios.take('', 'pixazo', 'v2Generate')]) {
      const error = await attempt.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(MockError);
      expect(error).toMatchObject({ kind: 'store_unavailable', status: 503 });
      expect((error as MockError).message).toContain(`Redis at redis://127.0.0.1:${redis.port}/0`);
    }
    expect(lines.filter((line) => line.includes('unreachable'))).toHaveLength(1);

    const ready = next(store.client, 'ready');
    await redis.start();
    await ready;
    expect(lines.at(-1)).toContain('reachable again');
    // The fresh redis-server has none of the data: said as a loss, once the epoch check has run.
    await expect.poll(() => lines.filter((line) => line.startsWith('DATA LOST: state store')).length).toBe(1);
    expect(lines[0]).toContain(`warning: state store redis://127.0.0.1:${redis.port}/0: 127.0.0.1:${redis.port} has no persistence`);
    // A fresh redis-server: the job made before the outage is gone with it, but the store works again.
    expect(await store.jobs.add(job(clock, 'after'))).toBe(true);
    expect((await store.jobs.get('', 'after'))?.id).toBe('after');
  });
});

describe.skipIf(!url)('the Redis store on a Redis that persists', () => {
  const stopLater = stopAfterEach();

  it('starts without the persistence warning, and an outage that keeps the data is no loss', async () => {
    const redis = (await ownRedis())!;
    stopLater(() => redis.stop());
    const setup = await openTestStore(redis.url, manualClock());
    // Snapshots due only after an hour: nothing is written while the test runs.
    await setup.client.config('SET', 'save', '3600 1');
    await setup.close();
    const lines: string[] = [];
    const store = await openTestStore(redis.url, manualClock(), { log: (line) => lines.push(line) });
    stopLater(() => store.close());
    expect(lines).toEqual([]);
    const ready = next(store.client, 'ready');
    store.client.disconnect(true);
    await ready;
    // Answered after the epoch check the reconnection started, on the same connection.
    await store.client.ping();
    expect(lines.filter((line) => line.includes('DATA LOST'))).toEqual([]);
  });
});

describe('store URLs', () => {
  it('are read into connection options, never showing the password', () => {
    const { redis, prefix } = redisAddress('redis://user:s3cret@10.0.0.5:6380/2?prefix=ci-7');
    expect(redis.options).toMatchObject({ host: '10.0.0.5', port: 6380, db: 2, username: 'user', password: 's3cret', tls: undefined });
    expect(redis.shown).toBe('redis://10.0.0.5:6380/2');
    expect(prefix).toBe('ci-7');
    expect(redisAddress('rediss://:pw@cache.internal').redis).toMatchObject({
      options: { host: 'cache.internal', port: 6379, db: 0, password: 'pw', tls: { servername: 'cache.internal' } },
      shown: 'rediss://cache.internal/0',
    });
  });

  it('read a Redis Cluster URL into its seed nodes and what every node connection shares', () => {
    const { redis, prefix } = redisAddress('redis+cluster://user:s3cret@10.0.0.5:7000,10.0.0.6:7001,[::1]:7002?prefix=fleet');
    expect(redis.cluster).toEqual([
      { host: '10.0.0.5', port: 7000 },
      { host: '10.0.0.6', port: 7001 },
      { host: '::1', port: 7002 },
    ]);
    expect(redis.options).toMatchObject({ username: 'user', password: 's3cret', tls: undefined });
    expect(redis.shown).toBe('redis+cluster://10.0.0.5:7000,10.0.0.6:7001,::1:7002');
    expect(prefix).toBe('fleet');
    expect(redisAddress('rediss+cluster://cache-1:6379').redis).toMatchObject({ cluster: [{ host: 'cache-1', port: 6379 }], options: { tls: {} } });
  });

  it.each([
    ['redis+cluster://127.0.0.1:7000,,127.0.0.1:7001', 'must name its nodes as host:port'],
    ['redis+cluster://:hunter2@127.0.0.1:7000/1', 'Redis Cluster has database 0 only'],
    ['not a url', 'must be a URL like redis://'],
    ['http://127.0.0.1:6379', 'only redis:// and rediss://'],
    ['redis://127.0.0.1/zero', 'databases are numbers'],
    ['redis://127.0.0.1/0?db=1', 'unknown parameters (db)'],
    ['redis://:hunter2@127.0.0.1/0?prefix=', 'empty prefix'],
  ])('refuses %s with a sentence saying why', (bad, why) => {
    expect(() => redisAddress(bad)).toThrow(why);
    expect(() => redisAddress(bad)).not.toThrow('hunter2');
  });
});
