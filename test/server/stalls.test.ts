/**
 * One client must never freeze the others: while a hostile request is in flight, the event
 * loop keeps turning and another request is answered. Stalls are measured with Node's event-loop
 * delay histogram against a generous bound (unbounded, these requests held the loop for 2–11 s).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { startMock, type StartedMock } from '../support/start-mock';

/** Far above a healthy loop's delay, far below the seconds the old code stalled for. */
const STALL_MS = 1_000;

let mock: StartedMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

const generate = '/pixazo/ideogramV_2/v1/generate';
const headers = { 'Ocp-Apim-Subscription-Key': 'k', 'content-type': 'application/json' };
const valid = { image_request: { prompt: 'a lighthouse', model: 'V_2' } };

/** Runs the attack and, once it is sent, a probe; reports both answers, their order and the longest stall. */
async function whileInFlight(attack: () => Promise<Response | Response[]>) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let attackDone = false;
  const attacked = attack().then((r) => {
    attackDone = true;
    return r;
  });
  const probe = await fetch(`${mock.origin}/__admin`);
  const probeFirst = !attackDone;
  const answers = [await attacked].flat();
  histogram.disable();
  const alive = await fetch(`${mock.origin}${generate}`, { method: 'POST', headers, body: JSON.stringify(valid) });
  return {
    probe: probe.status,
    probeFirst,
    statuses: answers.map((a) => a.status),
    bodies: await Promise.all(answers.map(async (a) => Buffer.from(await a.arrayBuffer()))),
    stallMs: histogram.max / 1e6,
    alive: alive.status,
  };
}

const post =
  (body: string | Buffer, extra: Record<string, string> = {}) =>
  () =>
    fetch(`${mock.origin}${generate}`, { method: 'POST', headers: { ...headers, ...extra }, body });

describe('hostile bodies are refused without stalling other clients', () => {
  it('a 2 MB body holding a 1,000,000-item array: 413 in the vendor shape', async () => {
    const result = await whileInFlight(post(JSON.stringify({ ...valid, items: new Array(1_000_000).fill(0) })));
    expect(result.statuses).toEqual([413]);
    expect(JSON.parse(result.bodies[0].toString())).toMatchObject({ error: 'Payload Too Large', message: expect.stringMatching(/items and keys/) });
    expect(result.probe).toBe(200);
    expect(result.stallMs).toBeLessThan(STALL_MS);
    expect(result.alive).toBe(200);
  });

  it('a body with 300,000 keys: 413', async () => {
    const keys = Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`k${i}`, 0]));
    const result = await whileInFlight(post(JSON.stringify({ ...valid, extra: keys })));
    expect(result.statuses).toEqual([413]);
    expect(result.stallMs).toBeLessThan(STALL_MS);
    expect(result.alive).toBe(200);
  });

  it('a 16 KB gzip body inflating to 16 MB of items: 413', async () => {
    const gz = gzipSync(JSON.stringify({ ...valid, items: new Array(8 * 1024 * 1024).fill(0) }), { level: 9 });
    expect(gz.length).toBeLessThan(64 * 1024);
    const result = await whileInFlight(post(gz, { 'content-encoding': 'gzip' }));
    expect(result.statuses).toEqual([413]);
    expect(result.stallMs).toBeLessThan(STALL_MS);
    expect(result.alive).toBe(200);
  });

  it('a gzip body inflating past the 64 MB limit is counted after inflation: 413', async () => {
    const gz = gzipSync(Buffer.alloc(65 * 1024 * 1024, 0x20), { level: 9 });
    const result = await whileInFlight(post(gz, { 'content-encoding': 'gzip' }));
    expect(result.statuses).toEqual([413]);
    expect(JSON.parse(result.bodies[0].toString()).message).toMatch(/larger than 64mb/);
    expect(result.alive).toBe(200);
  });
});

describe('image rendering runs off the event loop', () => {
  it('parallel first renders of 2048x2048 images leave the mock answering, and stay deterministic', async () => {
    const seed = 900_000 + Math.floor(Math.random() * 1_000_000);
    const urls = Array.from({ length: 4 }, (_, i) => `${mock.origin}/__images/2048x2048/${seed + i}.png`);
    const result = await whileInFlight(() => Promise.all(urls.map((url) => fetch(url))));
    expect(result.statuses).toEqual([200, 200, 200, 200]);
    expect(result.probe).toBe(200);
    expect(result.probeFirst).toBe(true);
    expect(result.stallMs).toBeLessThan(STALL_MS);
    expect(result.bodies.every((png) => png.subarray(1, 4).toString() === 'PNG')).toBe(true);
    // Same (size, seed), same bytes, under any prefix.
    const again = Buffer.from(await (await fetch(urls[0].replace('/__images/', '/fal/__images/'))).arrayBuffer());
    expect(again.equals(result.bodies[0])).toBe(true);
  });
});
