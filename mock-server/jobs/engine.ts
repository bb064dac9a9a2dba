import { randomUUID } from 'node:crypto';
import { MockError } from '../errors/catalogue';
import type { Clock } from './clock';
import type { Job, Terminal } from '../state/records';
import { ownerTag } from '../state/owner';
import type { JobIndex, JobPage, JobTable, Lease, LeaseRecord, PageOptions, StateStore } from '../state/store';
import { SLOW_FACTOR, lastStep, phaseOf, stepOf, ticksPerPoll, type Flow, type JobMode, type Phase } from './progress';
import { WebhookSender, deliveryId, type WebhookMessage, type WebhookOptions } from './webhooks';
import type { Delivery } from '../state/records';

export interface JobEngineOptions {
  mode: JobMode;
  /** Time mode: creation to terminal state (`--job-duration`); unset, each flow's typical time. */
  durationMs?: number;
  webhooks: WebhookOptions;
}

/** Time mode, for a flow that states no typical time. */
const DEFAULT_DURATION_MS = 3000;

/** How often each instance looks for jobs with a webhook that are due (real time; due times are the clock's). */
const SWEEP_MS = 200;
/** Jobs leased per look: a backlog is worked through a bounded batch at a time. */
const SWEEP_BATCH = 64;
/**
 * Visits under way on one instance at most before its sweep leases no more: receivers that hang
 * cannot make it take every due job (and hold their leases) while it cannot work on them.
 */
const MAX_VISITS = 256;
/** A visit the store failed is tried again here after 250 ms, doubling; past the lease, any instance's sweep takes it up. */
const RETRY_BASE_MS = 250;

/** A vendor's flow plus what it sends when a job with a webhook changes status. */
export interface VendorFlow extends Flow {
  provider: string;
  /** Time mode: how long the vendor typically takes, submission to result (its NOTES.md says where the number comes from). */
  typicalMs?: number;
  /** The notification for this phase, or undefined when the vendor sends none for it. */
  notify?(job: Job, phase: Phase): Omit<WebhookMessage, 'url' | 'jobId' | 'provider'> | undefined;
}

/** What a vendor module decides about a new job; the engine adds the namespace, timestamps and progress. */
export type NewJob = Pick<
  Job,
  'id' | 'provider' | 'operationId' | 'owner' | 'outcome' | 'pace' | 'seed' | 'width' | 'height' | 'count' | 'baseUrl' | 'webhookUrl' | 'facts'
> & { durationMs?: number };

/**
 * The one job engine every asynchronous vendor uses: progression, webhooks, over the store's job table.
 * The job a caller holds is brought up to date by each call, so vendor modules render what was stored.
 */
export class JobEngine {
  readonly webhooks: WebhookSender;
  private readonly jobs: JobTable;
  private readonly flows = new Map<string, VendorFlow>();
  /** Who this instance is when it leases a job (any instance may advance any job with a webhook). */
  private readonly holder = randomUUID();
  /** A lease outlasts one delivery attempt and its timeout; a holder that dies leaves the job to others after it. */
  readonly leaseMs: number;
  /** Jobs this instance is visiting now, by id: one visit at a time per job here, the lease keeps other instances off. */
  private readonly visiting = new Map<string, Promise<void>>();
  /** Leases asked for by polls and submits, not yet visiting: drain waits for them too. */
  private readonly kicks = new Set<Promise<unknown>>();
  private sweeper?: NodeJS.Timeout;
  /** Visits to try again after a store error, with backoff: drain stops them. */
  private readonly retries = new Set<NodeJS.Timeout>();
  /** Synchronous waits (`settle`) under way, each ended early by stop: a stopping mock answers them now. */
  private readonly waits = new Set<() => void>();
  /** A look for due jobs under way (one at a time per instance). */
  private leasing?: Promise<Promise<void>[]>;
  /** Set while the store fails visits: logged once when it starts and once when it ends. */
  private troubled = false;

  constructor(
    private readonly clock: Clock,
    readonly options: JobEngineOptions,
    store: StateStore,
    report: (ns: string, delivery: Delivery, line: string) => void,
    private readonly log: (line: string) => void,
  ) {
    this.jobs = store.jobs;
    this.webhooks = new WebhookSender(clock, options.webhooks, store.deliveries, report);
    this.leaseMs = 2 * options.webhooks.timeoutMs + 1000;
  }

