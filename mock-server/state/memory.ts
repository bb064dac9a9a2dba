import type { DeferredEntry, Delivery, Job, JournalEntry, JournalFilter, NewJournalEntry, Scenario } from './records';
import { PackedJobs } from './packed-jobs';
import { indexName, indexNames } from './job-index';
import { OrderedIds } from './ordered-ids';
import { DueIndex } from './due-index';
import type {
  Clock,
  DeliveryLog,
  FileMeta,
  FileState,
  FileTable,
  StoredFile,
  WriteOutcome,
  JobChange,
  JobIndex,
  JobPage,
  JobTable,
  JournalLog,
  Lease,
  LeaseRecord,
  PageOptions,
  ScenarioList,
  StateStore,
} from './store';
import {
  approximateBytes,
  ended,
  expired,
  makingRoom,
  fileLifetime,
  filterJournal,
  firstVisit,
  hasRoom,
  isDeferred,
  journalRecord,
  leasedToOther,
  nextVisit,
  overBound,
  refuseCompletion,
  scenarioApplies,
  storeLimits,
  tooBig,
  type Bound,
  type StoreOptions,
} from './policy';

/**
 * The default store: this process's memory. Its promises resolve at once and every method is a Map
 * or array operation, because this is the path every request of the default configuration takes.
 */
export class MemoryStore implements StateStore {
  readonly jobs: MemoryJobs;
  readonly journal: MemoryJournal;
  readonly scenarios = new MemoryScenarios();
  readonly deliveries: MemoryDeliveries;
  readonly files: MemoryFiles;
  private readonly values = new Map<string, string>();

  constructor(clock: Clock, options: StoreOptions = {}) {
    const limits = storeLimits(options);
    this.jobs = new MemoryJobs(clock, limits.jobTtlMs, limits.maxJobs);
    this.journal = new MemoryJournal(limits.journal);
    this.deliveries = new MemoryDeliveries(limits.deliveries);
    this.files = new MemoryFiles(clock, limits.files);
  }

  async reset(ns?: string): Promise<void> {
    this.jobs.clear(ns);
    this.journal.clearNow(ns);
    this.scenarios.clearNow(ns);
    this.deliveries.clearNow(ns);
    this.files.clearNow(ns);
  }

  async shared(name: string, value: string): Promise<string> {
    if (!this.values.has(name)) this.values.set(name, value);
    return this.values.get(name)!;
  }

  async close(): Promise<void> {
    await this.reset();
  }
}

/**
 * Jobs by id in creation order (a Map keeps it), so expiry sweeps stop at the first live job; each job a
 * packed row, and listed in pages through its indexes (job-index.ts), whose sizes are the counts.
 */
