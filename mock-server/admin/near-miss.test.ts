import { describe, expect, it } from 'vitest';
import { MockError } from '../errors/catalogue';
import type { JournalEntry } from './journal';
import { findRequests, readQuery } from './near-miss';

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
  it('finds the requests that match every criterion given, by vendor path or path as sent', () => {
    expect(findRequests(journal, { method: 'post', path: '/generate', body: { image_request: { prompt: 'a cat' } } }).requests).toEqual([generate]);
    expect(findRequests(journal, { path: '/v/generate', headers: { 'Content-Type': 'application/json' } }).requests).toEqual([generate]);
    expect(findRequests(journal, { body: { num_images: 2 } }).requests).toEqual([edit]);
    expect(findRequests(journal, {}).requests).toEqual(journal);
  });

  it('when nothing matches: the closest requests first, each with what differed', () => {
    const result = findRequests(journal, { method: 'POST', path: '/generate', body: { image_request: { prompt: 'a bat' } } });
    expect(result.requests).toEqual([]);
    const [closest, next] = result.nearMisses;
    expect(closest.request).toBe(generate);
    expect(closest.differences).toEqual([{ field: 'body.image_request.prompt', expected: 'a bat', actual: 'a cat' }]);
    expect(closest.distance).toBeGreaterThan(0);
    expect(closest.distance).toBeLessThan(next.distance);
    expect(next.differences.map((d) => d.field)).toEqual(['path', 'body.image_request.prompt']);
    expect(result.nearMisses).toHaveLength(3);
  });

  it('a field missing from the request is a full miss on that field', () => {
    const [closest] = findRequests([edit], { body: { mask: 'x' } }).nearMisses;
    expect(closest).toMatchObject({ distance: 1, differences: [{ field: 'body.mask', expected: 'x', actual: null }] });
  });
});

describe('readQuery', () => {
  it('refuses what is not a query, naming the criteria', () => {
    expect(() => readQuery([])).toThrow(MockError);
    expect(() => readQuery({ url: '/x' })).toThrow(/Unknown criteria url; use any of: method, path/);
    expect(() => readQuery({ body: 'x' })).toThrow('body must be an object.');
  });
});
