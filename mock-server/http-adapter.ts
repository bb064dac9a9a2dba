/**
 * The HTTP side of the pipeline: a Node request as a MockRequest (pipeline/request.ts), and an
 * Outcome carried out on its response. Nothing here decides an answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Mount } from '../core/model/operations';
import type { MockRequest } from './pipeline/request';
import type { Outcome } from './pipeline/outcome';
import { resetConnection } from './conditions/faults';

/** Requests that arrived on a vendor's own origin (`--vendor-ports`), with that vendor's mount. */
const vendorOrigins = new WeakMap<IncomingMessage, Mount>();

/** Marks a request as arriving on `mount`'s own origin, where its paths are served unprefixed. */
export function arrivedOnVendorOrigin(req: IncomingMessage, mount: Mount): void {
  vendorOrigins.set(req, mount);
}

/** The vendor whose own origin the request arrived on, if any. */
export function vendorOriginOf(req: IncomingMessage): Mount | undefined {
  return vendorOrigins.get(req);
}

/** Why a request's signal fired: one value for all, as building an AbortError (a DOMException with its stack) per request costs more than the rest of the adapter. */
const CLOSED = Object.freeze({ name: 'ExchangeClosed', message: 'The exchange is over: its answer was delivered, or the client went away.' });

/** The Host header, or for an HTTP/1.0 request without one the address and port it arrived on. */
export function requestHost(req: IncomingMessage): string {
  return req.headers.host || localOf(req);
}

function localOf(req: IncomingMessage): string {
  const address = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  return `${address.includes(':') ? `[${address}]` : address}:${req.socket.localPort}`;
}

/**
 * The request as the pipeline takes it. `url` is the target as received (`originalUrl` once a router
 * has rewritten `url`); the body is the request stream itself, read only if the pipeline reads it.
 * The exchange is over when the response closes; its signal is built only for whoever asks.
 */
export function mockRequestOf(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse): MockRequest {
  // Finished: the whole answer handed to the connection, before it closes.
  let finished = false;
  res.once('finish', () => (finished = true));
  const delivered = () => (finished ? res.statusCode : undefined);
  let closed: AbortController | undefined;
  return {
    method: req.method ?? 'GET',
    url: req.originalUrl ?? req.url ?? '/',
    headers: req.headers,
    body: req,
    get signal() {
      if (!closed) {
        const controller = (closed = new AbortController());
        if (res.closed) controller.abort(CLOSED);
        else res.once('close', () => controller.abort(CLOSED));
      }
      return closed.signal;
    },
    onEnd(listener) {
      if (res.closed) queueMicrotask(() => listener(delivered()));
      else res.once('close', () => listener(delivered()));
    },
    arrival: arrivalOf(req),
  };
}

/** How a request reached the mock, for the pipeline: one answer for an HTTP request and a WebSocket upgrade. */
export function arrivalOf(req: IncomingMessage): MockRequest['arrival'] {
  const socket = req.socket as IncomingMessage['socket'] & { encrypted?: boolean };
  return {
    protocol: socket.encrypted ? 'https' : 'http',
    get local() {
      return localOf(req);
    },
    remoteAddress: socket.remoteAddress ?? '',
    vendorOrigin: vendorOrigins.get(req),
  };
}

/** Carries out an outcome: the answer written (Node leaves a HEAD answer's body out), or the connection reset or dropped. */
export function writeOutcome(res: ServerResponse, outcome: Outcome): void {
  switch (outcome.kind) {
    case 'reset':
      resetConnection(res.socket);
      return;
    case 'timeout':
      res.socket?.destroy();
      return;
    default:
      res.statusCode = outcome.status;
      for (const name in outcome.headers) res.setHeader(name, outcome.headers[name]);
      // A cut answer is written as it is: its headers promise more than it holds.
      res.end(outcome.body);
  }
}
