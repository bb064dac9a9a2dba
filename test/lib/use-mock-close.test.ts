/**
 * useMock closes its mock after the file the one way a mock stops (start.ts close()): checked in an
 * afterAll registered before useMock's, since vitest runs afterAll hooks last registered first.
 */
import { afterAll, expect, it } from 'vitest';
import { setImmediate as turn } from 'node:timers/promises';
import { useMock } from '../../lib/vitest';
import { manualClock } from '../../mock-server/jobs/clock';
import { startReceiver } from '../support/webhook-receiver';
import { watchLeftovers } from '../support/leftovers';

const receiver = await startReceiver(Array.from({ length: 1_000 }, () => 500));
const watch = watchLeftovers();
afterAll(async () => {
  const left = await watch.leftovers();
  await receiver.close();
  expect(left).toEqual([]);
});

const clock = manualClock();
const mock = useMock({ clock, webhookRetryBaseMs: 10, webhookMaxAttempts: 1_000 });

it('a webhook its receiver keeps refusing is retried while the file runs', async () => {
  await fetch(`${mock.url}/fal-queue/fal-ai/ideogram/v2/edit?fal_webhook=${encodeURIComponent(receiver.url)}`, {
    method: 'POST',
    headers: { authorization: 'Key k', 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'p', image_url: 'https://example.com/a.png', mask_url: 'https://example.com/m.png' }),
  }).then((res) => res.text());
  const attempts = async () => (await mock.app.mock.store.deliveries.list(undefined)).flatMap((d) => d.attempts).filter((a) => a.status === 500).length;
  while ((await attempts()) < 3) {
    clock.advance(1_000);
    await mock.app.mock.jobs.sweep();
    await turn();
  }
  expect(await attempts()).toBeGreaterThanOrEqual(3);
});
