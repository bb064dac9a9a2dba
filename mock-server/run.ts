import { startWithTls, type RunningMock, type StartOptions } from './start';
import { IDLE_GRACE_MS } from './server';
import { vendorMounts } from './origins';
import { banner } from './banner';
import type { TlsMaterial } from './tls';
import type { StateStore } from './state/store';
import { openStore } from './state/open';
import { systemClock } from './jobs/clock';
import { storeOptionsOf } from './budget';
import { capYoungGeneration, keepOldGenerationNearLive } from './v8-memory';

/** Two 4 MiB semi-spaces (V8's initial 1 MiB ones, grown twice): within a few percent of the JSON throughput of V8's 32 MiB, measured. */
const YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;

/** Everything one mock process needs to serve: plain data, so a cluster primary can hand it to its workers. */
export interface RunConfig {
  /** The options, as the library takes them; `store` only as a worker sets it (the primary's, over IPC). */
  options: Omit<StartOptions, 'store'> & { store?: StateStore };
  /** `--store`: a Redis URL every process opens for itself; without it, state is in memory (a worker's: the primary's). */
  store?: string;
  /** The certificate and key, made once: a cluster primary's are every worker's. */
  tls?: TlsMaterial;
}

/** The mock's close, then the process's store; past this the process exits anyway. */
const EXIT_WITHIN_MS = 1_800;

/**
 * The CLI's mock in this process: the library's start (start.ts), plus what a command adds: the
 * `--store` it opens (its errors named after the option, its warnings on stderr whatever --quiet
 * says), the busy-port message, and SIGTERM/SIGINT calling the same close, exiting 0 within 2 s.
 */
export async function runMock(config: RunConfig): Promise<{ mock: RunningMock; banner: string }> {
  const { options } = config;
  // MOCK_V8_FLAGS (read by the bin) replaces the CLI's memory settings.
  const tuned = process.env.MOCK_V8_FLAGS === undefined;
  if (tuned) capYoungGeneration(YOUNG_GENERATION_BYTES);
  const store =
    config.store === undefined
      ? options.store
      : await openStore(config.store, systemClock, storeOptionsOf(options)).catch((error: Error) => {
          throw new Error(`--store: ${error.message}`);
        });
  const mock = await startWithTls({ idleGraceMs: IDLE_GRACE_MS, ...options, store }, config.tls).catch((error: NodeJS.ErrnoException & { port?: number }) => {
    if (error.code !== 'EADDRINUSE') throw error;
    const vendor = Object.entries(options.vendorPorts ?? {}).find(([, port]) => port === error.port)?.[0];
    const option = error.port === options.port || vendor === undefined ? '--port <n> or set PORT' : `another port for ${vendor} in --vendor-ports`;
    process.stderr.write(`Port ${error.port} on ${options.host ?? '127.0.0.1'} is already in use: pass ${option}.\n`);
    process.exit(1);
  });
  if (tuned) keepOldGenerationNearLive();
  const stop = () => {
    setTimeout(() => process.exit(0), EXIT_WITHIN_MS).unref();
    void mock
      .close()
      .then(() => store?.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const vendorOrigins = vendorMounts(mock.app.mock.index, options.vendorPorts ?? {}).map(({ name, mount }) => ({ mount, origin: mock.origins[name] }));
  return { mock, banner: banner({ origin: mock.url, mounts: mock.app.mock.index.mounts, vendorOrigins, certificateFile: options.certOut }) };
}
