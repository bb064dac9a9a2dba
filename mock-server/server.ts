import { createServer, STATUS_CODES, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';
import net, { type Socket } from 'node:net';
import type { MockApp } from './app';
import type { TlsMaterial } from './tls';
import type { Mount } from '../core/model/operations';
import { arrivedOnVendorOrigin } from './http-adapter';

export interface Timeouts {
  /** Whole request, body included (a 10 MB upload on a slow link fits). */
  requestTimeout: number;
  /** Until the request headers are complete. */
  headersTimeout: number;
  keepAliveTimeout: number;
  /** How often Node enforces the two above; its 30 s default would let slow clients linger. */
  connectionsCheckingInterval: number;
}

const DEFAULT_TIMEOUTS: Timeouts = { requestTimeout: 60_000, headersTimeout: 10_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 };

/**
 * An HTTP(S) server for the app whose timeouts stop a slow or silent client from holding a connection
 * forever. With `vendor`, it is that vendor's own origin: every request goes to it, unprefixed.
 */
export function createMockServer(app: MockApp, timeouts: Partial<Timeouts> = {}, tls?: TlsMaterial, vendor?: Mount): Server {
  const options = { ...DEFAULT_TIMEOUTS, ...timeouts, maxHeaderSize: 16 * 1024 };
  const handler: RequestListener = vendor
    ? (req, res) => {
        arrivedOnVendorOrigin(req, vendor);
        if (!app.serveVendor(req, res)) app(req, res);
      }
    : (req, res) => {
        if (!app.serveVendor(req, res)) app(req, res);
      };
  const connections = new Map<Socket, Connection>();
  const tracked: RequestListener = (req, res) => {
    const connection = connections.get(req.socket);
    if (connection) {
      connection.answering.add(res);
      res.once('close', () => {
        connection.answering.delete(res);
        connection.idleSince = performance.now();
        sweepOf.get(server)?.();
      });
    }
    // Stopping: answered, then the connection closes, so the client opens its next one elsewhere.
    if (stopping.has(server)) res.setHeader('Connection', 'close');
    handler(req, res);
  };
  const server: Server = tls ? createHttpsServer({ ...options, ...tls }, tracked) : createServer(options, tracked);
  server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    connections.set(socket, { answering: new Set(), idleSince: performance.now() });
    socket.once('close', () => {
      connections.delete(socket);
      sweepOf.get(server)?.();
    });
  });
  server.on('clientError', answerClientError);
  // WebSocket APIs (Runware's) on the same origin and mount as the vendor's HTTP API.
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (vendor) arrivedOnVendorOrigin(req, vendor);
    app.sockets.upgrade(req, socket, head);
  });
  socketsOf.set(server, app.sockets);
  connectionsOf.set(server, connections);
  return server;
}

interface Connection {
  /** Requests received and not yet answered. */
  answering: Set<ServerResponse>;
  idleSince: number;
}

const connectionsOf = new WeakMap<Server, Map<Socket, Connection>>();
const socketsOf = new WeakMap<Server, MockApp['sockets']>();
const stopping = new WeakSet<Server>();
/** A stopping server's sweep, run again as soon as an answer ends or a connection closes: close() resolves then, not at the next tick of its timer. */
const sweepOf = new WeakMap<Server, () => void>();

/**
 * A kept-alive connection idle this long while stopping is closed: a client about to send on it has
 * had the time to. The CLI's default, for traffic from other processes; a library mock's clients are
 * the test that closes it, so `startMock` closes idle connections at once (`idleGraceMs` 0).
 */
export const IDLE_GRACE_MS = 250;

/**
 * Stops a mock server without resetting a request: no new connections; requests already received,
 * and any that arrive on open connections, are answered with `Connection: close`; a connection is
 * closed once it has been idle `idleGraceMs` (closing idle ones at once, as Node's close does, resets
 * requests already on their way). Resolves when every connection is closed.
 */
export function closeGracefully(server: Server, idleGraceMs = IDLE_GRACE_MS): Promise<void> {
  const connections = connectionsOf.get(server) ?? new Map<Socket, Connection>();
  stopping.add(server);
  // WebSocket connections are told the mock is going away (1001) before their sockets are closed with the idle ones.
  socketsOf.get(server)?.close();
  for (const { answering } of connections.values()) for (const res of answering) if (!res.headersSent) res.setHeader('Connection', 'close');
  // Node's http close would also drop idle kept-alive connections at once; only the listening socket goes.
  if (server.listening) net.Server.prototype.close.call(server);
  return new Promise((resolve) => {
    const sweep = () => {
      const now = performance.now();
      for (const [socket, connection] of connections) if (connection.answering.size === 0 && now - connection.idleSince >= idleGraceMs) socket.destroySoon();
      if (connections.size === 0) {
        clearInterval(timer);
        sweepOf.delete(server);
        // Node's http close, now that it has nothing left to drop, also ends its connection-checking interval (which holds the server).
        server.close();
        resolve();
      }
    };
    const timer = setInterval(sweep, 25);
    sweepOf.set(server, sweep);
    sweep();
  });
}

/**
 * Requests Node refuses before Express sees them (oversized headers, broken framing, timeouts) get a
 * JSON body saying why, instead of Node's bare status line. The vendor is not known yet at this point.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const message =
    status === 431
      ? 'The request headers or URL are larger than 16 KB.'
      : status === 408
        ? 'The request took too long to arrive.'
        : `The request is not valid HTTP (${error.code ?? error.message}).`;
  const body = JSON.stringify({ error: STATUS_CODES[status], message });
  // Destroyed once the answer is flushed: a client that never closes its side must not hold the descriptor.
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    () => socket.destroy(),
  );
}
