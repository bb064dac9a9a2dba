import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../mock-server/app';
import { planChecks, type CheckOutcome } from '../../contracts/checks';
import { SpecValidator, formatViolations } from '../../core/validator';
import { MOCK_KEY, type ProviderTarget } from '../../contracts/target';
import { closeServer } from '../support/webhook-receiver';
import { targetAt, wrongServer, type Fault } from '../support/wrong-server';

const validator = new SpecValidator();
const spec = validator.specs.find((s) => s.provider === 'pixazo')!;
const servers: Server[] = [];
const origins = new Map<Fault, string>();

beforeAll(async () => {
  for (const fault of ['drop-required', 'wrong-type', 'undocumented-status', 'auth-shape'] as Fault[]) {
    const server = createServer(wrongServer(fault));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    origins.set(fault, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
});
afterAll(() => Promise.all(servers.map(closeServer)));

async function run(fault: Fault, operation: string, check: RegExp): Promise<CheckOutcome> {
  const planned = planChecks(targetAt('pixazo', `${origins.get(fault)}/pixazo`), spec, validator).find((c) => c.operation === operation && check.test(c.check));
  if (!planned) throw new Error(`no check ${check} for ${operation}`);
  return planned.run();
}

describe('the suite catches a server that departs from the spec', () => {
  it('a dropped required field', async () => {
    const outcome = await run('drop-required', 'v2Generate', /documented request/);
    expect(outcome.status).toBe('fail');
    expect(formatViolations(outcome.violations)).toContain('pixazo v2Generate /created: expected a required property, got absent');
  });

  it('a changed type', async () => {
    const outcome = await run('wrong-type', 'v2Generate', /documented request/);
    expect(outcome.status).toBe('fail');
    expect(outcome.violations.map((v) => v.pointer)).toContain('/data/0/seed');
    expect(formatViolations(outcome.violations)).toMatch(/\/data\/0\/seed: expected type integer, got "\d+"/);
  });

  it('an undocumented status', async () => {
    const outcome = await run('undocumented-status', 'v2Generate', /documented request/);
    expect(outcome.status).toBe('fail');
    expect(formatViolations(outcome.violations)).toContain('pixazo v2Generate status: expected one of the documented statuses');
    expect(formatViolations(outcome.violations)).toContain('got 418');
  });

  it('an auth failure in the wrong shape', async () => {
    for (const check of [/no key/, /wrong key/]) {
      const outcome = await run('auth-shape', 'v2Generate', check);
      expect(outcome.status).toBe('fail');
      expect(formatViolations(outcome.violations)).toMatch(/pixazo v2Generate \/(error|statusCode|message): expected a required property/);
    }
  });

  it('a faithful server passes the same checks (the faults, not the checks, fail)', async () => {
    const server = createServer(createApp({ quiet: true, keys: [MOCK_KEY] }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const target: ProviderTarget = {
        provider: 'pixazo',
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/pixazo`,
        key: MOCK_KEY,
        wrongKey: 'nope',
        live: false,
        pollIntervalMs: 0,
        maxPolls: 10,
        fetch,
      };
      const checks = planChecks(target, spec, validator).filter((c) => c.operation === 'v2Generate');
      const outcomes = await Promise.all(checks.map((c) => c.run()));
      expect(outcomes.map((o) => `${o.check}: ${o.status}`)).toEqual(checks.map((c) => `${c.check}: pass`));
    } finally {
      await closeServer(server);
    }
  });
});
