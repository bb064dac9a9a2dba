import { describe, expect, it } from 'vitest';
import { parsePrefer } from './prefer';

describe('parsePrefer', () => {
  const cases: { given: string | undefined; want: object }[] = [
    { given: undefined, want: {} },
    { given: 'code=429', want: { code: 429 } },
    { given: 'code=401, example=no-key', want: { code: 401, example: 'no-key' } },
    { given: 'code=401; example="quoted"', want: { code: 401, example: 'quoted' } },
    { given: 'delay=100, duration=2000', want: { delay: 100, duration: 2000 } },
    { given: 'outcome=failed', want: { outcome: 'failed' } },
    // The README's values: never and slow are paces of a job that otherwise completes.
    { given: 'outcome=never', want: { pace: 'stalled' } },
    { given: 'outcome=slow', want: { pace: 'slow' } },
    { given: 'return=minimal, dynamic=true', want: {} },
    { given: 'CODE=500', want: { code: 500 } },
  ];
  it.each(cases)('$given', ({ given, want }) => {
    expect(parsePrefer(given)).toEqual(want);
  });

  const refused: { given: string; want: RegExp }[] = [
    { given: 'code=abc', want: /code=abc must be a whole number from 100 to 599/ },
    { given: 'code=99', want: /from 100 to 599/ },
    { given: 'delay=-1', want: /delay=-1/ },
    { given: 'outcome=exploded', want: /outcome=exploded is not known; use one of completed, failed, error, never, slow/ },
  ];
  it.each(refused)('refuses $given', ({ given, want }) => {
    expect(() => parsePrefer(given)).toThrow(want);
  });
});
