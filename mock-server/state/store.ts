import type { Job, Terminal } from '../jobs/store';
import type { Delivery } from '../jobs/webhooks';
import type { JournalEntry, JournalFilter } from '../admin/journal';
import type { Scenario } from '../admin/scenarios';

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
  /** Oldest first. */
  list(ns: string | undefined, filter?: { provider?: string; owner?: string }): Promise<Job[]>;
  count(ns?: string): Promise<number>;
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
}

export interface JournalLog {
  /** Bounded: the oldest entries go first (the journal size is per store, all namespaces together). */
  add(ns: string, entry: Omit<JournalEntry, 'id'>): Promise<void>;
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
}

export interface StoredFile {
  meta: FileMeta;
  /** Set once the bytes arrived (a single PUT, or the parts joined). */
  bytes?: Buffer;
}

/**
 * Files uploaded through a vendor's storage API, with their bytes: bounded in count, bytes and age
 * (the oldest go first). Read by id alone: a file URL names no namespace.
 */
export interface FileTable {
  /** Reserves a file whose bytes are to come. */
  create(ns: string, id: string, meta: FileMeta): Promise<void>;
  /** The unexpired file; undefined otherwise. */
  get(id: string): Promise<StoredFile | undefined>;
  /** Stores the whole file's bytes, or one part of a multipart upload; false when they cannot fit at all. */
  write(id: string, bytes: Buffer, part?: number): Promise<boolean>;
  /** Joins a multipart upload's listed parts in part-number order; why not, when it cannot. */
  complete(id: string, partNumbers: number[]): Promise<string | undefined>;
  clear(ns?: string): Promise<void>;
}
