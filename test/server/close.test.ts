/** One stop path (issue 25): a library mock's close() stops as the CLI's SIGTERM does, and leaves nothing behind. */
import { describe, expect, it } from 'vitest';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setImmediate as turn } from 'node:timers/promises';
import { startMock, STOP_GRACE_MS, type RunningMock } from '../../mock-server/start';
import { mockPerFile, type Hooks } from '../../lib/per-file';
import { manualClock } from '../../mock-server/jobs/clock';
import { closeServer } from '../support/webhook-receiver';
import { gate } from '../support/request-gate';
import { watchLeftovers } from '../support/leftovers';

/** A webhook receiver that answers every attempt 500, or holds the attempts from `hold()` until `release()`. */
async function failingReceiver() {
  let attempts = 0;
  let holding = false;
  const held: ServerResponse[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      attempts += 1;
      if (holding) held.push(res);
      else res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    attempts: () => attempts,
    held: () => held.length,
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const res of held.splice(0)) res.writeHead(500).end();
    },
    /** Drops the held attempts' connections: Node keeps a receiver's side open until it answers, even once the sender has gone. */
    drop: () => {
      for (const res of held.splice(0)) res.socket?.destroy();
    },
    close: () => closeServer(server),
  };
}

/** A fal job whose webhook goes to `url`. */
function submitWithWebhook(mock: { url: string }, url: string) {
  return fetch(`${mock.url}/fal-queue/fal-ai/ideogram/v2/edit?fal_webhook=${encodeURIComponent(url)}`, {
    method: 'POST',
    headers: { authorization: 'Key k', 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'p', image_url: 'https://example.com/a.png', mask_url: 'https://example.com/m.png' }),
  }).then((res) => res.text());
}

/** A request the mock holds (`Prefer: delay`, through the test's sleep) until the gate opens; resolves to its status. */
function heldRequest(mock: { url: string }) {
  return fetch(`${mock.url}/pixazo/ideogramV_2/v1/generate`, {
    method: 'POST',
    headers: { 'Ocp-Apim-Subscription-Key': 'k', 'content-type': 'application/json', Prefer: 'delay=400' },
    body: JSON.stringify({ image_request: { prompt: 'a lighthouse', model: 'V_2' } }),
  }).then(
    (res) => res.status,
    (error: Error & { cause?: { code?: string } }) => `failed: ${error.cause?.code ?? error.message}`,
  );
}

/** Retries come on the mock's clock: moved on, and the due sweep run, until the receiver has had `n` attempts. */
async function retriedUntil(mock: RunningMock, clock: ReturnType<typeof manualClock>, receiver: { attempts(): number }, n: number) {
  while (receiver.attempts() < n) {
    clock.advance(1_000);
    await mock.app.mock.jobs.sweep();
    await turn();
  }
}

const deliveryStates = async (mock: RunningMock) => (await mock.app.mock.store.deliveries.list(undefined)).map((d) => d.state);

