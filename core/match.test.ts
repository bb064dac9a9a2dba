import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IGNORED, departure, keyOf, loadRules, type Shape } from './match';

const rules = { ignore: DEFAULT_IGNORED };
const shape = (body: unknown, extra: Partial<Shape> = {}): Shape => ({ method: 'POST', path: '/v1/generate', query: {}, body, ...extra });

describe('keyOf', () => {
  it('matches bodies that differ only in key order or in volatile fields', () => {
    const recorded = shape({ image_request: { prompt: 'a cat', seed: 1, model: 'V_2' }, webhook_url: 'http://127.0.0.1:1/a' });
    const sent = shape({ webhook_url: 'http://127.0.0.1:2/b', image_request: { model: 'V_2', seed: 99, prompt: 'a cat' } });
    expect(keyOf('p', sent, rules)).toBe(keyOf('p', recorded, rules));
  });

  it('tells apart a different field, path, method, query or vendor', () => {
    const base = keyOf('p', shape({ prompt: 'a cat' }), rules);
    expect(keyOf('p', shape({ prompt: 'a dog' }), rules)).not.toBe(base);
    expect(keyOf('p', shape({ prompt: 'a cat' }, { path: '/v1/edit' }), rules)).not.toBe(base);
    expect(keyOf('p', shape({ prompt: 'a cat' }, { method: 'PUT' }), rules)).not.toBe(base);
    expect(keyOf('p', shape({ prompt: 'a cat' }, { query: { a: '1' } }), rules)).not.toBe(base);
    expect(keyOf('q', shape({ prompt: 'a cat' }), rules)).not.toBe(base);
  });

  it('sets aside a field by JSON pointer at that place only', () => {
    const pointer = { ignore: ['/image_request/style'] };
    expect(keyOf('p', shape({ image_request: { style: 'A' } }), pointer)).toBe(keyOf('p', shape({ image_request: { style: 'B' } }), pointer));
    expect(keyOf('p', shape({ style: 'A' }), pointer)).not.toBe(keyOf('p', shape({ style: 'B' }), pointer));
  });

  it('sets aside names matching a wildcard rule, in the body and the query, whatever their case', () => {
    const a = keyOf('p', shape({ prompt: 'x', webhookUrl: 'a', callback_url: 'a' }, { query: { fal_webhook: 'a' } }), rules);
    const b = keyOf('p', shape({ prompt: 'x', webhookUrl: 'b', callback_url: 'b' }, { query: { fal_webhook: 'b' } }), rules);
    expect(b).toBe(a);
    const custom = { ignore: ['*_id'] };
    expect(keyOf('p', shape({ prompt_id: 1 }), custom)).toBe(keyOf('p', shape({ prompt_id: 2 }), custom));
    expect(keyOf('p', shape({ id: 1 }), custom)).not.toBe(keyOf('p', shape({ id: 2 }), custom));
  });

  it('answers HEAD as GET', () => {
    expect(keyOf('p', shape(undefined, { method: 'HEAD' }), rules)).toBe(keyOf('p', shape(undefined, { method: 'GET' }), rules));
  });
});

describe('departure', () => {
  it('names each departing field with both values, volatile ones left out', () => {
    const found = departure(shape({ prompt: 'a cat', seed: 1, n: 1 }), shape({ prompt: 'a dog', seed: 2 }), rules);
    expect(found.differences).toEqual(['body /prompt: "a cat" recorded, "a dog" sent', 'body /n: 1 recorded, absent sent']);
    expect(found.distance).toBeGreaterThan(0);
  });

  it('finds nothing departing exactly when the keys are equal, HEAD answered as GET', () => {
    const recorded = shape({ image_request: { prompt: 'a cat', seed: 1 } }, { method: 'GET', query: { fal_webhook: 'a' } });
    const sent = shape({ image_request: { seed: 2, prompt: 'a cat' } }, { method: 'HEAD', query: { fal_webhook: 'b' } });
    expect(keyOf('p', sent, rules)).toBe(keyOf('p', recorded, rules));
    expect(departure(recorded, sent, rules)).toEqual({ distance: 0, differences: [] });
  });

  it('a nearer request is at a smaller distance', () => {
    const recorded = shape({ prompt: 'a lighthouse at dusk' });
    expect(departure(recorded, shape({ prompt: 'a lighthouse at dawn' }), rules).distance).toBeLessThan(
      departure(recorded, shape({ prompt: 'a windmill at noon' }), rules).distance,
    );
  });
});

describe('loadRules', () => {
  it("adds rules.json's ignore list to the defaults and takes its compare list out", () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    try {
      expect(loadRules(dir).ignore).toEqual(DEFAULT_IGNORED);
      writeFileSync(join(dir, 'rules.json'), JSON.stringify({ ignore: ['prompt_id'], compare: ['seed'] }));
      const loaded = loadRules(dir).ignore;
      expect(loaded).toContain('prompt_id');
      expect(loaded).not.toContain('seed');
      writeFileSync(join(dir, 'rules.json'), JSON.stringify({ ignore: 'seed' }));
      expect(() => loadRules(dir)).toThrow(/"ignore" must be a list/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
