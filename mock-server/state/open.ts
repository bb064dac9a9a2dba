import type { Clock } from './store';
import type { RedisAddress, RedisStoreOptions } from './redis';
import type { StateStore } from './store';

/**
 * The store a URL names (`--store`): `redis://[user:password@]host[:port][/db][?prefix=name]`, or
 * `rediss://` for TLS; a Redis Cluster as `redis+cluster://[user:password@]host:port[,host:port…][?prefix=name]`
 * (`rediss+cluster://` for TLS), naming one or more of its nodes. Throws a sentence for the CLI when the
 * URL is not one, or Redis cannot be reached.
 */
export async function openStore(url: string, clock: Clock, options: RedisStoreOptions = {}): Promise<StateStore> {
  const address = redisAddress(url);
  // Loaded only when asked for: ioredis alone costs ~80 ms of start-up that a memory-only mock need not pay.
  const { RedisStore } = await import('./redis');
  return RedisStore.connect(address.redis, clock, { ...options, prefix: options.prefix ?? address.prefix });
}

const EXAMPLE = 'redis://127.0.0.1:6379/0';

export function redisAddress(url: string): { redis: RedisAddress; prefix?: string } {
  const cluster = /^(rediss?)\+cluster:\/\/([^/?#]*)(.*)$/.exec(url);
  if (cluster) return clusterAddress(cluster[1], cluster[2], cluster[3]);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`The store must be a URL like ${EXAMPLE} (got "${url}").`);
  }
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new Error(
      `The store ${parsed.href} is not supported: only redis:// and rediss:// URLs are (${EXAMPLE}), and redis+cluster:// for a Redis Cluster (${CLUSTER_EXAMPLE}).`,
    );
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new Error(`The store ${parsed.href} names database "${db}": Redis databases are numbers (${EXAMPLE}).`);
  const unknown = [...parsed.searchParams.keys()].filter((name) => name !== 'prefix');
  if (unknown.length) throw new Error(`The store ${parsed.href} has unknown parameters (${unknown.join(', ')}): only ?prefix=<name> is understood.`);
  const prefix = parsed.searchParams.get('prefix') ?? undefined;
  if (prefix === '') throw new Error(`The store ${parsed.href} has an empty prefix: leave it out for the default (ideogram-mock).`);
  const port = parsed.port ? Number(parsed.port) : 6379;
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
  return {
    redis: {
      options: {
        host,
        port,
        db: db === '' ? 0 : Number(db),
        username: decodeURIComponent(parsed.username) || undefined,
        password: password || undefined,
        tls: parsed.protocol === 'rediss:' ? { servername: host } : undefined,
      },
      shown: `${parsed.protocol}//${parsed.host}/${db === '' ? 0 : db}`,
    },
    prefix,
  };
}

const CLUSTER_EXAMPLE = 'redis+cluster://127.0.0.1:7000,127.0.0.1:7001';

/** A cluster URL's seed nodes, each read as a plain URL would be (credentials and `?prefix` from the whole). */
function clusterAddress(scheme: string, authority: string, rest: string): { redis: RedisAddress; prefix?: string } {
  const at = authority.lastIndexOf('@');
  const credentials = at === -1 ? '' : authority.slice(0, at + 1);
  const hosts = authority.slice(at + 1).split(',');
  if (hosts.some((host) => host === ''))
    throw new Error(`The cluster store ${scheme}+cluster://${hosts.join(',')} must name its nodes as host:port, comma-separated (${CLUSTER_EXAMPLE}).`);
  if (/^\/[^?]/.test(rest))
    throw new Error(`The cluster store names a database (${rest.split('?')[0]}): Redis Cluster has database 0 only (${CLUSTER_EXAMPLE}).`);
  const nodes = hosts.map((host) => redisAddress(`${scheme}://${credentials}${host}${rest}`));
  const [first] = nodes;
  const { host: _host, port: _port, db: _db, ...shared } = first.redis.options;
  return {
    redis: {
      options: { ...shared, tls: shared.tls ? {} : undefined },
      cluster: nodes.map((node) => ({ host: node.redis.options.host!, port: node.redis.options.port! })),
      shown: `${scheme}+cluster://${nodes.map((node) => `${node.redis.options.host}:${node.redis.options.port}`).join(',')}`,
    },
    prefix: first.prefix,
  };
}
