/** Outbound webhooks: bounded concurrency, credentials, IPv4-mapped addresses and allow-list spelling. */
import { describe, expect, it } from 'vitest';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookSender, MAX_CONCURRENT_DELIVERIES, refuseTarget, normaliseHost } from '../../mock-server/jobs/webhooks';
import type { Delivery } from '../../mock-server/state/records';
import { systemClock } from '../../mock-server/jobs/clock';
import { createSigningKey } from '../../mock-server/jobs/ed25519';
import { closeServer } from '../support/webhook-receiver';
import { MemoryStore } from '../../mock-server/state/memory';

const sender = (allow: string[] = []) => {
  const log = new MemoryStore(systemClock).deliveries;
  return {
    log,
    hooks: new WebhookSender(
      systemClock,
      { secret: 's', signingKey: () => createSigningKey(), allow, retryBaseMs: 1, maxAttempts: 1, timeoutMs: 10_000 },
      log,
      () => {},
    ),
  };
};
const message = (url: string) => ({ provider: 'magnific', jobId: 'j', url, event: 'COMPLETED', body: { ok: true }, sign: false });

describe('webhook deliveries', () => {
  it(`at most ${MAX_CONCURRENT_DELIVERIES} are in flight to a receiver that hangs; the rest wait their turn and are all delivered`, async () => {
    const held: ServerResponse[] = [];
    let arrived: () => void = () => {};
    const receiver = createServer((req, res) => {
      req.resume();
      held.push(res);
      if (held.length === MAX_CONCURRENT_DELIVERIES) arrived();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      const { hooks, log } = sender();
      const full = new Promise<void>((resolve) => (arrived = resolve));
      const outcomes = Array.from({ length: MAX_CONCURRENT_DELIVERIES + 8 }, (_, i) => hooks.deliver('', `msg_${i}`, message(url), 0));
      await full;
      const deliveries: Delivery[] = await log.list(undefined);
      expect(deliveries.filter((d) => d.attempts.length > 0)).toHaveLength(MAX_CONCURRENT_DELIVERIES);
      receiver.on('request', (_req, res) => res.end());
      for (const res of held.splice(0)) res.end();
      expect(await Promise.all(outcomes)).toEqual(outcomes.map(() => 'delivered'));
      expect(deliveries.map((d) => d.state)).toEqual(deliveries.map(() => 'delivered'));
    } finally {
      await closeServer(receiver);
    }
  });

  it('credentials in the URL are sent as Basic auth, not as part of the URL', async () => {
    let seen: { authorization?: string; url?: string } = {};
    const receiver = createServer((req, res) => {
      seen = { authorization: req.headers.authorization, url: req.url };
      res.end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const { hooks } = sender();
      expect(await hooks.deliver('', 'msg_1', message(`http://user:p%40ss@127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`), 0)).toBe('delivered');
      expect(seen).toEqual({ authorization: `Basic ${Buffer.from('user:p@ss').toString('base64')}`, url: '/hook' });
    } finally {
      await closeServer(receiver);
    }
  });
});

describe('webhook targets', () => {
  it('IPv4-mapped loopback is loopback; IPv4-mapped private addresses are private', () => {
    expect(refuseTarget('http://[::ffff:127.0.0.1]:9/hook', [])).toBeUndefined();
    expect(refuseTarget('http://[::ffff:a00:1]/hook', [])).toMatch(/a private-range address/);
    expect(refuseTarget('http://[::ffff:8.8.8.8]/hook', [])).toMatch(/a public address/);
  });

  it.each([
    ['Hooks.Example.COM', 'http://hooks.example.com/x'],
    ['hooks.example.com:8443', 'https://hooks.example.com:8443/x'],
    ['[2001:db8::1]', 'http://[2001:db8::1]/x'],
    ['[2001:DB8::1]:80', 'http://[2001:db8::1]/x'],
  ])('--webhook-allow %s matches %s', (entry, url) => {
    expect(refuseTarget(url, [normaliseHost(entry)])).toBeUndefined();
    expect(refuseTarget(url, [entry])).toBeDefined();
  });
});
