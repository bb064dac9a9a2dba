import { startMock, type RunningMock, type StartOptions } from '../mock-server/start';

/** The hooks vitest exports and jest provides as globals. */
export interface Hooks {
  beforeAll(fn: () => unknown, timeout?: number): void;
  beforeEach(fn: () => unknown): void;
  afterAll(fn: () => unknown): void;
}

/** The running mock's URL, app, journal and reset; readable from the first test on. */
export type MockHandle = Omit<RunningMock, 'close' | 'server'>;

/**
 * One mock per test file, reset before each test: each test sees only its own requests in `journal()`
 * and no job or scenario left by another.
 */
export function mockPerFile(hooks: Hooks, options: StartOptions = {}): MockHandle {
  let running: RunningMock | undefined;
  const get = () => {
    if (!running) throw new Error('The mock starts in beforeAll: read it inside a test or hook, not at the top of the file.');
    return running;
  };
  hooks.beforeAll(async () => {
    running = await startMock(options);
  }, 30_000);
  hooks.beforeEach(() => running?.reset());
  hooks.afterAll(() => running?.close());
  return {
    get url() {
      return get().url;
    },
    get origins() {
      return get().origins;
    },
    get app() {
      return get().app;
    },
    get certificate() {
      return get().certificate;
    },
    journal: (filter) => get().journal(filter),
    reset: () => get().reset(),
  };
}
