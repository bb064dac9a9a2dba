/** Time mode without `--job-duration`: each vendor's jobs take its typical time (its NOTES.md); the option still wins. */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../mock-server/app';
import { manualClock } from '../../mock-server/jobs/clock';

const SUBMIT = '/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request';
const KEY = { 'Ocp-Apim-Subscription-Key': 'key-a' };
const START = Date.parse('2026-01-01T00:00:00.000Z');

async function statusesAt(options: { jobDurationMs?: number }, times: number[]): Promise<string[]> {
  const clock = manualClock(START);
  const app = createApp({ quiet: true, clock, jobMode: 'time', ...options });
  const submitted = await request(app).post(SUBMIT).set(KEY).send({ image_url: 'https://example.com/cat.jpeg' });
  const poll = new URL(submitted.body.polling_url as string).pathname;
  const out: string[] = [];
  for (const ms of times) {
    clock.set(START + ms);
    out.push((await request(app).get(poll).set(KEY)).body.status as string);
  }
  return out;
}

describe('typical job durations in time mode', () => {
  it("Pixazo's background removal takes its 5 s estimate, not the old flat 3 s", async () => {
    expect(await statusesAt({}, [3000, 4999, 5000])).toEqual(['PROCESSING', 'PROCESSING', 'COMPLETED']);
  });

  it('--job-duration overrides it', async () => {
    expect(await statusesAt({ jobDurationMs: 1000 }, [999, 1000])).toEqual(['PROCESSING', 'COMPLETED']);
  });

  it('every job flow states its typical time', () => {
    const app = createApp({ quiet: true });
    const flows = [...app.mock.vendors].flatMap(([provider, vendor]) =>
      vendor.flow ? [vendor.flow(app.mock.index.operations.filter((o) => o.provider === provider))] : [],
    );
    expect(flows.filter((f) => !(f.typicalMs! > 0)).map((f) => f.provider)).toEqual([]);
  });
});
