import { randomBytes } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import type { Clock } from '../jobs/clock';
import type { Job, Terminal } from '../jobs/store';
import type { Delivery } from '../jobs/webhooks';
import { filterJournal, type JournalEntry, type JournalFilter } from '../admin/journal';
import type { Scenario } from '../admin/scenarios';
import { MockError } from '../errors/catalogue';
import * as lua from './redis-scripts';
import type { MemoryStoreOptions } from './memory';
import { DEFAULT_BUDGET, type Bound } from '../budget';
import { REDIS_CHUNK_BYTES, REDIS_CHUNKS_PER_BATCH } from '../files/limits';
import type { DeliveryLog, FileMeta, FileState, FileTable, JobChange, JobTable, JournalLog, ScenarioList, StateStore, StoredFile, WriteOutcome } from './store';

/** The memory store's bounds, which hold in Redis too (across every instance sharing it), and where it is. */
export interface RedisStoreOptions extends MemoryStoreOptions {
  /** Every key starts with `<prefix>:` (default `ideogram-mock`), so mocks with different prefixes share one Redis apart. */
  prefix?: string;
  /** Where the outage and recovery lines go (default stderr). */
  log?: (line: string) => void;
}

/** Where a store is, for messages: the URL without its password. */
export interface RedisAddress {
  options: RedisOptions;
  /** `redis://host:port/db`, credentials removed. */
  shown: string;
}

/** The Lua scripts as commands (ioredis runs them by SHA, loading them once per connection). */
interface Scripts {
  addJob(...args: (string | number)[]): Promise<number>;
  changeJob(...args: (string | number)[]): Promise<string[] | null>;
  showJob(...args: (string | number)[]): Promise<number>;
  countJobs(...args: (string | number)[]): Promise<number>;
  listJobs(...args: (string | number)[]): Promise<string[][]>;
  clearJobs(...args: string[]): Promise<number>;
  addJournal(...args: (string | number)[]): Promise<number>;
  clearJournal(...args: string[]): Promise<number>;
  takeScenario(...args: string[]): Promise<[string, number] | null>;
  clearScenarios(...args: string[]): Promise<number>;
  putDelivery(...args: (string | number)[]): Promise<number>;
  clearRecords(...args: string[]): Promise<number>;
}

/** Scripts given their key names as KEYS: the number of keys first, then the keys, then ARGV. */
interface KeyedScripts {
  createFile(...args: (string | number)[]): Promise<number>;
  writeFile(...args: (string | number)[]): Promise<WriteOutcome>;
  completeFile(...args: (string | number)[]): Promise<(string | number)[]>;
  clearFiles(...args: (string | number)[]): Promise<number>;
  listFiles(...args: (string | number)[]): Promise<string[]>;
  removeFile(...args: (string | number)[]): Promise<number>;
}

type Client = Redis & Scripts & KeyedScripts;

const SCRIPTS: Record<keyof Scripts, string> = {
  addJob: lua.ADD_JOB,
  changeJob: lua.CHANGE_JOB,
  showJob: lua.SHOW_JOB,
  countJobs: lua.COUNT_JOBS,
  listJobs: lua.LIST_JOBS,
  clearJobs: lua.CLEAR_JOBS,
  addJournal: lua.ADD_JOURNAL,
  clearJournal: lua.CLEAR_JOURNAL,
  takeScenario: lua.TAKE_SCENARIO,
  clearScenarios: lua.CLEAR_SCENARIOS,
  putDelivery: lua.PUT_DELIVERY,
  clearRecords: lua.CLEAR_RECORDS,
};

const KEYED_SCRIPTS: Record<keyof KeyedScripts, string> = {
  createFile: lua.CREATE_FILE,
  writeFile: lua.WRITE_FILE,
  completeFile: lua.COMPLETE_FILE,
  clearFiles: lua.CLEAR_FILES,
  listFiles: lua.LIST_FILES,
  removeFile: lua.REMOVE_FILE,
};

