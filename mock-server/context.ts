import type { Request } from 'express';
import type { SpecIndex, Operation } from './spec/model';
import type { Journal } from './admin/journal';
import type { Clock } from './jobs/clock';
import type { Preference } from './pipeline/prefer';
import type { Destination } from './pipeline/destination';
import type { UploadedImage } from './pipeline/body';
import type { LiveContext } from './responses/live';
import type { Choice } from './responses/choose';
import type { Json } from './spec/load';
import type { JobEngine } from './jobs/engine';
import type { JobMode } from './jobs/progress';
import type { Scenarios } from './admin/scenarios';
import type { VendorModule } from './providers/vendor';
import type { SigningKey } from './jobs/ed25519';
import type { FileStore } from './files/store';
import type { ConditionOptions, Conditions } from './conditions/index';

export interface MockOptions extends ConditionOptions {
  /** Folder holding `<provider>/openapi.yaml`; defaults to the project's specs. */
  specsDir?: string;
  /** Provider ids to serve; default all. */
  providers?: string[];
  /** OpenAPI 3.x files of vendors the project does not know, served beside its own (`--spec`). */
  specs?: string[];
  /** Accept only these API keys (any non-empty key otherwise). */
  keys?: string[];
  /** No request log lines. */
  quiet?: boolean;
  /** Where log lines go (default stdout). */
  log?: (line: string) => void;
  clock?: Clock;
  /** Request journal capacity. */
  journalSize?: number;
  /** `poll` (default): each status poll moves a job one step. `time`: jobs move on the clock. */
  jobMode?: JobMode;
  /** Time mode: how long a job takes from submission to its end (default: each vendor's typical time, specs/<vendor>/NOTES.md). */
  jobDurationMs?: number;
  /** Jobs are forgotten this long after creation (default 1 hour). */
  jobTtlMs?: number;
  /** At most this many jobs are kept (default 200,000); when all are unfinished, submissions get the vendor's 429. */
  maxJobs?: number;
  /** Key for Magnific's webhook signatures (default `mock-webhook-secret`). */
  webhookSecret?: string;
  /** Ed25519 private key (PEM) that signs webhooks and is published as a JWKS; a new one per app otherwise. */
  webhookSigningKey?: string;
  /** Hosts webhooks may reach besides loopback (`*` for any). */
  webhookAllow?: string[];
  /** First retry delay for failed webhook deliveries; doubles each time (default 1000 ms). */
  webhookRetryBaseMs?: number;
  /** Delivery attempts before a webhook is given up (default 5). */
  webhookMaxAttempts?: number;
  /** When set, `/__admin` requires `Authorization: Bearer <token>`. */
  adminToken?: string;
}

export interface MockContext {
  options: MockOptions;
  index: SpecIndex;
  journal: Journal;
  clock: Clock;
  log: (line: string) => void;
  jobs: JobEngine;
  scenarios: Scenarios;
  /** Each served provider's module (providers/index.ts), by provider id. */
  vendors: Map<string, VendorModule>;
  /** Files uploaded through a vendor's storage API, served back by URL. */
  files: FileStore;
  /** The app's one webhook signing key, created on first use. */
  signingKey: () => SigningKey;
  /** Vendor requests being served right now. */
  inFlight: number;
  /** Vendor limits, latency and faults (conditions/). */
  conditions: Conditions;
}

/** Everything a provider handler knows about one validated request. */
export interface Call {
  ctx: MockContext;
  req: Request;
  operation: Operation;
  /** Which vendor mount the request reached, and the base URL it used. */
  destination: Destination;
  key: string;
  fields: Record<string, unknown>;
  files: Record<string, UploadedImage[]>;
  params: Record<string, string>;
  query: Record<string, unknown>;
  prefer: Preference;
  choice: Choice;
  live: LiveContext;
}

export interface Reply {
  status: number;
  body: Json;
  headers?: Record<string, string>;
  /** Defaults to application/json. */
  contentType?: string;
}

/** Computes an operation's natural answer where replaying an example is not enough (jobs). */
export type OperationHandler = ((call: Call) => Reply | Promise<Reply>) & {
  /**
   * Runs before the schema check, for a body whose schema depends on the path (Replicate validates
   * `input` against the one model the path names): throws the refusal (a MockError), else returns.
   */
  precheck?: (request: { ctx: MockContext; fields: Record<string, unknown>; params: Record<string, string> }) => void;
};
