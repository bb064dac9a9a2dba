/**
 * In-process interception: every vendor's real host name (api.ideogram.ai, gateway.pixazo.ai, fal.run,
 * queue.fal.run, rest.fal.ai, api.magnific.com, api.freepik.com, api.kie.ai, api.wavespeed.ai, api.together.xyz, api.together.ai,
 * api.segmind.com, api.runware.ai, and the relays' aihubmix.com and gateway.ai.cloudflare.com) is answered by the mock inside the test process.
 * No port, no base-URL change in the code under test: `fetch('https://fal.run/…')`, `http.request`, and
 * unmodified SDKs such as `@fal-ai/client` reach the mock.
 *
 * ```ts
 * const { app, restore } = interceptVendors();
 * afterAll(restore);
 * ```
 *
 * Each request is answered by the mock's pipeline (`serve`, no socket) as a MockRequest: its method,
 * path and query, headers (Host set to the vendor's host, so the mock routes by host) and its body bytes
 * exactly as sent (nock's own buffer of them). The mock's own routes under a vendor's prefix (image and
 * file URLs) are Express's: those go to the app through light-my-request. Image and polling URLs in
 * the answers are `https://<vendor host>/…`, intercepted as well.
 *
 * Requests to other hosts, and methods other than those below, go on to the network as before:
 * whether the network is allowed is the caller's choice (`nock.disableNetConnect()`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type nock from 'nock';
import { createApp, type MockApp } from '../mock-server/app';
import type { MockOptions } from '../mock-server/options';
import { serve } from '../mock-server/serve';
import { pathOf, type MockRequest } from '../mock-server/pipeline/request';
import type { Outcome } from '../mock-server/pipeline/outcome';

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
  /** Answers each intercepted vendor request in place of the mock's pipeline (a stub, a probe); the mock's `serve` by default. */
  answer?: (request: MockRequest) => Promise<Outcome>;
}

export interface Interception {
  app: MockApp;
  /** Removes these interceptors only; nock stays usable (and active) for other tests. */
  restore(): void;
}

/**
 * nock, loaded on the first interception: the package's main entry exports interceptVendors, and nock
 * costs tens of milliseconds to load and patches node's http and fetch as it loads, in every process that
 * imports the package, most of which never intercept. It is CommonJS, so it loads synchronously and
 * interceptVendors stays synchronous.
 */
