import type { Delivery, Job, JournalEntry, JournalFilter, NewJournalEntry, Scenario, Terminal } from './records';
import type { JsonObject } from '../../core/model/load';

/** Time as the mock sees it, by which a store judges expiry; tests inject a manual clock (jobs/clock.ts) instead of sleeping. */
export interface Clock {
  now(): number;
}

/**
 * Everything a mock remembers between requests, behind one interface so that several mocks (or the
 * workers of one) can share it: in this process's memory (the default), in the primary of a cluster
 * (`--workers N`), or in Redis (`--store redis://…`). Every method is asynchronous because two of the
 * three are across a connection; the memory store answers at once.
 *
 * Namespaces (`X-Mock-Namespace`) keep parallel test workers apart: every record belongs to one, ''
 * being the namespace of requests that name none. Methods that take `ns?: string` treat undefined as
 * "every namespace" (the control API without a namespace sees and resets everything).
 */
export interface StateStore {
  readonly jobs: JobTable;
  readonly journal: JournalLog;
  readonly scenarios: ScenarioList;
  readonly deliveries: DeliveryLog;
  readonly files: FileTable;
  /** The vendors' limits counted for every instance at once (`--limits` with `--store`); absent, each process counts its own. */
  readonly limits?: LimitCounts;
  /** Forgets one namespace's journal, jobs, scenarios, deliveries and files; all of them when ns is undefined. */
  reset(ns?: string): Promise<void>;
  /**
   * The value stored under `name`, storing `value` first when there is none (set-if-absent): what every
   * instance must hold alike (the webhook signing key), made by whichever starts first.
   */
  shared(name: string, value: string): Promise<string>;
  /** Releases connections and timers; the store is not used afterwards. */
  close(): Promise<void>;
}

/**
 * A job with a webhook, leased to one instance for a while: its webhooks go out in order, one step at
 * a time, from whichever instance holds the lease. `sent` is the last step handed on (delivered, given
 * up, or one the vendor sends nothing for); `attempts` the tries already made at the next one.
 */
export interface Lease {
  ns: string;
  id: string;
  sent: number;
  attempts: number;
}

/** What a lease holder records after a visit. */
export interface LeaseRecord {
  sent: number;
  attempts: number;
  /** When the job next needs a visit; undefined: never, unless a shown step is still unsent. */
  dueAt?: number;
  /** Keeps the lease this much longer (the holder goes on working). */
  renewMs?: number;
}

/** What may change in a stored job after its creation; applied atomically, so concurrent polls on two instances never lose a step. */
export interface JobChange {
  /** Poll mode: progress ticks to add (a status poll, `/__admin/jobs/:id/advance`). */
  ticks?: number;
  /** Time mode: how far to move the job's creation time back (`/__admin/jobs/:id/advance`). */
  shiftMs?: number;
  /** Ends the job (cancellation, `/__admin/jobs/:id/finish`), unless it was already forced. */
  forced?: Terminal;
}

export interface JobTable {
  /**
   * Keeps a new job, making room as `--max-jobs` requires (expired jobs first, then the oldest
   * finished one); false when every job kept is unfinished (the vendor's 429).
   */
  add(job: Job): Promise<boolean>;
  /**
   * The job in this namespace (in any, when ns is undefined: the control API without a namespace),
   * unexpired; undefined otherwise. Ownership is the engine's check.
   */
  get(ns: string | undefined, id: string): Promise<Job | undefined>;
  /** Applies the change (a shift moves dueAt too) and returns the job as it is afterwards; undefined when it is gone. */
  change(ns: string, id: string, change: JobChange): Promise<Job | undefined>;
  /**
   * Records that the status endpoint now shows `step` (stamping updatedAt, and completedAt when
   * terminal). True for the one caller, on any instance, that moved it there: that caller sends the
   * step's webhook, so each is delivered once however many instances run.
   */
  show(ns: string, id: string, step: number, at: number, terminal: boolean): Promise<boolean>;
  /**
   * Jobs with a webhook whose visit is due by `now` (a job is due at creation, then when its holder
   * said, or when an unfinished lease ran out), at most `limit`, each leased to `holder` until
   * `now + leaseMs`. Any instance may take them: a job advances when its creator is gone.
   */
  leaseDue(now: number, leaseMs: number, limit: number, holder: string): Promise<Lease[]>;
  /** One job's lease, taken or renewed by `holder` whether due or not; undefined when another holds it or the job has no webhook. */
  lease(ns: string, id: string, now: number, leaseMs: number, holder: string): Promise<Lease | undefined>;
  /**
   * Records a holder's progress and ends (or renews) its lease. A shown step still unsent makes the
   * job due at once, so a step shown by a poll during the visit is not left waiting. False when the
   * lease had passed to another holder (the progress is still kept: steps only move forward).
   */
  record(ns: string, id: string, holder: string, now: number, progress: LeaseRecord): Promise<boolean>;
  /**
   * One page of an index, oldest first (newest first with `newestFirst`), read from where the cursor
   * points: a bounded slice however many jobs are kept, never a scan of them all.
   */
  page(index: JobIndex, options: PageOptions): Promise<JobPage>;
  /** How many unexpired jobs an index holds: a counter kept by every change, not a count of them. */
  count(index?: JobIndex): Promise<number>;
}

/**
 * The job indexes every store keeps, each in creation order: every job ({}), a namespace's, a
 * vendor's, a vendor's in a namespace, and one key's jobs of a vendor in a namespace (what a vendor's
 * own listing shows). An owner needs its namespace and vendor, and is the job's `owner`: the key's
 * digest (state/owner.ts ownerTag), never the key itself.
 */
