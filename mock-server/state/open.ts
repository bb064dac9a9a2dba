import type { Clock } from '../jobs/clock';
import type { RedisAddress, RedisStoreOptions } from './redis';
import type { StateStore } from './store';

/**
 * The store a URL names (`--store`): `redis://[user:password@]host[:port][/db][?prefix=name]`, or
 * `rediss://` for TLS. Throws a sentence for the CLI when the URL is not one, or Redis cannot be reached.
 */
export async function openStore(url: string, clock: Clock, options: RedisStoreOptions = {}): Promise<StateStore> {
  const address = redisAddress(url);
  // Loaded only when asked for: ioredis alone costs ~80 ms of start-up that a memory-only mock need not pay.
  const { RedisStore } = await import('./redis');
  return RedisStore.connect(address.redis, clock, { ...options, prefix: options.prefix ?? address.prefix });
}

const EXAMPLE = 'redis://127.0.0.1:6379/0';

export function redisAddress(url: string): { redis: RedisAddress; prefix?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`The store must be a URL like ${EXAMPLE} (got "${url}").`);
  }
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`The store ${parsed.href} is not supported: only redis:// and rediss:// URLs are (${EXAMPLE}).`);
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
