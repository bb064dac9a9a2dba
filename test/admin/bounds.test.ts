/**
 * The control API's work is bounded and does only what it says: a near-miss search with a
 * 60 KB criterion never freezes other clients, a repeated namespace is refused rather than read as
 * "every namespace", and clearing scenarios leaves uploaded files alone.
 */
import { describe, expect, it } from 'vitest';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startMock, type StartedMock } from '../support/start-mock';
import { stopAfterEach } from '../support/stop-after-each';

const stop = stopAfterEach();

/** Far above a healthy loop's delay, far below the 23 s the unbounded search held it for. */
const STALL_MS = 1_000;

async function mock(): Promise<StartedMock> {
  const started = await startMock();
  stop(() => started.close());
  return started;
}

const json = { 'Content-Type': 'application/json' };

describe('POST /__admin/requests/find is bounded', () => {
  it('a 60 KB criterion over 200 long-path entries answers without stalling the loop, and another client is served meanwhile', async () => {
    const m = await mock();
    for (let i = 0; i < 200; i++) {
      await m.app.mock.store.journal.add('', {
        at: '',
        method: 'POST',
        provider: 'ideogram',
        path: `/ideogram/generate/${'p'.repeat(12_000)}${i}`,
        status: 404,
        ms: 0,
      });
    }
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    const criterion = 'q'.repeat(60 * 1024);
    const find = fetch(`${m.origin}/__admin/requests/find`, { method: 'POST', headers: json, body: JSON.stringify({ path: criterion }) });
    const probe = await fetch(`${m.origin}/__admin/scenarios`);
    const answer = await find;
    histogram.disable();
    expect(probe.status).toBe(200);
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { nearMisses: unknown[] }).nearMisses).toHaveLength(3);
    expect(histogram.max / 1e6).toBeLessThan(STALL_MS);
  });
});

describe('namespaces on the control API', () => {
  it('?namespace=B&namespace=B is refused and resets nothing', async () => {
    const m = await mock();
    await m.app.mock.store.journal.add('A', { at: '', method: 'GET', path: '/kept', status: 200, ms: 0 });
    const res = await fetch(`${m.origin}/__admin/reset?namespace=B&namespace=B`, { method: 'POST', headers: json });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'mock_usage', message: expect.stringMatching(/one namespace/) });
    expect((await m.app.mock.store.journal.list(undefined)).map((e) => e.path)).toEqual(['/kept']);
  });
});

describe('DELETE /__admin/scenarios', () => {
  it('clears scenarios only: uploaded files stay', async () => {
    const m = await mock();
    await m.app.mock.store.files.create('', 'kept-file', {
      contentType: 'image/png',
      fileName: 'a.png',
      createdAt: Date.now(),
      ttlMs: 60_000,
      multipart: false,
    });
    await m.app.mock.store.files.write('kept-file', Buffer.from('png'));
    await fetch(`${m.origin}/__admin/scenarios`, { method: 'POST', headers: json, body: JSON.stringify({ operationId: 'legacyGenerate', code: 429 }) });
    expect((await fetch(`${m.origin}/__admin/scenarios`, { method: 'DELETE', headers: json })).status).toBe(204);
    expect(await (await fetch(`${m.origin}/__admin/scenarios`)).json()).toEqual({ scenarios: [] });
    expect((await m.app.mock.store.files.get('kept-file'))?.bytes?.toString()).toBe('png');
  });
});