export class MemoryJobs implements JobTable {
  private readonly slots = new Map<string, number>();
  private readonly rows = new PackedJobs();
  private readonly indexes = new Map<string, OrderedIds>();
  private seq = 0;
  /** Jobs with a webhook: their lease and progress, by id (bounded by the jobs kept: a visit drops a gone job's). */
  private readonly outbox = new Map<string, Lease & { holder?: string; leaseUntil: number }>();
  private readonly due = new DueIndex();
  /**
   * The two kinds of finished job that may make room under `--max-jobs` (policy.ts `makingRoom`), as
   * Redis keeps them: ended jobs by creation sequence, and time-mode jobs not yet ended by due time.
   */
  private ended = new DueIndex();
  private timed = new DueIndex();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
    readonly capacity: number,
  ) {}

  async add(job: Job): Promise<boolean> {
    if (!this.makeRoom()) return false;
    const seq = ++this.seq;
    this.slots.set(job.id, this.rows.put(job, seq));
    if (ended(job)) this.ended.set(job.id, seq);
    else if (job.dueAt !== undefined) this.timed.set(job.id, job.dueAt);
    for (const name of indexNames(job)) {
      let index = this.indexes.get(name);
      if (!index) this.indexes.set(name, (index = new OrderedIds()));
      index.push(seq, job.id);
    }
    const visit = firstVisit(job);
    if (visit !== undefined) {
      this.outbox.set(job.id, { ns: job.ns, id: job.id, sent: 0, attempts: 0, leaseUntil: 0 });
      this.due.set(job.id, visit);
    }
    return true;
  }

  async get(ns: string | undefined, id: string): Promise<Job | undefined> {
    const slot = this.live(ns, id);
    return slot === undefined ? undefined : this.rows.get(slot, id);
  }

  async change(ns: string, id: string, change: JobChange): Promise<Job | undefined> {
    const slot = this.live(ns, id);
    if (slot === undefined) return undefined;
    if (change.ticks) this.rows.addTicks(slot, change.ticks);
    if (change.shiftMs) {
      this.rows.shift(slot, change.shiftMs);
      const dueAt = this.rows.dueAt(slot);
      if (dueAt !== undefined && !this.rows.ended(slot)) this.timed.set(id, dueAt);
    }
    if (change.forced) {
      this.rows.force(slot, change.forced);
      this.end(id, slot);
    }
    return this.rows.get(slot, id);
  }

  async show(ns: string, id: string, step: number, at: number, terminal: boolean): Promise<boolean> {
    const slot = this.live(ns, id);
    // Steps only move forward, so the first caller to show one is the one that moved it.
    if (slot === undefined || step <= this.rows.shownStep(slot)) return false;
    this.rows.show(slot, step, at, terminal);
    if (terminal) this.end(id, slot);
    return true;
  }

  async page(index: JobIndex, options: PageOptions): Promise<JobPage> {
    this.sweep();
    const now = this.clock.now();
    const jobs: Job[] = [];
    let last: number | undefined;
    for (const [seq, id] of this.indexes.get(indexName(index))?.from(options.after, options.newestFirst ?? false) ?? []) {
      if (jobs.length === options.limit) return { jobs, next: last };
      last = seq;
      const slot = this.slots.get(id)!;
      // A job made older by a shift may have expired behind a live one, where the sweep stops.
      if (!expired(this.rows.createdAt(slot), this.ttlMs, now)) jobs.push(this.rows.get(slot, id));
    }
    return { jobs };
  }

  async count(index: JobIndex = {}): Promise<number> {
    this.sweep();
    return this.indexes.get(indexName(index))?.size ?? 0;
  }

  async leaseDue(now: number, leaseMs: number, limit: number, holder: string): Promise<Lease[]> {
    const out: Lease[] = [];
    for (const id of this.due.take(now, limit)) {
      const entry = this.outbox.get(id);
      if (!entry) continue;
      if (entry.leaseUntil > now) {
        this.due.set(id, entry.leaseUntil);
        continue;
      }
      out.push(this.hold(entry, now, leaseMs, holder));
    }
    return out;
  }

  async lease(ns: string, id: string, now: number, leaseMs: number, holder: string): Promise<Lease | undefined> {
    const entry = this.outbox.get(id);
    if (!entry || entry.ns !== ns || leasedToOther(entry.leaseUntil, entry.holder, holder, now)) return undefined;
    return this.hold(entry, now, leaseMs, holder);
  }

  async record(ns: string, id: string, holder: string, now: number, progress: LeaseRecord): Promise<boolean> {
    const entry = this.outbox.get(id);
    const slot = this.live(ns, id);
    if (!entry || slot === undefined) {
      if (entry?.ns === ns) this.forget(id);
      return false;
    }
    if (progress.sent >= entry.sent) Object.assign(entry, { sent: progress.sent, attempts: progress.attempts });
    if (entry.holder !== holder) return false;
    if (progress.renewMs !== undefined) {
      entry.leaseUntil = now + progress.renewMs;
      this.due.set(id, entry.leaseUntil);
      return true;
    }
    entry.holder = undefined;
    entry.leaseUntil = 0;
    const at = nextVisit(this.rows.shownStep(slot), entry.sent, now, progress.dueAt);
    if (at === undefined) this.forget(id);
    else this.due.set(id, at);
    return true;
  }

  clear(ns?: string) {
    for (const [id, entry] of this.outbox) if (ns === undefined || entry.ns === ns) this.forget(id);
    if (ns === undefined) {
      this.slots.clear();
      this.indexes.clear();
      this.ended = new DueIndex();
      this.timed = new DueIndex();
      return this.rows.clear();
    }
    // Read before dropping: each drop changes the index being read.
    const ids = [...(this.indexes.get(indexName({ ns }))?.from(undefined, false) ?? [])].map(([, id]) => id);
    for (const id of ids) this.drop(id, this.slots.get(id)!);
  }

  private hold(entry: Lease & { holder?: string; leaseUntil: number }, now: number, leaseMs: number, holder: string): Lease {
    entry.holder = holder;
    entry.leaseUntil = now + leaseMs;
    // Due again when the lease runs out, unless the holder records first: a holder that dies leaves the job to others.
    this.due.set(entry.id, entry.leaseUntil);
    return { ns: entry.ns, id: entry.id, sent: entry.sent, attempts: entry.attempts };
  }

  private forget(id: string) {
    this.outbox.delete(id);
    this.due.delete(id);
  }

  private drop(id: string, slot: number) {
    const seq = this.rows.seq(slot);
    for (const name of indexNames({ ns: this.rows.ns(slot), provider: this.rows.provider(slot), owner: this.rows.owner(slot) })) {
      const index = this.indexes.get(name)!;
      index.delete(seq);
      if (index.size === 0) this.indexes.delete(name);
    }
    this.slots.delete(id);
    this.ended.delete(id);
    this.timed.delete(id);
    this.rows.release(slot);
  }

  /** Forced or shown terminal: among the first to make room, and no longer waiting for a due time. */
  private end(id: string, slot: number) {
    this.ended.set(id, this.rows.seq(slot));
    this.timed.delete(id);
  }

  private live(ns: string | undefined, id: string): number | undefined {
    const slot = this.slots.get(id);
    if (slot === undefined || (ns !== undefined && this.rows.ns(slot) !== ns)) return undefined;
    if (!expired(this.rows.createdAt(slot), this.ttlMs, this.clock.now())) return slot;
    this.drop(id, slot);
    return undefined;
  }

  /** Expired jobs from the oldest, stopping at the first live one. */
  private sweep() {
    const now = this.clock.now();
    for (const [id, slot] of this.slots) {
      if (!expired(this.rows.createdAt(slot), this.ttlMs, now)) return;
      this.drop(id, slot);
    }
  }

  /** Room for one more job: expired jobs go first, then the one policy.ts `makingRoom` picks; false when none may go. */
  private makeRoom(): boolean {
    this.sweep();
    if (hasRoom(this.slots.size, this.capacity)) return true;
    const now = this.clock.now();
    const going = makingRoom(
      () => this.ended.take(Infinity, 1)[0],
      () => this.timed.take(now, 1)[0],
    );
    if (going !== undefined) this.drop(going, this.slots.get(going)!);
    return going !== undefined;
  }
}

