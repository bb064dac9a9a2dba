import { describe, expect, it } from 'vitest';
import type { Job } from './records';
import { PackedJobs } from './packed-jobs';

const full: Job = {
  id: 'j1',
  ns: 'file-a',
  provider: 'replicate',
  operationId: 'createPrediction',
  owner: 'r8_key',
  createdAt: 1_767_225_600_000.5,
  updatedAt: 1_767_225_601_000,
  completedAt: 1_767_225_602_000,
  dueAt: 1_767_225_603_000,
  ticks: 7,
  shownStep: 2,
  outcome: 'error',
  pace: 'stalled',
  forced: 'cancelled',
  durationMs: 3000,
  seed: 2 ** 40 + 1,
  width: 1536,
  height: 640,
  count: 4,
  baseUrl: 'http://127.0.0.1:4010/replicate',
  webhookUrl: 'http://127.0.0.1:9/hook',
  facts: { model: 'ideogram-ai/ideogram-v3-turbo' },
};
const bare: Job = {
  ...full,
  id: 'j2',
  completedAt: undefined,
  dueAt: undefined,
  forced: undefined,
  webhookUrl: undefined,
  facts: undefined,
  outcome: 'completed',
  pace: 'normal',
};

describe('packed job rows', () => {
  it.each([
    { name: 'every field set', job: full },
    { name: 'optional fields absent', job: bare },
  ])('give back the job as stored: $name', ({ job }) => {
    const rows = new PackedJobs();
    expect(rows.get(rows.put(job, 0), job.id)).toEqual(job);
  });

  it("reuse a released row without leaking the old job's fields or strings", () => {
    const rows = new PackedJobs();
    const slot = rows.put(full, 0);
    rows.release(slot);
    const again = rows.put(bare, 0);
    expect(again).toBe(slot);
    expect(rows.get(again, bare.id)).toEqual(bare);
  });

  it('keep every row across growth', () => {
    const rows = new PackedJobs();
    const slots = Array.from({ length: 3000 }, (_, i) => rows.put({ ...bare, id: `j${i}`, seed: i, owner: `key-${i % 7}` }, 0));
    expect(slots.map((slot, i) => rows.get(slot, `j${i}`)).every((job, i) => job.seed === i && job.owner === `key-${i % 7}`)).toBe(true);
  });

  it('tell from the row alone whether a job ended (forced or shown terminal) and when it is due', () => {
    const rows = new PackedJobs();
    const running = rows.put(bare, 0);
    const timed = rows.put({ ...bare, dueAt: 100 }, 0);
    const forced = rows.put(bare, 0);
    rows.force(forced, 'failed');
    expect([rows.ended(running), rows.dueAt(running), rows.ended(timed), rows.dueAt(timed), rows.ended(forced)]).toEqual([false, undefined, false, 100, true]);
    rows.show(running, 3, 50, true);
    expect(rows.ended(running)).toBe(true);
  });
});
