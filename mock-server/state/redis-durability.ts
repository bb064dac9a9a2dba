import { randomUUID } from 'node:crypto';
import { Cluster, type Redis } from 'ioredis';

/** The nodes that hold a store's data: the one server, or a cluster's masters. */
export function nodesOf(client: Redis | Cluster): Redis[] {
  return client instanceof Cluster ? client.nodes('master') : [client];
}

/**
 * Why a restart of the Redis under a store would lose its state (no RDB snapshots, no AOF), naming the
 * node; undefined when every node persists, or when CONFIG is renamed or refused (as managed Redis often
 * has it) and nothing can be told.
 */
export async function missingPersistence(client: Redis | Cluster): Promise<string | undefined> {
  for (const node of nodesOf(client)) {
    try {
      const [, save] = (await node.config('GET', 'save')) as string[];
      const [, appendonly] = (await node.config('GET', 'appendonly')) as string[];
      if (save === '' && appendonly === 'no')
        return `${node.options.host}:${node.options.port} has no persistence (CONFIG GET save is "" and appendonly is no)`;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The data set's epoch: a key set once, by whichever instance finds it missing. A connection that comes
 * back to a Redis whose epoch vanished or changed is back on a Redis that lost the store's state
 * (restarted without persistence, flushed, failed over to an empty replica).
 */
export async function epochOf(client: Redis | Cluster, key: string): Promise<string> {
  const replies = await client.multi().set(key, randomUUID(), 'NX').get(key).exec();
  return String(replies?.[1]?.[1] ?? '');
}
