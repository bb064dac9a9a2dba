import type { RecordedRequest } from './recorded';

/** One served request, as `/__admin/requests` lists it. */
export interface JournalEntry {
  id: number;
  /** The request's `X-Mock-Namespace`, when it named one. */
  namespace?: string;
  at: string;
  method: string;
  provider?: string;
  operationId?: string;
  path: string;
  status: number;
  ms: number;
  /** Why the mock refused or redirected the request, when it did. */
  note?: string;
  /** The request's fields and files, shortened. */
  request?: string;
  /** The body answered, shortened. */
  answer?: string;
  /** Method, vendor path, query, headers (no secrets) and fields, for `/__admin/requests/find`. */
  call?: RecordedRequest;
}

export interface JournalFilter {
  provider?: string;
  path?: string;
  operationId?: string;
  limit?: number;
}

/** One namespace's entries (every one's when ns is undefined) that pass the filter, the last `limit` of them. */
export function filterJournal(entries: JournalEntry[], ns: string | undefined, filter: JournalFilter): JournalEntry[] {
  const matches = entries.filter(
    (e) =>
      (ns === undefined || (e.namespace ?? '') === ns) &&
      (!filter.provider || e.provider === filter.provider) &&
      (!filter.operationId || e.operationId === filter.operationId) &&
      (!filter.path || e.path.includes(filter.path)),
  );
  return filter.limit ? matches.slice(-filter.limit) : matches;
}
