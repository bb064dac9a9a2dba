import type { Server } from 'node:http';
import { createApp, type MockApp } from './app';
import type { MockOptions } from './context';
import type { JournalEntry, JournalFilter } from './admin/journal';
import { createMockServer, type Timeouts } from './server';
import { createVendorServers, listenAll, originOf } from './origins';
import { tlsMaterial, type TlsOptions } from './tls';

export interface StartOptions extends MockOptions, TlsOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * Vendors that also get an origin of their own, serving their paths without the prefix, by mount
   * name (its prefix without the slash) or provider id; port 0 picks a free one.
   */
  vendorPorts?: Record<string, number>;
  /** The server's timeouts, where the defaults (60 s a request, 10 s for headers) are too long to wait for. */
  timeouts?: Partial<Timeouts>;
}

export interface RunningMock {
  /** `http://127.0.0.1:<port>` (https with `tls`); vendors are under their prefixes (`${url}/pixazo`). */
  url: string;
  /** Each vendor of `vendorPorts` on its own origin, by the name given there (`http://127.0.0.1:<port>`). */
  origins: Record<string, string>;
  app: MockApp;
  /** The listening server, for what goes under HTTP (connection counts, raw sockets). */
  server: Server;
  /** The PEM certificate clients must trust, when serving HTTPS. */
  certificate?: string;
  /** What `/__admin/requests` lists: the requests served so far, oldest first. */
  journal(filter?: JournalFilter): JournalEntry[];
  /** Forgets requests, jobs, scenarios and rate windows, as `POST /__admin/reset` does. */
  reset(): void;
  close(): Promise<void>;
}

/** The mock listening on a free loopback port (quiet unless told otherwise), for tests and scripts. */
export async function startMock(options: StartOptions = {}): Promise<RunningMock> {
  const tls = await tlsMaterial(options);
  const app = createApp({ quiet: true, ...options });
  const server = createMockServer(app, options.timeouts, tls);
  const vendors = createVendorServers(app, options.vendorPorts ?? {}, tls);
  const host = options.host ?? '127.0.0.1';
  await listenAll([{ server, port: options.port ?? 0 }, ...vendors], host);
  const servers = [server, ...vendors.map((v) => v.server)];
  const ctx = app.mock;
  return {
    url: originOf(server, host, Boolean(tls)),
    origins: Object.fromEntries(vendors.map((v) => [v.name, originOf(v.server, host, Boolean(tls))])),
    app,
    server,
    certificate: tls?.cert,
    journal: (filter) => ctx.journal.list(filter),
    reset() {
      ctx.journal.clear();
      ctx.jobs.reset();
      ctx.scenarios.clear();
      ctx.conditions.limiter?.reset();
    },
    close: async () => {
      await Promise.all(
        servers.map(
          (each) =>
            new Promise<void>((resolve) => {
              each.closeAllConnections();
              each.close(() => resolve());
            }),
        ),
      );
    },
  };
}
