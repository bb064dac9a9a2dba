import { describe, expect, it } from 'vitest';
import { manualClock } from '../jobs/clock';
import { MockError } from '../errors/catalogue';
import { Limiter, applyOverrides, parseLimitsOption, readLimits, type LimitRule } from './limits';

const inFlight: LimitRule = {
  provider: 'v',
  name: 'inflight_limit',
  kind: 'in-flight',
  max: 2,
  windowMs: 0,
  per: 'key',
  operations: new Set(['gen']),
  message: 'Too many.',
  retryAfter: false,
};
const rate: LimitRule = { provider: 'v', name: 'rate', kind: 'rate', max: 2, windowMs: 10_000, per: 'ip', message: 'Wait {retryAfter} s.', retryAfter: true };

function refusal(run: () => unknown): MockError {
  try {
    run();
  } catch (error) {
    return error as MockError;
  }
  throw new Error('not refused');
}

describe('Limiter', () => {
  it('in flight: refuses past the limit per key until one is released; releasing twice frees one', () => {
    const limiter = new Limiter([inFlight], manualClock());
    const first = limiter.admit('v', 'gen', 'a', 'ip')!;
    limiter.admit('v', 'gen', 'a', 'ip');
    const refused = refusal(() => limiter.admit('v', 'gen', 'a', 'ip'));
    expect([refused.kind, refused.status, refused.type]).toEqual(['limit_exceeded', 429, 'inflight_limit']);
    expect(limiter.admit('v', 'gen', 'b', 'ip')).toBeTypeOf('function');
    expect(limiter.admit('v', 'other', 'a', 'ip')).toBeUndefined();
    first();
    first();
    expect(limiter.held('v', 'inflight_limit', 'a')).toBe(1);
    expect(limiter.admit('v', 'gen', 'a', 'ip')).toBeTypeOf('function');
  });

  it('rate: a sliding window per address, Retry-After the seconds until the oldest leaves it', () => {
    const clock = manualClock();
    const limiter = new Limiter([rate], clock);
    limiter.admit('v', 'x', 'a', '1.1.1.1');
    clock.advance(2500);
    limiter.admit('v', 'x', 'b', '1.1.1.1');
    const refused = refusal(() => limiter.admit('v', 'x', 'c', '1.1.1.1'));
    expect(refused.headers).toEqual({ 'Retry-After': '8' });
    expect(refused.message).toBe('Wait 8 s.');
    limiter.admit('v', 'x', 'a', '2.2.2.2');
    clock.advance(7500);
    expect(() => limiter.admit('v', 'x', 'a', '1.1.1.1')).not.toThrow();
  });

  it("rate windows are bounded: 20,000 keys keep at most the budget's count, the least recently used going first", () => {
    const clock = manualClock();
    const limiter = new Limiter([{ ...rate, per: 'key' }], clock, { count: 100, bytes: 1024 * 1024 });
    limiter.admit('v', 'x', 'kept', 'ip');
    limiter.admit('v', 'x', 'kept', 'ip');
    for (let i = 0; i < 20_000; i++) {
      limiter.admit('v', 'x', `key-${i}`, 'ip');
      // Used again and again, so it is never the least recently used.
      if (i % 50 === 0) expect(() => limiter.admit('v', 'x', 'kept', 'ip')).toThrow(MockError);
    }
    expect(limiter.windowCount).toBe(100);
    // An evicted key starts a fresh window; a recently used one still counts.
    expect(() => limiter.admit('v', 'x', 'key-0', 'ip')).not.toThrow();
    expect(() => limiter.admit('v', 'x', 'key-19999', 'ip')).not.toThrow();
    expect(() => limiter.admit('v', 'x', 'key-19999', 'ip')).toThrow(MockError);
  });

  it('rate windows are bounded by bytes too', () => {
    const limiter = new Limiter([{ ...rate, per: 'key', max: 1000 }], manualClock(), { count: 1_000_000, bytes: 10_000 });
    for (let i = 0; i < 1000; i++) limiter.admit('v', 'x', `key-${i % 10}`, 'ip');
    for (let i = 0; i < 1000; i++) limiter.admit('v', 'x', `other-${i}`, 'ip');
    expect(limiter.windowCount).toBeLessThan(200);
  });

  it('a refused request uses up nothing under the other limits', () => {
    const limiter = new Limiter([{ ...rate, per: 'key', operations: new Set(['gen']) }, inFlight], manualClock());
    limiter.admit('v', 'gen', 'a', 'ip')!();
    limiter.admit('v', 'gen', 'a', 'ip')!();
    expect(() => limiter.admit('v', 'gen', 'a', 'ip')).toThrow(MockError);
    expect(limiter.held('v', 'inflight_limit', 'a')).toBe(0);
  });
});

describe('the --limits option and x-limits', () => {
  it('reads vendor with overrides, and off', () => {
    expect(parseLimitsOption(undefined)).toBeUndefined();
    expect(parseLimitsOption('off')).toBeUndefined();
    expect(parseLimitsOption('vendor,v.rate=100/2m,v.inflight_limit=20')).toEqual({
      overrides: [
        { provider: 'v', name: 'rate', max: 100, windowMs: 120_000 },
        { provider: 'v', name: 'inflight_limit', max: 20, windowMs: undefined },
      ],
    });
    expect(() => parseLimitsOption('all')).toThrow(/must be "vendor" or "off"/);
    expect(() => parseLimitsOption('vendor,v.rate=fast')).toThrow(/<vendor>\.<limit>=<max>/);
    expect(() => parseLimitsOption('vendor,v.rate=0')).toThrow(/above 0/);
  });

  it('overrides change only the limit they name', () => {
    const [a, b] = applyOverrides([inFlight, rate], { overrides: [{ provider: 'v', name: 'rate', max: 9, windowMs: 1000 }] });
    expect(a).toBe(inFlight);
    expect([b.max, b.windowMs]).toEqual([9, 1000]);
  });

  it('a malformed x-limits entry names the spec and the entry', () => {
    expect(() => readLimits('v', { 'x-limits': [{ name: 'r', kind: 'rate', max: 5, message: 'm' }] })).toThrow('v: x-limits[0]: a rate limit needs window-ms.');
    expect(() => readLimits('v', { 'x-limits': [{ name: 'r', kind: 'burst', max: 5, message: 'm' }] })).toThrow(/kind must be in-flight or rate/);
  });
});