/**
 * Bounded in entries and bytes, the oldest going first: WireMock's unbounded journal is a known source
 * of out-of-memory reports. Entries arrive bounded (journal/recorded.ts), so sizing one is cheap; a
 * deferred one (records.ts) says its size and is made, once, when first read.
 */
export class MemoryJournal implements JournalLog {
  /** Oldest first, with each entry's size; `head` is where the live part starts (shifting one by one would be O(n)). */
  private items: JournalItem[] = [];
  private head = 0;
  private bytes = 0;
  private next = 1;

  constructor(private readonly bound: Bound) {}

  async add(ns: string, entry: NewJournalEntry): Promise<void> {
    const id = this.next++;
    if (isDeferred(entry)) this.push({ id, ns, deferred: entry, bytes: entry.bytes });
    else this.push(made({ id, ...journalRecord(ns, entry) }, this.bound.bytes));
  }

  async list(ns: string | undefined, filter: JournalFilter = {}): Promise<JournalEntry[]> {
    return filterJournal(this.entries(), ns, filter);
  }

  async clear(ns?: string): Promise<void> {
    this.clearNow(ns);
  }

  clearNow(ns?: string) {
    const kept = ns === undefined ? [] : this.items.slice(this.head).filter((item) => item.ns !== ns);
    this.items = [];
    this.head = 0;
    this.bytes = 0;
    for (const item of kept) this.push(item);
  }

  private push(item: JournalItem) {
    this.items.push(item);
    this.bytes += item.bytes;
    this.trim();
  }

