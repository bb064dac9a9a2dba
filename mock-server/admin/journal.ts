import type { RecordedRequest } from './recorded';

/** One served request, as `/__admin/requests` lists it. */
export interface JournalEntry {
  id: number;
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

/** A bounded ring: WireMock's unbounded journal is a known source of out-of-memory reports. */
export class Journal {
  private readonly ring: (JournalEntry | undefined)[];
  /** Where the next entry goes; also how many have been added, modulo capacity. */
  private head = 0;
  private count = 0;
  private next = 1;

  constructor(private readonly capacity: number) {
    this.ring = new Array(capacity);
  }

  /** O(1): the oldest entry is overwritten once the ring is full. */
  add(entry: Omit<JournalEntry, 'id'>): JournalEntry {
    const full = { id: this.next++, ...entry };
    this.ring[this.head] = full;
    this.head = (this.head + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
    return full;
  }

  /** Oldest first. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const entries: JournalEntry[] = [];
    for (let i = 0; i < this.count; i++) entries.push(this.ring[(this.head - this.count + i + this.capacity) % this.capacity]!);
    const matches = entries.filter(
      (e) =>
        (!filter.provider || e.provider === filter.provider) &&
        (!filter.operationId || e.operationId === filter.operationId) &&
        (!filter.path || e.path.includes(filter.path)),
    );
    return filter.limit ? matches.slice(-filter.limit) : matches;
  }

  clear() {
    this.ring.fill(undefined);
    this.head = 0;
    this.count = 0;
  }

  get size() {
    return this.count;
  }
}
