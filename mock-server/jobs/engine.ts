import type { Clock } from './clock';
import { JobStore, type Job, type Terminal } from './store';
import { SLOW_FACTOR, advance, lastStep, phaseOf, stepOf, type Flow, type JobMode, type Phase } from './progress';
import { WebhookSender, type Delivery, type WebhookMessage, type WebhookOptions } from './webhooks';

export interface JobEngineOptions {
  mode: JobMode;
  /** Time mode: creation to terminal state (`--job-duration`); unset, each flow's typical time. */
  durationMs?: number;
  ttlMs: number;
  capacity: number;
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

/** What a vendor module decides about a new job; the engine adds the timestamps and progress. */
export type NewJob = Pick<Job, 'id' | 'provider' | 'operationId' | 'owner' | 'outcome' | 'pace' | 'seed' | 'width' | 'height' | 'count' | 'baseUrl' | 'webhookUrl'> & { durationMs?: number };

/** The one job engine every asynchronous vendor uses: store, progression, webhooks. */
export class JobEngine {
  readonly store: JobStore;
  readonly webhooks: WebhookSender;
  private readonly flows = new Map<string, VendorFlow>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Poll-mode jobs advancing themselves towards their webhook; shutdown lets them finish. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly clock: Clock,
    readonly options: JobEngineOptions,
    report: (delivery: Delivery, line: string) => void,
  ) {
    this.store = new JobStore(clock, { ttlMs: options.ttlMs, capacity: options.capacity });
    this.webhooks = new WebhookSender(clock, options.webhooks, report);
  }

  register(flow: VendorFlow) {
    this.flows.set(flow.provider, flow);
  }

  /** The new job, or undefined when the store is full of unfinished jobs. */
  create(init: NewJob): Job | undefined {
    if (!this.store.makeRoom((job) => this.finished(job))) return undefined;
    const now = this.clock.now();
    // One literal with every field, in one order: V8 gives all jobs one compact shape (a spread did not).
    const job: Job = {
      id: flat(init.id),
      provider: init.provider,
      operationId: init.operationId,
      owner: intern(init.owner),
      createdAt: now,
      updatedAt: now,
      completedAt: undefined,
      ticks: 0,
      shownStep: 0,
      outcome: init.outcome,
      pace: init.pace,
      forced: undefined,
      durationMs: init.durationMs ?? this.options.durationMs ?? this.flows.get(init.provider)?.typicalMs ?? DEFAULT_DURATION_MS,
      seed: init.seed,
      width: init.width,
      height: init.height,
      count: init.count,
      baseUrl: intern(init.baseUrl),
      webhookUrl: init.webhookUrl,
    };
    this.store.add(job);
    if (job.webhookUrl) this.run(job);
    return job;
  }

  /** A status poll: moves the job one step in poll mode, then reports where it is. */
  poll(job: Job): Phase {
    if (this.options.mode === 'poll') advance(job);
    return this.observe(job);
  }

  /** A caller's job of this vendor: another key's job is as absent as an unknown id. */
  find(id: string, provider: string, owner: string): Job | undefined {
    return this.store.find(id, provider, owner);
  }

  list(filter: { provider?: string; owner?: string } = {}): Job[] {
    return this.store.list(filter);
  }

  /**
   * A synchronous wait (Replicate's `Prefer: wait`): the job's end if it comes within `withinMs`,
   * else where it is then. Poll mode runs it to its end at once, except slow and stalled jobs, which
   * outlast any wait; time mode waits for the due time when it falls inside the window, else answers at once.
   */
  async settle(job: Job, withinMs: number): Promise<Phase> {
    if (this.options.mode === 'poll') {
      if (job.pace !== 'normal') return this.observe(job);
      let phase = this.poll(job);
      for (let polls = 0; phase.kind !== 'terminal' && polls < lastStep(this.flow(job)); polls++) phase = this.poll(job);
      return phase;
    }
    const due = job.createdAt + job.durationMs * (job.pace === 'slow' ? SLOW_FACTOR : 1) - this.clock.now();
    if (job.pace !== 'stalled' && due <= withinMs) await new Promise((resolve) => setTimeout(resolve, Math.max(0, due) + 1));
    return this.observe(job);
  }

  /** Where the job is now, without moving it (result and list endpoints). */
  peek(job: Job): Phase {
    return this.observe(job);
  }

  /** Control API: one step forward. */
  step(job: Job): Phase {
    advance(job);
    if (this.options.mode === 'time') job.createdAt -= job.durationMs / lastStep(this.flow(job));
    return this.observe(job);
  }

  /** Cancellation or `/__admin/jobs/:id/finish`: straight to a terminal state, unless already there. */
  finish(job: Job, terminal: Terminal): { changed: boolean; phase: Phase } {
    const before = this.observe(job);
    if (before.kind === 'terminal') return { changed: false, phase: before };
    job.forced = terminal;
    return { changed: true, phase: this.observe(job) };
  }

  reset() {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.store.clear();
    this.webhooks.clear();
  }

  async drain() {
    for (const timer of this.timers) clearTimeout(timer);
    await Promise.allSettled([...this.running]);
    await this.webhooks.drain();
  }

  /** Terminal now, without the side effects of observing it (webhooks, timestamps). */
  private finished(job: Job): boolean {
    const flow = this.flow(job);
    return phaseOf(job, flow, stepOf(job, flow, this.options.mode, this.clock.now())).kind === 'terminal';
  }

  flow(job: Job): VendorFlow {
    const flow = this.flows.get(job.provider);
    if (!flow) throw new Error(`No job flow registered for ${job.provider}`);
    return flow;
  }

  /** Computes the phase, stamps changes and fires the vendor's webhook when the visible status moved. */
  private observe(job: Job): Phase {
    const flow = this.flow(job);
    const now = this.clock.now();
    const step = stepOf(job, flow, this.options.mode, now);
    const phase = phaseOf(job, flow, step);
    if (step === job.shownStep) return phase;
    job.shownStep = step;
    job.updatedAt = now;
    if (phase.kind === 'terminal') job.completedAt = now;
    if (job.webhookUrl) {
      const message = flow.notify?.(job, phase);
      if (message) this.webhooks.send({ ...message, url: job.webhookUrl, jobId: job.id, provider: job.provider });
    }
    return phase;
  }

  /**
   * Jobs with a webhook are not polled, so they move on by themselves: in poll mode one step per
   * turn of the event loop (fast in tests, nothing to wait for), in time mode at each step's due time.
   */
  private run(job: Job) {
    const flow = this.flow(job);
    const last = lastStep(flow);
    if (this.options.mode === 'poll') {
      const done = new Promise<void>((resolve) => {
        const tick = () => {
          if (!this.store.get(job.id)) return resolve();
          const phase = this.poll(job);
          if (phase.kind !== 'terminal' && job.ticks < last * 3 + 3) setImmediate(tick);
          else resolve();
        };
        setImmediate(tick);
      });
      this.running.add(done);
      void done.then(() => this.running.delete(done));
      return;
    }
    for (let step = 1; step <= last; step++) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        if (this.store.get(job.id)) this.observe(job);
      }, (job.durationMs * (job.pace === 'slow' ? SLOW_FACTOR : 1) * step) / last + 1);
      timer.unref();
      this.timers.add(timer);
    }
  }
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
