import type { Clock } from './clock';

/** How a job ends unless it is cancelled or finished through the control API. */
export type Outcome = 'completed' | 'failed' | 'error';
/** How fast it gets there: `slow` takes three times as long, `stalled` stops just before the end. */
export type Pace = 'normal' | 'slow' | 'stalled';
export type Terminal = 'completed' | 'failed' | 'error' | 'cancelled';

/** One asynchronous job; kept small on purpose (100,000 of them must fit in well under 150 MB). */
export interface Job {
  id: string;
  /** The namespace (`X-Mock-Namespace`) it was created in; '' when none was named. */
  ns: string;
  provider: string;
  /** The operation that created it: a vendor serving several models on one queue answers in that model's shape. */
  operationId: string;
  /** The API key that created it: no other key may see it. */
  owner: string;
  createdAt: number;
  /** When the visible status last changed. */
  updatedAt: number;
  completedAt?: number;
  /**
   * Time mode: when it reaches its end unless stalled (undefined in poll mode and for stalled jobs),
   * so any store can tell a finished job for `--max-jobs` without running the vendor's flow.
   */
  dueAt?: number;
  /** Progress counter: polls in poll mode, elapsed slices in time mode. */
  ticks: number;
  /** The step the status endpoint last showed (webhooks fire when it moves). */
  shownStep: number;
  outcome: Outcome;
  pace: Pace;
  /** Set by cancellation or by `/__admin/jobs/:id/finish`. */
  forced?: Terminal;
  durationMs: number;
  seed: number;
  width: number;
  height: number;
  count: number;
  baseUrl: string;
  webhookUrl?: string;
}

export interface StoreOptions {
  /** Jobs are forgotten this long after creation (the vendors' "request history" expiry). */
  ttlMs: number;
  /** At most this many jobs are kept; only finished or expired ones make room for new ones. */
  capacity: number;
}

/** Jobs by id, bounded in count and age; lookups check vendor and owner so one key never sees another's jobs. */
export class JobStore {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly clock: Clock,
    private readonly options: StoreOptions,
  ) {}

  /**
   * Room for one more job: expired jobs go first, then the oldest finished one. False when every job
   * kept is unfinished: a client may still be polling it, so it is never dropped.
   */
  makeRoom(finished: (job: Job) => boolean): boolean {
    this.sweep();
    if (this.jobs.size < this.options.capacity) return true;
    for (const [id, job] of this.jobs) {
      if (!finished(job)) continue;
      this.jobs.delete(id);
      return true;
    }
    return false;
  }

  add(job: Job): Job {
    this.jobs.set(job.id, job);
    return job;
  }

  get capacity(): number {
    return this.options.capacity;
  }

  /** Drops expired jobs from the oldest end (the Map keeps creation order), so the TTL bounds memory too. */
  private sweep() {
    const now = this.clock.now();
    for (const [id, job] of this.jobs) {
      if (now - job.createdAt <= this.options.ttlMs) return;
      this.jobs.delete(id);
    }
  }

  /** The job if it exists, was made through `provider`, has not expired and belongs to `owner`; otherwise undefined (the vendor's 404). */
  find(id: string, provider: string, owner: string): Job | undefined {
    const job = this.jobs.get(id);
    if (!job || job.provider !== provider) return undefined;
    if (this.clock.now() - job.createdAt > this.options.ttlMs) {
      this.jobs.delete(id);
      return undefined;
    }
    return job.owner === owner ? job : undefined;
  }

  /** For the control API, which sees every job. */
  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  list(filter: { provider?: string; owner?: string } = {}): Job[] {
    const now = this.clock.now();
    const out: Job[] = [];
    for (const job of this.jobs.values()) {
      if (now - job.createdAt > this.options.ttlMs) continue;
      if (filter.provider && job.provider !== filter.provider) continue;
      if (filter.owner !== undefined && job.owner !== filter.owner) continue;
      out.push(job);
    }
    return out;
  }

  clear() {
    this.jobs.clear();
  }

  get size() {
    return this.jobs.size;
  }
}
