import { afterAll, describe, expect, it } from 'vitest';
import type { Cluster } from 'ioredis';
import { manualClock } from '../../mock-server/jobs/clock';
import { stopAfterEach } from '../support/stop-after-each';
import { openTestStore, redisClusterUrl, storeKeys, twinOf } from '../support/redis';
import { startCli, stopClis } from '../support/cli-process';
import { job, storeContract } from './store-contract';

const url = redisClusterUrl();
afterAll(stopClis);

describe.skipIf(!url)('the Redis store on a Redis Cluster', () => {
  storeContract('RedisStore on a three-node Redis Cluster', (clock, limits) => openTestStore(url!, clock, limits));

  const stopLater = stopAfterEach();

  it('keeps every key of a store in one hash slot, and shares them with a second connection', async () => {
    const clock = manualClock();
    const store = await openTestStore(url!, clock);
    const twin = await twinOf(store, url!, clock);
    stopLater(async () => {
      await twin.close();
      await store.close();
    });
    await store.jobs.add(job(clock, 'clustered', { ns: 'a', provider: 'replicate' }));
    await store.journal.add('a', { at: '', method: 'GET', path: '/x', status: 200, ms: 0 });
    await store.scenarios.add('a', { operationId: 'v2Generate', remaining: 2, prefer: { code: 500 } });
    await store.deliveries.put('a', {
      id: 'msg-1',
      provider: 'replicate',
      jobId: 'clustered',
      url: 'http://127.0.0.1:9/',
      event: 'start',
      state: 'pending',
      attempts: [],
    });
    await store.files.create('a', 'upload', { contentType: 'image/png', fileName: 'x.png', createdAt: clock.now(), ttlMs: Infinity, multipart: false });
    await store.files.write('upload', Buffer.from('x'));

    const cluster = store.client as unknown as Cluster;
    const keys = await storeKeys(store, '*');
    expect(keys.length).toBeGreaterThan(10);
    const slots = new Set(await Promise.all(keys.map((key) => cluster.cluster('KEYSLOT', key))));
    expect(slots.size).toBe(1);

    expect((await twin.jobs.change('a', 'clustered', { ticks: 2 }))?.ticks).toBe(2);
    expect(await twin.jobs.count({ ns: 'a', provider: 'replicate', owner: 'key-1' })).toBe(1);
    expect((await twin.scenarios.take('a', 'pixazo', 'v2Generate'))?.remaining).toBe(1);
    expect((await twin.files.get('upload'))?.bytes?.toString()).toBe('x');
  });

  it('serves a mock started with --store redis+cluster://…, its jobs in the cluster', async () => {
    const clock = manualClock();
    const store = await openTestStore(url!, clock);
    stopLater(() => store.close());
    const { origin } = await startCli(['--store', `${url!}?prefix=${store.prefix}`]);
    const headers = { 'Ocp-Apim-Subscription-Key': 'key-1', 'content-type': 'application/json' };
    const submitted = await fetch(`${origin}/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ image_url: 'https://example.com/cat.jpeg' }),
    });
    expect(submitted.status).toBe(200);
    const { request_id } = (await submitted.json()) as { request_id: string };
    expect((await store.jobs.get('', request_id))?.provider).toBe('pixazo');
  });
});