  /** Starts looking for due jobs every SWEEP_MS, on this instance as on every other. */
  start() {
    this.sweeper ??= setInterval(() => void this.sweep(), SWEEP_MS).unref();
  }

  /**
   * Leases the jobs with a webhook that are due and visits them: advancing them, sending their
   * webhooks in order. Resolves when those visits end (tests with a manual clock call it after moving
   * the clock); the next look does not wait for them, so one slow receiver holds up only its own job.
   */
  async sweep(): Promise<void> {
    this.leasing ??= this.leaseDue().finally(() => (this.leasing = undefined));
    await Promise.all(await this.leasing);
  }

  private async leaseDue(): Promise<Promise<void>[]> {
    const room = Math.min(SWEEP_BATCH, MAX_VISITS - this.visiting.size);
    if (room <= 0) return [];
    try {
      const due = await this.jobs.leaseDue(this.clock.now(), this.leaseMs, room, this.holder);
      return due.map((lease) => this.visit(lease));
    } catch (error) {
      this.trouble(error);
      return [];
    }
  }

  register(flow: VendorFlow) {
    this.flows.set(flow.provider, flow);
  }

  /** The new job, or undefined when the store is full of unfinished jobs. */
  async create(ns: string, init: NewJob): Promise<Job | undefined> {
    const now = this.clock.now();
    const durationMs = init.durationMs ?? this.options.durationMs ?? this.flows.get(init.provider)?.typicalMs ?? DEFAULT_DURATION_MS;
    // One literal with every field, in one order: V8 gives all jobs one compact shape (a spread did not).
    const job: Job = {
      id: flat(init.id),
      ns: intern(ns),
      provider: init.provider,
      operationId: init.operationId,
      owner: intern(init.owner),
      createdAt: now,
      updatedAt: now,
      completedAt: undefined,
      dueAt: this.options.mode === 'time' && init.pace !== 'stalled' ? now + durationMs * (init.pace === 'slow' ? SLOW_FACTOR : 1) : undefined,
      ticks: 0,
      shownStep: 0,
      outcome: init.outcome,
      pace: init.pace,
      forced: undefined,
      durationMs,
      seed: init.seed,
      width: init.width,
      height: init.height,
      count: init.count,
      baseUrl: intern(init.baseUrl),
      webhookUrl: init.webhookUrl,
      facts: init.facts,
    };
    if (!(await this.jobs.add(job))) return undefined;
    if (job.webhookUrl) this.kick(job);
    return job;
  }

  /** A status poll: moves the job one step in poll mode, then reports where it is. */
  async poll(job: Job): Promise<Phase> {
    if (this.options.mode === 'poll') update(job, await this.jobs.change(job.ns, job.id, { ticks: ticksPerPoll(job) }));
    return this.show(job);
  }

  /** A caller's job of this vendor: another key's (or namespace's) job is as absent as an unknown id. */
  async find(ns: string, id: string, provider: string, key: string): Promise<Job | undefined> {
    const job = await this.jobs.get(ns, id);
    return job && job.provider === provider && job.owner === ownerTag(key) ? job : undefined;
  }

  /** A page of one of the store's job indexes (store.ts JobIndex). */
  page(index: JobIndex, options: PageOptions): Promise<JobPage> {
    return this.jobs.page(index, options);
  }

  count(index?: JobIndex): Promise<number> {
    return this.jobs.count(index);
  }

  /** For the control API: the job in this namespace, or in any when ns is undefined. */
  get(ns: string | undefined, id: string): Promise<Job | undefined> {
    return this.jobs.get(ns, id);
  }

  /**
   * A synchronous wait (Replicate's `Prefer: wait`): the job's end if it comes within `withinMs`,
   * else where it is then. Poll mode runs it to its end at once, except slow and stalled jobs, which
   * outlast any wait; time mode waits for the due time when it falls inside the window, else answers at once.
   */
  async settle(job: Job, withinMs: number): Promise<Phase> {
    // The job exists: a store that fails while waiting on it answers where it was, not a 503 the client would retry into a duplicate.
    return this.waitFor(job, withinMs).catch((error: unknown) => {
      if (!(error instanceof MockError) || error.kind !== 'store_unavailable') throw error;
      this.log(`job ${job.id}: answered as last known, the state store failed during the wait: ${error.message}`);
      return phaseOf(job, this.flow(job), job.shownStep);
    });
  }

