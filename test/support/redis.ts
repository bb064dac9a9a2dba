import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import { nodesOf } from '../../mock-server/state/redis-durability';
import type { Clock } from '../../mock-server/jobs/clock';
import { openStore } from '../../mock-server/state/open';
import type { RedisStore, RedisStoreOptions } from '../../mock-server/state/redis';

const HOW = 'run `bash .ci/run` (it starts one), or start `redis-server --port <p> --save "" --appendonly no` and set REDIS_URL=redis://127.0.0.1:<p>/0';

/**
 * The Redis the shared-state tests run against (REDIS_URL). Without it they cannot run: CI fails
 * saying so, a developer's run skips them with the same advice.
 */
export function redisUrl(): string | undefined {
  const url = process.env.REDIS_URL;
  if (url) return url;
  if (process.env.CI) throw new Error(`REDIS_URL is not set and CI needs the Redis tests: ${HOW}.`);
  console.warn(`Redis tests skipped: REDIS_URL is not set; ${HOW}.`);
  return undefined;
}

const CLUSTER_HOW =
  'run `bash .ci/run` (it starts a three-node one), or start three `redis-server --cluster-enabled yes` nodes, join them with `redis-cli --cluster create … --cluster-replicas 0`, and set REDIS_CLUSTER_URL=redis+cluster://127.0.0.1:<p1>,127.0.0.1:<p2>,127.0.0.1:<p3>';

/** The Redis Cluster the cluster tests run against (REDIS_CLUSTER_URL): CI fails without it, a developer's run skips them. */
export function redisClusterUrl(): string | undefined {
  const url = process.env.REDIS_CLUSTER_URL;
  if (url) return url;
  if (process.env.CI) throw new Error(`REDIS_CLUSTER_URL is not set and CI needs the Redis Cluster tests: ${CLUSTER_HOW}.`);
  console.warn(`Redis Cluster tests skipped: REDIS_CLUSTER_URL is not set; ${CLUSTER_HOW}.`);
  return undefined;
}

/** A port the kernel says is free now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface OwnRedis {
  url: string;
  port: number;
  /** Ends the server (an outage); `start` brings a fresh one back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * A redis-server of the test's own (from PATH), for tests that stop and restart it: the shared
 * REDIS_URL server must stay up for everyone else. Undefined, with the reason, when there is none.
 */
export async function ownRedis(): Promise<OwnRedis | undefined> {
  if (!redisUrl()) return undefined;
  const port = await freePort();
  let child: ChildProcess | undefined;
  const own: OwnRedis = {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    async start() {
      const started = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child = started;
      let out = '';
      await new Promise<void>((resolve, reject) => {
        started.stdout!.on('data', (chunk) => {
          out += String(chunk);
          if (out.includes('Ready to accept connections')) resolve();
        });
        started.once('error', reject);
        started.once('exit', () => reject(new Error(`redis-server did not start on port ${port}:\n${out}`)));
      });
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = once(running, 'exit');
      running.kill('SIGKILL');
      await exited;
    },
  };
  await own.start();
  return own;
}

/**
 * A RedisStore on REDIS_URL under a prefix of its own, so test files running side by side on one Redis
 * never see each other's keys; closing it deletes them.
 */
export async function openTestStore(url: string, clock: Clock, options: RedisStoreOptions = {}): Promise<RedisStore> {
  const prefix = `test-${randomUUID()}`;
  const store = (await openStore(url, clock, { log: () => {}, ...options, prefix })) as RedisStore;
  const close = store.close.bind(store);
  store.close = async () => {
    // A Redis the test stopped has nothing left to delete.
    const keys = await storeKeys(store, '*').catch(() => []);
    if (keys.length) await store.client.unlink(...keys);
    await close();
  };
  return store;
}

/** The store's keys matching a pattern after `{prefix}:`, from whichever node holds them (on a cluster, the one serving the prefix's slot). */
export async function storeKeys(store: RedisStore, pattern: string): Promise<string[]> {
  const nodes = nodesOf(store.client as unknown as Redis | Cluster);
  return (await Promise.all(nodes.map((node) => node.keys(`{${store.prefix}}:${pattern}`)))).flat();
}

/** Another connection to the same keys as `store`, as a second mock instance would have; the original's close deletes them. */
export async function twinOf(store: RedisStore, url: string, clock: Clock, options: RedisStoreOptions = {}): Promise<RedisStore> {
  return (await openStore(url, clock, { log: () => {}, ...options, prefix: store.prefix })) as RedisStore;
}
