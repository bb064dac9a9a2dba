import type { StateStore } from './store';
import { STORE_METHODS, isStoreCall, type StoreReply } from './calls';
import { MockError } from '../errors/catalogue';

/**
 * The cluster primary's side of the remote store: runs a worker's call on the store it holds and
 * sends the reply. False when the message is not a store call (the primary's other messages).
 * A call it cannot run (an unknown method, a store that throws) gets an error reply, never a crash.
 */
export function answerStoreCall(store: StateStore, message: unknown, reply: (answer: StoreReply) => void): boolean {
  if (!isStoreCall(message)) return false;
  const id = message.storeCall;
  void run(store, message.method, message.args).then(
    (value) => reply({ storeReply: id, value }),
    (error: unknown) => reply({ storeReply: id, error: describe(error) }),
  );
  return true;
}

async function run(store: StateStore, method: string, args: unknown[]): Promise<unknown> {
  if (!STORE_METHODS.includes(method)) throw new Error(`the store has no method ${method}`);
  if (!Array.isArray(args)) throw new Error(`${method} was called without an argument list`);
  const [table, name] = method.split('.');
  if (!name) return table === 'shared' ? store.shared(...(args as [string, string])) : store.reset(...(args as [string?]));
  const target = store[table as keyof StateStore] as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  return target[name](...args);
}

function describe(error: unknown): StoreReply['error'] {
  if (error instanceof MockError) return { message: error.message, kind: error.kind, status: error.status };
  return { message: error instanceof Error ? error.message : String(error) };
}
