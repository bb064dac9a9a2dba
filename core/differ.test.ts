import { describe, expect, it } from 'vitest';
import { canonical, compare, textDistance } from './differ';

describe('compare, two requests', () => {
  it("pairs both sides' leaves, arrays by index, and names where each departs", () => {
    const found = compare({ method: 'POST', body: { tags: ['a', 'b'], n: 1 } }, { method: 'POST', body: { tags: ['a', 'c'], extra: true } });
    expect(found.differences).toEqual([
      { at: ['body', 'tags', '1'], expected: 'b', actual: 'c' },
      { at: ['body', 'n'], expected: 1, actual: undefined },
      { at: ['body', 'extra'], expected: undefined, actual: true },
    ]);
    expect(found.distance).toBeGreaterThan(0);
    expect(found.distance).toBeLessThan(1);
  });

  it('sets aside the fields it is told to on both sides', () => {
    const ignored = (at: string[]) => at[at.length - 1] === 'seed';
    expect(compare({ body: { prompt: 'x', seed: 1 } }, { body: { prompt: 'x', seed: 2 } }, { ignored })).toEqual({ distance: 0, differences: [] });
  });

  it('finds nothing differing exactly when the canonical texts are equal', () => {
    const pairs: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ body: { a: 1, b: [1, 2] } }, { body: { b: [1, 2], a: 1 } }],
      [{ body: { a: 1 } }, { body: { a: '1' } }],
      [{ body: {} }, { body: [] }],
      [{ body: { a: {} } }, { body: {} }],
      [{ query: {} }, {}],
    ];
    for (const [a, b] of pairs) expect(compare(a, b).distance === 0).toBe(canonical(a) === canonical(b));
  });
});

describe('compare, criteria', () => {
  it('compares only what the criteria hold, arrays whole, and a part with no leaves is met', () => {
    const entry = { method: 'POST', body: { image_request: { prompt: 'a cat', model: 'V_2' }, tags: ['a', 'b'] } };
    expect(compare({ body: { image_request: { model: 'V_2' } }, query: {} }, entry, { subset: true }).distance).toBe(0);
    expect(compare({ body: { tags: ['a'] } }, entry, { subset: true }).differences).toEqual([{ at: ['body', 'tags'], expected: ['a'], actual: ['a', 'b'] }]);
  });

  it('scores strings by edit distance, exact parts as equal or not, and a missing field as a full miss', () => {
    const entry = { method: 'POST', path: '/generate' };
    expect(compare({ path: '/generata' }, entry, { subset: true }).distance).toBeLessThan(0.2);
    expect(compare({ method: 'POSD' }, entry, { subset: true, exact: new Set(['method']) }).distance).toBe(1);
    expect(compare({ method: 'POSD' }, entry, { subset: true }).distance).toBeLessThan(1);
    expect(compare({ body: { mask: 'x' } }, entry, { subset: true })).toEqual({
      distance: 1,
      differences: [{ at: ['body', 'mask'], expected: 'x', actual: undefined }],
    });
  });

  it('matches a number or boolean to its written form only when told that fields arrive as text', () => {
    const form = { body: { num_images: '2', magic: 'true' } };
    expect(compare({ body: { num_images: 2, magic: true } }, form, { subset: true, formText: true }).distance).toBe(0);
    expect(compare({ body: { num_images: 2 } }, form, { subset: true }).distance).toBe(1);
  });
});

describe('textDistance', () => {
  it('compares bounded prefixes and still tells long strings apart past them', () => {
    const long = 'p'.repeat(5000);
    expect(textDistance(`${long}ab`, `${long}ba`, 1024)).toBeGreaterThan(0);
    expect(textDistance('a', 'a'.repeat(100))).toBeGreaterThanOrEqual(0.9);
  });
});