/** A key name: the prefix and the parts, colon-separated. */
type Key = (...parts: (string | number)[]) => string;

/**
 * A request waits at most this long on Redis. Commands are not queued while it is away and are tried
 * once more at most, so an outage turns into prompt 503s instead of requests piling up.
 */
const COMMAND_TIMEOUT_MS = 2000;
const CONNECT_TIMEOUT_MS = 2000;
/** Reconnection backoff: 100 ms doubling to at most 1 s, forever (the store comes back when Redis does). */
const reconnectDelay = (attempt: number) => Math.min(100 * 2 ** (attempt - 1), 1000);

/** Redis replies that mean "not now" rather than a mistake in the mock's commands. */
const TRANSIENT_REPLY = /^(LOADING|BUSY|MASTERDOWN|READONLY|TRYAGAIN|CLUSTERDOWN|MISCONF)\b/;

/**
 * The state in Redis, shared by every mock pointed at it (`--store redis://…`). Read-modify-write
 * steps are Lua scripts (redis-scripts.ts); a command that cannot reach Redis throws the
 * `store_unavailable` refusal, which the vendor module shapes as its 503.
 */
export class RedisStore implements StateStore {
  readonly jobs: RedisJobs;
  readonly journal: RedisJournal;
  readonly scenarios: RedisScenarios;
  readonly deliveries: RedisDeliveries;
  readonly files: RedisFiles;
  /** Every key starts with `<prefix>:`. */
  readonly prefix: string;
  private down = false;
  private closing = false;

  private constructor(
    /** The connection, for what tests reach for beneath the store (its `ready` event after an outage). */
    readonly client: Client,
    private readonly address: RedisAddress,
    clock: Clock,
    options: RedisStoreOptions,
  ) {
    this.prefix = options.prefix ?? 'ideogram-mock';
    const run = <T>(work: (client: Client) => Promise<T>) => this.run(work);
    this.jobs = new RedisJobs(run, this.prefix, clock, options.jobTtlMs ?? 60 * 60 * 1000, options.maxJobs ?? 200_000);
    const budget = DEFAULT_BUDGET;
    this.journal = new RedisJournal(run, this.prefix, { count: options.journalSize ?? budget.journal.count, bytes: options.journalBytes ?? budget.journal.bytes });
    this.scenarios = new RedisScenarios(run, this.prefix);
    this.deliveries = new RedisDeliveries(run, this.prefix, { count: options.deliveries ?? budget.deliveries.count, bytes: options.deliveryBytes ?? budget.deliveries.bytes });
    const key: Key = (...parts) => [this.prefix, ...parts].join(':');
    this.files = new RedisFiles(run, key, clock, { maxFiles: options.maxFiles ?? budget.files.count, maxBytes: options.maxFileBytes ?? budget.files.bytes, ttlMs: options.fileTtlMs ?? budget.files.ttlMs });
    const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
    // Unhandled, an 'error' event would end the process. An outage shows as a closed connection, then
    // refused reconnections: logged once when it starts and once when it ends, not once per retry.
    const lost = (error?: Error) => {
      if (this.down || this.closing) return;
      this.down = true;
      log(`state store ${address.shown} unreachable (${error?.message ?? 'connection closed'}); answering 503 until it is back`);
    };
    client.on('error', lost);
    client.on('close', () => lost());
    client.on('ready', () => {
      if (!this.down) return;
      this.down = false;
      log(`state store ${address.shown} reachable again`);
    });
  }

