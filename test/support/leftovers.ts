import { createHook } from 'node:async_hooks';
import { setImmediate as turn } from 'node:timers/promises';

/**
 * What the mock leaves running, from now on: handles and requests the event loop waits for that were
 * not there before (`process.getActiveResourcesInfo()`), and the mock's timers still set, unref'd ones
 * included (that list omits them, and holds the test runner's too). A timer is the mock's when code
 * under mock-server/ made it, or Node did for a resource the mock made (the connection-checking
 * interval an HTTP server starts once listening). A test with no other mock running reads these as the mock's.
 */
export function watchLeftovers() {
  const before = counts(process.getActiveResourcesInfo());
  /** Async ids of resources the mock made (promises aside: a test awaiting the mock would become one). */
  const mine = new Set<number>();
  const timers = new Map<number, string>();
  const hook = createHook({
    init(id, type, trigger) {
      if (type === 'PROMISE') return;
      const frames = stackFrames();
      const made = frames.find((line) => line.includes('/mock-server/'));
      if (!made && !mine.has(trigger)) return;
      mine.add(id);
      const maker = frames.find((line) => !/node:internal\/(async_hooks|timers)|node:timers|leftovers\.ts/.test(line)) ?? 'by Node';
      // Node's Date-header cache is the process's, whoever answers next: it lapses within a second.
      if (type === 'Timeout' && !maker.includes('node:internal/http')) timers.set(id, made ?? maker);
    },
    destroy(id) {
      mine.delete(id);
      timers.delete(id);
    },
  }).enable();
  return {
    /** What is left, one line each: empty when nothing is. Stops watching. */
    async leftovers(): Promise<string[]> {
      // Handles closed and timers cleared just now are let go on the loop's next turns.
      for (let i = 0; i < 3; i++) await turn();
      hook.disable();
      // Timers are told apart by who made them (the test runner sets its own meanwhile).
      const now = counts(process.getActiveResourcesInfo().filter((type) => type !== 'Timeout' && type !== 'Immediate'));
      const handles = [...now].flatMap(([type, n]) => Array.from({ length: Math.max(0, n - (before.get(type) ?? 0)) }, () => type));
      return [...handles, ...[...timers.values()].map((maker) => `Timeout made ${maker}`)];
    },
  };
}

function counts(types: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const type of types) out.set(type, (out.get(type) ?? 0) + 1);
  return out;
}

function stackFrames(): string[] {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  return stack
    .split('\n')
    .slice(1)
    .map((line) => line.trim());
}
