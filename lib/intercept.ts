/**
 * In-process interception: every vendor's real host name (api.ideogram.ai, gateway.pixazo.ai, fal.run,
 * queue.fal.run, rest.fal.ai, api.magnific.com, api.freepik.com) is answered by the mock inside the test process.
 * No port, no base-URL change in the code under test: `fetch('https://fal.run/…')`, `http.request`, and
 * unmodified SDKs such as `@fal-ai/client` reach the mock.
 *
 * ```ts
 * const { app, restore } = interceptVendors();
 * afterAll(restore);
 * ```
 *
 * Each request is handed to the mock's Express app with light-my-request (no socket), with its method,
 * path and query, headers (Host set to the vendor's host, so the mock routes by host) and its body bytes
 * as sent. Image and polling URLs in the answers are `https://<vendor host>/…`, intercepted as well.
 *
 * Requests to other hosts, and methods other than those below, go on to the network as before:
 * whether the network is allowed is the caller's choice (`nock.disableNetConnect()`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import nock from 'nock';
import { inject } from 'light-my-request';
import { createApp, type MockApp, type MockOptions } from '../mock-server/index';

export interface InterceptOptions {
  /** The mock to answer with (default: a new `createApp({ quiet: true, ...mock })`). */
  app?: MockApp;
  /** Options for the mock created when `app` is not given. */
  mock?: MockOptions;
  /**
   * More origins to serve, each onto a mock prefix, for a vendor without a public host name (YutoAI)
   * or code configured with another base URL: `{ 'https://yutoai.invalid': '/yutoai' }`. A request's
   * path gets the prefix unless it already has it (the mock's own image URLs carry it).
   */
  origins?: Record<string, string>;
}

