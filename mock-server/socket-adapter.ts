/**
 * The WebSocket side of the pipeline, beside http-adapter.ts: a vendor module's `socket` protocol
 * (context.ts) is served on its mount. Each message past the handshake becomes a MockRequest (a POST of
 * the message to the protocol's path, with the session's key as a Bearer header) answered by `serve`,
 * and its Outcome is written back as a text message: a reset closes the connection, a timeout sends
 * nothing. Bounded by SOCKETS (budget.ts): connections, message size, messages in flight, answers unread, idle time.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { STATUS_CODES } from 'node:http';
import { createRequire } from 'node:module';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import type { MockContext, SocketProtocol, SocketSession } from './context';
import { serve } from './serve';
import { resolveDestination, type Destination } from './pipeline/destination';
import { pathOf, type MockRequest } from './pipeline/request';
import type { Outcome } from './pipeline/outcome';
import { arrivalOf } from './http-adapter';
import { SOCKETS } from './budget';

export interface SocketAdapter {
  /** Takes an HTTP upgrade: a vendor's socket protocol at that path, else an HTTP refusal. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every connection (1001, going away) and takes no more: the mock is stopping. */
  close(): void;
}

/** RFC 6455 close codes. */
const GOING_AWAY = 1001;
const POLICY = 1008;
const INTERNAL = 1011;

export function socketAdapter(ctx: MockContext): SocketAdapter {
  // Made at the first upgrade: ws and the zlib it loads cost every start time, and only Runware's clients use them.
  let server: WebSocketServer | undefined;
  const sockets = () =>
    (server ??= new (createRequire(import.meta.url)('ws') as typeof import('ws')).WebSocketServer({
      noServer: true,
      maxPayload: SOCKETS.messageBytes,
      perMessageDeflate: false,
    }));
  const open = new Set<WebSocket>();
  let stopping = false;
  return {
    upgrade(req, socket, head) {
      const found = stopping ? undefined : protocolAt(ctx, req);
      if (!found) return refuseUpgrade(socket, 404, 'No WebSocket API is served at this path.');
      if (open.size >= SOCKETS.connections) return refuseUpgrade(socket, 503, `The mock holds ${SOCKETS.connections} WebSocket connections already.`);
      sockets().handleUpgrade(req, socket, head, (ws) => {
        open.add(ws);
        ws.once('close', () => open.delete(ws));
        converse(ctx, ws, req, found);
      });
    },
    close() {
      stopping = true;
      for (const ws of open) ws.close(GOING_AWAY, 'The mock is stopping.');
    },
  };
}

interface Found {
  protocol: SocketProtocol;
  destination: Destination;
}

/** The vendor protocol served at the upgrade's path, by the same routing as any vendor request. */
function protocolAt(ctx: MockContext, req: IncomingMessage): Found | undefined {
  const arrival = arrivalOf(req);
  try {
    const destination = resolveDestination(ctx.index, { method: 'GET', headers: req.headers, arrival }, pathOf(req.url ?? '/'));
    const protocol = destination && ctx.vendors.get(destination.mount.provider)?.socket;
    return protocol && destination.path === protocol.path ? { protocol, destination } : undefined;
  } catch {
    return undefined;
  }
}

/** Before the upgrade, a refusal is a plain HTTP answer, and the socket is let go once it is written. */
function refuseUpgrade(socket: Duplex, status: number, message: string) {
  const body = JSON.stringify({ error: STATUS_CODES[status], message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    () => socket.destroy(),
  );
}

/** One connection: the protocol's handshake, then each message served as a request. */
function converse(ctx: MockContext, ws: WebSocket, req: IncomingMessage, { protocol }: Found) {
  const session: SocketSession = {};
  const closed = new AbortController();
  let inFlight = 0;
  let idle: NodeJS.Timeout | undefined;
  const wake = () => {
    clearTimeout(idle);
    idle = setTimeout(() => ws.close(GOING_AWAY, 'Closed after 120 s without a message.'), SOCKETS.idleMs).unref();
  };
  wake();
  ws.once('close', () => {
    clearTimeout(idle);
    closed.abort();
  });
  ws.on('error', () => ws.terminate());
  ws.on('message', (data: RawData, isBinary: boolean) => {
    // A client that sends and never reads would grow the answers waiting to be written without end.
    if (ws.bufferedAmount > SOCKETS.messageBytes) return ws.terminate();
    wake();
    const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
    const step = protocol.receive(isBinary ? undefined : parsed(bytes), session, ctx.options.keys);
    if (step.kind === 'answer') {
      ws.send(JSON.stringify(step.body));
      if (step.close) ws.close(step.close.code, step.close.reason);
      return;
    }
    if (inFlight >= SOCKETS.inFlight) return ws.close(POLICY, `More than ${SOCKETS.inFlight} messages in flight.`);
    inFlight += 1;
    const request = mockRequestOf(req, bytes, step.key, protocol.path, closed.signal);
    void serve(ctx, request.request)
      .then((outcome) => write(ws, outcome, request.delivered))
      .catch(() => ws.close(INTERNAL, 'The mock failed to answer.'))
      .finally(() => (inFlight -= 1));
  });
}

function parsed(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * A message as the pipeline takes a request: a JSON POST to the protocol's path under the mount the socket
 * was opened on, with the session's key; over when its answer is sent, or the connection closes first.
 */
function mockRequestOf(req: IncomingMessage, body: Buffer, key: string, path: string, closed: AbortSignal) {
  const target = pathOf(req.url ?? '/');
  const url = target.slice(0, target.length - path.length) + path + (req.url ?? '').slice(target.length);
  const done = new AbortController();
  const signal = AbortSignal.any([done.signal, closed]);
  const listeners: ((status: number | undefined) => void)[] = [];
  let status: number | undefined;
  signal.addEventListener('abort', () => listeners.splice(0).forEach((listener) => listener(status)), { once: true });
  const request: MockRequest = {
    method: 'POST',
    url,
    headers: {
      host: req.headers.host,
      'user-agent': req.headers['user-agent'],
      authorization: `Bearer ${key}`,
      'content-type': 'application/json',
      'content-length': String(body.length),
    },
    body,
    signal,
    onEnd(listener) {
      if (signal.aborted) queueMicrotask(() => listener(status));
      else listeners.push(listener);
    },
    arrival: arrivalOf(req),
  };
  const delivered = (sent: number | undefined) => {
    status = sent;
    done.abort();
  };
  return { request, delivered };
}

/** An Outcome as a message: a reply's body sent (a cut one, half of it), a reset closing the connection, a timeout sending nothing. */
function write(ws: WebSocket, outcome: Outcome, delivered: (status: number | undefined) => void) {
  if (outcome.kind === 'reset') {
    ws.terminate();
    return delivered(undefined);
  }
  if (outcome.kind === 'timeout') return;
  const text = outcome.body.toString();
  if (ws.readyState !== ws.OPEN) return delivered(undefined);
  ws.send(outcome.kind === 'cut' ? text.slice(0, text.length >> 1) : text, (error) => delivered(error ? undefined : outcome.status));
}
