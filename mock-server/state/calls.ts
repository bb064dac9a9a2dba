import type { StateStore } from './store';
import type { ErrorKind } from '../errors/catalogue';

type Table = 'jobs' | 'journal' | 'scenarios' | 'deliveries' | 'files';

/**
 * Every method of the store contract a worker may ask the cluster primary for, by table. Typed so that
 * a method added to (or removed from) store.ts fails to compile here until the protocol follows.
 * `close` is absent on purpose: the primary's store outlives any one worker.
 */
export const STORE_TABLES: { [T in Table]: Record<keyof StateStore[T], true> } = {
  jobs: { add: true, get: true, change: true, show: true, page: true, count: true, leaseDue: true, lease: true, record: true },
  journal: { add: true, list: true, clear: true },
  scenarios: { add: true, take: true, list: true, clear: true },
  deliveries: { put: true, list: true, clear: true },
  files: { create: true, get: true, state: true, write: true, complete: true, list: true, remove: true, clear: true },
};

/** `jobs.get`, …, and the store's own `reset` and `shared`. */
export const STORE_METHODS: readonly string[] = [
  'reset',
  'shared',
  ...Object.entries(STORE_TABLES).flatMap(([table, methods]) => Object.keys(methods).map((name) => `${table}.${name}`)),
];

/** A worker's request: run `method` with `args` on the primary's store. */
export interface StoreCall {
  storeCall: number;
  method: string;
  args: unknown[];
}

/** The primary's answer to the call with the same id: its value, or why it failed (a MockError keeps its kind). */
export interface StoreReply {
  storeReply: number;
  value?: unknown;
  error?: { message: string; kind?: ErrorKind; status?: number };
}

export const isStoreCall = (message: unknown): message is StoreCall => typeof (message as StoreCall | null)?.storeCall === 'number';
export const isStoreReply = (message: unknown): message is StoreReply => typeof (message as StoreReply | null)?.storeReply === 'number';
