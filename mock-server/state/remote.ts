import type { JournalLog, StateStore } from './store';
import { isDeferred } from './policy';
import { STORE_TABLES, isStoreReply, type StoreCall } from './calls';
import { MockError } from '../errors/catalogue';

/** What the remote store talks through: a cluster worker's `process` (its IPC channel to the primary). */
export interface Channel {
  send(message: StoreCall, callback: (error: Error | null) => void): unknown;
  on(event: 'message' | 'disconnect', listener: (message?: unknown) => void): unknown;
  off(event: 'message' | 'disconnect', listener: (message?: unknown) => void): unknown;
}

/** Long enough for a primary busy with many workers; short enough that a client is answered, not left hanging. */
const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * A cluster worker's store: every method is a call to the store the primary holds (state/serve.ts),
 * matched to its reply by id. A call the primary does not answer in time, or that cannot be sent
 * (the primary is gone), fails with `store_unavailable`: the vendor's 503, never a hang.
 */
export function remoteStore(channel: Channel, timeoutMs = DEFAULT_TIMEOUT_MS): StateStore {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
  let lastId = 0;

  const settle = (id: number, outcome: { value?: unknown; error?: Error }) => {
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    clearTimeout(call.timer);
    if (outcome.error) call.reject(outcome.error);
    else call.resolve(outcome.value);
  };
  const onMessage = (message: unknown) => {
    if (!isStoreReply(message)) return;
    const { error } = message;
    settle(
      message.storeReply,
      error
        ? {
            error: error.kind
              ? new MockError(error.kind, error.message, { status: error.status })
              : new Error(`The cluster primary's store failed: ${error.message}`),
          }
        : { value: message.value },
    );
  };
  const onDisconnect = () => {
    for (const id of [...pending.keys()]) settle(id, { error: unavailable('the cluster primary is gone') });
  };
  channel.on('message', onMessage);
  channel.on('disconnect', onDisconnect);

  const call =
    (method: string) =>
    (...args: unknown[]) =>
      new Promise<never>((resolve, reject) => {
        const id = ++lastId;
        // Unref'd: a call in flight must not keep a stopping worker alive.
        const timer = setTimeout(
          () => settle(id, { error: unavailable(`the cluster primary did not answer ${method} within ${timeoutMs} ms`) }),
          timeoutMs,
        ).unref();
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
        try {
          channel.send({ storeCall: id, method, args }, (error) => {
            if (error) settle(id, { error: unavailable(`the cluster primary cannot be reached (${error.message})`) });
          });
        } catch (error) {
          settle(id, { error: unavailable(`the cluster primary cannot be reached (${(error as Error).message})`) });
        }
      });
  const tables = Object.fromEntries(
    Object.entries(STORE_TABLES).map(([table, methods]) => [table, Object.fromEntries(Object.keys(methods).map((name) => [name, call(`${table}.${name}`)]))]),
  );

  const journal = tables.journal as unknown as JournalLog;

  return {
    ...(tables as unknown as Pick<StateStore, keyof typeof STORE_TABLES>),
    // A deferred entry holds references and a function, which no message carries: it is made here, as the Redis store makes it.
    journal: { ...journal, add: (ns, entry) => journal.add(ns, isDeferred(entry) ? entry.make() : entry) },
    reset: call('reset'),
    shared: call('shared'),
    // The primary's store is the primary's to close; a worker only stops listening and fails what it still waits for.
    close: async () => {
      channel.off('message', onMessage);
      channel.off('disconnect', onDisconnect);
      onDisconnect();
    },
  };
}

function unavailable(why: string): MockError {
  return new MockError('store_unavailable', `The mock's shared state is unavailable: ${why}.`);
}
