import { afterEach } from 'vitest';

/**
 * What a test started (mocks, webhook receivers) is stopped after it, passed or failed. Returns the
 * function that registers one or more stop functions.
 */
export function stopAfterEach(): (...stops: (() => Promise<void> | void)[]) => void {
  let pending: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    const stops = pending;
    pending = [];
    await Promise.all(stops.map((stop) => stop()));
  });
  return (...stops) => {
    pending.push(...stops);
  };
}
