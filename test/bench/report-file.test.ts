import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { reportFile, ROOT } from '../../scripts/bench/settings';

// BENCHMARKS.md is a full run's figures, committed and quoted by the README: a smoke run must not replace them.
describe('where npm run bench writes its report', () => {
  it('a full run writes BENCHMARKS.md', () => {
    expect(reportFile({ quick: false })).toBe(join(ROOT, 'BENCHMARKS.md'));
  });

  it('--quick writes under reports/ (ignored by git), never BENCHMARKS.md', () => {
    expect(reportFile({ quick: true })).toBe(join(ROOT, 'reports', 'benchmarks-quick.md'));
  });

  it('--out wins', () => {
    expect(reportFile({ quick: true, out: '/tmp/b.md' })).toBe('/tmp/b.md');
  });
});
