/**
 * One budget bounds what the mock keeps and holds (mock-server/budget.ts): held requests,
 * the journal's bytes and the control API's answers, tried as a hostile client would.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import type { StartedMock } from '../support/start-mock';
import { DEFAULT_BUDGET, parseBudget } from '../../mock-server/budget';
import { perTest } from '../support/per-test';
import { gate } from '../support/request-gate';
import { startCli, stopClis } from '../support/cli-process';
import { manualClock } from '../../mock-server/jobs/clock';

const { started: mockWith } = perTest();

const generate = (mock: StartedMock, headers: Record<string, string> = {}, signal?: AbortSignal, prompt = 'a lighthouse') =>
  fetch(`${mock.origin}/ideogram/generate`, {
    method: 'POST',
    headers: { 'Api-Key': 'k', 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ image_request: { prompt } }),
    signal,
  });

describe('held requests are capped (--max-held)', () => {
  it("past the cap a delayed or timed-out request gets the vendor's 429 with Retry-After; a slot frees when one is answered", async () => {
    const held = gate();
    const mock = await mockWith({ sleep: held.sleep, budget: { ...DEFAULT_BUDGET, held: 2 } });
    const client = new AbortController();
    const first = generate(mock, { Prefer: 'delay=60000' }, client.signal).catch((error: Error) => error);
    const second = generate(mock, { Prefer: 'fault=timeout' }).catch((error: Error) => error);
    await held.reached(2);
    const refused = await generate(mock, { Prefer: 'delay=60000' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/holding 2 requests open.*--max-held/) });
    // A request that is not held is served as ever.
    expect((await generate(mock)).status).toBe(200);
    client.abort();
    await first;
    await expect.poll(async () => (await generate(mock, { Prefer: 'delay=1' }, AbortSignal.timeout(200)).catch(() => undefined))?.status).not.toBe(429);
    held.open();
    await second;
  });

  const predict = (mock: StartedMock, prefer: string, signal?: AbortSignal) =>
    fetch(`${mock.origin}/replicate/v1/models/ideogram-ai/ideogram-v3-turbo/predictions`, {
      method: 'POST',
      headers: { Authorization: 'Bearer r8_key_a', 'Content-Type': 'application/json', Prefer: prefer },
      body: JSON.stringify({ input: { prompt: 'a lighthouse' } }),
      signal,
    });
  const jobCount = async (mock: StartedMock) => ((await (await fetch(`${mock.origin}/__admin/jobs`)).json()) as { count: number }).count;

  it("Replicate's Prefer: wait counts too: past the cap it gets Replicate's 429 and creates no prediction", async () => {
    const held = gate();
    const mock = await mockWith({ sleep: held.sleep, budget: { ...DEFAULT_BUDGET, held: 1 } });
    const first = generate(mock, { Prefer: 'delay=60000' });
    await held.reached(1);
    const refused = await predict(mock, 'wait');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({ detail: expect.stringMatching(/holding 1 requests open.*--max-held/) });
    expect(await jobCount(mock)).toBe(0);
    // Without a wait nothing is held: the prediction is created as ever.
    expect((await predict(mock, 'respond-async')).status).toBe(201);
    held.open();
    await first;
  });

  it('a Prefer: wait being held takes a slot, so a delayed request past the cap gets 429', async () => {
    // Time mode on a clock that stands still: the wait holds the answer until the job's 5 s are up, or the client leaves.
    const mock = await mockWith({ sleep: gate().sleep, clock: manualClock(), jobMode: 'time', jobDurationMs: 5000, budget: { ...DEFAULT_BUDGET, held: 1 } });
    const client = new AbortController();
    const waiting = predict(mock, 'wait=5', client.signal).catch((error: Error) => error);
    // The job exists only once the wait has taken its slot.
    await expect.poll(() => jobCount(mock)).toBe(1);
    // Were it let through, the delay would hold it: the signal ends that wait in a failure, not a hang.
    expect((await generate(mock, { Prefer: 'delay=60000' }, AbortSignal.timeout(5000)).catch(() => undefined))?.status).toBe(429);
    client.abort();
    await waiting;
  });

  it('the default stays well under a 1,024 descriptor limit', () => {
    expect(DEFAULT_BUDGET.held).toBeLessThanOrEqual(512);
  });
});

describe('the journal is bounded by bytes', () => {
  it('long refused prompts leave entries of a few KB, and GET /__admin/requests?limit=500 stays small', async () => {
    const mock = await mockWith();
    const prompt = 'p'.repeat(100_000);
    for (let i = 0; i < 20; i++) expect((await generate(mock, {}, undefined, `${prompt}${i}`)).status).toBe(400);
    const answer = await fetch(`${mock.origin}/__admin/requests?limit=500`);
    const text = await answer.text();
    expect(answer.status).toBe(200);
    // 200 characters kept by slice would make a small answer while the entries held the whole prompts
    // (V8 keeps a slice's parent alive): each entry holds a copy, said with its length and digest.
    const entries = (JSON.parse(text) as { requests: { call?: { body?: { image_request?: { prompt?: string } } } }[] }).requests;
    expect(entries).toHaveLength(20);
    expect(entries[0].call?.body?.image_request?.prompt).toMatch(/^p{200}… \(100001 chars, sha256 [0-9a-f]{64}\)$/);
    expect(text.length).toBeLessThan(20 * 8_000);
  });

  it('refuses a limit that is not a whole number, instead of answering everything', async () => {
    const mock = await mockWith();
    for (const limit of ['abc', '-5', '1.5']) {
      const answer = await fetch(`${mock.origin}/__admin/requests?limit=${limit}`);
      expect(answer.status).toBe(400);
    }
    expect((await fetch(`${mock.origin}/__admin/requests?limit=1&limit=2`)).status).toBe(400);
    expect((await fetch(`${mock.origin}/__admin/requests?limit=500`)).status).toBe(200);
    expect((await fetch(`${mock.origin}/__admin/requests?limit=0`)).status).toBe(200);
  });
});

describe('--budget', () => {
  it('reads counts and bytes per store over the defaults, and says what is wrong', () => {
    const budget = parseBudget('journal=2000/32MiB,rate-windows=50');
    expect(budget.journal).toEqual({ count: 2000, bytes: 32 * 1024 * 1024 });
    expect(budget.rateWindows).toEqual({ count: 50, bytes: DEFAULT_BUDGET.rateWindows.bytes });
    expect(budget.files).toEqual(DEFAULT_BUDGET.files);
    expect(() => parseBudget('journals=1')).toThrow(/store one of journal, deliveries, files, rate-windows/);
    expect(() => parseBudget('journal=0')).toThrow(/above 0/);
  });
});

describe('the CLI', () => {
  afterAll(stopClis);

  it('takes --budget and --max-held, and refuses what is not one', async () => {
    const bad = spawnSync(process.execPath, ['bin/ideogram-mock.js', '--budget', 'journal=lots'], { encoding: 'utf8', timeout: 10_000 });
    expect(bad.stderr).toContain('--budget "journal=lots" must look like');
    const held = spawnSync(process.execPath, ['bin/ideogram-mock.js', '--max-held', '0'], { encoding: 'utf8', timeout: 10_000 });
    expect(held.stderr).toContain('--max-held must be a whole number from 1');
    const { origin } = await startCli(['--budget', 'journal=2', '--max-held', '5']);
    for (let i = 0; i < 3; i++)
      await fetch(`${origin}/ideogram/generate`, { method: 'POST', headers: { 'Api-Key': 'k', 'Content-Type': 'application/json' }, body: '{}' });
    expect(((await (await fetch(`${origin}/__admin/requests`)).json()) as { requests: unknown[] }).requests).toHaveLength(2);
  });
});
