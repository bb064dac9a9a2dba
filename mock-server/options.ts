/**
 * What a mock is asked to be: plain data (and a few injected functions), read by the app, the start
 * path and the CLI. Types only, importing only types, so that every module may read them without
 * importing the app's context.
 */
import type { Clock } from './jobs/clock';
import type { JobMode } from './jobs/progress';
import type { StateStore } from './state/store';
import type { Budget } from './budget';
import type { RelayDefinition } from '../core/model/relays';

/** Waits `ms`, or less when `signal` aborts; tests inject one that never touches the clock. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** The conditions vendor requests are served under (conditions/). */
export interface ConditionOptions {
  /** `vendor` (each spec's `x-limits`), with overrides like `vendor,<vendor>.<limit>=100/60s`; default off. */
  limits?: string;
  /** Latency distributions (`800-3000`, `lognormal:1200,4000`, `pixazo=…`; see latency.ts). */
  latency?: string | string[];
  /** Faults at a rate: `5%`, `5%:reset,5xx`. */
  faults?: string;
  /** How long `fault=timeout` holds a request before dropping the connection (default 60 s, the server's request timeout). */
  faultTimeoutMs?: number;
  /** [0, 1), Math.random by default: latency samples and fault draws. */
  random?: () => number;
  sleep?: Sleep;
}

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
  /** Where jobs, the journal, scenarios and deliveries live (default: this process's memory, a MemoryStore with the options below). */
  store?: StateStore;
  /** Request journal capacity (entries; the budget's journal count). */
  journalSize?: number;
  /** What the stores keep and how many requests may be held open (budget.ts; `--budget`, `--max-held`). */
  budget?: Budget;
  /** `poll` (default): each status poll moves a job one step. `time`: jobs move on the clock. */
  jobMode?: JobMode;
  /** Time mode: how long a job takes from submission to its end (default: each vendor's typical time, specs/<vendor>/NOTES.md). */
  jobDurationMs?: number;
  /** Jobs are forgotten this long after creation (default 1 hour). */
  jobTtlMs?: number;
  /** At most this many jobs are kept (default 200,000); when all are unfinished, submissions get the vendor's 429. */
  maxJobs?: number;
  /** Key for the HMAC webhook signatures (Magnific, Replicate, Kie, WaveSpeedAI; default `mock-webhook-secret`). */
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
  /** Vendors answered by forwarding to a real (or look-alike) server instead of the spec: provider id → base URL (`--proxy`). */
  proxy?: Record<string, string>;
  /**
   * More relays of served vendors (`--relay`), beside those the specs list (`x-mock-relays`): each serves
   * its vendor's operations under its own prefix, key header and journal label.
   */
  relays?: RelayDefinition[];
  /** Saves every proxied exchange here, redacted, a job's submit and polls in one file (`--record`). */
  record?: string;
  /** Answers requests that match a recording in this folder with the recorded answer (`--replay`). */
  replay?: string;
  /** With `replay`: a request no recording matches gets a 404 naming the closest recording instead of the spec's answer. */
  replayStrict?: boolean;
}
