import type { JsonObject } from '../../core/model/load';

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
  /** The digest (ownerTag) of the API key that created it, never the key: no other key may see it. */
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
  /**
   * What the vendor keeps beyond these fields (Replicate's model and input, Ideogram's prompt): set at
   * creation, JSON-serialisable, dropped with the job. Any store keeps it as given.
   */
  facts?: JsonObject;
}
