import express, { Router, type Request, type Response } from 'express';
import type { MockContext } from '../context';

/** `/__admin`: what WireMock users expect — the request journal, reset, and the mounted vendors. */
export function adminRouter(ctx: MockContext): Router {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  router.get('/', (_req: Request, res: Response) => {
    res.json({
      providers: ctx.index.mounts.map((m) => ({ provider: m.provider, prefix: m.prefix, host: m.host || null, operations: m.routes.map((r) => `${r.operation.method} ${r.operation.path}`) })),
    });
  });
  router.get('/requests', (req: Request, res: Response) => {
    const q = req.query as Record<string, string | undefined>;
    res.json({ requests: ctx.journal.list({ provider: q.provider, path: q.path, operationId: q.operationId, limit: q.limit ? Number(q.limit) : undefined }) });
  });
  router.delete('/requests', (_req: Request, res: Response) => {
    ctx.journal.clear();
    res.status(204).end();
  });
  router.post('/reset', (_req: Request, res: Response) => {
    ctx.journal.clear();
    res.status(204).end();
  });
  return router;
}
