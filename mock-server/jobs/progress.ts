import type { Job, Terminal } from '../state/records';

/** How a vendor names the stages of a job. */
export interface Flow {
  /** Statuses shown while queued, first to last (fal shows a falling queue position). */
  queued: string[];
  running: string;
  terminal: Record<Terminal, string>;
}

export type JobMode = 'poll' | 'time';

export type Phase =
  | { kind: 'queued'; status: string; position: number; step: number }
  | { kind: 'running'; status: string; step: number }
  | { kind: 'terminal'; status: string; terminal: Terminal; step: number };

/** A slow job needs this many polls (or this much more time) per step. */
export const SLOW_FACTOR = 3;

export function lastStep(flow: Flow): number {
  return flow.queued.length + 1;
}

/** The step a job has reached: ticks in poll mode, elapsed time in time mode; capped for jobs that never finish. */
export function stepOf(job: Job, flow: Flow, mode: JobMode, now: number): number {
  const last = lastStep(flow);
  if (job.forced) return last;
  const factor = job.pace === 'slow' ? SLOW_FACTOR : 1;
  const ticks = mode === 'time' ? Math.floor(((now - job.createdAt) / (job.durationMs * factor)) * last) : Math.floor(job.ticks / factor);
  const cap = job.pace === 'stalled' ? last - 1 : last;
  return Math.max(0, Math.min(cap, ticks));
}

export function phaseOf(job: Job, flow: Flow, step: number): Phase {
  const queuedSteps = flow.queued.length;
  if (step < queuedSteps) return { kind: 'queued', status: flow.queued[step], position: queuedSteps - 1 - step, step };
  if (step === queuedSteps) return { kind: 'running', status: flow.running, step };
  const terminal: Terminal = job.forced ?? job.outcome;
  return { kind: 'terminal', status: flow.terminal[terminal], terminal, step };
}

/** The ticks of one step forward, as one status poll (or `/__admin/jobs/:id/advance`) moves it. */
export function ticksPerPoll(job: Job): number {
  return job.pace === 'slow' ? SLOW_FACTOR : 1;
}
