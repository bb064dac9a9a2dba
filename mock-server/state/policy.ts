/**
 * The rules every StateStore keeps, written once: the defaults of its bounds, when a job or a file
 * has expired, which job is finished and when a new one finds room (else the vendor's 429), how a
 * bounded log or table stays within its records and bytes, which scenario a request takes, when a
 * job with a webhook is next visited, and what `files.complete` answers when it refuses.
 *
 * The memory store calls these. The Redis store calls them around its scripts and passes their
 * numbers in as ARGV; a rule a script must apply atomically inside Redis is restated there in Lua,
 * and redis-scripts.ts names the function here that each such line mirrors. The store contract
 * (test/state/store-contract.ts) holds every store to the same answers.
 */
import type { DeferredEntry, Job, JournalEntry, JournalFilter, NewJournalEntry, Scenario } from './records';

/** A store's bound: at most `count` records and about `bytes` bytes of them. */
export interface Bound {
  count: number;
  bytes: number;
}

const MiB = 1024 * 1024;
const HOUR = 60 * 60 * 1000;

/**
 * What a store holds unless told otherwise (`--job-ttl`, `--max-jobs`, `--budget`; budget.ts reads
 * the journal, delivery and file bounds from here into its table of every bound).
 */
export const STORE_DEFAULTS = {
  /** Jobs are forgotten this long after creation. */
  jobTtlMs: HOUR,
  /** Room for a long load test's jobs, bounded all the same. */
  maxJobs: 200_000,
  /** The request journal, all namespaces together. */
  journal: { count: 1000, bytes: 16 * MiB },
  /** Webhook deliveries and their attempts. */
  deliveries: { count: 1000, bytes: 8 * MiB },
  /** Files uploaded through a vendor's storage API, their bytes included, each kept at most a day. */
  files: { count: 1000, bytes: 512 * MiB, ttlMs: 24 * HOUR },
} as const;

/** The bounds a store is opened with; each one left out takes its default. */
export interface StoreOptions {
  /** Journal entries kept, all namespaces together, and about how many bytes of them. */
  journalSize?: number;
  journalBytes?: number;
  /** Jobs are forgotten this long after creation. */
  jobTtlMs?: number;
  /** At most this many jobs are kept (`--max-jobs`). */
  maxJobs?: number;
  /** Webhook deliveries kept, and about how many bytes of them. */
  deliveries?: number;
  deliveryBytes?: number;
  /** Uploaded files kept, their bytes at most, and their lifetime (see specs/fal-rest/NOTES.md). */
  maxFiles?: number;
  maxFileBytes?: number;
  fileTtlMs?: number;
}

/** Every bound of a store, defaults filled in. */
export interface StoreLimits {
  jobTtlMs: number;
  maxJobs: number;
  journal: Bound;
  deliveries: Bound;
  files: Bound & { ttlMs: number };
}

export function storeLimits(options: StoreOptions = {}): StoreLimits {
  const d = STORE_DEFAULTS;
  return {
    jobTtlMs: options.jobTtlMs ?? d.jobTtlMs,
    maxJobs: options.maxJobs ?? d.maxJobs,
    journal: { count: options.journalSize ?? d.journal.count, bytes: options.journalBytes ?? d.journal.bytes },
    deliveries: { count: options.deliveries ?? d.deliveries.count, bytes: options.deliveryBytes ?? d.deliveries.bytes },
    files: { count: options.maxFiles ?? d.files.count, bytes: options.maxFileBytes ?? d.files.bytes, ttlMs: options.fileTtlMs ?? d.files.ttlMs },
  };
}

/** A job or file is kept until `ttlMs` after its creation, judged by the mock's clock (tests move it). */
export function expired(createdAt: number, ttlMs: number, now: number): boolean {
  return now - createdAt > ttlMs;
}

/** One more record fits while fewer than the bound are kept (jobs under `--max-jobs`, files under their count). */
export function hasRoom(kept: number, capacity: number): boolean {
  return kept < capacity;
}

/**
 * The job that goes to make room for a new one under `--max-jobs`, once the expired ones are gone:
 * the oldest `ended` one, else the one whose time-mode due time came first, if it has come (both are
 * finished). Undefined when every job kept is unfinished: none is dropped, since a client may still
 * be polling it, so the store refuses the new job and the vendor module answers its 429
 * (`noRoomMessage`). Each store keeps both kinds in an index, so neither scans its jobs.
 */
export function makingRoom(oldestEnded: () => string | undefined, firstDue: () => string | undefined): string | undefined {
  return oldestEnded() ?? firstDue();
}

/** What the vendor's 429 says when `jobs.add` found no room: every job kept is unfinished. */
export function noRoomMessage(maxJobs: number = STORE_DEFAULTS.maxJobs): string {
  return `The mock already holds ${maxJobs} unfinished jobs (its --max-jobs capacity): poll or finish some, reset with POST /__admin/reset, or start it with a larger --max-jobs.`;
}