export interface Interception {
  app: MockApp;
  /** Removes these interceptors only; nock stays usable (and active) for other tests. */
  restore(): void;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Hop-by-hop headers: meaningless once the body is handed over whole. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

/** A nock `ClientRequest` as the scope's `request` event and the reply function see it. */
interface NockRequest {
  method: string;
  headers: Record<string, string | string[] | number | undefined>;
}

export function interceptVendors(options: InterceptOptions = {}): Interception {
  const app = options.app ?? createApp({ quiet: true, ...options.mock });
  const served: { origin: URL; prefix?: string }[] = [...app.mock.index.byHost.keys()].map((host) => ({ origin: new URL(`https://${host}`) }));
  for (const [origin, prefix] of Object.entries(options.origins ?? {})) {
    if (!app.mock.index.byPrefix.has(prefix)) throw new Error(`origins: ${prefix} is not a mock prefix (${[...app.mock.index.byPrefix.keys()].join(', ')}).`);
    served.push({ origin: new URL(origin), prefix });
  }
  if (served.length === 0) throw new Error('The mock serves no vendor with a known host name; nothing to intercept.');
  const activated = !nock.isActive();
  if (activated) nock.activate();

  const bodies = new WeakMap<object, { raw: Buffer; headers: NockRequest['headers'] }>();
  const interceptors: nock.Interceptor[] = [];
  for (const { origin, prefix } of served) {
    const scope = nock(origin.origin, { allowUnmocked: true }).persist();
    scope.on('request', (req: NockRequest, _interceptor: unknown, body: string) => {
      const headers = { ...req.headers };
      bodies.set(req, { raw: rawBody(body, headers['content-length']), headers });
      // nock JSON.parses the body of an application/json request before calling a reply function, and a
      // malformed body then throws outside any handler (the request hangs). The mock must see such a body
      // and answer with the vendor's 400, so the reply function gets the request without its JSON type.
      if (isJson(headers['content-type'])) {
        const visible = { ...req.headers };
        delete visible['content-type'];
        req.headers = visible;
      }
    });
    for (const method of METHODS) {
      const interceptor = scope.intercept(() => true, method).optionally();
      interceptors.push(interceptor);
      interceptor.reply(async function (this: nock.ReplyFnContext, path: string): Promise<nock.ReplyFnResult> {
        const req = this.req as unknown as NockRequest;
        const sent = bodies.get(req) ?? { raw: Buffer.alloc(0), headers: req.headers };
        const target = !prefix || path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`) ? path : prefix + path;
        return dispatch(app, origin, method, target, sent.headers, sent.raw);
      });
    }
  }

  let restored = false;
  return {
    app,
    restore() {
      if (restored) return;
      restored = true;
      for (const interceptor of interceptors) nock.removeInterceptor(interceptor);
      if (activated) nock.restore();
    },
  };
}

/** One intercepted request through the Express app, as `[status, body bytes, raw headers]`. */
async function dispatch(app: MockApp, origin: URL, method: string, path: string, sentHeaders: NockRequest['headers'], raw: Buffer): Promise<nock.ReplyFnResult> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(sentHeaders)) {
    const lower = name.toLowerCase();
    if (value === undefined || HOP_BY_HOP.has(lower) || lower === 'host' || lower === 'content-length') continue;
    headers[lower] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  headers.host = origin.host;
  if (raw.length > 0 || !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(method)) headers['content-length'] = String(raw.length);
  const handler = handlerFor(app);
  const secure = origin.protocol === 'https:';
  const res = await inject((req: IncomingMessage, res: ServerResponse) => {
    // What Express's req.protocol reads: the mock builds the URLs it returns from it.
    if (secure) Object.assign(req.socket, { encrypted: true });
    handler(req, res);
  }, {
    method: method as 'GET',
    url: path,
    headers,
    payload: raw.length > 0 ? raw : undefined,
    remoteAddress: '127.0.0.1',
  });
  const rawHeaders: string[] = [];
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name.toLowerCase())) continue;
    if (name.toLowerCase() === 'content-length' && method !== 'HEAD') continue;
    for (const v of Array.isArray(value) ? value : [value]) rawHeaders.push(name, String(v));
  }
  if (method !== 'HEAD') rawHeaders.push('content-length', String(res.rawPayload.length));
  return [res.statusCode, res.rawPayload, rawHeaders];
}

const handlers = new WeakMap<MockApp, (req: IncomingMessage, res: ServerResponse) => void>();

/**
 * The app as a plain (req, res) handler for light-my-request, with two corrections.
 *
 * - light-my-request recognises an Express app and then re-parents Express's shared `response`
 *   prototype onto its own Response class: every other Express server in the process (a mock started
 *   with `listen`, a webhook receiver) then fails on its next response. Handing it a plain function
 *   avoids that; the few methods its request and response define on their prototypes are pinned on the
 *   objects themselves, so they survive Express swapping the prototypes per request.
 * - Its `end()` emits `finish` itself and Node emits it again: the mock would log (and journal) every
 *   request twice. The second one is dropped.
 */
function handlerFor(app: MockApp): (req: IncomingMessage, res: ServerResponse) => void {
  let handler = handlers.get(app);
  if (!handler) {
    handler = (req, res) => {
      pin(req, ['destroy']);
      pin(res, ['writeHead', 'write', 'end', 'destroy', 'addTrailers', 'setTimeout']);
      const emit = res.emit;
      let finished = false;
      res.emit = function (this: ServerResponse, event: string | symbol, ...args: unknown[]) {
        if (event === 'finish') {
          if (finished) return false;
          finished = true;
        }
        return emit.call(this, event, ...args);
      } as ServerResponse['emit'];
      (app as unknown as (req: IncomingMessage, res: ServerResponse) => void)(req, res);
    };
    handlers.set(app, handler);
  }
  return handler;
}

function pin(target: object, names: string[]): void {
  for (const name of names) {
    const value = (target as Record<string, unknown>)[name];
    if (typeof value === 'function') Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  }
}

function isJson(contentType: unknown): boolean {
  return String(contentType ?? '')
    .toLowerCase()
    .startsWith('application/json');
}

/**
 * The bytes nock received, from the string it hands to listeners and reply functions: the body as
 * UTF-8 when the bytes survive a UTF-8 round trip, as hex otherwise (nock's
 * `common.isUtf8Representable`). So a string is hex exactly when decoding it as hex gives bytes that do
 * not survive that round trip. The one ambiguity (a text body of an even number of hex digits whose
 * hex decoding is not UTF-8, such as `ff`) is settled by Content-Length when the client sent one, and
 * read as hex otherwise.
 */
export function rawBody(body: string | undefined, contentLength?: unknown): Buffer {
  if (!body) return Buffer.alloc(0);
  const asText = Buffer.from(body, 'utf8');
  if (body.length % 2 !== 0 || !/^[0-9a-f]*$/.test(body)) return asText;
  const asHex = Buffer.from(body, 'hex');
  if (isUtf8Representable(asHex)) return asText;
  const declared = Number(Array.isArray(contentLength) ? contentLength[0] : contentLength);
  if (Number.isInteger(declared) && declared === asText.length) return asText;
  return asHex;
}

function isUtf8Representable(buffer: Buffer): boolean {
  return Buffer.from(buffer.toString('utf8'), 'utf8').equals(buffer);
}
