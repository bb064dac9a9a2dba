import express, { type Request, type Response, type NextFunction } from 'express';
import { createApp } from '../../mock-server/app';
import { MOCK_KEY, type ProviderTarget } from '../../contracts/target';

/** How the wrong server breaks the mock's otherwise correct answers. */
export type Fault = 'drop-required' | 'wrong-type' | 'undocumented-status' | 'auth-shape';

/** The mock behind a middleware that corrupts one thing, the way a drifting vendor would. */
export function wrongServer(fault: Fault) {
  return driftingMock((b, res) => {
    if (fault === 'drop-required' && res.statusCode === 200) delete b.created;
    if (fault === 'wrong-type' && res.statusCode === 200 && Array.isArray(b.data))
      (b.data as Record<string, unknown>[]).forEach((d) => (d.seed = String(d.seed)));
    if (fault === 'undocumented-status' && res.statusCode === 200) res.status(418);
    if (fault === 'auth-shape' && res.statusCode === 401) return { code: 'NO_KEY' };
  });
}

/** The mock (accepting MOCK_KEY) with each JSON answer passed through `drift`, which changes it in place or returns a body to send instead. */
export function driftingMock(drift: (body: Record<string, unknown>, res: Response) => Record<string, unknown> | void) {
  const mock = createApp({ quiet: true, keys: [MOCK_KEY] });
  const app = express();
  app.use((_req: Request, res: Response, next: NextFunction) => {
    const end = res.end.bind(res) as (chunk?: unknown) => Response;
    res.end = ((chunk?: unknown) => {
      if (typeof chunk !== 'string' || !String(res.getHeader('content-type')).includes('json')) return end(chunk);
      const body = JSON.parse(chunk) as Record<string, unknown>;
      const text = JSON.stringify(drift(body, res) ?? body);
      res.setHeader('Content-Length', Buffer.byteLength(text));
      return end(text);
    }) as Response['end'];
    next();
  });
  app.use(mock);
  return app;
}

/** A contract-suite target on the mock's key, polling without waiting: what the suite is run against in these tests. */
export function offlineTarget(provider: ProviderTarget['provider'], baseUrl: string): ProviderTarget {
  return { provider, baseUrl, key: MOCK_KEY, wrongKey: 'nope', live: false, pollIntervalMs: 0, maxPolls: 10, fetch };
}
