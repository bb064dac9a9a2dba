import type { JournalEntry, JournalFilter } from '../mock-server/state/records';

export interface ControlOptions {
  /** Scopes journal() and reset() to this namespace (`X-Mock-Namespace`); every namespace otherwise. */
  namespace?: string;
  /** The mock's `--admin-token`, when it has one. */
  adminToken?: string;
}

/** A running mock's journal and reset through its control API, for a mock another process started (a globalSetup, `npm start`). */
export interface MockControl {
  journal(filter?: JournalFilter): Promise<JournalEntry[]>;
  reset(): Promise<void>;
}

export function mockControl(url: string, options: ControlOptions = {}): MockControl {
  const headers: Record<string, string> = {};
  if (options.namespace !== undefined) headers['x-mock-namespace'] = options.namespace;
  if (options.adminToken !== undefined) headers.authorization = `Bearer ${options.adminToken}`;
  const call = async (method: string, path: string): Promise<Response> => {
    // The control API takes state changes as JSON only (admin/guard.ts), even with no body.
    const response = await fetch(new URL(`/__admin${path}`, url), {
      method,
      headers: method === 'GET' ? headers : { ...headers, 'content-type': 'application/json' },
    });
    if (!response.ok) throw new Error(`${method} /__admin${path} answered ${response.status}: ${await response.text()}`);
    return response;
  };
  return {
    async journal(filter = {}) {
      const query = new URLSearchParams(
        Object.entries(filter)
          .filter(([, value]) => value !== undefined)
          .map(([name, value]): [string, string] => [name, String(value)]),
      );
      const { requests } = (await (await call('GET', `/requests?${query}`)).json()) as { requests: JournalEntry[] };
      return requests;
    },
    async reset() {
      await (await call('POST', '/reset')).arrayBuffer();
    },
  };
}