  /** Connects, or throws saying which Redis could not be reached: a mock that starts without its store would only answer 503s. */
  static async connect(address: RedisAddress, clock: Clock, options: RedisStoreOptions = {}): Promise<RedisStore> {
    const client = new Redis({
      ...address.options,
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: CONNECT_TIMEOUT_MS,
      commandTimeout: COMMAND_TIMEOUT_MS,
      retryStrategy: reconnectDelay,
    }) as Client;
    for (const [name, script] of Object.entries(SCRIPTS)) client.defineCommand(name, { numberOfKeys: 0, lua: script });
    for (const [name, script] of Object.entries(KEYED_SCRIPTS)) client.defineCommand(name, { lua: script });
    // Until the store listens, the connection's errors only say why connecting failed.
    let reason: Error | undefined;
    const remember = (error: Error) => (reason = error);
    client.on('error', remember);
    try {
      await client.connect();
    } catch (error) {
      client.disconnect();
      throw new Error(`Cannot reach the state store at ${address.shown}: ${(reason ?? (error as Error)).message}`);
    } finally {
      client.off('error', remember);
    }
    return new RedisStore(client, address, clock, options);
  }

  async reset(ns?: string): Promise<void> {
    await Promise.all([this.jobs.clear(ns), this.journal.clear(ns), this.scenarios.clear(ns), this.deliveries.clear(ns), this.files.clear(ns)]);
  }

  async close(): Promise<void> {
    this.closing = true;
    // QUIT needs Redis; during an outage the connection is simply dropped.
    await this.client.quit().catch(() => this.client.disconnect());
  }

  private async run<T>(work: (client: Client) => Promise<T>): Promise<T> {
    try {
      return await work(this.client);
    } catch (error) {
      const reply = (error as Error).name === 'ReplyError';
      if (reply && !TRANSIENT_REPLY.test((error as Error).message)) throw error;
      throw new MockError('store_unavailable', `The mock's state store (Redis at ${this.address.shown}) cannot be reached: ${(error as Error).message}`);
    }
  }
}

type Run = <T>(work: (client: Client) => Promise<T>) => Promise<T>;

/** Job fields that change after creation live beside the creation-time JSON, so Lua can update them without decoding it. */
const NUMBERS = ['createdAt', 'updatedAt', 'completedAt', 'dueAt', 'ticks', 'shownStep'] as const;

function jobFields(job: Job): (string | number)[] {
  const fields: (string | number)[] = ['doc', JSON.stringify(job), 'ns', job.ns, 'provider', job.provider, 'owner', job.owner];
  for (const name of NUMBERS) if (job[name] !== undefined) fields.push(name, job[name]);
  if (job.forced !== undefined) fields.push('forced', job.forced);
  return fields;
}

/** A job from its hash, as Lua's HGETALL returns it (field, value, field, value, ...). */
function jobOf(flat: string[]): Job {
  const hash: Record<string, string> = {};
  for (let i = 0; i < flat.length; i += 2) hash[flat[i]] = flat[i + 1];
  const job = JSON.parse(hash.doc) as Job;
  for (const name of NUMBERS) job[name] = hash[name] === undefined ? undefined! : Number(hash[name]);
  job.forced = hash.forced as Terminal | undefined;
  return job;
}

export class RedisJobs implements JobTable {
  constructor(
    private readonly run: Run,
    private readonly prefix: string,
    private readonly clock: Clock,
    private readonly ttlMs: number,
    readonly capacity: number,
  ) {}

  async add(job: Job): Promise<boolean> {
    const kept = await this.run((c) => c.addJob(this.prefix, job.id, this.clock.now(), this.ttlMs, this.capacity, ...jobFields(job)));
    return kept === 1;
  }

  async get(ns: string | undefined, id: string): Promise<Job | undefined> {
    const hash = await this.run((c) => c.hgetall(`${this.prefix}:job:${id}`));
    if (!hash.doc || (ns !== undefined && hash.ns !== ns)) return undefined;
    return this.live(jobOf(Object.entries(hash).flat()));
  }

  async change(ns: string, id: string, change: JobChange): Promise<Job | undefined> {
    const flat = await this.run((c) => c.changeJob(this.prefix, ns, id, change.ticks ?? 0, change.shiftMs ?? 0, change.forced ?? '', this.clock.now(), this.ttlMs));
    return flat ? this.live(jobOf(flat)) : undefined;
  }

