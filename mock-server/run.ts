import { once } from 'node:events';
import { createApp, type MockApp } from './app';
import { startServer } from './server';
import { createVendorServers, originOf } from './origins';
import { banner } from './banner';
import type { MockOptions } from './options';
import type { TlsMaterial } from './tls';
import { openStore } from './state/open';
import { sharedSigningKeyPem } from './jobs/ed25519';
import { sharedTls } from './tls';
import { systemClock } from './jobs/clock';
import { storeOptionsOf } from './budget';

/** Everything one mock process needs to serve: plain data, so a cluster primary can hand it to its workers. */
export interface RunConfig {
  app: MockOptions;
  port: number;
  host: string;
  tls?: TlsMaterial;
  /** `--vendor-ports`, parsed. */
  vendorPorts?: Record<string, number>;
  /** `--tls-cert-out`, named in the banner. */
  certificateFile?: string;
  /** `--store`: a Redis URL every process opens for itself; without it, state is in memory (a worker's: the primary's). */
  store?: string;
  /** `tls` was generated at start (not read from files): with `store`, the first instance's is served by all. */
  tlsGenerated?: boolean;
}

/** The CLI's mock in this process: the app, listening on every port, stopping on SIGTERM/SIGINT; resolves to its banner. */
export async function runMock(config: RunConfig): Promise<{ app: MockApp; banner: string }> {
  const store = config.store === undefined ? config.app.store : await openStore(config.store, systemClock, storeOptionsOf(config.app)).catch((error: Error) => {
    throw new Error(`--store: ${error.message}`);
  });
  // Instances on one shared store sign webhooks alike and serve one generated certificate.
  const webhookSigningKey = config.store === undefined ? config.app.webhookSigningKey : await sharedSigningKeyPem(store!, config.app.webhookSigningKey);
  const tls = config.store !== undefined && config.tls && config.tlsGenerated ? await sharedTls(store!, config.tls, config.certificateFile) : config.tls;
  const app = createApp({ ...config.app, store, webhookSigningKey });
  const unknown = Object.keys(config.app.proxy ?? {}).filter((provider) => !app.mock.vendors.has(provider));
  if (unknown.length) throw new Error(`--proxy names ${unknown.join(', ')}, not served here (served: ${[...app.mock.vendors.keys()].join(', ')}).`);
  const vendorServers = config.vendorPorts === undefined ? [] : createVendorServers(app, config.vendorPorts, tls);
  const server = startServer(app, { port: config.port, host: config.host, tls, vendorServers });
  await Promise.all([server, ...vendorServers.map((v) => v.server)].map((each) => (each.listening ? undefined : once(each, 'listening'))));
  const at = (each: typeof server) => originOf(each, config.host, Boolean(tls));
  return {
    app,
    banner: banner({ origin: at(server), mounts: app.mock.index.mounts, vendorOrigins: vendorServers.map((v) => ({ mount: v.mount, origin: at(v.server) })), certificateFile: config.certificateFile }),
  };
}
