import { describe, expect, it } from 'vitest';
import { chooseFault, cutOff, parseFaults } from './faults';

describe('parseFaults', () => {
  it('reads a percentage or a fraction, with every kind unless some are named', () => {
    expect(parseFaults('5%')).toEqual({ rate: 0.05, kinds: ['reset', 'timeout', 'malformed', '5xx'] });
    expect(parseFaults('0.5:reset, 5xx')).toEqual({ rate: 0.5, kinds: ['reset', '5xx'] });
  });

  it.each([
    ['lots', /percentage/],
    ['150%', /percentage/],
    ['5%:explode', /among reset, timeout, malformed, 5xx/],
  ])('refuses %s', (text, why) => {
    expect(() => parseFaults(text)).toThrow(why);
  });
});

describe('chooseFault', () => {
  const sequence =
    (...values: number[]) =>
    () =>
      values.shift()!;

  it('a fault asked for wins; otherwise one is drawn at the rate, the kind by a second draw', () => {
    const rate = { rate: 0.1, kinds: ['reset', '5xx'] as const };
    expect(chooseFault('timeout', { ...rate, kinds: [...rate.kinds] }, sequence(0.99))).toBe('timeout');
    expect(chooseFault(undefined, { ...rate, kinds: [...rate.kinds] }, sequence(0.1))).toBeUndefined();
    expect(chooseFault(undefined, { ...rate, kinds: [...rate.kinds] }, sequence(0.05, 0.7))).toBe('5xx');
    expect(chooseFault(undefined, undefined, sequence(0))).toBeUndefined();
  });
});

describe('cutOff', () => {
  it('leaves JSON that does not parse', () => {
    const text = JSON.stringify({ data: [{ url: 'http://x/y.png' }] });
    expect(() => JSON.parse(cutOff(text))).toThrow(SyntaxError);
    expect(text.startsWith(cutOff(text))).toBe(true);
  });
});
