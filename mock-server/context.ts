import type { Request } from 'express';
import type { SpecIndex, Operation } from '../core/model/operations';
import type { Clock } from './jobs/clock';
import type { Preference } from './state/records';
import type { Destination } from './pipeline/destination';
import type { UploadedImage } from './pipeline/body';
import type { LiveContext } from './responses/live';
import type { Choice } from './responses/choose';
import type { Json } from '../core/model/load';
import type { JobEngine } from './jobs/engine';
import type { VendorModule } from './providers/vendor';
import type { SigningKey } from './jobs/ed25519';
import type { StateStore } from './state/store';
import type { Conditions } from './conditions/index';
import type { MockOptions } from './options';

export interface MockContext {
  options: MockOptions;
  index: SpecIndex;
  /** Jobs, journal, scenarios, deliveries: shared with other instances when the store is. */
  store: StateStore;
  clock: Clock;
  log: (line: string) => void;
  jobs: JobEngine;
  /** Each served provider's module (providers/index.ts), by provider id. */
  vendors: Map<string, VendorModule>;
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
  /** The request's `X-Mock-Namespace` ('' when it names none): its jobs and scenarios are kept apart. */
  ns: string;
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
  /** Sent as they are in place of `body` (a file download), with `contentType`. */
  bytes?: Buffer;
}

/** Computes an operation's natural answer where replaying an example is not enough (jobs). */
export type OperationHandler = ((call: Call) => Reply | Promise<Reply>) & {
  /**
   * Runs before the schema check, for a body whose schema depends on the path (Replicate validates
   * `input` against the one model the path names): throws the refusal (a MockError), else returns.
   */
  precheck?: (request: { ctx: MockContext; fields: Record<string, unknown>; params: Record<string, string> }) => void;
  /**
   * The handler reads and checks the request body itself (`call.req`), for a body the shared reader
   * does not keep (Replicate's file upload: any type, every byte stored).
   */
  readsBody?: true;
};
