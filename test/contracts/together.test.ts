/**
 * The contract suite's Together AI checks: they pass against the mock, and fail against a server that
 * drifts where the schema cannot see it (b64_json that is not an image, fewer images than `n`, a model it
 * does not serve refused as bad input rather than 404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createApp } from '../../mock-server/app';
import { planChecks } from '../../contracts/checks';
import { MOCK_KEY, type ProviderTarget } from '../../contracts/target';
import { SpecValidator, formatViolations } from '../../core/validator';
import { closeServer } from '../support/webhook-receiver';

const validator = new SpecValidator();
const spec = validator.specs.find((s) => s.provider === 'together')!;
const servers: Server[] = [];

/** The mock, with each Together answer passed through `drift` first. */
function drifted(drift: (body: Record<string, unknown>, res: Response) => void) {
  const app = express();
  app.use((_req: Request, res: Response, next: NextFunction) => {
    const end = res.end.bind(res) as (chunk?: unknown) => Response;
    res.end = ((chunk?: unknown) => {
      if (typeof chunk !== 'string' || !String(res.getHeader('content-type')).includes('json')) return end(chunk);
      const body = JSON.parse(chunk) as Record<string, unknown>;
      drift(body, res);
      const text = JSON.stringify(body);
      res.setHeader('Content-Length', Buffer.byteLength(text));
      return end(text);
    }) as Response['end'];
    next();
  });
  app.use(createApp({ quiet: true, keys: [MOCK_KEY] }));
  return app;
}

async function listen(handler: ReturnType<typeof express>): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const origins: Record<string, string> = {};
beforeAll(async () => {
  origins.mock = await listen(drifted(() => undefined));
  origins.notImages = await listen(
    drifted((body) => {
      for (const item of (body.data ?? []) as Record<string, unknown>[]) if (item.b64_json) item.b64_json = Buffer.from('not an image').toString('base64');
    }),
  );
  origins.fewer = await listen(
    drifted((body) => {
      if (Array.isArray(body.data)) body.data.splice(1);
    }),
  );
  origins.modelAs400 = await listen(
    drifted((_body, res) => {
      if (res.statusCode === 404) res.status(400);
    }),
  );
});
afterAll(() => Promise.all(servers.map(closeServer)));

async function run(origin: string, name: RegExp) {
  const target: ProviderTarget = {
    provider: 'together',
    baseUrl: `${origin}/together`,
    key: MOCK_KEY,
    wrongKey: 'nope',
    live: false,
    pollIntervalMs: 0,
    maxPolls: 10,
    fetch,
  };
  const check = planChecks(target, spec, validator).find((c) => c.operation === 'flow' && name.test(c.check));
  if (!check) throw new Error(`no flow check ${name}`);
  return check.run();
}

describe("the suite's Together flows", () => {
  it.each([/base64/, /model Together does not serve/])('%s passes against the mock', async (name) => {
    const outcome = await run(origins.mock, name);
    expect(formatViolations(outcome.violations)).toBe('');
    expect(outcome.status).toBe('pass');
  });

  it('fails when b64_json holds something other than an image', async () => {
    const outcome = await run(origins.notImages, /base64/);
    expect(outcome.status).toBe('fail');
    expect(formatViolations(outcome.violations)).toContain('/data/0/b64_json: expected a PNG or JPEG, base64-encoded');
  });

  it('fails when fewer images come back than n asked for', async () => {
    const outcome = await run(origins.fewer, /base64/);
    expect(outcome.status).toBe('fail');
    expect(formatViolations(outcome.violations)).toContain("expected 2 images (the request's n), got 1");
  });

  it('fails when a model it does not serve is refused as bad input', async () => {
    const outcome = await run(origins.modelAs400, /model Together does not serve/);
    expect(outcome.status).toBe('fail');
    expect(formatViolations(outcome.violations)).toMatch(/status: expected 404/);
  });
});
