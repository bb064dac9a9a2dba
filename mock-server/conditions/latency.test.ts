import { describe, expect, it } from 'vitest';
import { distributionFor, parseLatency, sample } from './latency';

/** A seeded source, so a failure replays. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(q * (sorted.length - 1))];
}

const draw = (text: string, n: number, seed = 1) => {
  const [rule] = parseLatency(text);
  const random = seeded(seed);
  return Array.from({ length: n }, () => sample(rule.distribution, random));
};

describe('parseLatency', () => {
  it('reads fixed, uniform and lognormal, each optionally scoped to a vendor or an operation', () => {
    expect(parseLatency('800')).toEqual([{ distribution: { kind: 'fixed', ms: 800 } }]);
    expect(parseLatency('v=800-3000')[0]).toEqual({ provider: 'v', operationId: undefined, distribution: { kind: 'uniform', min: 800, max: 3000 } });
    const [rule] = parseLatency('v:op=lognormal:1200,4000');
    expect(rule).toMatchObject({ provider: 'v', operationId: 'op', distribution: { kind: 'lognormal' } });
  });

  it('the most specific rule applies, whatever order they were given in', () => {
    const plan = parseLatency(['100', 'v=200;v:op=300']);
    const ms = (provider: string, operationId: string) => sample(distributionFor(plan, provider, operationId)!, Math.random);
    expect([ms('v', 'op'), ms('v', 'other'), ms('w', 'op')]).toEqual([300, 200, 100]);
  });

  it.each([
    ['fast', /not a number of milliseconds/],
    ['3000-800', /runs backwards/],
    ['lognormal:1200', /two numbers/],
    ['lognormal:4000,1200', /99th percentile must be above the median/],
    ['lognormal:0,10', /median must be above 0/],
    ['=800', /must name a vendor/],
    ['a:b:c=800', /is not <vendor> or <vendor>:<operationId>/],
    ['-5', /not a number of milliseconds/],
  ])('refuses %s, saying why', (text, why) => {
    expect(() => parseLatency(text)).toThrow(why);
  });
});

describe('sample', () => {
  it('uniform: every draw in the range, the median near its middle', () => {
    const values = draw('800-3000', 5000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(800);
    expect(Math.max(...values)).toBeLessThanOrEqual(3000);
    expect(Math.abs(quantile(values, 0.5) - 1900)).toBeLessThan(80);
  });

  it.each([1, 2, 3])('lognormal:1200,4000 gives that median and 99th percentile (seed %i)', (seed) => {
    const values = draw('lognormal:1200,4000', 20_000, seed);
    expect(Math.abs(quantile(values, 0.5) / 1200 - 1)).toBeLessThan(0.05);
    expect(Math.abs(quantile(values, 0.99) / 4000 - 1)).toBeLessThan(0.1);
    expect(Math.min(...values)).toBeGreaterThan(0);
  });
});
