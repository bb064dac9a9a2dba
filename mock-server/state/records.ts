/**
 * The records a StateStore keeps, with the words they are made of: jobs, webhook deliveries, journal
 * entries and scenarios. Defined here, beneath the store, so that the folders that make and read them
 * (jobs/, journal/, admin/, pipeline/, conditions/) import the store and never the other way round.
 */
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

export interface Attempt {
  at: string;
  status?: number;
  error?: string;
}

/** One job step's webhook, as `/__admin/webhooks` lists it (jobs/webhooks.ts sends it). */
export interface Delivery {
  id: string;
  provider: string;
  jobId: string;
  url: string;
  event: string;
  state: 'pending' | 'delivered' | 'failed' | 'refused' | 'abandoned';
  attempts: Attempt[];
  reason?: string;
}

/**
 * A request as the pipeline read it, for `POST /__admin/requests/find`: no secrets (those named like
 * one, and those shaped like one inside any value: journal/shown.ts), long strings shortened
 * (journal/recorded.ts makes it).
 */
export interface RecordedRequest {
  method: string;
  /** The vendor's own path (without the mock's prefix). */
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  /** The JSON or multipart fields. */
  body?: unknown;
}

/** One served request, as `/__admin/requests` lists it. */
export interface JournalEntry {
  id: number;
  /** The request's `X-Mock-Namespace`, when it named one. */
  namespace?: string;
  at: string;
  method: string;
  provider?: string;
  operationId?: string;
  path: string;
  status: number;
  ms: number;
  /** Why the mock refused or redirected the request, when it did. */
  note?: string;
  /** The request's fields and files, shortened. */
  request?: string;
  /** The body answered, shortened. */
  answer?: string;
  /** Method, vendor path, query, headers (no secrets) and fields, for `/__admin/requests/find`. */
  call?: RecordedRequest;
}

/**
 * A journal entry handed to the store before it is made: it holds references to what the request and
 * its answer already were (no copy on the request's path), and `make` builds the entry as shown, with
 * its copies, summaries and redaction, when the control API reads it. Only a small exchange is
 * deferred (journal/listen.ts), so what it holds is bounded.
 */
export interface DeferredEntry {
  /** What it holds meanwhile, counted as `approximateBytes` counts (state/policy.ts), never less than the entry it makes. */
  readonly bytes: number;
  make(): Omit<JournalEntry, 'id'>;
}

/** What a journal takes: an entry as shown, or one made when read. */
export type NewJournalEntry = Omit<JournalEntry, 'id'> | DeferredEntry;

export interface JournalFilter {
  provider?: string;
  path?: string;
  operationId?: string;
  limit?: number;
}

/** How a response may fail on purpose (conditions/faults.ts answers each). */
export const FAULT_KINDS = ['reset', 'timeout', 'malformed', '5xx'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What a caller may ask of one response, Prism's `Prefer` syntax extended for jobs (pipeline/prefer.ts reads it). */
export interface Preference {
  code?: number;
  example?: string;
  delay?: number;
  /** How a job this request creates ends. */
  outcome?: Outcome;
  /** How fast it gets there. */
  pace?: Pace;
  /** Wall-clock job duration in ms for this job (time mode), or steps in poll mode. */
  duration?: number;
  /** Answer as a failing vendor or network would (conditions/faults.ts). */
  fault?: FaultKind;
}

/** "The next N requests to operation X answer with code/example/outcome/latency" (admin/scenarios.ts parses one). */
export interface Scenario {
  id: number;
  provider?: string;
  operationId: string;
  remaining: number;
  prefer: Preference;
}
