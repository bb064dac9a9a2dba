import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { StartOptions } from '../mock-server/start';
import { mockPerFile, type MockHandle } from './per-file';

export type { MockHandle } from './per-file';

/** Starts one mock for this test file (on a free port), resets it before each test, closes it after. */
export function useMock(options: StartOptions = {}): MockHandle {
  return mockPerFile({ beforeAll, beforeEach, afterAll }, options);
}