  async show(ns: string, id: string, step: number, at: number, terminal: boolean): Promise<boolean> {
    return (await this.run((c) => c.showJob(this.prefix, ns, id, step, at, terminal ? '1' : '0'))) === 1;
  }

  async list(ns: string | undefined, filter: { provider?: string; owner?: string } = {}): Promise<Job[]> {
    const found = await this.run((c) => c.listJobs(this.prefix, ns === undefined ? '0' : '1', ns ?? '', filter.provider ?? '', filter.owner === undefined ? '0' : '1', filter.owner ?? ''));
    return found.map(jobOf).filter((job) => this.live(job));
  }

  async count(ns?: string): Promise<number> {
    return this.run((c) => (ns === undefined ? c.countJobs(this.prefix, this.clock.now(), this.ttlMs) : c.countJobs(this.prefix, this.clock.now(), this.ttlMs, ns)));
  }

  async clear(ns?: string): Promise<void> {
    await this.run((c) => (ns === undefined ? c.clearJobs(this.prefix) : c.clearJobs(this.prefix, ns)));
  }

  /** Expiry by the mock's clock (tests move it); Redis's own PEXPIRE bounds memory by the wall clock. */
  private live(job: Job): Job | undefined {
    return this.clock.now() - job.createdAt <= this.ttlMs ? job : undefined;
  }
}

export class RedisJournal implements JournalLog {
  constructor(
    private readonly run: Run,
    private readonly prefix: string,
    private readonly bound: Bound,
  ) {}

  async add(ns: string, entry: Omit<JournalEntry, 'id'>): Promise<void> {
    await this.run((c) => c.addJournal(this.prefix, this.bound.count, this.bound.bytes, JSON.stringify(ns ? { namespace: ns, ...entry } : entry)));
  }

  async list(ns: string | undefined, filter: JournalFilter = {}): Promise<JournalEntry[]> {
    const lines = await this.run((c) => c.lrange(`${this.prefix}:journal`, 0, -1));
    return filterJournal(
      lines.map((line) => JSON.parse(line) as JournalEntry),
      ns,
      filter,
    );
  }

  async clear(ns?: string): Promise<void> {
    await this.run((c) => (ns === undefined ? c.del(`${this.prefix}:journal`, `${this.prefix}:journal:bytes`) : c.clearJournal(this.prefix, ns)));
  }
}

export class RedisScenarios implements ScenarioList {
  constructor(
    private readonly run: Run,
    private readonly prefix: string,
  ) {}

  async add(ns: string, scenario: Omit<Scenario, 'id'>): Promise<Scenario> {
    return this.run(async (c) => {
      const stored: Scenario = { id: await c.incr(`${this.prefix}:scenarios:seq`), ...scenario };
      await c
        .multi()
        .hset(`${this.prefix}:scenario:${stored.id}`, 'ns', ns, 'operationId', stored.operationId, 'provider', stored.provider ?? '', 'remaining', stored.remaining, 'doc', JSON.stringify(stored))
        .rpush(`${this.prefix}:scenarios`, String(stored.id))
        .exec();
      return stored;
    });
  }

  async take(ns: string, provider: string, operationId: string): Promise<Scenario | undefined> {
    const taken = await this.run((c) => c.takeScenario(this.prefix, ns, provider, operationId));
    if (!taken) return undefined;
    return { ...(JSON.parse(taken[0]) as Scenario), remaining: taken[1] };
  }

  async list(ns: string | undefined): Promise<Scenario[]> {
    return this.run(async (c) => {
      const ids = await c.lrange(`${this.prefix}:scenarios`, 0, -1);
      const batch = c.pipeline();
      for (const id of ids) batch.hmget(`${this.prefix}:scenario:${id}`, 'ns', 'remaining', 'doc');
      const rows = ((await batch.exec()) ?? []).map(([error, row]) => {
        if (error) throw error;
        return row as (string | null)[];
      });
      return rows.filter(([at, , doc]) => doc !== null && (ns === undefined || at === ns)).map(([, remaining, doc]) => ({ ...(JSON.parse(doc!) as Scenario), remaining: Number(remaining) }));
    });
  }

