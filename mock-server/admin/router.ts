import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { MockError } from '../errors/catalogue';
import { guardAdmin } from './guard';
import { findRequests, readQuery } from './near-miss';
import type { MockContext } from '../context';
import type { Job, Terminal } from '../state/records';
import type { Phase } from '../jobs/progress';
import { adminNamespace } from '../pipeline/namespace';
import { parseScenario, SCENARIO_CAPACITY } from './scenarios';
import { resetState } from './reset';
import { shownUrl } from '../jobs/webhooks';

const TERMINALS: Terminal[] = ['completed', 'failed', 'error', 'cancelled'];

/**
 * `/__admin`: the request journal, reset, jobs (list, advance, finish), webhook deliveries and
 * scenarios — what WireMock users reach for to assert on and steer a running mock.
 */
export function adminRouter(ctx: MockContext): Router {
  const router = Router();
  router.use(guardAdmin(ctx.options.adminToken));
  router.use(express.json({ limit: '64kb' }));

  router.get('/', async (req, res) => {
    res.json({
      providers: ctx.index.mounts.map((m) => ({
        // What the journal calls the mount's requests: a relay's id, else the vendor.
        provider: m.label,
        prefix: m.prefix,
        host: m.host || null,
        ...(m.relay ? { relayOf: m.provider, server: m.relay.server || null } : {}),
        operations: m.routes.map((r) => `${r.operation.operationId} ${r.operation.method} ${r.operation.path}`),
      })),
      jobs: { mode: ctx.jobs.options.mode, count: await ctx.jobs.count(namespaceIndex(adminNamespace(req))) },
      inFlight: ctx.inFlight,
      // Which process answered: with --workers, each connection may reach a different one.
      pid: process.pid,
      memory: process.memoryUsage(),
    });
  });

  router.get('/requests', async (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    res.json({
      requests: await ctx.store.journal.list(adminNamespace(req), { provider: q.provider, path: q.path, operationId: q.operationId, limit: limitOf(q.limit) }),
    });
  });
  router.post('/requests/find', async (req, res) => {
    const query = readQuery(req.body);
    res.json(await findRequests(await ctx.store.journal.list(adminNamespace(req)), query));
  });
  router.delete('/requests', async (req, res) => {
    await ctx.store.journal.clear(adminNamespace(req));
    res.status(204).end();
  });

  router.post('/reset', async (req, res) => {
    await resetState(ctx, adminNamespace(req));
    res.status(204).end();
  });

  // One page of an index and its counter, oldest first (`order=newest`: newest first): the same small work at 10 jobs or 1,000,000.
  router.get('/jobs', async (req, res) => {
    const provider = typeof req.query.provider === 'string' ? req.query.provider : undefined;
    const index = { ...namespaceIndex(adminNamespace(req)), provider };
    if (req.query.order !== undefined && req.query.order !== 'oldest' && req.query.order !== 'newest')
      throw new MockError('mock_usage', 'order must be oldest or newest.');
    const options = { limit: pageLimit(req.query.limit), after: pageCursor(req.query.cursor), newestFirst: req.query.order === 'newest' };
    const [page, count] = await Promise.all([ctx.jobs.page(index, options), ctx.jobs.count(index)]);
    res.json({
      count,
      jobs: await Promise.all(page.jobs.map(async (job) => describeJob(job, await ctx.jobs.show(job)))),
      next: page.next === undefined ? null : String(page.next),
    });
  });
  const jobFor = async (req: Request) => {
    const job = await ctx.jobs.get(adminNamespace(req), String(req.params.id));
    if (!job) throw new MockError('not_found', `No job ${String(req.params.id)}.`);
    return job;
  };
  router.get('/jobs/:id', async (req, res) => {
    const job = await jobFor(req);
    res.json(describeJob(job, await ctx.jobs.show(job)));
  });
  router.post('/jobs/:id/advance', async (req, res) => {
    const job = await jobFor(req);
    res.json(describeJob(job, await ctx.jobs.step(job)));
  });
  router.post('/jobs/:id/finish', async (req, res) => {
    const job = await jobFor(req);
    // Without an outcome the job ends as it was going to (its Prefer or scenario outcome).
    const outcome = (req.body?.outcome ?? job.outcome) as Terminal;
    if (!TERMINALS.includes(outcome)) throw new MockError('mock_usage', `outcome must be one of ${TERMINALS.join(', ')}.`);
    res.json(describeJob(job, (await ctx.jobs.finish(job, outcome)).phase));
  });

  router.get('/webhooks', async (req, res) => {
    res.json({ deliveries: await ctx.store.deliveries.list(adminNamespace(req)) });
  });

  router.get('/scenarios', async (req, res) => {
    res.json({ scenarios: await ctx.store.scenarios.list(adminNamespace(req)) });
  });
  router.post('/scenarios', async (req, res) => {
    const ns = adminNamespace(req) ?? '';
    const known = (provider: string | undefined, operationId: string) =>
      ctx.index.operations.some((o) => o.operationId === operationId && (!provider || o.provider === provider));
    const scenario = parseScenario(req.body ?? {}, known);
    if ((await ctx.store.scenarios.list(ns)).length >= SCENARIO_CAPACITY)
      throw new MockError('mock_usage', `At most ${SCENARIO_CAPACITY} scenarios at once: DELETE /__admin/scenarios to clear them.`);
    res.status(201).json(await ctx.store.scenarios.add(ns, scenario));
  });
  router.delete('/scenarios', async (req, res) => {
    await ctx.store.scenarios.clear(adminNamespace(req));
    res.status(204).end();
  });
  router.use((error: unknown, _req: Request, _res: Response, next: NextFunction) => next(clientError(error)));
  return router;
}