  private trim() {
    // The newest entry stays even when it alone is over the bytes: it is bounded when built.
    while (overBound(this.items.length - this.head, this.bytes, this.bound)) {
      this.bytes -= this.items[this.head].bytes;
      this.items[this.head++] = undefined!;
    }
    if (this.head > this.bound.count) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  /** Oldest first; deferred entries made now and kept made, the bound applied again to their made size. */
  private entries(): JournalEntry[] {
    const out: JournalEntry[] = [];
    let grew = false;
    for (let i = this.head; i < this.items.length; i++) {
      let item = this.items[i];
      if (item.deferred) {
        const shown = made({ id: item.id, ...journalRecord(item.ns, item.deferred) }, this.bound.bytes);
        grew ||= shown.bytes > item.bytes;
        this.bytes += shown.bytes - item.bytes;
        this.items[i] = item = shown;
      }
      out.push(item.entry!);
    }
    if (grew) this.trim();
    return out;
  }
}

/** A journal entry as the memory store keeps it: made, or deferred until read; `ns` is '' for none. */
interface JournalItem {
  id: number;
  ns: string;
  entry?: JournalEntry;
  deferred?: DeferredEntry;
  bytes: number;
}

function made(entry: JournalEntry, cap: number): JournalItem {
  return { id: entry.id, ns: entry.namespace ?? '', entry, bytes: approximateBytes(entry, cap) };
}

class MemoryScenarios implements ScenarioList {
  private items: { ns: string; scenario: Scenario }[] = [];
  private next = 1;

  async add(ns: string, scenario: Omit<Scenario, 'id'>): Promise<Scenario> {
    const stored = { id: this.next++, ...scenario };
    this.items.push({ ns, scenario: stored });
    return stored;
  }

  async take(ns: string, provider: string, operationId: string): Promise<Scenario | undefined> {
    const item = this.items.find(({ ns: at, scenario }) => scenarioApplies(scenario, at, ns, provider, operationId));
    if (!item) return undefined;
    item.scenario.remaining -= 1;
    if (item.scenario.remaining <= 0) this.items = this.items.filter((each) => each !== item);
    // A copy, as a remote store's would be: later takes must not change what this caller saw.
    return { ...item.scenario };
  }

  async list(ns: string | undefined): Promise<Scenario[]> {
    return this.items.filter((item) => ns === undefined || item.ns === ns).map((item) => item.scenario);
  }

  async clear(ns?: string): Promise<void> {
    this.clearNow(ns);
  }

  clearNow(ns?: string) {
    this.items = ns === undefined ? [] : this.items.filter((item) => item.ns !== ns);
  }
}

/** Deliveries by id in the order first recorded; the oldest go past the capacity or the bytes. */
export class MemoryDeliveries implements DeliveryLog {
  private readonly log = new Map<string, { ns: string; delivery: Delivery; bytes: number }>();
  private bytes = 0;

  constructor(private readonly bound: Bound) {}

  async put(ns: string, delivery: Delivery): Promise<void> {
    const bytes = approximateBytes(delivery);
    const known = this.log.get(delivery.id);
    this.bytes += bytes - (known?.bytes ?? 0);
    if (known) Object.assign(known, { delivery, bytes });
    else this.log.set(delivery.id, { ns, delivery, bytes });
    for (const [id, item] of this.log) {
      if (!overBound(this.log.size, this.bytes, this.bound)) break;
      if (id === delivery.id) continue;
      this.bytes -= item.bytes;
      this.log.delete(id);
    }
  }

  async list(ns: string | undefined): Promise<Delivery[]> {
    const out: Delivery[] = [];
    for (const item of this.log.values()) if (ns === undefined || item.ns === ns) out.push(item.delivery);
    return out;
  }

  async clear(ns?: string): Promise<void> {
    this.clearNow(ns);
  }

