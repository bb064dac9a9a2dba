/** A store that fails (a lost connection) must cost a journal entry or one refusal, never a crash, a hang or an unhandled rejection. */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../mock-server/app';
import { systemClock } from '../../mock-server/jobs/clock';
import { MemoryStore } from '../../mock-server/state/memory';

const KEY = { Authorization: 'Key fal-key' };
const INPUT = { prompt: 'a cat', image_url: 'https://example.com/cat.png', mask_url: 'https://example.com/mask.png' };

function failing(part: 'journal' | 'jobs'): MemoryStore {
  const store = new MemoryStore(systemClock);
  const lost = () => Promise.reject(new Error('connection lost'));
  if (part === 'journal') store.journal.add = lost;
  else store.jobs.get = lost;
  return store;
}

describe('a failing store', () => {
  it('loses only the journal entry when the journal cannot be written, and says so in the log', async () => {
    const lines: string[] = [];
    const app = createApp({ log: (line) => lines.push(line), store: failing('journal') });
    const res = await request(app).post('/fal-queue/fal-ai/ideogram/v2/edit').set(KEY).send(INPUT);
    expect(res.status).toBe(200);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.some((line) => line.includes('journal entry') && line.includes('connection lost'))).toBe(true);
  });

  it("answers a vendor request whose job cannot be read in the vendor's error shape, and the control API too", async () => {
    const app = createApp({ quiet: true, store: failing('jobs') });
    const submitted = await request(app).post('/fal-queue/fal-ai/ideogram/v2/edit').set(KEY).send(INPUT);
    const status = await request(app).get(`/fal-queue/fal-ai/ideogram/requests/${submitted.body.request_id}/status`).set(KEY);
    expect(status.body).toEqual({ detail: expect.any(String) });
    const admin = await request(app).get(`/__admin/jobs/${submitted.body.request_id}`);
    expect(admin.body).toMatchObject({ error: expect.any(String) });
  });
});