  async clear(ns?: string): Promise<void> {
    await this.run((c) => (ns === undefined ? c.clearScenarios(this.prefix) : c.clearScenarios(this.prefix, ns)));
  }
}

export class RedisDeliveries implements DeliveryLog {
  constructor(
    private readonly run: Run,
    private readonly prefix: string,
    private readonly bound: Bound,
  ) {}

  async put(ns: string, delivery: Delivery): Promise<void> {
    await this.run((c) => c.putDelivery(this.prefix, delivery.id, ns, this.bound.count, this.bound.bytes, JSON.stringify(delivery)));
  }

  async list(ns: string | undefined): Promise<Delivery[]> {
    return this.run(async (c) => {
      const ids = await c.zrange(`${this.prefix}:deliveries`, '0', '-1');
      const batch = c.pipeline();
      for (const id of ids) batch.hmget(`${this.prefix}:delivery:${id}`, 'ns', 'doc');
      const rows = ((await batch.exec()) ?? []).map(([error, row]) => {
        if (error) throw error;
        return row as (string | null)[];
      });
      return rows.filter(([at, doc]) => doc !== null && (ns === undefined || at === ns)).map(([, doc]) => JSON.parse(doc!) as Delivery);
    });
  }

  async clear(ns?: string): Promise<void> {
    await this.run((c) => c.clearRecords(this.prefix, 'deliveries', 'delivery', ...(ns === undefined ? [] : [ns])));
  }
}

/**
 * Files in Redis as lua.FILE_HELPERS lays them out: their bytes in chunks, written and read a batch
 * of chunks per round trip, so a large file never makes one long command that holds every other
 * instance up (or passes the command timeout).
 */
export class RedisFiles implements FileTable {
  constructor(
    private readonly run: Run,
    private readonly key: Key,
    private readonly clock: Clock,
    private readonly options: { maxFiles: number; maxBytes: number; ttlMs: number },
  ) {}

  async create(ns: string, id: string, meta: FileMeta): Promise<void> {
    const capped = { ...meta, ttlMs: Math.min(meta.ttlMs, this.options.ttlMs) };
    await this.run((c) => c.createFile(3, this.key('files'), this.key('file', ''), this.key('files', 'seq'), id, ns, JSON.stringify(capped), capped.createdAt, capped.ttlMs, meta.multipart ? '1' : '0', this.clock.now(), this.options.maxFiles));
  }

  async get(id: string): Promise<StoredFile | undefined> {
    const [meta, complete, data] = await this.run((c) => c.hmget(this.key('file', id), 'meta', 'complete', 'data'));
    const file = this.live(meta);
    if (!file || complete !== '1') return file && { meta: file };
    const blobs = (data ?? '').split(',').filter(Boolean).map((entry) => entry.split('/'));
    const bytes = Buffer.allocUnsafe(blobs.reduce((sum, [, , size]) => sum + Number(size), 0));
    let at = 0;
    for (const [blob, chunks] of blobs) {
      for (let first = 0; first < Number(chunks); first += REDIS_CHUNKS_PER_BATCH) {
        const names = range(first, Math.min(first + REDIS_CHUNKS_PER_BATCH, Number(chunks))).map((n) => this.key('file', id, blob, n));
        const found = await this.run((c) => c.mgetBuffer(...names));
        // A chunk gone mid-read: the file was evicted or reset meanwhile.
        if (found.some((chunk) => chunk === null)) return undefined;
        for (const chunk of found as Buffer[]) at += chunk.copy(bytes, at);
      }
    }
    return { meta: file, bytes };
  }

  async state(id: string): Promise<FileState | undefined> {
    const [meta, complete] = await this.run((c) => c.hmget(this.key('file', id), 'meta', 'complete'));
    const file = this.live(meta);
    return file && { meta: file, complete: complete === '1' };
  }

