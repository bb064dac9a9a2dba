// Redis servers of a benchmark or fault walk: its own, on free loopback ports, without persistence,
// killed with its other children (children.ts). A three-node cluster is built as .ci/run builds one.
import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { HOST, freePort, spawnTracked } from './children';

const run = promisify(execFile);

export interface RedisNode {
  port: number;
  proc: ChildProcess;
}

export interface OwnRedis {
  /** The `--store` URL naming it (`redis://…/0` or `redis+cluster://…,…`). */
  url: string;
  nodes: RedisNode[];
  /** The node whose data holds the keys of hash tag `{tag}`: the only node, or the cluster master serving its slot. */
  holderOf(tag: string): Promise<RedisNode>;
}

/** Answers `redis-cli -p port …` as text. */
async function cli(port: number, ...args: string[]): Promise<string> {
  return (await run('redis-cli', ['-h', HOST, '-p', String(port), ...args])).stdout;
}

async function answering(port: number): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (
      await cli(port, 'ping').then(
        (reply) => reply.trim() === 'PONG',
        () => false,
      )
    )
      return;
    await sleep(100);
  }
  throw new Error(`redis-server on ${port} did not answer`);
}

function server(port: number, dir: string | undefined, extra: string[]): RedisNode {
  const args = ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no', ...(dir ? ['--dir', dir] : []), ...extra];
  return { port, proc: spawnTracked('redis-server', args, process.cwd(), undefined, true) };
}

/** One redis-server. */
export async function startRedis(): Promise<OwnRedis> {
  const node = server(await freePort(), undefined, []);
  await answering(node.port);
  return { url: `redis://${HOST}:${node.port}/0`, nodes: [node], holderOf: async () => node };
}

/** Free now, and so is its cluster bus port (port + 10000). */
function free(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

/** Three `--cluster-enabled yes` masters joined by `redis-cli --cluster create`, no replicas; their files in a temporary folder removed on exit. */
export async function startRedisCluster(): Promise<OwnRedis> {
  const ports: number[] = [];
  while (ports.length < 3) {
    const port = 20000 + Math.floor(Math.random() * 30000);
    if (!ports.includes(port) && (await free(port)) && (await free(port + 10000))) ports.push(port);
  }
  const dir = mkdtempSync(join(tmpdir(), 'redis-cluster-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const nodes = ports.map((port) => server(port, dir, ['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`]));
  for (const { port } of nodes) await answering(port);
  await run('redis-cli', ['--cluster', 'create', ...ports.map((port) => `${HOST}:${port}`), '--cluster-replicas', '0', '--cluster-yes']);
  for (let i = 0; i < 100 && !(await cli(ports[0], 'cluster', 'info')).includes('cluster_state:ok'); i++) await sleep(100);
  if (!(await cli(ports[0], 'cluster', 'info')).includes('cluster_state:ok')) throw new Error(`the Redis Cluster on ${ports.join(', ')} did not come up`);
  return {
    url: `redis+cluster://${ports.map((port) => `${HOST}:${port}`).join(',')}`,
    nodes,
    async holderOf(tag) {
      const slot = Number(await cli(ports[0], 'cluster', 'keyslot', `{${tag}}`));
      // `<id> <host:port@bus> <flags> <master> <ping> <pong> <epoch> <link> <slot ranges…>`
      for (const line of (await cli(ports[0], 'cluster', 'nodes')).trim().split('\n')) {
        const fields = line.split(' ');
        const port = Number(/:(\d+)@/.exec(fields[1])?.[1]);
        const serves = fields.slice(8).some((range) => {
          const [from, to = from] = range.split('-').map(Number);
          return slot >= from && slot <= to;
        });
        const node = nodes.find((each) => each.port === port);
        if (serves && node) return node;
      }
      throw new Error(`no node of the cluster serves slot ${slot}`);
    },
  };
}
