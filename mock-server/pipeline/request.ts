/**
 * A vendor request as the pipeline takes it, whatever carried it (the HTTP server, the in-process
 * interceptor, a test): plain values and the body, unread. `serve` (serve.ts) answers it.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Readable } from 'node:stream';
import type { Mount } from '../../core/model/operations';

export interface MockRequest {
  method: string;
  /** The target as received: path and query (`/ideogram/generate?x=1`). */
  url: string;
  /** Lower-case names, as Node gives them. */
  headers: IncomingHttpHeaders;
  /** The body, unread: the stream it arrives on, or the bytes already received. */
  body: Readable | Buffer;
  /** Fires when the exchange is over for the client: its answer was delivered, or it went away. */
  readonly signal: AbortSignal;
  /**
   * Calls `listener` once, when `signal` fires, with the status of the answer the client received
   * whole (undefined when it received none). The lifecycle's `end` listens here: an adapter may build
   * `signal` only when asked for it, since an AbortSignal and its listeners cost more per request than
   * the rest of an adapter.
   */
  onEnd(listener: (delivered: number | undefined) => void): void;
  arrival: Arrival;
}

/** Where a request arrived: what choosing its vendor and the URLs in its answer need. */
interface Arrival {
  protocol: 'http' | 'https';
  /** The address and port it arrived on (`127.0.0.1:4010`): the host of a request that names none. */
  local: string;
  /** The client's address, for limits counted per address. */
  remoteAddress: string;
  /** The vendor whose own origin (`--vendor-ports`) it arrived on. */
  vendorOrigin?: Mount;
}

/** One header's value; a repeated one joined as Node joins most. */
export function header(request: Pick<MockRequest, 'headers'>, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The path of a request target, without its query. */
export function pathOf(url: string): string {
  if (!url.startsWith('/')) return new URL(url, 'http://absolute.invalid').pathname;
  const end = url.search(/[?#]/);
  return end < 0 ? url : url.slice(0, end);
}

/** `?a=1&b=2` of a request target, or ''. */
export function searchOf(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return '';
  const hash = url.indexOf('#', at);
  return hash < 0 ? url.slice(at) : url.slice(at, hash);
}

/** The query as Express's simple parser reads it: repeated names become arrays. */
export function queryOf(url: string): Record<string, string | string[]> {
  return parseQuery(searchOf(url).slice(1)) as Record<string, string | string[]>;
}
