import type { SpecIndex, Operation } from '../core/model/operations';
import type { Clock } from './jobs/clock';
import type { Preference } from './state/records';
import type { Destination } from './pipeline/destination';
import type { UploadedImage } from './uploads/inspect';
import type { LiveContext } from './responses/live';
import type { Choice } from './responses/choose';
import type { JobEngine } from './jobs/engine';
import type { VendorFlow } from './jobs/engine';
import type { ErrorReply } from './errors/serialise';
import type { MockError } from './errors/catalogue';
import type { MockRequest } from './pipeline/request';
import type { Reply } from './pipeline/outcome';
import type { Lifecycle } from './pipeline/lifecycle';
import type { SigningKey } from './jobs/ed25519';
import type { StateStore } from './state/store';
import type { Conditions } from './conditions/index';
import type { MockOptions } from './options';
import type { Json } from '../core/model/load';

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
  /** Each vendor request's start, match, reading, answer and end, for the journal, the log and the limits to follow. */
  lifecycle: Lifecycle;
}

export type { Reply };

/** Everything a provider handler knows about one validated request. */
export interface Call {
  ctx: MockContext;
  /** The request as received: its headers, its body (unread when the handler `readsBody`), its signal. */
  request: MockRequest;
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

/** Computes an operation's natural answer where replaying an example is not enough (jobs). */
export type OperationHandler = ((call: Call) => Reply | Promise<Reply>) & {
  /**
   * Runs before the schema check, for a body whose schema depends on the path (Replicate validates
   * `input` against the one model the path names): throws the refusal (a MockError), else returns.
   */
  precheck?: (request: { ctx: MockContext; fields: Record<string, unknown>; params: Record<string, string> }) => void;
  /**
   * The handler reads and checks the request body itself (`call.request.body`), for a body the shared
   * reader does not keep (Replicate's file upload: any type, every byte stored).
   */
  readsBody?: true;
};

/**
 * Everything about one vendor that its spec cannot say (providers/). The generic pipeline reads these
 * and never names a vendor; a vendor without a module is served from its spec alone (spec-only.ts).
 */
export interface VendorModule {
  /** The vendor's own sentences for a missing or refused key, where it documents them. */
  authMessages?: { missing: string; invalid: string };
  /** Status for a request that fails the schema or is not parseable JSON (default 400). */
  validationStatus?: number;
  /** The vendor's body and headers for a refusal, at the status already decided. */
  serialiseError(error: MockError, status: number, operation?: Operation): ErrorReply;
  /** Headers every answer carries unless the reply set them already (fal's request id). */
  answerHeaders?(): Record<string, string>;
  /** Answers computed rather than replayed from examples (job flows), by operationId. */
  handlers?: Record<string, OperationHandler>;
  /** The job flow the handlers drive, built from the vendor's operations (result templates). */
  flow?(operations: Operation[]): VendorFlow;
  /** A WebSocket API on the vendor's mount (socket-adapter.ts carries it): Runware's. */
  socket?: SocketProtocol;
}

/** What one WebSocket connection has established: the key it authenticated with, its session id. */
export interface SocketSession {
  key?: string;
  id?: string;
}

/** What to do with one message: answer it directly (and maybe close), or serve it as a request made with the session's key. */
export type SocketStep = { kind: 'answer'; body: Json; close?: { code: number; reason: string } } | { kind: 'serve'; key: string };

/**
 * A vendor's WebSocket protocol, beside its HTTP API: the path it is served on, and its handshake. Every
 * message past the handshake is served as a POST of its text to that path (serve.ts), so the journal,
 * limits, faults, scenarios and recordings hold for it as for HTTP.
 */
export interface SocketProtocol {
  /** The vendor path (under its mount) the socket is opened on. */
  path: string;
  /** One message, parsed (undefined when it is not JSON), in the light of what the session established. */
  receive(message: unknown, session: SocketSession, keys: readonly string[] | undefined): SocketStep;
}
