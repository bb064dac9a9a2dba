import type { Request } from 'express';
import type { SpecIndex, Operation } from './spec/routes';
import type { Journal } from './admin/journal';
import type { Clock } from './jobs/clock';
import type { Preference } from './pipeline/prefer';
import type { Target } from './pipeline/target';
import type { UploadedImage } from './pipeline/body';
import type { LiveContext } from './responses/live';
import type { Choice } from './responses/choose';
import type { Json } from './spec/load';

export interface MockOptions {
  /** Folder holding `<provider>/openapi.yaml`; defaults to the project's specs. */
  specsDir?: string;
  /** Provider ids to serve; default all. */
  providers?: string[];
  /** Accept only these API keys (any non-empty key otherwise). */
  keys?: string[];
  /** Added to every vendor response, in ms. */
  latencyMs?: number;
  /** No request log lines. */
  quiet?: boolean;
  /** Where log lines go (default stdout). */
  log?: (line: string) => void;
  clock?: Clock;
  /** Request journal capacity. */
  journalSize?: number;
}

export interface MockContext {
  options: MockOptions;
  index: SpecIndex;
  journal: Journal;
  clock: Clock;
  log: (line: string) => void;
}

/** Everything a provider handler knows about one validated request. */
export interface Call {
  ctx: MockContext;
  req: Request;
  operation: Operation;
  target: Target;
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
}

/** Computes an operation's natural answer where replaying an example is not enough (jobs). */
export type OperationHandler = (call: Call) => Reply | Promise<Reply>;
