/** Test files sharing one mock, each in its own namespace, never see each other's requests, jobs, scenarios or resets. */
import { describe, expect, it } from 'vitest';
import { startMock } from '../support/start-mock';
import { mockControl } from '../../lib/control';
import { mockPerFile, type Hooks } from '../../lib/per-file';
import { stopAfterEach } from '../support/stop-after-each';

const stopAfterTest = stopAfterEach();

// One key for both: namespaces, not keys, keep the two apart here.
const KEY = { Authorization: 'Key fal-key-shared', 'Content-Type': 'application/json' };
const INPUT = { prompt: 'a cat', image_url: 'https://example.com/cat.png', mask_url: 'https://example.com/mask.png' };

/** Each party waits at the barrier until all have arrived: the two workloads' steps interleave in a known order. */
function barrier(parties: number): () => Promise<void> {
  let waiting: (() => void)[] = [];
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (waiting.length < parties) return;
      for (const release of waiting) release();
      waiting = [];
    });
}

describe('namespaces on one shared mock', () => {
  it('two concurrent test workloads see only their own requests, jobs and scenarios, and reset only their own', async () => {
    const mock = await startMock();
    stopAfterTest(mock.close);
    const together = barrier(2);
    const ids: Record<string, string> = {};

    const workload = async (ns: 'file-a' | 'file-b', other: 'file-a' | 'file-b') => {
      const headers = { ...KEY, 'X-Mock-Namespace': ns };
      const control = mockControl(mock.url, { namespace: ns });
      const statusOf = (id: string) => fetch(`${mock.url}/fal-queue/fal-ai/ideogram/requests/${id}/status`, { headers });
      await control.reset();
      // Only file-a asks for failures: a scenario must not leak into file-b's submissions.
      if (ns === 'file-a') {
        const scenario = await fetch(`${mock.url}/__admin/scenarios`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Mock-Namespace': ns },
          body: JSON.stringify({ operationId: 'submitEdit', outcome: 'failed', count: 5 }),
        });
        expect(scenario.status).toBe(201);
      }
      await together();
      const submitted = (await (
        await fetch(`${mock.url}/fal-queue/fal-ai/ideogram/v2/edit`, { method: 'POST', headers, body: JSON.stringify(INPUT) })
      ).json()) as { request_id: string };
      ids[ns] = submitted.request_id;
      await together();

      const statuses: string[] = [];
      for (let i = 0; i < 3; i++) statuses.push(((await (await statusOf(ids[ns])).json()) as { status: string }).status);
      expect(statuses.at(-1)).toBe('COMPLETED');
      const result = await fetch(`${mock.url}/fal-queue/fal-ai/ideogram/requests/${ids[ns]}`, { headers });
      expect(result.status).toBe(ns === 'file-a' ? 422 : 200);
      expect((await statusOf(ids[other])).status).toBe(404);
      const jobs = (await (await fetch(`${mock.url}/__admin/jobs`, { headers: { 'X-Mock-Namespace': ns } })).json()) as { jobs: { id: string }[] };
      expect(jobs.jobs.map((j) => j.id)).toEqual([ids[ns]]);
      const journal = await control.journal();
      expect(journal.map((e) => e.namespace)).toEqual(journal.map(() => ns));
      expect(journal.map((e) => e.operationId)).toEqual(['submitEdit', 'getStatus', 'getStatus', 'getStatus', 'getResult', 'getStatus']);
      await together();

      if (ns === 'file-a') await control.reset();
      await together();

      const after = await control.journal();
      if (ns === 'file-a') {
        expect(after).toEqual([]);
        expect((await statusOf(ids[ns])).status).toBe(404);
      } else {
        expect(after).toHaveLength(6);
        expect((await statusOf(ids[ns])).status).toBe(200);
      }
    };

    await Promise.all([workload('file-a', 'file-b'), workload('file-b', 'file-a')]);
    // The control API without a namespace still sees every namespace (the dashboard relies on it):
    // file-a's one poll after its reset, file-b's six requests and its last poll.
    const everything = await mockControl(mock.url).journal();
    expect(everything.filter((e) => e.namespace === 'file-a')).toHaveLength(1);
    expect(everything.filter((e) => e.namespace === 'file-b')).toHaveLength(7);
  });

  it("refuses a namespace that is not one in the vendor's error shape, before doing anything", async () => {
    const mock = await startMock();
    stopAfterTest(mock.close);
    const res = await fetch(`${mock.url}/fal-queue/fal-ai/ideogram/v2/edit`, {
      method: 'POST',
      headers: { ...KEY, 'X-Mock-Namespace': 'no spaces/or slashes' },
      body: JSON.stringify(INPUT),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ detail: expect.stringContaining('X-Mock-Namespace') });
    expect(await mock.app.mock.store.jobs.count()).toBe(0);
    const admin = await fetch(`${mock.url}/__admin/requests?namespace=${encodeURIComponent('a b')}`);
    expect(admin.status).toBe(400);
  });

  it("useMock given a running mock's url and a namespace resets and reads only that namespace before each test", async () => {
    const mock = await startMock();
    stopAfterTest(mock.close);
    const before: (() => unknown)[] = [];
    const hooks: Hooks = { beforeAll: () => {}, beforeEach: (fn) => before.push(fn), afterAll: () => {} };
    const file = mockPerFile(hooks, { url: mock.url, namespace: 'file-c' });
    const submit = (headers: Record<string, string>) =>
      fetch(`${mock.url}/fal-queue/fal-ai/ideogram/v2/edit`, { method: 'POST', headers: { ...KEY, ...headers }, body: JSON.stringify(INPUT) });
    await submit(file.headers);
    await submit({});
    expect((await file.journal()).map((e) => e.namespace)).toEqual(['file-c']);
    for (const hook of before) await hook();
    expect(await file.journal()).toEqual([]);
    expect((await mock.journal()).map((e) => e.namespace)).toEqual([undefined]);
  });
});