export type JobIndex = { ns?: string; provider?: string; owner?: undefined } | { ns: string; provider: string; owner: string };

export interface PageOptions {
  /** At most this many jobs (a page may hold fewer when jobs expired between the index and their rows). */
  limit: number;
  /** A `next` from an earlier page of the same index and order; unset, the first page. */
  after?: number;
  newestFirst?: boolean;
}

export interface JobPage {
  jobs: Job[];
  /** Where the next page starts; undefined when this page reached the index's end. */
  next?: number;
}

export interface JournalLog {
  /**
   * Bounded: the oldest entries go first (the journal size is per store, all namespaces together). A
   * deferred entry is made when read, or at once by a store that keeps entries elsewhere.
   */
  add(ns: string, entry: NewJournalEntry): Promise<void>;
  /** Oldest first. */
  list(ns: string | undefined, filter?: JournalFilter): Promise<JournalEntry[]>;
  clear(ns?: string): Promise<void>;
}

export interface ScenarioList {
  add(ns: string, scenario: Omit<Scenario, 'id'>): Promise<Scenario>;
  /** Consumes one use of the first scenario for this operation, atomically (two instances never both take the last use). */
  take(ns: string, provider: string, operationId: string): Promise<Scenario | undefined>;
  list(ns: string | undefined): Promise<Scenario[]>;
  clear(ns?: string): Promise<void>;
}

export interface DeliveryLog {
  /** Adds or replaces (by id) a delivery's record; bounded like the journal. */
  put(ns: string, delivery: Delivery): Promise<void>;
  list(ns: string | undefined): Promise<Delivery[]>;
  clear(ns?: string): Promise<void>;
}

/** A file uploaded through a vendor's storage API (fal storage), as reserved. */
export interface FileMeta {
  contentType: string;
  fileName: string;
  createdAt: number;
  /** How long it is served after creation (never above the store's lifetime). */
  ttlMs: number;
  /** Uploaded in parts, joined by `complete`. */
  multipart: boolean;
  /**
   * The secret in the upload URL (which a file URL does not reveal): whoever holds it may write the
   * bytes. Absent for a file whose bytes came with its creation (Replicate's files API): no URL writes it.
   */
  uploadToken?: string;
  /** What the vendor keeps beside the bytes (Replicate's owner, metadata and checksums): plain JSON. */
  facts?: JsonObject;
}

export interface StoredFile {
  meta: FileMeta;
  /** Set once the bytes arrived (a single PUT, or the parts joined). */
  bytes?: Buffer;
}

/** A file without its bytes: what an upload checks before it reads a body. */
export interface FileState {
  meta: FileMeta;
  /** The bytes arrived (a single PUT, or the parts joined): it takes no more writes. */
  complete: boolean;
}

/**
 * What became of a write: stored; the file is gone (expired, evicted, never made); it is complete
 * (written once, or its parts joined); or the file would be larger than the whole store.
 */
export type WriteOutcome = 'ok' | 'gone' | 'complete' | 'too-big';

/**
 * Files uploaded through a vendor's storage API, with their bytes: bounded in count, bytes and age
 * (the oldest go first). Read by id alone: a file URL names no namespace.
 */
export interface FileTable {
  /** Reserves a file whose bytes are to come. */
  create(ns: string, id: string, meta: FileMeta): Promise<void>;
  /** The unexpired file with its bytes; undefined otherwise. */
  get(id: string): Promise<StoredFile | undefined>;
  /** The unexpired file without its bytes; undefined otherwise. */
  state(id: string): Promise<FileState | undefined>;
  /**
   * Stores the whole file's bytes once, or one part of a multipart upload not yet joined (a part sent
   * again replaces the earlier one). A file, its parts together, never holds more than the store.
   */
  write(id: string, bytes: Buffer, part?: number): Promise<WriteOutcome>;
  /**
   * Joins a multipart upload's listed parts (distinct numbers; the route checks the list) in
   * part-number order, dropping the parts not listed; why not, when it cannot.
   */
  complete(id: string, partNumbers: number[]): Promise<string | undefined>;
  /** The namespace's unexpired files, oldest first, without their bytes. */
  list(ns: string): Promise<{ id: string; meta: FileMeta }[]>;
  /** Forgets the file and its bytes; false when there was none. */
  remove(id: string): Promise<boolean>;
  clear(ns?: string): Promise<void>;
}

/** One limit a request counts against, for one key or address. */
export interface LimitCheck {
  /** The limit and who it counts (`limits.ts`); may hold an API key, so stores keep a digest of it. */
  id: string;
  kind: 'in-flight' | 'rate';
  max: number;
  /** Rate limits: the sliding window. */
  windowMs: number;
}

/**
 * Limit counters shared by every instance: requests in flight and the times of recent requests, per
 * limit and key, each bounded (a rate window holds at most `max` times) and expiring on its own.
 */
export interface LimitCounts {
  /**
   * Counts the request under every check, or under none when one refuses: then the refusing check's
   * position, and for a rate window the ms until its oldest request leaves it.
   */
  admit(checks: LimitCheck[], now: number): Promise<{ refused: number; waitMs: number } | undefined>;
  /** Ends a request's in-flight counts. */
  release(checks: LimitCheck[]): Promise<void>;
  /** Rate windows start afresh; requests in flight still count. */
  resetRates(): Promise<void>;
}