  private async waitFor(job: Job, withinMs: number): Promise<Phase> {
    if (this.options.mode === 'poll') {
      if (job.pace !== 'normal') return this.show(job);
      let phase = await this.poll(job);
      for (let polls = 0; phase.kind !== 'terminal' && polls < lastStep(this.flow(job)); polls++) phase = await this.poll(job);
      return phase;
    }
    const due = job.createdAt + job.durationMs * (job.pace === 'slow' ? SLOW_FACTOR : 1) - this.clock.now();
    // A stopped engine holds no wait: its mock is answering what it has and closing.
    if (job.pace !== 'stalled' && due <= withinMs && this.sweeper) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waits.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, Math.max(0, due) + 1);
        this.waits.add(wake);
      });
      update(job, await this.jobs.get(job.ns, job.id));
    }
    return this.show(job);
  }

  /** Control API: one step forward. */
  async step(job: Job): Promise<Phase> {
    const shiftMs = this.options.mode === 'time' ? job.durationMs / lastStep(this.flow(job)) : 0;
    update(job, await this.jobs.change(job.ns, job.id, { ticks: ticksPerPoll(job), shiftMs }));
    return this.show(job);
  }

  /** Cancellation or `/__admin/jobs/:id/finish`: straight to a terminal state, unless already there. */
  async finish(job: Job, terminal: Terminal): Promise<{ changed: boolean; phase: Phase }> {
    const before = await this.show(job);
    if (before.kind === 'terminal') return { changed: false, phase: before };
    update(job, await this.jobs.change(job.ns, job.id, { forced: terminal }));
    return { changed: true, phase: await this.show(job) };
  }

  /** Forgets this instance's pending deliveries of one namespace's jobs (all when ns is undefined); the store forgets the jobs. */
  reset(ns?: string) {
    this.webhooks.clear(ns);
  }

  /** Stops sweeping; visits under way finish (graceful shutdown). What is left is another instance's, or this one's after a restart. */
  async drain() {
    this.stop();
    await Promise.allSettled([this.leasing, ...this.kicks]);
    await Promise.allSettled([...this.visiting.values()]);
    await this.webhooks.drain();
  }

  /** Stops sweeping and retrying; synchronous waits under way end now, answering where their job is. */
  stop() {
    clearInterval(this.sweeper);
    this.sweeper = undefined;
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
    for (const wake of this.waits) wake();
  }

  /** Past a stopping mock's grace: webhook attempts in flight are cut off, and none starts (drain then abandons them). */
  abort() {
    this.stop();
    this.webhooks.abort();
  }

  flow(job: Job): VendorFlow {
    const flow = this.flows.get(job.provider);
    if (!flow) throw new Error(`No job flow registered for ${job.provider}`);
    return flow;
  }

  /**
   * Where the job is now, as an answer shows it (result, list and control-API endpoints; every poll
   * ends here). It never ticks a job on, but in time mode the clock may have reached steps not shown
   * yet: the step reached is then recorded as shown (the store's `jobs.show`) and a job with a webhook
   * is visited, here if no other instance holds it, so that step's webhook goes out now.
   */
  async show(job: Job): Promise<Phase> {
    const flow = this.flow(job);
    const now = this.clock.now();
    const step = stepOf(job, flow, this.options.mode, now);
    const phase = phaseOf(job, flow, step);
    if (step <= job.shownStep) return phase;
    const terminal = phase.kind === 'terminal';
    if (!(await this.jobs.show(job.ns, job.id, step, now, terminal))) return phase;
    job.shownStep = step;
    job.updatedAt = now;
    if (terminal) job.completedAt = now;
    if (job.webhookUrl) this.kick(job);
    return phase;
  }

  /** Visits the job here unless it is being visited (here or, by its lease, elsewhere); failures are the sweep's to retry. */
  private kick(job: Job) {
    if (this.visiting.has(job.id)) return;
    const kicked = this.jobs.lease(job.ns, job.id, this.clock.now(), this.leaseMs, this.holder).then(
      (lease) => lease && this.visit(lease),
      (error: unknown) => this.trouble(error),
    );
    this.kicks.add(kicked);
    void kicked.finally(() => this.kicks.delete(kicked));
  }

  /**
   * Under the job's lease: sends every step shown and not yet sent, in order, one at a time (the next
   * waits for the previous to be answered or given up); in poll mode moves the job one step at a time
   * (it has no poller: its webhook is how its client learns); then records when it is next due. After
   * a store error it is tried again here with backoff, and by any instance once its lease ends.
   */
  private visit(lease: Lease, failures = 0): Promise<void> {
    const running = this.visiting.get(lease.id);
    if (running) return running;
    const visit = this.work(lease)
      .then(() => this.recovered())
      .catch((error: unknown) => {
        this.trouble(error, lease.id);
        this.retry(lease, failures);
      })
      .finally(() => this.visiting.delete(lease.id));
    this.visiting.set(lease.id, visit);
    return visit;
  }

  /** Backoff after a store error: the job is leased again here (it still holds the lease) and visited. */
  private retry({ ns, id }: Lease, failures: number) {
    const wait = RETRY_BASE_MS * 2 ** failures;
    if (wait >= this.leaseMs || !this.sweeper) return;
    const timer = setTimeout(() => {
      this.retries.delete(timer);
      this.jobs.lease(ns, id, this.clock.now(), this.leaseMs, this.holder).then(
        (lease) => lease && this.visit(lease, failures + 1),
        (error: unknown) => {
          this.trouble(error, id);
          this.retry({ ns, id, sent: 0, attempts: 0 }, failures + 1);
        },
      );
    }, wait).unref();
    this.retries.add(timer);
  }

  private async work({ ns, id, sent, attempts }: Lease): Promise<void> {
    const record = (next: Omit<LeaseRecord, 'sent' | 'attempts'> = {}) => this.jobs.record(ns, id, this.holder, this.clock.now(), { sent, attempts, ...next });
    for (;;) {
      const job = await this.jobs.get(ns, id);
      if (!job?.webhookUrl) return void (await record());
      const flow = this.flow(job);
      const last = lastStep(flow);
      const moves = this.options.mode === 'poll' && sent >= job.shownStep && job.ticks < last * SLOW_FACTOR + 3;
      const phase = moves ? await this.poll(job) : await this.show(job);
      if (sent < job.shownStep) {
        const step = sent + 1;
        const message = flow.notify?.(job, phaseOf(job, flow, step));
        const outcome = message
          ? await this.webhooks.deliver(ns, deliveryId(id, step), { ...message, url: job.webhookUrl, jobId: id, provider: job.provider }, attempts)
          : 'delivered';
        if (typeof outcome === 'object') {
          attempts += 1;
          return void (await record({ dueAt: this.clock.now() + outcome.retryInMs }));
        }
        sent = step;
        attempts = 0;
        if (!(await record({ renewMs: this.leaseMs }))) return;
        continue;
      }
      if (phase.kind === 'terminal' || (this.options.mode === 'poll' && !moves)) return void (await record());
      if (this.options.mode === 'poll') {
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      // Time mode: due when the next step is.
      const factor = job.pace === 'slow' ? SLOW_FACTOR : 1;
      const capped = job.pace === 'stalled' && job.shownStep >= last - 1;
      return void (await record(capped ? {} : { dueAt: job.createdAt + (job.durationMs * factor * (job.shownStep + 1)) / last + 1 }));
    }
  }

  private trouble(error: unknown, id?: string) {
    if (this.troubled) return;
    this.troubled = true;
    this.log(`jobs with webhooks wait for the state store${id ? ` (job ${id})` : ''}: ${(error as Error).message}; retrying while it is away`);
  }

  private recovered() {
    if (!this.troubled) return;
    this.troubled = false;
    this.log('jobs with webhooks advance again: the state store answers');
  }
}

/** Brings the caller's copy up to date with the stored job (the same object in the memory store). */
function update(job: Job, stored: Job | undefined): Job {
  if (stored && stored !== job) Object.assign(job, stored);
  return job;
}

/**
 * Ids built by concatenation (randomUUID, our UUIDv7) stay ropes of many small strings in V8, several
 * times their length in memory; a copy is one flat string. It matters at 100,000 jobs.
 */
function flat(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}

const interned = new Map<string, string>();

/** Keys and base URLs repeat across jobs: keep one copy of each (bounded, so random keys cannot grow it). */
function intern(text: string): string {
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size >= 1024) interned.clear();
  const copy = flat(text);
  interned.set(copy, copy);
  return copy;
}