function loadNock(): typeof nock {
  return createRequire(import.meta.url)('nock') as typeof nock;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Hop-by-hop headers: meaningless once the body is handed over whole. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

/** A nock `ClientRequest` as the scope's `request` event and the reply function see it. */
interface NockRequest {
  method: string;
  headers: Record<string, string | string[] | number | undefined>;
  /** The body's bytes as the client wrote them: nock keeps them here before making its string of them. */
  requestBodyBuffers?: Buffer[];
  once(event: 'close', listener: () => void): void;
}

export function interceptVendors(options: InterceptOptions = {}): Interception {
  const app = options.app ?? createApp({ quiet: true, ...options.mock });
  const served: { origin: URL; prefix?: string }[] = [...app.mock.index.byHost.keys()].map((host) => ({ origin: new URL(`https://${host}`) }));
  for (const [origin, prefix] of Object.entries(options.origins ?? {})) {
    if (!app.mock.index.byPrefix.has(prefix)) throw new Error(`origins: ${prefix} is not a mock prefix (${[...app.mock.index.byPrefix.keys()].join(', ')}).`);
    served.push({ origin: new URL(origin), prefix });
  }
  if (served.length === 0) throw new Error('The mock serves no vendor with a known host name; nothing to intercept.');
  const answer = options.answer ?? ((request: MockRequest) => serve(app.mock, request));
  const nock = loadNock();
  const activated = !nock.isActive();
  if (activated) nock.activate();

  const bodies = new WeakMap<object, { raw: Buffer; headers: NockRequest['headers'] }>();
  const interceptors: nock.Interceptor[] = [];
  for (const { origin, prefix } of served) {
    const scope = nock(origin.origin, { allowUnmocked: true }).persist();
    scope.on('request', (req: NockRequest) => {
      const headers = { ...req.headers };
      bodies.set(req, { raw: Buffer.concat(req.requestBodyBuffers ?? []), headers });
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
        const headers = headersFor(origin, method, sent.headers, sent.raw);
        if (pathOf(target).includes('/__')) return dispatch(app, origin, method, target, headers, sent.raw);
        return answerWith(answer, req, method, origin, target, headers, sent.raw);
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

/** The request's headers as the mock receives them: lower case, hop-by-hop ones dropped, Host the vendor's, the length of the bytes nock holds. */
function headersFor(origin: URL, method: string, sentHeaders: NockRequest['headers'], raw: Buffer): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(sentHeaders)) {
    const lower = name.toLowerCase();
    if (value === undefined || HOP_BY_HOP.has(lower) || lower === 'host' || lower === 'content-length') continue;
    headers[lower] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  headers.host = origin.host;
  if (raw.length > 0 || !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(method)) headers['content-length'] = String(raw.length);
  return headers;
}

/**
 * One intercepted vendor request through the pipeline, as `[status, body bytes, raw headers]`. A
 * reset or a timeout fails the client's request, as a dropped connection does.
 */
async function answerWith(
  answer: (request: MockRequest) => Promise<Outcome>,
  req: NockRequest,
  method: string,
  origin: URL,
  url: string,
  headers: Record<string, string>,
  raw: Buffer,
): Promise<nock.ReplyFnResult> {
  const over = new AbortController();
  req.once('close', () => over.abort());
  let status: number | undefined;
  const request: MockRequest = {
    method,
    url,
    headers,
    body: raw,
    signal: over.signal,
    onEnd: (listener) => over.signal.addEventListener('abort', () => listener(status), { once: true }),
    arrival: { protocol: origin.protocol === 'https:' ? 'https' : 'http', local: origin.host, remoteAddress: '127.0.0.1' },
  };
  try {
    const outcome = await answer(request);
    if (outcome.kind === 'reset' || outcome.kind === 'timeout') throw Object.assign(new Error(`socket hang up (${outcome.note})`), { code: 'ECONNRESET' });
    const body = method === 'HEAD' ? Buffer.alloc(0) : Buffer.from(outcome.body);
    status = outcome.status;
    return [outcome.status, body, ['date', new Date().toUTCString(), ...rawHeadersOf(outcome.headers, method, body.length)]];
  } finally {
    // Handed to nock, or failed: the exchange is over either way.
    over.abort();
  }
}

/** One intercepted request to the mock's own routes (image and file URLs) through the Express app, as `[status, body bytes, raw headers]`. */
async function dispatch(app: MockApp, origin: URL, method: string, path: string, headers: Record<string, string>, raw: Buffer): Promise<nock.ReplyFnResult> {
  const { inject } = await import('light-my-request');
  const handler = handlerFor(app);
  const secure = origin.protocol === 'https:';
  const res = await inject(
    (req: IncomingMessage, res: ServerResponse) => {
      // What Express's req.protocol reads: the mock builds the URLs it returns from it.
      if (secure) Object.assign(req.socket, { encrypted: true });
      handler(req, res);
    },
    {
      method: method as 'GET',
      url: path,
      headers,
      payload: raw.length > 0 ? raw : undefined,
      remoteAddress: '127.0.0.1',
    },
  );
  return [res.statusCode, res.rawPayload, rawHeadersOf(res.headers, method, res.rawPayload.length)];
}

/**
 * An answer's headers as nock takes them (`[name, value, ...]`, lower-case names): hop-by-hop ones
 * dropped, and the length of the body handed over (a HEAD answer keeps the length it announced).
 */
function rawHeadersOf(headers: Record<string, string | number | string[] | undefined>, method: string, length: number): string[] {
  const raw: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || HOP_BY_HOP.has(lower) || (lower === 'content-length' && method !== 'HEAD')) continue;
    for (const v of [value].flat()) raw.push(lower, String(v));
  }
  if (method !== 'HEAD') raw.push('content-length', String(length));
  return raw;
}

const handlers = new WeakMap<MockApp, (req: IncomingMessage, res: ServerResponse) => void>();

/**
 * The app as a plain (req, res) handler for light-my-request. light-my-request recognises an Express
 * app and then re-parents Express's shared `response` prototype onto its own Response class: every
 * other Express server in the process (a mock started with `listen`, a webhook receiver) then fails
 * on its next response. Handing it a plain function avoids that; the few methods its request and
 * response define on their prototypes are pinned on the objects themselves, so they survive Express
 * swapping the prototypes per request.
 */
function handlerFor(app: MockApp): (req: IncomingMessage, res: ServerResponse) => void {
  let handler = handlers.get(app);
  if (!handler) {
    handler = (req, res) => {
      pin(req, ['destroy']);
      pin(res, ['writeHead', 'write', 'end', 'destroy', 'addTrailers', 'setTimeout']);
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
