import { describe, expect, it } from 'vitest';
import { MockError } from '../errors/catalogue';
import type { JournalEntry } from '../state/records';
import { warmSearch, findRequests, readQuery } from './near-miss';

let id = 0;
const entry = (method: string, path: string, body: Record<string, unknown>, headers: Record<string, string> = {}): JournalEntry => ({
  id: ++id,
  at: '2026-01-01T00:00:00.000Z',
  method,
  provider: 'v',
  operationId: path.slice(1),
  path: `/v${path}`,
  status: 200,
  ms: 1,
  call: { method, path, query: {}, headers, body },
});

const generate = entry('POST', '/generate', { image_request: { prompt: 'a cat', model: 'V_2' } }, { 'content-type': 'application/json' });
const edit = entry('POST', '/edit', { prompt: 'a dog', num_images: '2' });
const list = entry('GET', '/tasks', {});
const journal = [generate, edit, list];

describe('findRequests', () => {
  it('finds the requests that match every criterion given, by vendor path or path as sent', async () => {
    expect((await findRequests(journal, { method: 'post', path: '/generate', body: { image_request: { prompt: 'a cat' } } })).requests).toEqual([generate]);
    expect((await findRequests(journal, { path: '/v/generate', headers: { 'Content-Type': 'application/json' } })).requests).toEqual([generate]);
    expect((await findRequests(journal, { body: { num_images: 2 } })).requests).toEqual([edit]);
    expect((await findRequests(journal, {})).requests).toEqual(journal);
  });

  it('when nothing matches: the closest requests first, each with what differed', async () => {
    const result = await findRequests(journal, { method: 'POST', path: '/generate', body: { image_request: { prompt: 'a bat' } } });
    expect(result.requests).toEqual([]);
    const [closest, next] = result.nearMisses;
    expect(closest.request).toBe(generate);
    expect(closest.differences).toEqual([{ field: 'body.image_request.prompt', expected: 'a bat', actual: 'a cat' }]);
    expect(closest.distance).toBeGreaterThan(0);
    expect(closest.distance).toBeLessThan(next.distance);
    expect(next.differences.map((d) => d.field)).toEqual(['path', 'body.image_request.prompt']);
    expect(result.nearMisses).toHaveLength(3);
  });

  it('a field missing from the request is a full miss on that field', async () => {
    const [closest] = (await findRequests([edit], { body: { mask: 'x' } })).nearMisses;
    expect(closest).toMatchObject({ distance: 1, differences: [{ field: 'body.mask', expected: 'x', actual: null }] });
  });
});

describe('findRequests is bounded', () => {
  const long = (n: number) => entry('POST', `/${'p'.repeat(12_000)}${n}`, { prompt: 'x'.repeat(150) });

  it('compares bounded prefixes, and still tells long strings apart past them', async () => {
    const entries = Array.from({ length: 200 }, (_, i) => long(i));
    const result = await findRequests(entries, { path: 'q'.repeat(60 * 1024) });
    expect(result.requests).toEqual([]);
    expect(result.nearMisses).toHaveLength(3);
    expect(result.nearMisses[0].distance).toBeGreaterThan(0);
    const [one, two] = [long(1), long(2)];
    const close = await findRequests([one, two], { path: `/${'p'.repeat(12_000)}2` });
    expect(close.requests).toEqual([two]);
    const tail = await findRequests([entry('POST', `/${'p'.repeat(5000)}ab`, {})], { path: `/${'p'.repeat(5000)}ba` });
    expect(tail.requests).toEqual([]);
    expect(tail.nearMisses[0].distance).toBeGreaterThan(0);
  });

  it('yields to other clients between slices of work, and stops at its time budget saying how far it got', async () => {
    const entries = Array.from({ length: 50 }, (_, i) => long(i));
    let clock = 0;
    // Each reading of the clock is 1 ms later: the search sees time pass as it works.
    const now = () => clock++;
    let others = 0;
    // Another client's work, queued as the search starts: it runs before the search is done.
    setImmediate(() => others++);
    const result = await findRequests(entries, { path: '/generate' }, { now, sliceMs: 5, totalMs: 40 });
    expect(result.searched).toEqual({ entries: expect.any(Number), of: 50 });
    expect(result.searched!.entries).toBeLessThan(50);
    expect(others).toBeGreaterThan(0);
    // The newest entries are the ones scored.
    expect(result.nearMisses.every((m) => m.request.id > entries[50 - result.searched!.entries - 1].id)).toBe(true);
  });

  it('starts on a turn of its own: none of its work joins the turn that read and parsed the query', async () => {
    let readings = 0;
    const now = () => readings++;
    const search = findRequests([long(0), long(1)], { path: '/generate' }, { now });
    // The clock is first read when scoring starts: not in the caller's turn.
    expect(readings).toBe(0);
    await search;
    expect(readings).toBeGreaterThan(0);
  });

  it('warmSearch compiles the scorer a search per turn, leaving nothing behind', async () => {
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    await warmSearch();
    counting = false;
    // Its searches each start on a turn of their own: another client's work gets in between every two.
    expect(turns).toBeGreaterThanOrEqual(30);
  });
});

describe('readQuery', () => {
  it('refuses what is not a query, naming the criteria', () => {
    expect(() => readQuery([])).toThrow(MockError);
    expect(() => readQuery({ url: '/x' })).toThrow(/Unknown criteria url; use any of: method, path/);
    expect(() => readQuery({ body: 'x' })).toThrow('body must be an object.');
  });

  it('refuses criteria nested 4,000 deep or with more leaves than the budget, before any recursion', () => {
    let deep: Record<string, unknown> = {};
    const body = deep;
    for (let i = 0; i < 4000; i++) deep = (deep.a = {}) as Record<string, unknown>;
    expect(() => readQuery({ body })).toThrow(/nested more than 32 deep/);
    expect(() => readQuery({ body: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, i])) })).toThrow(/more than 1000 criteria/);
  });
});
