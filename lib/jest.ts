import type { StartOptions } from '../mock-server/start';
import { mockPerFile, type Hooks, type MockHandle } from './per-file';

export type { MockHandle } from './per-file';

/** Starts one mock for this test file (on a free port), resets it before each test, closes it after. Uses jest's global hooks. */
export function useMock(options: StartOptions = {}): MockHandle {
  return mockPerFile(globalThis as unknown as Hooks, options);
}
