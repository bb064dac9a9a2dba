import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express, type Router, type NextFunction, type Request, type Response } from 'express';
import { loadAllSpecs } from '../core/model/load';
import { buildIndex } from '../core/model/operations';
import { adminRouter } from './admin/router';
import { dashboardRouter, docsRouter } from './pages';
import { systemClock } from './jobs/clock';
import { JobEngine } from './jobs/engine';
import { vendorModule } from './providers/index';
import { serveImages } from './images/route';
import { serveFiles } from './files/route';
import { journalExchanges } from './journal/listen';
import { refusal, serve, serveProxiedAsset } from './serve';
import { begin, Lifecycle, type Exchange } from './pipeline/lifecycle';
import { hostName } from './pipeline/destination';
import { mockRequestOf, vendorOriginOf, writeOutcome } from './http-adapter';
import type { MockContext } from './context';
import type { MockOptions } from './options';
import { createSigningKey, type SigningKey } from './jobs/ed25519';
import { MemoryStore } from './state/memory';
import type { StateStore } from './state/store';
import { budgetOf, storeOptionsOf } from './budget';
import type { NewJournalEntry } from './state/records';
import { prepareRecording } from './record/stage';
import { createConditions, release } from './conditions/index';
import { pathOf, type MockRequest } from './pipeline/request';
import { socketAdapter, type SocketAdapter } from './socket-adapter';

export interface MockApp extends Express {
  mock: MockContext;
  /**
   * Answers a vendor request without Express (its routing, request and response set-up cost a tenth
   * of a JSON request's time); false, leaving it unanswered, for the mock's own paths, which go to the app.
   */
  serveVendor(req: IncomingMessage, res: ServerResponse): boolean;
  /** The vendors' WebSocket APIs, taken from the server's upgrades (server.ts). */
  sockets: SocketAdapter;
}

