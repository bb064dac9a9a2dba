import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * The CLI's young generation (V8's new space) kept to `bytes`. Under a steady load V8 doubles it up to
 * two 16 MiB semi-spaces, 32 MiB of RSS whatever the mock holds: a fifth of the process at 100,000 jobs.
 * Its cap (`--max-semi-space-size`) is read only when node starts, which a bin run as `node bin/…`
 * cannot set, but the growth factor is read at each growth: after every collection it is 1 (no
 * growth) while the new space is at the cap, and V8's default 2 below it, so the space still grows
 * back after V8 shrinks it when idle. Collections are reported after the turn that ran them, so
 * under a steady load the space may double once more before it stops (the job bench: 16 MiB for 8).
 */
export function capYoungGeneration(bytes: number): void {
  let capped = false;
  new PerformanceObserver(() => {
    const atCap = (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0) >= bytes;
    if (atCap === capped) return;
    capped = atCap;
    setFlagsFromString(`--semi-space-growth-factor=${atCap ? 1 : 2}`);
  }).observe({ entryTypes: ['gc'] });
  // V8 refuses a code cache made under other flags than it is read with: the one the bin writes as the
  // process exits (after this listener) must carry the flags of a fresh start, when the factor is its default.
  process.prependListener('exit', () => setFlagsFromString('--semi-space-growth-factor=2'));
}
