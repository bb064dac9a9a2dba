/** The contract suite's Runware checks pass on the mock and catch a drifted Runware (task results with a string seed, an undocumented status). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { planChecks, type CheckOutcome } from '../../contracts/checks';
import { SpecValidator, formatViolations } from '../../core/validator';
import { MOCK_KEY } from '../../contracts/target';
import { closeServer } from '../support/webhook-receiver';
import { localTarget, wrongServer, type Fault } from '../support/wrong-server';
import { createApp } from '../../mock-server/app';

const validator = new SpecValidator();
const spec = validator.specs.find((s) => s.provider === 'runware')!;
const servers: Server[] = [];
const origins = new Map<Fault | 'faithful', string>();

beforeAll(async () => {
  const apps = {
    faithful: createApp({ quiet: true, keys: [MOCK_KEY] }),
    'wrong-type': wrongServer('wrong-type'),
    'undocumented-status': wrongServer('undocumented-status'),
  };
  for (const [name, app] of Object.entries(apps)) {
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    origins.set(name as Fault, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
});
afterAll(() => Promise.all(servers.map(closeServer)));

function checks(origin: Fault | 'faithful') {
  return planChecks(localTarget('runware', `${origins.get(origin)}/runware`), spec, validator).filter(
    (c) => c.operation === 'runTasks' && /documented request/.test(c.check),
  );
}

async function outcomes(origin: Fault | 'faithful'): Promise<CheckOutcome[]> {
  return Promise.all(checks(origin).map((check) => check.run()));
}

describe('the contract suite on Runware', () => {
  it('passes every documented request against the mock', async () => {
    const all = await outcomes('faithful');
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.filter((o) => o.status !== 'pass').map((o) => formatViolations(o.violations))).toEqual([]);
  });

  it('fails a server whose images carry their seed as a string', async () => {
    const all = await outcomes('wrong-type');
    const failed = all.filter((o) => o.status === 'fail');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.flatMap((o) => o.violations.map((v) => v.pointer))).toContain('/data/0/seed');
  });

  it('fails a server answering an undocumented status', async () => {
    const all = await outcomes('undocumented-status');
    expect(all.every((o) => o.status === 'fail')).toBe(true);
  });
});
