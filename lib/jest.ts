import { mockPerFile, type Hooks, type MockHandle, type PerFileOptions } from './per-file';

export type { MockHandle, PerFileOptions } from './per-file';

/** Starts one mock for this test file (on a free port; or uses the one at `url`), resets it (or this file's `namespace` of it) before each test, closes it after. Uses jest's global hooks. */
export function useMock(options: PerFileOptions = {}): MockHandle {
  return mockPerFile(globalThis as unknown as Hooks, options);
}
