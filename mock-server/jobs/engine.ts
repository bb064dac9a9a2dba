import type { Clock } from './clock';
import type { Job, Terminal } from './store';
import type { JobIndex, JobPage, JobTable, PageOptions, StateStore } from '../state/store';
import { SLOW_FACTOR, lastStep, phaseOf, stepOf, ticksPerPoll, type Flow, type JobMode, type Phase } from './progress';
import { WebhookSender, type Delivery, type WebhookMessage, type WebhookOptions } from './webhooks';

export interface JobEngineOptions {
  mode: JobMode;
  /** Time mode: creation to terminal state (`--job-duration`); unset, each flow's typical time. */
  durationMs?: number;
  webhooks: WebhookOptions;
}

/** Time mode, for a flow that states no typical time. */
const DEFAULT_DURATION_MS = 3000;

/** A vendor's flow plus what it sends when a job with a webhook changes status. */
export interface VendorFlow extends Flow {
  provider: string;
  /** Time mode: how long the vendor typically takes, submission to result (its NOTES.md says where the number comes from). */
  typicalMs?: number;
  /** The notification for this phase, or undefined when the vendor sends none for it. */
  notify?(job: Job, phase: Phase): Omit<WebhookMessage, 'url' | 'jobId' | 'provider'> | undefined;
}

/** What a vendor module decides about a new job; the engine adds the namespace, timestamps and progress. */
export type NewJob = Pick<Job, 'id' | 'provider' | 'operationId' | 'owner' | 'outcome' | 'pace' | 'seed' | 'width' | 'height' | 'count' | 'baseUrl' | 'webhookUrl' | 'facts'> & { durationMs?: number };

/**
 * The one job engine every asynchronous vendor uses: progression, webhooks, over the store's job table.
 * The job a caller holds is brought up to date by each call, so vendor modules render what was stored.
 */
export class JobEngine {
  readonly webhooks: WebhookSender;
  private readonly jobs: JobTable;
  private readonly flows = new Map<string, VendorFlow>();
  /** Time-mode steps due, by the namespace of their job (a namespace's reset stops only its own). */
  private readonly timers = new Map<NodeJS.Timeout, string>();
  /** Poll-mode jobs advancing themselves towards their webhook; shutdown lets them finish. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly clock: Clock,
    readonly options: JobEngineOptions,
    store: StateStore,
    report: (ns: string, delivery: Delivery, line: string) => void,
    private readonly log: (line: string) => void,
  ) {
    this.jobs = store.jobs;
    this.webhooks = new WebhookSender(clock, options.webhooks, store.deliveries, report);
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
    if (job.webhookUrl) this.run(job);
    return job;
  }

  /** A status poll: moves the job one step in poll mode, then reports where it is. */
  async poll(job: Job): Promise<Phase> {
    if (this.options.mode === 'poll') update(job, await this.jobs.change(job.ns, job.id, { ticks: ticksPerPoll(job) }));
    return this.observe(job);
  }

  /** A caller's job of this vendor: another key's (or namespace's) job is as absent as an unknown id. */
  async find(ns: string, id: string, provider: string, owner: string): Promise<Job | undefined> {
    const job = await this.jobs.get(ns, id);
    return job && job.provider === provider && job.owner === owner ? job : undefined;
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
    if (this.options.mode === 'poll') {
      if (job.pace !== 'normal') return this.observe(job);
      let phase = await this.poll(job);
      for (let polls = 0; phase.kind !== 'terminal' && polls < lastStep(this.flow(job)); polls++) phase = await this.poll(job);
      return phase;
    }
    const due = job.createdAt + job.durationMs * (job.pace === 'slow' ? SLOW_FACTOR : 1) - this.clock.now();
    if (job.pace !== 'stalled' && due <= withinMs) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due) + 1));
      update(job, await this.jobs.get(job.ns, job.id));
    }
    return this.observe(job);
  }

  /** Where the job is now, without moving it (result and list endpoints). */
  peek(job: Job): Promise<Phase> {
    return this.observe(job);
  }

  /** Control API: one step forward. */
  async step(job: Job): Promise<Phase> {
    const shiftMs = this.options.mode === 'time' ? job.durationMs / lastStep(this.flow(job)) : 0;
    update(job, await this.jobs.change(job.ns, job.id, { ticks: ticksPerPoll(job), shiftMs }));
    return this.observe(job);
  }

  /** Cancellation or `/__admin/jobs/:id/finish`: straight to a terminal state, unless already there. */
  async finish(job: Job, terminal: Terminal): Promise<{ changed: boolean; phase: Phase }> {
    const before = await this.observe(job);
    if (before.kind === 'terminal') return { changed: false, phase: before };
    update(job, await this.jobs.change(job.ns, job.id, { forced: terminal }));
    return { changed: true, phase: await this.observe(job) };
  }

  /** Stops this instance's timers and retries for one namespace's jobs (all when ns is undefined); the store forgets the jobs. */
  reset(ns?: string) {
    for (const [timer, at] of this.timers) {
      if (ns !== undefined && at !== ns) continue;
      clearTimeout(timer);
      this.timers.delete(timer);
    }
    this.webhooks.clear(ns);
  }

  async drain() {
    for (const timer of this.timers.keys()) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running]);
    await this.webhooks.drain();
  }

  flow(job: Job): VendorFlow {
    const flow = this.flows.get(job.provider);
    if (!flow) throw new Error(`No job flow registered for ${job.provider}`);
    return flow;
  }

  /**
   * Computes the phase and, when the visible status moved, claims the new step in the store: only
   * the claimer (on whichever instance) sends the vendor's webhook for it.
   */
  private async observe(job: Job): Promise<Phase> {
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
    if (job.webhookUrl) {
      const message = flow.notify?.(job, phase);
      if (message) this.webhooks.send(job.ns, { ...message, url: job.webhookUrl, jobId: job.id, provider: job.provider });
    }
    return phase;
  }

  /**
   * Jobs with a webhook are not polled, so they move on by themselves, on the instance that created
   * them: in poll mode one step per turn of the event loop (fast in tests, nothing to wait for), in
   * time mode at each step's due time.
   */
  private run(job: Job) {
    const flow = this.flow(job);
    const last = lastStep(flow);
    if (this.options.mode === 'poll') {
      const done = (async () => {
        for (;;) {
          await new Promise((resolve) => setImmediate(resolve));
          const current = await this.jobs.get(job.ns, job.id);
          if (!current) return;
          update(job, current);
          const phase = await this.poll(job);
          if (phase.kind === 'terminal' || job.ticks >= last * 3 + 3) return;
        }
      })().catch((error: unknown) => this.log(`job ${job.id} stopped advancing: ${(error as Error).message}`));
      this.running.add(done);
      void done.then(() => this.running.delete(done));
      return;
    }
    for (let step = 1; step <= last; step++) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.jobs
          .get(job.ns, job.id)
          .then((current) => current && this.observe(update(job, current)))
          .catch((error: unknown) => this.log(`job ${job.id} step ${step} not shown: ${(error as Error).message}`));
      }, (job.durationMs * (job.pace === 'slow' ? SLOW_FACTOR : 1) * step) / last + 1);
      timer.unref();
      this.timers.set(timer, job.ns);
    }
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
