import type { Sleep } from '../../mock-server/options';

/**
 * A `sleep` for the mock that holds each waiting request until the test opens the gate (or the
 * request's client goes away): requests stay in flight for exactly as long as a test needs, with no
 * real time spent.
 */
export function gate() {
  const waiting: (() => void)[] = [];
  let watchers: (() => void)[] = [];
  let open = false;
  const sleep: Sleep = (_ms, signal) =>
    new Promise<void>((resolve) => {
      if (open) return resolve();
      waiting.push(resolve);
      signal.addEventListener('abort', () => resolve(), { once: true });
      for (const watch of watchers) watch();
    });
  return {
    sleep,
    /** Resolves once `n` requests have reached the wait, in all. */
    reached: (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (waiting.length < n) return;
          watchers = watchers.filter((w) => w !== check);
          resolve();
        };
        watchers.push(check);
        check();
      }),
    /** Lets every held request, and every later one, through. */
    open: () => {
      open = true;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}
