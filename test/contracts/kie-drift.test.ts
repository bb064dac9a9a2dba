/** The contract suite's Kie flow passes against the mock and fails against a Kie that drifted the way its users fear. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../mock-server/app';
import { planChecks } from '../../contracts/checks';
import { SpecValidator, formatViolations } from '../../core/validator';
import { MOCK_KEY, type ProviderTarget } from '../../contracts/target';
import { closeServer } from '../support/webhook-receiver';
import { rewritingServer } from '../support/wrong-server';

const validator = new SpecValidator();
const spec = validator.specs.find((s) => s.provider === 'kie')!;
const FLOW = /createTask → poll recordInfo/;

/** The mock, with `resultJson` sent as the object it encodes rather than the documented JSON string. */
const drifted = () =>
  rewritingServer((status, body) => {
    const data = body.data as Record<string, unknown> | undefined;
    if (data && typeof data.resultJson === 'string' && data.resultJson) data.resultJson = JSON.parse(data.resultJson);
    return { status, body };
  });

const servers: Server[] = [];
const origins: Record<'faithful' | 'drifted', string> = { faithful: '', drifted: '' };

beforeAll(async () => {
  for (const [name, handler] of [
    ['faithful', createApp({ quiet: true, keys: [MOCK_KEY] })],
    ['drifted', drifted()],
  ] as const) {
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    origins[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
});
afterAll(() => Promise.all(servers.map(closeServer)));

function target(origin: string): ProviderTarget {
  return { provider: 'kie', baseUrl: `${origin}/kie`, key: MOCK_KEY, wrongKey: 'nope', live: false, pollIntervalMs: 0, maxPolls: 10, fetch };
}

describe("the suite's Kie checks", () => {
  it('all pass against the mock', async () => {
    const checks = planChecks(target(origins.faithful), spec, validator);
    expect(checks.some((c) => FLOW.test(c.check))).toBe(true);
    for (const check of checks) {
      const outcome = await check.run();
      expect(formatViolations(outcome.violations), `${check.operation} ${check.check}`).toBe('');
      expect(outcome.status, `${check.operation} ${check.check}`).toBe('pass');
    }
  });

  it('fail the flow when resultJson comes as an object, not the documented JSON string', async () => {
    const flow = planChecks(target(origins.drifted), spec, validator).find((c) => FLOW.test(c.check))!;
    const outcome = await flow.run();
    expect(outcome.status).toBe('fail');
    expect(formatViolations(outcome.violations)).toMatch(/kie getTaskDetail \/data\/resultJson: expected type string/);
  });
});
