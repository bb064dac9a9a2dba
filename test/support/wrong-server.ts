import express, { type Request, type Response, type NextFunction } from 'express';
import { createApp } from '../../mock-server/app';
import { MOCK_KEY, type ProviderTarget } from '../../contracts/target';

/** How the wrong server breaks the mock's otherwise correct answers. */
export type Fault = 'drop-required' | 'wrong-type' | 'undocumented-status' | 'auth-shape';

/** The mock behind a middleware that corrupts one thing, the way a drifting vendor would. */
export function wrongServer(fault: Fault) {
  return rewritingServer((status, b) => {
    if (fault === 'drop-required' && status === 200) delete b.created;
    if (fault === 'wrong-type' && status === 200 && Array.isArray(b.data)) (b.data as Record<string, unknown>[]).forEach((d) => (d.seed = String(d.seed)));
    if (fault === 'auth-shape' && status === 401) return { status, body: { code: 'NO_KEY' } };
    return { status: fault === 'undocumented-status' && status === 200 ? 418 : status, body: b };
  });
}

/** The mock (one key, MOCK_KEY) behind a rewrite of each JSON answer's status and body, and with `imageType`, of each image answer's media type. */
export function rewritingServer(
  rewrite: (status: number, body: Record<string, unknown>) => { status: number; body: unknown },
  { imageType }: { imageType?: string } = {},
) {
  const mock = createApp({ quiet: true, keys: [MOCK_KEY] });
  const app = express();
  app.use((_req: Request, res: Response, next: NextFunction) => {
    const end = res.end.bind(res) as (chunk?: unknown) => Response;
    res.end = ((chunk?: unknown) => {
      const type = String(res.getHeader('content-type'));
      if (imageType && type.startsWith('image/')) res.setHeader('Content-Type', imageType);
      if (typeof chunk !== 'string' || !type.includes('json')) return end(chunk);
      const answer = rewrite(res.statusCode, JSON.parse(chunk) as Record<string, unknown>);
      res.status(answer.status);
      const text = JSON.stringify(answer.body);
      res.setHeader('Content-Length', Buffer.byteLength(text));
      return end(text);
    }) as Response['end'];
    next();
  });
  app.use(mock);
  return app;
}

/** The contract suite's target for a local server standing in for a vendor: the mock's key, no waits between polls. */
export function localTarget(provider: ProviderTarget['provider'], baseUrl: string): ProviderTarget {
  return { provider, baseUrl, key: MOCK_KEY, wrongKey: 'nope', live: false, pollIntervalMs: 0, maxPolls: 10, fetch };
}