/** Forced (cancellation, `/__admin/jobs/:id/finish`) or shown terminal: finished whatever the clock says. */
export function ended(job: Pick<Job, 'forced' | 'completedAt'>): boolean {
  return job.forced !== undefined || job.completedAt !== undefined;
}

/**
 * A bounded log or table (journal, deliveries, files' bytes) past its bound drops its oldest record,
 * one at a time, while this holds: more records or bytes than the bound, and more than one record
 * (the newest always stays, and never the one just written goes).
 */
export function overBound(count: number, bytes: number, bound: Bound): boolean {
  return count > 1 && (count > bound.count || bytes > bound.bytes);
}

/** A journal entry as kept, before the store numbers it: its namespace named only when it has one; a deferred one made now. */
export function journalRecord(ns: string, entry: NewJournalEntry): Omit<JournalEntry, 'id'> {
  const made = isDeferred(entry) ? entry.make() : entry;
  return ns ? { namespace: ns, ...made } : made;
}

export function isDeferred(entry: NewJournalEntry): entry is DeferredEntry {
  return typeof (entry as Partial<DeferredEntry>).make === 'function';
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

/** A request takes the first scenario of its namespace for its operation, of its vendor or of none; a use goes, and the last use the scenario. */
export function scenarioApplies(scenario: Pick<Scenario, 'provider' | 'operationId'>, at: string, ns: string, provider: string, operationId: string): boolean {
  return at === ns && scenario.operationId === operationId && (!scenario.provider || scenario.provider === provider);
}

/** A job with a webhook is first due for a visit when it is created; one without is never visited. */
export function firstVisit(job: Pick<Job, 'webhookUrl' | 'createdAt'>): number | undefined {
  return job.webhookUrl ? job.createdAt : undefined;
}

/** Another holder's lease, not yet run out, keeps a job from `holder`. */
export function leasedToOther(leaseUntil: number, owner: string | undefined, holder: string, now: number): boolean {
  return leaseUntil > now && owner !== holder;
}

/** After a visit a job is due at once while a shown step is unsent (a poll showed it meanwhile), else when its holder said. */
export function nextVisit(shownStep: number, sent: number, now: number, dueAt: number | undefined): number | undefined {
  return shownStep > sent ? now : dueAt;
}

/** A file lives as long as it asks, never longer than the store keeps files. */
export function fileLifetime(ttlMs: number, storeTtlMs: number): number {
  return Math.min(ttlMs, storeTtlMs);
}

/** A write that would make one file, its parts together (`replaced` being the part it replaces), larger than the whole store is refused. */
export function tooBig(size: number, replaced: number, added: number, maxBytes: number): boolean {
  return size - replaced + added > maxBytes;
}

/** Why `files.complete` refuses, checked in this order (redis-scripts.ts COMPLETE_FILE answers these codes). */
export type CompleteRefusal = 'expired' | 'not-multipart' | 'complete' | 'no-parts' | 'missing';

/** What a file is, for `refuseCompletion`: undefined when it is gone. */
export interface Completing {
  multipart: boolean;
  complete: boolean;
  has(part: number): boolean;
}

/** Why a multipart upload's listed parts cannot be joined, in words; undefined when they can. */
export function refuseCompletion(file: Completing | undefined, partNumbers: number[]): string | undefined {
  if (!file) return completeMessage('expired');
  if (!file.multipart) return completeMessage('not-multipart');
  if (file.complete) return completeMessage('complete');
  if (partNumbers.length === 0) return completeMessage('no-parts');
  const missing = partNumbers.filter((n) => !file.has(n));
  return missing.length ? completeMessage('missing', missing) : undefined;
}

/** The words for each refusal (`missing`: the part numbers listed that never arrived). */
export function completeMessage(refusal: CompleteRefusal, missing: (string | number)[] = []): string {
  switch (refusal) {
    case 'expired':
      return 'the file has expired or was evicted';
    case 'not-multipart':
      return 'this upload was not started as a multipart upload';
    case 'complete':
      return 'the upload is already complete';
    case 'no-parts':
      return 'no parts were listed';
    case 'missing':
      return `part${missing.length > 1 ? 's' : ''} ${missing.join(', ')} never arrived`;
  }
}

/**
 * About how many bytes a stored value takes in memory: string characters, 8 per number, key or
 * item. Walks at most `cap` bytes' worth (journal entries are bounded when built, so this stays
 * cheap). Redis counts the JSON it stores instead.
 */
export function approximateBytes(value: unknown, cap = Number.MAX_SAFE_INTEGER): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length && total <= cap) {
    const here = stack.pop();
    if (typeof here === 'string') total += here.length + 8;
    else if (here === null || typeof here !== 'object') total += 8;
    else if (Array.isArray(here)) {
      total += 8;
      for (const item of here) stack.push(item);
    } else {
      for (const key in here) {
        total += key.length + 8;
        stack.push((here as Record<string, unknown>)[key]);
      }
    }
  }
  return total;
}
