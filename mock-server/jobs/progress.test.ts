import { describe, expect, it } from 'vitest';
import { ticksPerPoll, phaseOf, stepOf, SLOW_FACTOR, type Flow } from './progress';
import type { Job } from '../state/records';

const FLOW: Flow = { queued: ['Q1', 'Q2'], running: 'RUN', terminal: { completed: 'DONE', failed: 'FAIL', error: 'ERR', cancelled: 'CANCEL' } };

function job(init: Partial<Job> = {}): Job {
  return {
    id: 'j',
    ns: '',
    provider: 'p',
    operationId: 'op',
    owner: 'o',
    createdAt: 0,
    updatedAt: 0,
    ticks: 0,
    shownStep: 0,
    outcome: 'completed',
    pace: 'normal',
    durationMs: 3000,
    seed: 1,
    width: 1,
    height: 1,
    count: 1,
    baseUrl: '',
    ...init,
  };
}

describe('job steps', () => {
  it.each([
    { polls: 0, want: ['queued', 'Q1', 1] },
    { polls: 1, want: ['queued', 'Q2', 0] },
    { polls: 2, want: ['running', 'RUN', undefined] },
    { polls: 3, want: ['terminal', 'DONE', undefined] },
    { polls: 9, want: ['terminal', 'DONE', undefined] },
  ])('poll mode, $polls polls → $want', ({ polls, want }) => {
    const j = job();
    for (let i = 0; i < polls; i++) j.ticks += ticksPerPoll(j);
    const phase = phaseOf(j, FLOW, stepOf(j, FLOW, 'poll', 0));
    expect([phase.kind, phase.status, 'position' in phase ? phase.position : undefined]).toEqual(want);
  });

  it.each([
    { given: { outcome: 'failed' as const }, want: 'FAIL' },
    { given: { outcome: 'error' as const }, want: 'ERR' },
    { given: { forced: 'cancelled' as const }, want: 'CANCEL' },
  ])('ends as $given → $want', ({ given, want }) => {
    const j = job(given);
    for (let i = 0; i < 3; i++) j.ticks += ticksPerPoll(j);
    expect(phaseOf(j, FLOW, stepOf(j, FLOW, 'poll', 0)).status).toBe(want);
  });

  it('a stalled job stops just before its end, however often it is polled', () => {
    const j = job({ pace: 'stalled' });
    for (let i = 0; i < 50; i++) j.ticks += ticksPerPoll(j);
    expect(phaseOf(j, FLOW, stepOf(j, FLOW, 'poll', 0)).kind).toBe('running');
  });

  it('a slow job needs SLOW_FACTOR polls per step', () => {
    const j = job({ pace: 'slow' });
    j.ticks += ticksPerPoll(j);
    expect(stepOf(j, FLOW, 'poll', 0)).toBe(1);
    expect(j.ticks).toBe(SLOW_FACTOR);
  });

  it.each([
    { now: 0, want: 0 },
    { now: 999, want: 0 },
    { now: 1000, want: 1 },
    { now: 2999, want: 2 },
    { now: 3000, want: 3 },
    { now: 60_000, want: 3 },
  ])('time mode at $now ms of 3000 → step $want', ({ now, want }) => {
    expect(stepOf(job(), FLOW, 'time', now)).toBe(want);
  });
});
