/**
 * The contract suite's WaveSpeed flow (submit, poll urls.get to completed or failed) passes against the
 * mock and fails against servers that drift the way a vendor could: an undocumented status, a failure
 * sent as an HTTP error instead of a 200 with `data.status: failed`, statuses renamed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../mock-server/app';
import { planChecks, type CheckOutcome } from '../../contracts/checks';
import { SpecValidator, formatViolations } from '../../core/validator';
import { MOCK_KEY } from '../../contracts/target';
import { closeServer } from '../support/webhook-receiver';
import { localTarget, rewritingServer, wrongServer } from '../support/wrong-server';

const validator = new SpecValidator();
const spec = validator.specs.find((s) => s.provider === 'wavespeed')!;
const servers: Server[] = [];
afterAll(() => Promise.all(servers.map(closeServer)));

async function flowOn(listener: RequestListener): Promise<CheckOutcome> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const target = localTarget('wavespeed', `http://127.0.0.1:${(server.address() as AddressInfo).port}/wavespeed`);
  const flow = planChecks(target, spec, validator).find((c) => c.operation === 'flow');
  if (!flow) throw new Error('no WaveSpeed flow planned');
  return flow.run();
}

const task = (body: Record<string, unknown>) => body.data as Record<string, unknown> | undefined;

describe('the WaveSpeed flow check', () => {
  it('passes against the mock', async () => {
    const outcome = await flowOn(createApp({ quiet: true, keys: [MOCK_KEY] }));
    expect(outcome.status, formatViolations(outcome.violations)).toBe('pass');
  });

  it('fails against a server answering an undocumented status', async () => {
    const outcome = await flowOn(wrongServer('undocumented-status'));
    expect(outcome.status).toBe('fail');
    expect(formatViolations(outcome.violations)).toContain('got 418');
  });

  it('fails against a server that reports a failed task as an HTTP 500', async () => {
    const outcome = await flowOn(
      rewritingServer((status, body) => {
        if (task(body)?.status !== 'processing') return { status, body };
        task(body)!.status = 'failed';
        return { status: 500, body };
      }),
    );
    expect(outcome.status).toBe('fail');
  });

  it('fails against a server that renames the statuses', async () => {
    const outcome = await flowOn(
      rewritingServer((status, body) => {
        if (task(body)?.status === 'completed') task(body)!.status = 'succeeded';
        return { status, body };
      }),
    );
    expect(outcome.status).toBe('fail');
    expect(formatViolations(outcome.violations)).toMatch(/\/data\/status/);
  });
});
