import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type MockApp } from './app';
import type { MockOptions } from './context';
import type { JournalEntry, JournalFilter } from './admin/journal';
import { createMockServer, type Timeouts } from './server';
import { tlsMaterial, type TlsOptions } from './tls';

export interface StartOptions extends MockOptions, TlsOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The server's timeouts, where the defaults (60 s a request, 10 s for headers) are too long to wait for. */
  timeouts?: Partial<Timeouts>;
}

export interface RunningMock {
  /** `http://127.0.0.1:<port>` (https with `tls`); vendors are under their prefixes (`${url}/pixazo`). */
  url: string;
  app: MockApp;
  /** The listening server, for what goes under HTTP (connection counts, raw sockets). */
  server: Server;
  /** The PEM certificate clients must trust, when serving HTTPS. */
  certificate?: string;
  /** What `/__admin/requests` lists: the requests served so far, oldest first. */
  journal(filter?: JournalFilter): JournalEntry[];
  /** Forgets requests, jobs and scenarios, as `POST /__admin/reset` does. */
  reset(): void;
  close(): Promise<void>;
}

/** The mock listening on a free loopback port (quiet unless told otherwise), for tests and scripts. */
export async function startMock(options: StartOptions = {}): Promise<RunningMock> {
  const tls = await tlsMaterial(options);
  const app = createApp({ quiet: true, ...options });
  const server = createMockServer(app, options.timeouts, tls);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const ctx = app.mock;
  return {
    url: `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    app,
    server,
    certificate: tls?.cert,
    journal: (filter) => ctx.journal.list(filter),
    reset() {
      ctx.journal.clear();
      ctx.jobs.reset();
      ctx.scenarios.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
