/**
 * The contract suite on Segmind: every check passes against the mock, and a server that drifts from
 * the spec (v1 answering an undocumented image type, v2 losing the ids it must give) fails them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../mock-server/app';
import { planChecks } from '../../contracts/checks';
import { SpecValidator, formatViolations } from '../../core/validator';
import { MOCK_KEY, type ProviderTarget } from '../../contracts/target';
import { closeServer } from '../support/webhook-receiver';
import { localTarget, rewritingServer } from '../support/wrong-server';

const validator = new SpecValidator();
const spec = validator.specs.find((s) => s.provider === 'segmind')!;
const servers: Server[] = [];

/** The mock, with v1 images relabelled GIF and v2's `request_id`/`status_url` dropped from every JSON answer. */
const drifted = () =>
  rewritingServer(
    (status, body) => {
      delete body.request_id;
      delete body.status_url;
      return { status, body };
    },
    { imageType: 'image/gif' },
  );

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/segmind`;
}

const target = (baseUrl: string): ProviderTarget => localTarget('segmind', baseUrl);

let faithful = '';
let drifting = '';
beforeAll(async () => {
  faithful = await listen(createApp({ quiet: true, keys: [MOCK_KEY] }));
  drifting = await listen(drifted());
});
afterAll(() => Promise.all(servers.map(closeServer)));

describe('the contract suite on Segmind', () => {
  it('passes every check against the mock, the v2 flow included', async () => {
    const checks = planChecks(target(faithful), spec, validator);
    expect(checks.some((c) => c.operation === 'flow')).toBe(true);
    const outcomes = await Promise.all(checks.map((c) => c.run()));
    const failed = outcomes.filter((o) => o.status !== 'pass' && o.status !== 'skip');
    expect(failed.map((o) => `${o.operation} ${o.check}: ${o.note ?? formatViolations(o.violations)}`)).toEqual([]);
  });

  it('fails a v1 answer in a media type the spec does not document', async () => {
    const check = planChecks(target(drifting), spec, validator).find((c) => c.operation === 'v1Ideogram3' && /documented request/.test(c.check))!;
    const outcome = await check.run();
    expect(outcome.status).toBe('fail');
    expect(formatViolations(outcome.violations)).toContain('segmind v1Ideogram3 header:content-type: expected application/json, got image/gif');
  });

  it('fails the v2 flow when the submit loses its request id and status URL', async () => {
    const flow = planChecks(target(drifting), spec, validator).find((c) => c.operation === 'flow')!;
    const outcome = await flow.run();
    expect(outcome.status).toBe('fail');
    expect(formatViolations(outcome.violations)).toMatch(/segmind v2Ideogram3 \/(request_id|status_url): expected a required property/);
  });
});
