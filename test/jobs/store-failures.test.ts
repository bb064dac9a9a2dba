/**
 * A store that fails for a while: a job with a webhook waits for its lease to end and goes on, never
 * stopping for good; a job already made is answered, never turned into a 503 its client would retry.
 */
import { describe, expect, it } from 'vitest';
import { startMock } from '../support/start-mock';
import { manualClock } from '../../mock-server/jobs/clock';
import { MemoryStore } from '../../mock-server/state/memory';
import { MockError } from '../../mock-server/errors/catalogue';
import { stopAfterEach } from '../support/stop-after-each';
import { startReceiver } from '../support/webhook-receiver';

const stopLater = stopAfterEach();
const MAGNIFIC = { 'x-magnific-api-key': 'key-1', 'content-type': 'application/json' };
const EDIT = { prompt: 'A sunset over the ocean', image: 'https://example.com/in.png', mask: 'https://example.com/mask.png' };

describe('a job with a webhook and a failing store', () => {
  it('is advanced and its webhooks sent once the store answers again, after its lease', async () => {
    const clock = manualClock();
    const store = new MemoryStore(clock);
    // The store fails the next three job reads (a Redis blip), then answers.
    let failures = 3;
    const get = store.jobs.get.bind(store.jobs);
    store.jobs.get = (ns, id) => (failures-- > 0 ? Promise.reject(new MockError('store_unavailable', 'Redis is away')) : get(ns, id));
    const lines: string[] = [];
    const mock = await startMock({ store, clock, quiet: false, log: (line) => lines.push(line) });
    const receiver = await startReceiver();
    stopLater(mock.close, receiver.close);
    const res = await fetch(`${mock.origin}/magnific/v1/ai/ideogram-image-edit`, {
      method: 'POST',
      headers: MAGNIFIC,
      body: JSON.stringify({ ...EDIT, webhook_url: receiver.url }),
    });
    expect(res.status).toBe(200);
    await mock.app.mock.jobs.drain();
    expect(receiver.hooks).toEqual([]);
    for (let visits = 0; visits < 3 && receiver.hooks.length < 2; visits++) {
      clock.advance(mock.app.mock.jobs.leaseMs);
      await mock.app.mock.jobs.sweep();
    }
    expect((await receiver.waitFor(2)).map((hook) => (hook.body as { status: string }).status)).toEqual(['IN_PROGRESS', 'COMPLETED']);
    expect(lines.filter((line) => line.includes('wait for the state store'))).toHaveLength(1);
    expect(lines.some((line) => line.includes('stopped advancing'))).toBe(false);
  });
});

describe('a submit whose store fails after the job was made', () => {
  it("answers the prediction (Replicate's Prefer: wait), not a 503 whose retry would make a second one", async () => {
    const clock = manualClock();
    const store = new MemoryStore(clock);
    store.jobs.change = () => Promise.reject(new MockError('store_unavailable', 'Redis is away'));
    const mock = await startMock({ store, clock });
    stopLater(mock.close);
    const res = await fetch(`${mock.origin}/replicate/v1/models/ideogram-ai/ideogram-v3-turbo/predictions`, {
      method: 'POST',
      headers: { Authorization: 'Bearer r8_key_a', 'content-type': 'application/json', Prefer: 'wait=5' },
      body: JSON.stringify({ input: { prompt: 'A lighthouse' } }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; status: string };
    expect(body.status).toBe('starting');
    expect((await store.jobs.page({}, { limit: 10 })).jobs.map((job) => job.id)).toEqual([body.id]);
  });
});
