import { startMock, type RunningMock, type StartOptions } from '../mock-server/start';
import { mockControl } from './control';

/** The hooks vitest exports and jest provides as globals. */
export interface Hooks {
  beforeAll(fn: () => unknown, timeout?: number): void;
  beforeEach(fn: () => unknown): void;
  afterAll(fn: () => unknown): void;
}

export interface PerFileOptions extends StartOptions {
  /**
   * This file's namespace (`X-Mock-Namespace`): journal() and reset() see only its requests, jobs and
   * scenarios, so files running in parallel against one mock stay apart. Send `headers` (or give
   * `createVendorClient` the same `namespace`) on the requests your code makes.
   */
  namespace?: string;
  /** A mock already running (started in a globalSetup, or `npm start`): used, never started or closed. */
  url?: string;
}

/** The running mock's URL, app, journal and reset; readable from the first test on. */
export type MockHandle = Omit<RunningMock, 'close' | 'server' | 'journal' | 'reset'> & {
  journal: RunningMock['journal'];
  reset(): Promise<void>;
  /** The namespace header for this file's requests; empty without a namespace. */
  headers: Record<string, string>;
};

/**
 * One mock per test file (or one shared mock and a namespace per file), reset before each test: each
 * test sees only its own requests in `journal()` and no job or scenario left by another.
 */
export function mockPerFile(hooks: Hooks, options: PerFileOptions = {}): MockHandle {
  const { namespace, url, ...startOptions } = options;
  if (url !== undefined) return sharedMock(hooks, url, namespace, startOptions.adminToken);
  let running: RunningMock | undefined;
  const get = () => {
    if (!running) throw new Error('The mock starts in beforeAll: read it inside a test or hook, not at the top of the file.');
    return running;
  };
  hooks.beforeAll(async () => {
    running = await startMock(startOptions);
  }, 30_000);
  hooks.beforeEach(() => running?.reset(namespace));
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
    headers: namespaceHeaders(namespace),
    journal: (filter) => get().journal({ namespace, ...filter }),
    reset: () => get().reset(namespace),
  };
}

/** A mock this file does not own: reached through its control API, reset before each test in this file's namespace only. */
function sharedMock(hooks: Hooks, url: string, namespace: string | undefined, adminToken: string | undefined): MockHandle {
  const control = mockControl(url, { namespace, adminToken });
  hooks.beforeEach(() => control.reset());
  const elsewhere = (what: string) => () => {
    throw new Error(`${what} is not available for a mock given by url: it runs in another process.`);
  };
  return {
    url,
    origins: {},
    certificate: undefined,
    get app(): RunningMock['app'] {
      return elsewhere('app')();
    },
    headers: namespaceHeaders(namespace),
    journal: ({ namespace: _ignored, ...filter } = {}) => control.journal(filter),
    reset: () => control.reset(),
  };
}

function namespaceHeaders(namespace: string | undefined): Record<string, string> {
  return namespace === undefined ? {} : { 'X-Mock-Namespace': namespace };
}