  async write(id: string, bytes: Buffer, part?: number): Promise<WriteOutcome> {
    const [createdAt, ttlMs, complete, size, previous] = await this.run((c) => c.hmget(this.key('file', id), 'createdAt', 'ttlMs', 'complete', 'size', part === undefined ? 'data' : `part:${part}`));
    // The chunks expire with their file, by Redis's clock as its hash does.
    const left = Math.floor(Number(createdAt) + Number(ttlMs) - this.clock.now());
    if (createdAt === null || !(left > 0)) return 'gone';
    // Refusals known before a chunk is sent (the script decides again, atomically).
    if (complete === '1') return 'complete';
    if (Number(size) - Number(previous?.split('/')[2] ?? 0) + bytes.length > this.options.maxBytes) return 'too-big';
    const blob = randomBytes(6).toString('hex');
    const chunks = Math.ceil(bytes.length / REDIS_CHUNK_BYTES);
    const names = range(0, chunks).map((n) => this.key('file', id, blob, n));
    try {
      for (let first = 0; first < chunks; first += REDIS_CHUNKS_PER_BATCH) {
        await this.run(async (c) => {
          const batch = c.pipeline();
          for (let n = first; n < Math.min(first + REDIS_CHUNKS_PER_BATCH, chunks); n++) batch.set(names[n], bytes.subarray(n * REDIS_CHUNK_BYTES, (n + 1) * REDIS_CHUNK_BYTES), 'PX', left);
          for (const [error] of (await batch.exec()) ?? []) if (error) throw error;
        });
      }
      const outcome = await this.run((c) => c.writeFile(2, this.key('files'), this.key('file', ''), id, this.clock.now(), this.options.maxBytes, blob, chunks, bytes.length, part ?? ''));
      if (outcome === 'ok') names.length = 0;
      return outcome;
    } finally {
      // A blob no file took (refused, or Redis failed midway) goes at once rather than at its expiry.
      if (names.length) await this.run((c) => c.unlink(...names)).catch(() => undefined);
    }
  }

  async complete(id: string, partNumbers: number[]): Promise<string | undefined> {
    const [outcome, ...missing] = await this.run((c) => c.completeFile(2, this.key('files'), this.key('file', ''), id, this.clock.now(), ...partNumbers));
    if (outcome === 'ok') return undefined;
    if (outcome === 'expired') return 'the file has expired or was evicted';
    if (outcome === 'not-multipart') return 'this upload was not started as a multipart upload';
    if (outcome === 'complete') return 'the upload is already complete';
    if (outcome === 'no-parts') return 'no parts were listed';
    return `part${missing.length > 1 ? 's' : ''} ${missing.join(', ')} never arrived`;
  }

  async list(ns: string): Promise<{ id: string; meta: FileMeta }[]> {
    const flat = await this.run((c) => c.listFiles(2, this.key('files'), this.key('file', ''), this.clock.now(), ns));
    const out: { id: string; meta: FileMeta }[] = [];
    for (let i = 0; i < flat.length; i += 2) out.push({ id: flat[i], meta: JSON.parse(flat[i + 1]) as FileMeta });
    return out;
  }

  async remove(id: string): Promise<boolean> {
    return (await this.run((c) => c.removeFile(2, this.key('files'), this.key('file', ''), id, this.clock.now()))) === 1;
  }

  async clear(ns?: string): Promise<void> {
    await this.run((c) => c.clearFiles(2, this.key('files'), this.key('file', ''), ...(ns === undefined ? [] : [ns])));
  }

  /** The file's meta when it exists and has not expired by the mock's clock. */
  private live(meta: string | null): FileMeta | undefined {
    const file = meta === null ? undefined : (JSON.parse(meta) as FileMeta);
    return file && this.clock.now() - file.createdAt <= file.ttlMs ? file : undefined;
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
