import cluster, { type Worker } from 'node:cluster';
import type { ChildProcess } from 'node:child_process';
import { newSigningKeyPem } from './jobs/ed25519';
import { runMock, type RunConfig } from './run';
import { answerStoreCall } from './state/serve';
import { remoteStore, type Channel } from './state/remote';
import { MemoryStore } from './state/memory';
import type { StateStore } from './state/store';
import { systemClock } from './jobs/clock';
import { storeOptionsOf } from './budget';
import { warmSearch } from './admin/near-miss';

/** What a worker tells the primary besides store calls (state/calls.ts): it wants its config, it listens. */
type WorkerMessage = { mock: 'config?' } | { mock: 'ready'; banner: string };
/** The primary's answer to `config?`. */
type ConfigMessage = { mockConfig: RunConfig };

/** A stopping worker gives itself 1.8 s (run.ts); past this, the primary kills what is left and exits anyway. */
const STOP_GRACE_MS = 3_000;
/** Deaths this close together count against each other when spacing out replacements. */
const DEATH_WINDOW_MS = 30_000;
const MAX_REPLACEMENT_DELAY_MS = 10_000;

/**
 * `--workers n`: forks n workers that serve on the same ports (the cluster hands out connections in
 * turn) and share the state this process holds. Prints the banner once all of them listen; replaces a
 * worker that dies (ever more slowly if they keep dying); on SIGTERM/SIGINT stops them all gracefully
 * and exits 0. A worker that fails to start stops the whole mock with its exit code (a bad option, a
 * busy port).
 */
export function runPrimary(workers: number, config: RunConfig): void {
  // Webhooks are signed by the worker that sends them; a JWKS fetched from any other must verify them.
  // With --store the key is the store's (run.ts), shared with other mocks on it as well.
  const shared: RunConfig = {
    ...config,
    options: { ...config.options, webhookSigningKey: config.options.webhookSigningKey ?? (config.store === undefined ? newSigningKeyPem() : undefined) },
  };
  // With --store every worker opens the shared store itself; otherwise this process holds the state.
  const store: StateStore | undefined = config.store === undefined ? new MemoryStore(systemClock, storeOptionsOf(shared.options)) : undefined;
  // Advanced serialisation: file bytes cross as Buffers and undefined stays undefined.
  cluster.setupPrimary({ serialization: 'advanced' });
  // Ours, not cluster.workers: cluster keeps an exited worker listed until its channel has closed too.
  const live = new Set<Worker>();
  const ready = new Set<Worker>();
  const fork = () => live.add(handBackOnDeath(cluster.fork()));
  const deaths: number[] = [];
  let announced = false;
  let stopping = false;

  cluster.on('message', (worker, message: unknown) => {
    if (store && answerStoreCall(store, message, (reply) => tell(worker, reply))) return;
    const control = typeof message === 'object' && message !== null && 'mock' in message ? (message as WorkerMessage) : undefined;
    if (control?.mock === 'config?') tell(worker, { mockConfig: shared } satisfies ConfigMessage);
    if (control?.mock === 'ready') {
      ready.add(worker);
      if (announced) return void process.stderr.write(`Worker ${worker.process.pid} is serving in its place.\n`);
      if (ready.size < workers) return;
      announced = true;
      process.stdout.write(control.banner);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker);
    ready.delete(worker);
    if (stopping) {
      if (!live.size) void (store?.close() ?? Promise.resolve()).then(() => process.exit(0));
      return;
    }
    if (!announced) return abandon(code ?? 1);
    const now = Date.now();
    deaths.push(now);
    while (deaths[0] < now - DEATH_WINDOW_MS) deaths.shift();
    const delay = deaths.length < 2 ? 0 : Math.min(MAX_REPLACEMENT_DELAY_MS, 250 * 2 ** (deaths.length - 2));
    process.stderr.write(
      `Worker ${worker.process.pid} ${signal ? `was killed by ${signal}` : `exited with code ${code}`}; starting another${delay ? ` in ${delay} ms` : ''}.\n`,
    );
    setTimeout(() => stopping || fork(), delay);
  });

  // The worker has already said why (stderr); the others would only repeat it.
  const abandon = (code: number) => {
    stopping = true;
    for (const each of live) each.process.kill('SIGKILL');
    process.exit(code);
  };
  const stop = () => {
    if (stopping) return;
    stopping = true;
    if (!live.size) process.exit(0);
    for (const each of live) each.process.kill('SIGTERM');
    setTimeout(() => {
      for (const each of live) each.process.kill('SIGKILL');
      process.exit(0);
    }, STOP_GRACE_MS).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  for (let i = 0; i < workers; i++) fork();
}

/** A worker: asks the primary for the options, serves them with the primary's state, says when it listens. */
export async function runWorker(): Promise<void> {
  const config = await new Promise<RunConfig>((resolve) => {
    const listener = (message: unknown) => {
      const config = (message as Partial<ConfigMessage> | undefined)?.mockConfig;
      if (!config) return;
      process.off('message', listener);
      resolve(config);
    };
    process.on('message', listener);
    process.send!({ mock: 'config?' } satisfies WorkerMessage);
  });
  // With --store runMock opens it here, as a single process would; otherwise the state is the primary's.
  const store = config.store === undefined ? remoteStore(process as Channel) : undefined;
  const { mock, banner } = await runMock({ ...config, options: { ...config.options, store } });
  process.send!({ mock: 'ready', banner } satisfies WorkerMessage);
  void mock.app.mock.index.warm().then(warmSearch);
}

/** Fails quietly for a worker that is gone: its exit is handled on its own. */
function tell(worker: Worker, message: unknown) {
  if (worker.isConnected()) worker.send(message as never, undefined, undefined, () => {});
}

/** Node's internal cluster messages this file watches: a hand-off of a new connection, and a worker's answer to it. */
type ClusterMessage = { cmd?: string; act?: string; seq?: number; ack?: number };
const isHandoff = (message: unknown): message is ClusterMessage & { seq: number } =>
  (message as ClusterMessage | null)?.cmd === 'NODE_CLUSTER' && (message as ClusterMessage).act === 'newconn';
const isAnswer = (message: unknown): message is ClusterMessage & { ack: number } =>
  (message as ClusterMessage | null)?.cmd === 'NODE_CLUSTER' && typeof (message as ClusterMessage).ack === 'number';

/**
 * The round-robin primary hands each new connection to a worker and keeps its copy until the worker
 * says it took it; a worker killed (SIGKILL, OOM) in between leaves that connection open and never
 * answered. The primary notes its hand-offs to each worker and, for one that dies holding some, says
 * "not taken" in its name, which makes Node hand them to another worker. This rests on Node's
 * cluster protocol (NODE_CLUSTER newconn/ack messages), unchanged since Node 0.12;
 * test/state/workers.test.ts fails if it changes.
 */
function handBackOnDeath(worker: Worker): Worker {
  const held = new Set<number>();
  const child = worker.process as ChildProcess;
  const send = child.send.bind(child) as (...args: unknown[]) => boolean;
  child.send = ((message: unknown, ...rest: unknown[]) => {
    if (isHandoff(message)) held.add(message.seq);
    return send(message, ...rest);
  }) as ChildProcess['send'];
  child.on('internalMessage', (message: unknown) => {
    if (isAnswer(message)) held.delete(message.ack);
  });
  child.once('exit', () => {
    for (const seq of held) child.emit('internalMessage', { cmd: 'NODE_CLUSTER', ack: seq, accepted: false });
    held.clear();
  });
  return worker;
}
