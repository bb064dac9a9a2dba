/**
 * What happens to each vendor request, as events its observers listen to (the journal and log,
 * the in-flight count, the limits and held slots): the pipeline tells, it keeps no one's notes.
 *
 * start → matched (vendor and operation known) → read (what the request holds, as far as read) →
 * answered (the outcome) → end (the exchange is over for the client: delivered, or dropped). `end`
 * follows the client's connection, so it may come before `answered` when the client goes away.
 */
import { EventEmitter } from 'node:events';
import type { Operation } from '../../core/model/operations';
import type { IncomingHttpHeaders } from 'node:http';
import type { MockRequest } from './request';
import type { RequestData } from './body';
import type { Outcome } from './outcome';

export interface Exchange {
  readonly request: MockRequest;
  /** `performance.now()` when it began. */
  readonly started: number;
}

interface Matched {
  provider: string;
  /** Undefined when no operation of the vendor takes the method and path (a proxied vendor's request is forwarded all the same). */
  operation?: Operation;
}

export interface Read {
  /** The request as read so far, by reference: the journal makes its copies (for `/__admin/requests/find`) and summary only when shown. */
  sent: Sent;
  /** Values sent under secret-looking names: hidden wherever the journal shows an answer that echoes them. */
  secrets: string[];
}

export interface Sent {
  method: string;
  /** The vendor's own path (without the mock's prefix). */
  path: string;
  headers: IncomingHttpHeaders;
  query: Record<string, unknown>;
  operation: Operation;
  /** The fields and files, once the body is read. */
  data?: RequestData;
}

interface Ended {
  /** The status of the answer the client received whole; undefined when the connection was dropped first. */
  status?: number;
  ms: number;
}

export interface LifecycleEvents {
  start: [exchange: Exchange];
  matched: [exchange: Exchange, matched: Matched];
  read: [exchange: Exchange, read: Read];
  answered: [exchange: Exchange, outcome: Outcome];
  end: [exchange: Exchange, ended: Ended];
}

export class Lifecycle extends EventEmitter<LifecycleEvents> {}

/** Starts an exchange: `start` now, `end` when the client is done with it (`onEnd`). */
export function begin(lifecycle: Lifecycle, request: MockRequest): Exchange {
  const exchange: Exchange = { request, started: performance.now() };
  lifecycle.emit('start', exchange);
  request.onEnd((status) => lifecycle.emit('end', exchange, { status, ms: Math.round((performance.now() - exchange.started) * 10) / 10 }));
  return exchange;
}
