import express, { type Request, type Response, type NextFunction } from 'express';
import { createApp } from '../../mock-server/app';
import { MOCK_KEY, type ProviderTarget } from '../../contracts/target';

/** How the wrong server breaks the mock's otherwise correct answers. */
export type Fault = 'drop-required' | 'wrong-type' | 'undocumented-status' | 'auth-shape';

/** The mock behind a middleware that corrupts one thing, the way a drifting vendor would. */
export function wrongServer(fault: Fault) {
  const mock = createApp({ quiet: true, keys: [MOCK_KEY] });
  const app = express();
  app.use((_req: Request, res: Response, next: NextFunction) => {
    const end = res.end.bind(res) as (chunk?: unknown) => Response;
    res.end = ((chunk?: unknown) => {
      if (typeof chunk !== 'string' || !String(res.getHeader('content-type')).includes('json')) return end(chunk);
      const b = JSON.parse(chunk) as Record<string, unknown>;
      if (fault === 'drop-required' && res.statusCode === 200) delete b.created;
      if (fault === 'wrong-type' && res.statusCode === 200 && Array.isArray(b.data))
        (b.data as Record<string, unknown>[]).forEach((d) => (d.seed = String(d.seed)));
      if (fault === 'undocumented-status' && res.statusCode === 200) res.status(418);
      const text = JSON.stringify(fault === 'auth-shape' && res.statusCode === 401 ? { code: 'NO_KEY' } : b);
      res.setHeader('Content-Length', Buffer.byteLength(text));
      return end(text);
    }) as Response['end'];
    next();
  });
  app.use(mock);
  return app;
}

/** The suite's target for a vendor on a test server: the mock's key, no polling delay, ten polls at most. */
export function targetAt(provider: ProviderTarget['provider'], baseUrl: string): ProviderTarget {
  return { provider, baseUrl, key: MOCK_KEY, wrongKey: 'nope', live: false, pollIntervalMs: 0, maxPolls: 10, fetch };
}
