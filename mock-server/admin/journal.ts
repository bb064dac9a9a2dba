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
}

export interface JournalFilter {
  provider?: string;
  path?: string;
  operationId?: string;
  limit?: number;
}

/** A bounded ring: WireMock's unbounded journal is a known source of out-of-memory reports. */
export class Journal {
  private entries: JournalEntry[] = [];
  private next = 1;

  constructor(private readonly capacity: number) {}

  add(entry: Omit<JournalEntry, 'id'>): JournalEntry {
    const full = { id: this.next++, ...entry };
    this.entries.push(full);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return full;
  }

  list(filter: JournalFilter = {}): JournalEntry[] {
    const matches = this.entries.filter(
      (e) =>
        (!filter.provider || e.provider === filter.provider) &&
        (!filter.operationId || e.operationId === filter.operationId) &&
        (!filter.path || e.path.includes(filter.path)),
    );
    return filter.limit ? matches.slice(-filter.limit) : matches;
  }

  clear() {
    this.entries = [];
  }

  get size() {
    return this.entries.length;
  }
}
