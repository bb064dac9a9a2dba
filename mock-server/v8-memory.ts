import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

// The CLI's memory settings, set through V8 flags it reads while running (a bin run as `node bin/…`
// cannot pass start-up flags). The bin writes its code cache as the process exits, and V8 refuses a
// cache made under other flags than it is read with: each flag is set back to V8's default then, as a
// fresh start has it (MOCK_V8_FLAGS, set by the bin before anything is compiled, replaces these).

/**
 * The old generation kept within 15% of what is live. Jobs are packed rows off V8's heap, yet with
 * V8's defaults 100,000 of them still peak at ~230 MB RSS: the old generation grows far past what is
 * live; within 15% they peak at ~145 MB. Set once the mock listens: under it, start-up's own
 * allocations cost collections enough to delay the first answer by ~10 ms. --optimize-for-size cost half
 * the throughput.
 */
export function keepOldGenerationNearLive(): void {
  setFlagsFromString('--heap-growing-percent=15');
  process.prependListener('exit', () => setFlagsFromString('--heap-growing-percent=0'));
}

/**
 * The young generation (V8's new space) kept to `bytes`. Under a steady load V8 doubles it up to
 * two 16 MiB semi-spaces, 32 MiB of RSS whatever the mock holds: a fifth of the process at 100,000 jobs.
 * Its cap (`--max-semi-space-size`) is read only when node starts, but the growth factor is read at
 * each growth: after every collection it is 1 (no growth) while the new space is at the cap, and V8's
 * default 2 below it, so the space still grows back after V8 shrinks it when idle. Collections are
 * reported after the turn that ran them, so under a steady load the space may double once more before
 * it stops (the job bench: 16 MiB for 8). Keeping the factor at 1 throughout saved 25 MB more but cost
 * a fifth of the throughput.
 */
export function capYoungGeneration(bytes: number): void {
  let capped = false;
  new PerformanceObserver(() => {
    const atCap = (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0) >= bytes;
    if (atCap === capped) return;
    capped = atCap;
    setFlagsFromString(`--semi-space-growth-factor=${atCap ? 1 : 2}`);
  }).observe({ entryTypes: ['gc'] });
  process.prependListener('exit', () => setFlagsFromString('--semi-space-growth-factor=2'));
}