  clearNow(ns?: string) {
    for (const [id, item] of this.log) {
      if (ns !== undefined && item.ns !== ns) continue;
      this.bytes -= item.bytes;
      this.log.delete(id);
    }
  }
}

interface MemoryFile extends StoredFile {
  ns: string;
  /** Multipart uploads: the parts received so far, by part number. */
  parts?: Map<number, Buffer>;
}

/** Files by id, bounded in count, bytes (parts included) and age: the oldest go first, never the one just written. */
export class MemoryFiles implements FileTable {
  private readonly files = new Map<string, MemoryFile>();
  private bytes = 0;

  constructor(
    private readonly clock: Clock,
    private readonly bound: Bound & { ttlMs: number },
  ) {}

  async create(ns: string, id: string, meta: FileMeta): Promise<void> {
    this.sweep();
    while (!hasRoom(this.files.size, this.bound.count)) this.evictOldest();
    this.files.set(id, { ns, meta: { ...meta, ttlMs: fileLifetime(meta.ttlMs, this.bound.ttlMs) }, parts: meta.multipart ? new Map() : undefined });
  }

  async get(id: string): Promise<StoredFile | undefined> {
    const file = this.live(id);
    return file && { meta: file.meta, bytes: file.bytes };
  }

  async state(id: string): Promise<FileState | undefined> {
    const file = this.live(id);
    return file && { meta: file.meta, complete: file.bytes !== undefined };
  }

  async write(id: string, bytes: Buffer, part?: number): Promise<WriteOutcome> {
    const file = this.live(id);
    if (!file) return 'gone';
    if (file.bytes || (part !== undefined) !== file.meta.multipart) return 'complete';
    const previous = part === undefined ? 0 : (file.parts?.get(part)?.length ?? 0);
    if (tooBig(sizeOf(file), previous, bytes.length, this.bound.bytes)) return 'too-big';
    this.bytes += bytes.length - previous;
    if (part === undefined) file.bytes = bytes;
    else file.parts?.set(part, bytes);
    while (overBound(this.files.size, this.bytes, this.bound)) this.evictOldest(file);
    return 'ok';
  }

  async complete(id: string, partNumbers: number[]): Promise<string | undefined> {
    const found = this.live(id);
    const refused = refuseCompletion(found && { multipart: found.meta.multipart, complete: !found.parts, has: (n) => found.parts!.has(n) }, partNumbers);
    if (refused !== undefined) return refused;
    // Not refused: the file is there, multipart and not yet joined, so its parts are.
    const file = found!;
    const parts = file.parts!;
    this.bytes -= sizeOf(file);
    // Each part once, however often it is listed: the join is never larger than the parts stored.
    file.bytes = Buffer.concat([...new Set(partNumbers)].sort((a, b) => a - b).map((n) => parts.get(n)!));
    file.parts = undefined;
    this.bytes += file.bytes.length;
    return undefined;
  }

  async list(ns: string): Promise<{ id: string; meta: FileMeta }[]> {
    this.sweep();
    return [...this.files].filter(([, file]) => file.ns === ns).map(([id, file]) => ({ id, meta: file.meta }));
  }

  async remove(id: string): Promise<boolean> {
    const file = this.live(id);
    if (file) this.drop(id, file);
    return file !== undefined;
  }

  async clear(ns?: string): Promise<void> {
    this.clearNow(ns);
  }

  clearNow(ns?: string) {
    for (const [id, file] of this.files) if (ns === undefined || file.ns === ns) this.drop(id, file);
  }

  private live(id: string): MemoryFile | undefined {
    const file = this.files.get(id);
    if (!file) return undefined;
    if (!expired(file.meta.createdAt, file.meta.ttlMs, this.clock.now())) return file;
    this.drop(id, file);
    return undefined;
  }

  private sweep() {
    const now = this.clock.now();
    for (const [id, file] of this.files) if (expired(file.meta.createdAt, file.meta.ttlMs, now)) this.drop(id, file);
  }

  private evictOldest(keep?: MemoryFile) {
    for (const [id, file] of this.files) {
      if (file === keep) continue;
      this.drop(id, file);
      return;
    }
  }

  private drop(id: string, file: MemoryFile) {
    this.files.delete(id);
    this.bytes -= sizeOf(file);
  }
}

function sizeOf(file: MemoryFile): number {
  let size = file.bytes?.length ?? 0;
  for (const part of file.parts?.values() ?? []) size += part.length;
  return size;
}
