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
import { shownPath, withoutValues } from './journal/shown';
import { MockError } from './errors/catalogue';
import { serialiseError } from './errors/serialise';
import { summarise } from './journal/summary';
import { handleVendorRequest, type RequestNotes } from './pipeline/handle';
import { hostName, vendorOriginOf } from './pipeline/destination';
import type { MockContext } from './context';
import type { MockOptions } from './options';
import { createSigningKey, type SigningKey } from './jobs/ed25519';
import { MemoryStore } from './state/memory';
import type { StateStore } from './state/store';
import { budgetOf, ENTRY, storeOptionsOf } from './budget';
import type { JournalEntry } from './state/records';
import { prepareRecording, proxiedAssets } from './record/stage';
import { createConditions } from './conditions/index';

export interface MockApp extends Express {
  mock: MockContext;
}

/** The whole mock as an Express app (no listen): every vendor of every spec in `specsDir`. */
export function createApp(options: MockOptions = {}): MockApp {
  const specs = loadAllSpecs(options);
  if (specs.length === 0) throw new Error(`No specs found${options.providers ? ` for providers ${options.providers.join(', ')}` : ''}.`);
  const index = buildIndex(specs);
  const log = options.quiet ? () => {} : (options.log ?? ((line: string) => process.stdout.write(line + '\n')));
  const clock = options.clock ?? systemClock;
  const store: StateStore = options.store ?? new MemoryStore(clock, storeOptionsOf(options));
  // Journal writes never hold up or fail a request: a store that cannot take one says so in the log.
  const journal = (ns: string, entry: Omit<JournalEntry, 'id'>) => store.journal.add(ns, entry).catch((error: unknown) => log(`journal entry for ${entry.path} lost: ${(error as Error).message}`));
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
      journal(ns, { at: new Date(clock.now()).toISOString(), method: 'WEBHOOK', provider: delivery.provider, path: delivery.url, status: delivery.attempts.at(-1)?.status ?? 0, ms: 0, note: line });
    },
    log,
  );
  const vendors = new Map(index.specs.map((spec) => {
    const operations = index.operations.filter((o) => o.provider === spec.provider);
    const vendor = vendorModule(spec.provider, operations);
    const flow = vendor.flow?.(operations);
    if (flow) jobs.register(flow);
    return [spec.provider, vendor];
  }));
  jobs.start();
  const ctx: MockContext = { options, index, store, clock, log, jobs, vendors, signingKey, inFlight: 0, conditions: createConditions(options, index, clock, budgetOf(options), store.limits) };
  prepareRecording(ctx);

  const app = express() as unknown as MockApp;
  app.mock = ctx;
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');

  app.use((req: Request, res: Response, next: NextFunction) => {
    // A browser opening the dashboard or an image asks for /favicon.ico: not vendor traffic, so no journal entry and no miss.
    if (req.path === '/favicon.ico' && (req.method === 'GET' || req.method === 'HEAD')) return void res.status(204).end();
    const started = performance.now();
    const notes: RequestNotes = {};
    res.locals.notes = notes;
    // The mock's own pages and control API are not vendor traffic: neither journaled nor counted.
    const admin = req.path.startsWith('/__');
    if (!admin) ctx.inFlight += 1;
    const record = (status: number) => {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      const path = shownPath(req.originalUrl);
      const hide = (text: string | undefined) => (text && notes.secrets?.length ? withoutValues(text, notes.secrets) : text);
      const note = hide(notes.note);
      journal(notes.namespace ?? '', { at: new Date(ctx.clock.now()).toISOString(), method: req.method, provider: notes.provider, operationId: notes.operationId, path, status, ms, note: note && summarise(note, ENTRY.noteChars), request: notes.request, answer: hide(notes.answer), call: notes.call });
      if (!options.quiet) log(`${req.method} ${notes.provider ?? '-'} ${path} ${status || 'no answer'} ${ms}ms${note ? ` (${note})` : ''}`);
    };
    res.on('close', () => {
      if (admin) return;
      ctx.inFlight -= 1;
      // A connection the mock dropped on purpose (a fault) is journaled with status 0: no answer.
      if (!res.writableFinished && notes.note) record(0);
    });
    res.on('finish', () => {
      if (!admin) record(res.statusCode);
    });
    next();
  });

  // The control API and the pages answer on the mock's own address only, never through a vendor's host name or origin.
  const ownAddress = (router: Router) => (req: Request, res: Response, next: NextFunction) => (index.byHost.has(hostName(req)) || vendorOriginOf(req) ? next() : router(req, res, next));
  const own = express.Router();
  own.use('/__admin/ui', ownAddress(dashboardRouter()));
  own.use('/__docs', ownAddress(docsRouter(ctx)));
  own.use('/__admin', ownAddress(adminRouter(ctx)));
  own.use(proxiedAssets(ctx));
  own.use(serveImages);
  own.use(serveFiles(store.files, budgetOf(options).files.bytes));
  // The mock's own paths all hold "/__": one test spares every vendor request five router layers.
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.includes('/__') ? own(req, res, next) : next()));
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    try {
      await handleVendorRequest(ctx, req, res, res.locals.notes as RequestNotes);
    } catch (error) {
      next(error);
    }
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const notes = (res.locals.notes ?? {}) as RequestNotes;
    const mockError = error instanceof MockError ? error : new MockError('internal', 'The mock failed unexpectedly; this is a bug in the mock, please report it.');
    if (!(error instanceof MockError)) ctx.log(`mock bug: ${(error as Error)?.stack ?? String(error)}`);
    notes.note = mockError.message;
    if (res.headersSent) return res.end();
    const reply = serialiseError(notes.provider === undefined ? undefined : ctx.vendors.get(notes.provider), mockError, notes.operation);
    res.status(reply.status);
    for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
    const text = JSON.stringify(reply.body);
    notes.answer = summarise(text);
    res.type(reply.contentType ?? 'application/json').send(text);
  });
  return app;
}

/** One signing key per app: a pinned one is read at once (a bad PEM stops the start), a fresh one on first use. */
function lazySigningKey(pem: string | undefined): () => SigningKey {
  let key = pem === undefined ? undefined : createSigningKey(pem);
  return () => (key ??= createSigningKey());
}