/** The whole mock as an Express app (no listen): every vendor of every spec in `specsDir`. */
export function createApp(options: MockOptions = {}): MockApp {
  const specs = loadAllSpecs(options);
  if (specs.length === 0) throw new Error(`No specs found${options.providers ? ` for providers ${options.providers.join(', ')}` : ''}.`);
  const index = buildIndex(specs, options.relays);
  const log = options.quiet ? () => {} : (options.log ?? ((line: string) => process.stdout.write(line + '\n')));
  const clock = options.clock ?? systemClock;
  const store: StateStore = options.store ?? new MemoryStore(clock, storeOptionsOf(options));
  // Journal writes never hold up or fail a request: a store that cannot take one says so in the log.
  const journal = (ns: string, entry: NewJournalEntry) =>
    store.journal
      .add(ns, entry)
      .catch((error: unknown) => log(`journal entry${'path' in entry ? ` for ${entry.path}` : ''} lost: ${(error as Error).message}`));
  const signingKey = lazySigningKey(options.webhookSigningKey);
  const jobs = new JobEngine(
    clock,
    {
      mode: options.jobMode ?? 'poll',
      durationMs: options.jobDurationMs,
      webhooks: {
        secret: options.webhookSecret ?? 'mock-webhook-secret',
        signingKey,
        allow: options.webhookAllow ?? [],
        retryBaseMs: options.webhookRetryBaseMs ?? 1000,
        maxAttempts: options.webhookMaxAttempts ?? 5,
        timeoutMs: 5000,
      },
    },
    store,
    (ns, delivery, line) => {
      log(line);
      journal(ns, {
        at: new Date(clock.now()).toISOString(),
        method: 'WEBHOOK',
        provider: delivery.provider,
        path: delivery.url,
        status: delivery.attempts.at(-1)?.status ?? 0,
        ms: 0,
        note: line,
      });
    },
    log,
  );
  const vendors = new Map(
    index.specs.map((spec) => {
      const operations = index.operations.filter((o) => o.provider === spec.provider);
      const vendor = vendorModule(spec.provider, operations);
      const flow = vendor.flow?.(operations);
      if (flow) jobs.register(flow);
      return [spec.provider, vendor];
    }),
  );
  jobs.start();
  const lifecycle = new Lifecycle();
  const ctx: MockContext = {
    options,
    index,
    store,
    clock,
    log,
    jobs,
    vendors,
    signingKey,
    inFlight: 0,
    conditions: createConditions(options, index, clock, budgetOf(options), store.limits),
    lifecycle,
  };
  prepareRecording(ctx);
  lifecycle.on('start', () => (ctx.inFlight += 1));
  lifecycle.on('end', (exchange) => {
    ctx.inFlight -= 1;
    release(ctx.conditions, exchange.request);
  });
  journalExchanges(lifecycle, { journal, log: options.quiet ? undefined : log, now: () => ctx.clock.now() });

  const app = express() as unknown as MockApp;
  app.mock = ctx;
  app.sockets = socketAdapter(ctx);
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');

  const answer = (request: MockRequest, res: Response, next: NextFunction, exchange?: Exchange) =>
    void serve(ctx, request, exchange)
      .then((outcome) => writeOutcome(res, outcome))
      .catch(next);
  // As the app's error handler below answers what `answer` fails with.
  app.serveVendor = (req, res) => {
    if (!isVendorPath(pathOrNone(req.url), req.method)) return false;
    void serve(ctx, mockRequestOf(req, res))
      .then((outcome) => writeOutcome(res, outcome))
      .catch((error: unknown) => (res.headersSent ? res.end() : writeOutcome(res, refusal(ctx, error))));
    return true;
  };

  // The control API and the pages answer on the mock's own address only, never through a vendor's host name or origin.
  const ownAddress = (router: Router) => (req: Request, res: Response, next: NextFunction) =>
    index.byHost.has(hostName(req.headers.host)) || vendorOriginOf(req) ? next() : router(req, res, next);
  const own = express.Router();
  own.use('/__admin/ui', ownAddress(dashboardRouter()));
  own.use('/__docs', ownAddress(docsRouter(ctx)));
  own.use('/__admin', ownAddress(adminRouter(ctx)));
  own.use((req: Request, res: Response, next: NextFunction) => {
    if (!ctx.options.proxy) return next();
    const { request, exchange } = res.locals as Partial<Tracked>;
    serveProxiedAsset(ctx, request ?? mockRequestOf(req, res), exchange)
      .then((outcome) => (outcome ? writeOutcome(res, outcome) : next()))
      .catch(next);
  });
  own.use(serveImages);
  own.use(serveFiles(store.files, budgetOf(options).files.bytes));

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isFavicon(req.path, req.method)) return void res.status(204).end();
    if (isVendorPath(req.path, req.method)) return answer(mockRequestOf(req, res), res, next);
    if (req.path.startsWith('/__')) {
      // The mock's own pages and control API are not vendor traffic: neither journaled nor counted, even when the pipeline refuses them.
      return own(req, res, (error?: unknown) => {
        if (error) return next(error);
        const request = mockRequestOf(req, res);
        request.onEnd(() => release(ctx.conditions, request));
        answer(request, res, next, { request, started: performance.now() });
      });
    }
    // Under a vendor's prefix (its image and file URLs) they are: the exchange begins here, whoever answers it.
    const request = mockRequestOf(req, res);
    const tracked: Tracked = { request, exchange: begin(lifecycle, request) };
    Object.assign(res.locals, tracked);
    own(req, res, (error?: unknown) => (error ? next(error) : answer(request, res, next, tracked.exchange)));
  });
  // What the mock's own routes refuse (the control API's MockErrors), in the mock's plain shape.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const outcome = refusal(ctx, error);
    const { exchange } = res.locals as Partial<Tracked>;
    if (exchange) lifecycle.emit('answered', exchange, outcome);
    if (res.headersSent) return void res.end();
    writeOutcome(res, outcome);
  });
  return app;
}

/** A browser opening the dashboard or an image asks for /favicon.ico: not vendor traffic, so no journal entry and no miss. */
function isFavicon(path: string, method: string | undefined): boolean {
  return path === '/favicon.ico' && (method === 'GET' || method === 'HEAD');
}

/** The mock's own paths all hold "/__": one test spares every vendor request the routers of its own pages. */
function isVendorPath(path: string, method: string | undefined): boolean {
  return !path.includes('/__') && !isFavicon(path, method);
}

/** A target whose path cannot be read is left to the app, which answers it as it always did. */
function pathOrNone(url = '/'): string {
  try {
    return pathOf(url);
  } catch {
    return '/__';
  }
}

/** A vendor-prefixed request the mock's own routes may answer (an image, a file): followed from its start all the same. */
interface Tracked {
  request: MockRequest;
  exchange: Exchange;
}

/** One signing key per app: a pinned one is read at once (a bad PEM stops the start), a fresh one on first use. */
function lazySigningKey(pem: string | undefined): () => SigningKey {
  let key = pem === undefined ? undefined : createSigningKey(pem);
  return () => (key ??= createSigningKey());
}
