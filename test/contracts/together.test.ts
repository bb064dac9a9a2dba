/**
 * The contract suite's Together AI checks: they pass against the mock, and fail against a server that
 * drifts where the schema cannot see it (b64_json that is not an image, fewer images than `n`, a model it
 * does not serve refused as bad input rather than 404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { planChecks } from '../../contracts/checks';
import { SpecValidator, formatViolations } from '../../core/validator';
import { closeServer } from '../support/webhook-receiver';
import { localTarget, rewritingServer } from '../support/wrong-server';

const validator = new SpecValidator();
const spec = validator.specs.find((s) => s.provider === 'together')!;
const servers: Server[] = [];

async function listen(handler: ReturnType<typeof rewritingServer>): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const origins: Record<string, string> = {};
beforeAll(async () => {
  origins.mock = await listen(rewritingServer((status, body) => ({ status, body })));
  origins.notImages = await listen(
    rewritingServer((status, body) => {
      for (const item of (body.data ?? []) as Record<string, unknown>[]) if (item.b64_json) item.b64_json = Buffer.from('not an image').toString('base64');
      return { status, body };
    }),
  );
  origins.fewer = await listen(
    rewritingServer((status, body) => {
      if (Array.isArray(body.data)) body.data.splice(1);
      return { status, body };
    }),
  );
  origins.modelAs400 = await listen(rewritingServer((status, body) => ({ status: status === 404 ? 400 : status, body })));
});
afterAll(() => Promise.all(servers.map(closeServer)));

async function run(origin: string, name: RegExp) {
  const target = localTarget('together', `${origin}/together`);
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