/** A job listing's page size: `limit`, 100 unless given, at most 500 (a page is one script reading every job on it). */
const JOBS_PAGE = { default: 100, max: 500 };

function pageLimit(text: unknown): number {
  if (text === undefined) return JOBS_PAGE.default;
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1 || limit > JOBS_PAGE.max)
    throw new MockError('mock_usage', `limit must be a whole number from 1 to ${JOBS_PAGE.max}.`);
  return limit;
}

/** `cursor`: the `next` of the page before. */
function pageCursor(text: unknown): number | undefined {
  if (text === undefined) return undefined;
  if (typeof text !== 'string' || !/^\d{1,15}$/.test(text)) throw new MockError('mock_usage', 'cursor must be the next of an earlier page (a number).');
  return Number(text);
}

/** The control API without a namespace sees every job. */
function namespaceIndex(ns: string | undefined): { ns?: string } {
  return ns === undefined ? {} : { ns };
}

/** Body-parser and routing failures (bad JSON, charset, encoding, %-escapes) are the caller's, said in a sentence. */
function clientError(error: unknown): unknown {
  if (error instanceof MockError) return error;
  const { status, type, message } = error as { status?: number; type?: string; message?: string };
  if (!status || status < 400 || status >= 500) return error;
  if (type === 'entity.parse.failed') return new MockError('malformed_body', `The body is not valid JSON: ${message}. Send a JSON object.`);
  if (type === 'entity.too.large') return new MockError('payload_too_large', 'The control API takes JSON bodies of up to 64 KB.');
  if (status === 415) return new MockError('unsupported_media_type', `The body could not be read: ${message}. Send UTF-8 JSON without Content-Encoding.`);
  if (error instanceof URIError) return new MockError('mock_usage', `The path is not valid: ${message} (a % must start an escape like %2F).`);
  return new MockError('malformed_body', `The request could not be read: ${message}.`, { status });
}

/** `?limit=`: the last n entries, a whole number (0, as before, for all); the journal's bytes bound any answer. */
function limitOf(text: unknown): number | undefined {
  if (text === undefined) return undefined;
  if (typeof text !== 'string' || !/^\d+$/.test(text)) throw new MockError('mock_usage', `limit must be a whole number (got "${String(text).slice(0, 40)}").`);
  return Number(text) || undefined;
}

function describeJob(job: Job, phase: Phase) {
  return {
    id: job.id,
    namespace: job.ns,
    provider: job.provider,
    status: phase.status,
    phase: phase.kind,
    outcome: job.forced ?? job.outcome,
    pace: job.pace,
    createdAt: new Date(job.createdAt).toISOString(),
    updatedAt: new Date(job.updatedAt).toISOString(),
    webhookUrl: job.webhookUrl ? shownUrl(job.webhookUrl) : null,
    // The owner is the key's digest, never the key: its start is enough to tell keys apart.
    owner: `${job.owner.slice(0, 8)}…`,
  };
}
