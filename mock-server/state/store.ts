import type { Job, Terminal } from '../jobs/store';
import type { Delivery } from '../jobs/webhooks';
import type { JournalEntry, JournalFilter } from '../admin/journal';
import type { Scenario } from '../admin/scenarios';
import type { JsonObject } from '../spec/load';

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
  /** Releases connections and timers; the store is not used afterwards. */
  close(): Promise<void>;
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
