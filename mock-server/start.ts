import type { Server } from 'node:http';
import { createApp, type MockApp } from './app';
import type { MockOptions } from './options';
import type { JournalEntry, JournalFilter } from './state/records';
import { closeGracefully, createMockServer, type Timeouts } from './server';
import { createVendorServers, listenAll, originOf } from './origins';
import { sharedTls, tlsMaterial, type TlsMaterial, type TlsOptions } from './tls';
import { sharedSigningKeyPem } from './jobs/ed25519';
import { openStore } from './state/open';
import { storeOptionsOf } from './budget';
import type { StateStore } from './state/store';
import { systemClock } from './jobs/clock';
import { resetState } from './admin/reset';

/** How long close() lets requests in flight and webhook attempts finish before cutting them off. */
export const STOP_GRACE_MS = 1_500;

export interface StartOptions extends Omit<MockOptions, 'store'>, TlsOptions {
  /** A store to share (the caller closes it), or the URL of one to open, as `--store` takes, closed with the mock. */
  store?: StateStore | string;
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
  /**
   * On `close()`, how long a kept-alive connection left idle is kept for a request already on its way
   * (default 0: the mock's clients are the code closing it; the CLI waits 250 ms for other processes').
   */
  idleGraceMs?: number;
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
  /** What `/__admin/requests` lists: the requests served so far, oldest first (one namespace's only, when it names one). */
  journal(filter?: JournalFilter & { namespace?: string }): Promise<JournalEntry[]>;
  /** Forgets requests, jobs, scenarios and rate windows, as `POST /__admin/reset` does: one namespace's, or all. */
  reset(namespace?: string): Promise<void>;
  /**
   * Stops the mock and leaves nothing running: no new connections; requests in flight answered (with
   * `Connection: close`); the job engine drained (webhook attempts under way finish, retries and the
   * due sweep stop); a store it opened closed. What is still running after STOP_GRACE_MS is cut off.
   * Calling it again returns the same promise.
   */
  close(): Promise<void>;
}

/** The mock listening on a free loopback port (quiet unless told otherwise), for tests and scripts. */
export async function startMock(options: StartOptions = {}): Promise<RunningMock> {
  return startWithTls(options, await tlsMaterial(options));
}

/**
 * The one way a mock starts, the library's and the CLI's (each cluster worker's too), given the
 * certificate and key `tlsMaterial` made: a cluster primary makes them once for all its workers.
 * A start that fails stops what it had started.
 */
export async function startWithTls(options: StartOptions, generated: TlsMaterial | undefined): Promise<RunningMock> {
  const opened =
    typeof options.store === 'string'
      ? await openStore(options.store, options.clock ?? systemClock, { ...storeOptionsOf(options), log: (options.quiet ?? true) ? () => {} : options.log })
      : undefined;
  const store = opened ?? (options.store as StateStore | undefined);
  let app: MockApp | undefined;
  let servers: Server[] = [];
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= stop(app, servers, opened, options.idleGraceMs ?? 0));
  try {
    // On a store shared with other mocks: their signing key and generated certificate, or ours for them.
    const tls = store && generated && !options.certFile ? await sharedTls(store, generated, options.certOut) : generated;
    const webhookSigningKey = store ? await sharedSigningKeyPem(store, options.webhookSigningKey) : options.webhookSigningKey;
    app = createApp({ quiet: true, ...options, store, webhookSigningKey });
    const ctx = app.mock;
    // A relay is proxied by its own id (`--proxy aihubmix=https://aihubmix.com/ideogram`), apart from its vendor.
    const served = [...new Set(ctx.index.mounts.map((m) => m.label))];
    const unknown = Object.keys(options.proxy ?? {}).filter((name) => !served.includes(name));
    if (unknown.length) throw new Error(`--proxy names ${unknown.join(', ')}, not served here (served: ${served.join(', ')}).`);
    const server = createMockServer(app, options.timeouts, tls);
    const vendors = createVendorServers(app, options.vendorPorts ?? {}, tls);
    servers = [server, ...vendors.map((v) => v.server)];
    const host = options.host ?? '127.0.0.1';
    await listenAll([{ server, port: options.port ?? 0 }, ...vendors], host);
    return {
      url: originOf(server, host, Boolean(tls)),
      origins: Object.fromEntries(vendors.map((v) => [v.name, originOf(v.server, host, Boolean(tls))])),
      app,
      server,
      certificate: tls?.cert,
      journal: ({ namespace, ...filter } = {}) => ctx.store.journal.list(namespace, filter),
      reset: (namespace) => resetState(ctx, namespace),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Stops sweeping first, so nothing new starts; lets the servers close gracefully (server.ts), then
 * drains the job engine, which waits for the visits those last requests began. Past STOP_GRACE_MS,
 * connections still open are closed and webhook attempts aborted.
 */
async function stop(app: MockApp | undefined, servers: Server[], opened: StateStore | undefined, idleGraceMs: number): Promise<void> {
  const jobs = app?.mock.jobs;
  jobs?.stop();
  const cut = setTimeout(() => {
    for (const server of servers) server.closeAllConnections();
    jobs?.abort();
  }, STOP_GRACE_MS);
  try {
    await Promise.all(servers.map((server) => closeGracefully(server, idleGraceMs)));
    await jobs?.drain();
  } finally {
    clearTimeout(cut);
  }
  await opened?.close();
}