describe('close()', () => {
  it('answers the request in flight, lets the webhook attempt in flight finish, stops the retries and leaves nothing running', async () => {
    const receiver = await failingReceiver();
    try {
      const watch = watchLeftovers();
      const clock = manualClock();
      const held = gate();
      const mock = await startMock({ clock, sleep: held.sleep, webhookRetryBaseMs: 10, webhookMaxAttempts: 1_000 });
      await submitWithWebhook(mock, receiver.url);
      await retriedUntil(mock, clock, receiver, 3);
      // A fourth attempt the receiver is still answering, and a vendor request still being served, when close() is called.
      receiver.hold();
      const attempt = retriedUntil(mock, clock, receiver, 4);
      while (receiver.held() < 1) await turn();
      const inFlight = heldRequest(mock);
      await held.reached(1);

      const closed = mock.close();
      held.open();
      receiver.release();
      await Promise.all([closed, attempt]);

      expect(await inFlight).toBe(200);
      expect(receiver.attempts()).toBe(4);
      expect(await deliveryStates(mock)).toEqual(['abandoned']);
      expect(await watch.leftovers()).toEqual([]);
      // Nothing is left to try again, however far the clock moves.
      clock.advance(3_600_000);
      await turn();
      expect(receiver.attempts()).toBe(4);
      await mock.close();
    } finally {
      await receiver.close();
    }
  });

  it(`cuts off what is still running after ${STOP_GRACE_MS} ms: a receiver that never answers, a request held without end`, async () => {
    const receiver = await failingReceiver();
    try {
      const watch = watchLeftovers();
      const held = gate();
      const mock = await startMock({ sleep: held.sleep });
      receiver.hold();
      await submitWithWebhook(mock, receiver.url);
      while (receiver.held() < 1) await turn();
      const inFlight = heldRequest(mock);
      await held.reached(1);

      await mock.close();
      receiver.drop();

      expect(await inFlight).toMatch(/^failed/);
      expect(await deliveryStates(mock)).toEqual(['abandoned']);
      expect(await watch.leftovers()).toEqual([]);
      expect(receiver.attempts()).toBe(1);
    } finally {
      receiver.release();
      await receiver.close();
    }
  });

  it('answers a Replicate `Prefer: wait` under way at once, with the prediction where it is, rather than holding the close', async () => {
    const watch = watchLeftovers();
    const mock = await startMock({ jobMode: 'time', jobDurationMs: 30_000 });
    const waited = fetch(`${mock.url}/replicate/v1/models/ideogram-ai/ideogram-v3-turbo/predictions`, {
      method: 'POST',
      headers: { authorization: 'Bearer r8_key', 'content-type': 'application/json', Prefer: 'wait=60' },
      body: JSON.stringify({ input: { prompt: 'a lighthouse' } }),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as { status: string } }));
    while (mock.app.mock.inFlight < 1) await turn();

    await mock.close();

    expect(await waited).toMatchObject({ status: 201, body: { status: 'starting' } });
    expect(await watch.leftovers()).toEqual([]);
  });

  it('stops a mock that failed to start: nothing of it stays behind', async () => {
    const watch = watchLeftovers();
    await expect(startMock({ vendorPorts: { nobody: 0 } })).rejects.toThrow(/No vendor "nobody"/);
    expect(await watch.leftovers()).toEqual([]);
  });
});

describe('mockPerFile', () => {
  it('closes its mock after the file as close() does: the request in flight answered, nothing left running', async () => {
    const hooks: { beforeAll?: () => unknown; afterAll?: () => unknown } = {};
    const fileHooks: Hooks = { beforeAll: (fn) => (hooks.beforeAll = fn), beforeEach: () => {}, afterAll: (fn) => (hooks.afterAll = fn) };
    const receiver = await failingReceiver();
    try {
      const watch = watchLeftovers();
      const held = gate();
      const mock = mockPerFile(fileHooks, { sleep: held.sleep, webhookRetryBaseMs: 10, webhookMaxAttempts: 1_000 });
      await hooks.beforeAll!();
      await submitWithWebhook(mock, receiver.url);
      while (receiver.attempts() < 1) await turn();
      const inFlight = heldRequest(mock);
      await held.reached(1);

      const closed = hooks.afterAll!();
      held.open();
      await closed;

      expect(await inFlight).toBe(200);
      expect(await watch.leftovers()).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
});

describe('a process that used a library mock', () => {
  it('exits on its own after close(), even once the mock has rendered an image off the event loop', async () => {
    const { spawn } = await import('node:child_process');
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'close-exit-'));
    const file = join(dir, 'use-mock.mts');
    writeFileSync(
      file,
      `import { startMock } from ${JSON.stringify(new URL('../../mock-server/start.ts', import.meta.url).href)};
      const mock = await startMock();
      const res = await fetch(mock.url + '/__images/64x48/7.png');
      process.stdout.write(res.status + ' ' + (await res.arrayBuffer()).byteLength);
      await mock.close();`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', file], { cwd: new URL('../..', import.meta.url).pathname });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    // A bound, not a timing: a worker's port left referenced keeps the process alive for good.
    const bound = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    clearTimeout(bound);
    rmSync(dir, { recursive: true, force: true });
    expect({ code, signal, answered: out.split(' ')[0] }).toEqual({ code: 0, signal: null, answered: '200' });
    expect(Number(out.split(' ')[1])).toBeGreaterThan(0);
  }, 20_000);
});
