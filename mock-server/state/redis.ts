import { randomBytes, randomUUID } from 'node:crypto';
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { Delivery, Job, JournalEntry, JournalFilter, NewJournalEntry, Scenario, Terminal } from './records';
import { MockError } from '../errors/catalogue';
import * as lua from './redis-scripts';
import { epochOf, missingPersistence, nodesOf } from './redis-durability';
import {
  completeMessage,
  ended,
  expired,
  fileLifetime,
  filterJournal,
  firstVisit,
  journalRecord,
  storeLimits,
  tooBig,
  type Bound,
  type CompleteRefusal,
  type StoreOptions,
} from './policy';
import { indexName, indexNames } from './job-index';
import { ownerTag } from './owner';
import type {
  Clock,
  DeliveryLog,
  FileMeta,
  FileState,
  FileTable,
  JobChange,
  JobIndex,
  JobPage,
  JobTable,
  JournalLog,
  Lease,
  LeaseRecord,
  LimitCheck,
  LimitCounts,
  PageOptions,
  ScenarioList,
  StateStore,
  StoredFile,
  WriteOutcome,
} from './store';

/** Redis keeps a file's bytes in chunks of this size, so that no one command moves more (about a millisecond each). */
export const REDIS_CHUNK_BYTES = 1 << 20;

/** Chunks written to Redis per round trip while a file is stored or read. */
const REDIS_CHUNKS_PER_BATCH = 8;

/** The bounds every store takes, which hold in Redis across every instance sharing it, and where it is. */
export interface RedisStoreOptions extends StoreOptions {
  /** Every key starts with `{<prefix>}:` (default `ideogram-mock`), so mocks with different prefixes share one Redis apart. */
  prefix?: string;
  /** Where the outage and recovery lines go (default stderr). */
  log?: (line: string) => void;
}

/** Where a store is, for messages: the URL without its password. */
export interface RedisAddress {
  options: RedisOptions;
  /** A Redis Cluster's seed nodes (`redis+cluster://`); `options` then holds what every node connection shares. */
  cluster?: { host: string; port: number }[];
  /** `redis://host:port/db`, credentials removed. */
  shown: string;
}

/**
 * Every key of a store: its prefix in braces, a Redis Cluster hash tag, so that all of a store's keys
 * fall in one slot and any script may touch any of them (`key(prefix, 'job', id)` is `{prefix}:job:<id>`;
 * a trailing '' gives the stem a script appends ids to).
 */
export function key(prefix: string, ...parts: (string | number)[]): string {
  return `{${prefix}}:${parts.join(':')}`;
}

/** A key name of one store: its hash-tagged prefix and the parts. */
type Key = (...parts: (string | number)[]) => string;

/** The Lua scripts as commands (ioredis runs them by SHA, loading them once per connection), each called with its number of KEYS first. */
interface Scripts {
  addJob(...args: (string | number)[]): Promise<number>;
  changeJob(...args: (string | number)[]): Promise<string[] | null>;
  showJob(...args: (string | number)[]): Promise<number>;
  pageJobs(...args: (string | number)[]): Promise<[number, number?, ...(string | string[])[]]>;
  clearJobs(...args: (string | number)[]): Promise<number>;
  addJournal(...args: (string | number)[]): Promise<number>;
  clearJournal(...args: (string | number)[]): Promise<number>;
  takeScenario(...args: (string | number)[]): Promise<[string, number] | null>;
  clearScenarios(...args: (string | number)[]): Promise<number>;
  putDelivery(...args: (string | number)[]): Promise<number>;
  clearRecords(...args: (string | number)[]): Promise<number>;
  createFile(...args: (string | number)[]): Promise<number>;
  writeFile(...args: (string | number)[]): Promise<WriteOutcome>;
  completeFile(...args: (string | number)[]): Promise<(string | number)[]>;
  clearFiles(...args: (string | number)[]): Promise<number>;
  listFiles(...args: (string | number)[]): Promise<string[]>;
  removeFile(...args: (string | number)[]): Promise<number>;
  admitLimits(...args: (string | number)[]): Promise<[number, number?]>;
  releaseLimits(...args: string[]): Promise<number>;
  leaseDue(...args: (string | number)[]): Promise<string[][]>;
  leaseJob(...args: (string | number)[]): Promise<string[] | null>;
  recordLease(...args: (string | number)[]): Promise<number>;
}

type Client = Redis & Scripts;

const SCRIPTS: Record<keyof Scripts, string> = {
  addJob: lua.ADD_JOB,
  changeJob: lua.CHANGE_JOB,
  showJob: lua.SHOW_JOB,
  pageJobs: lua.PAGE_JOBS,
  clearJobs: lua.CLEAR_JOBS,
  addJournal: lua.ADD_JOURNAL,
  clearJournal: lua.CLEAR_JOURNAL,
  takeScenario: lua.TAKE_SCENARIO,
  clearScenarios: lua.CLEAR_SCENARIOS,
  putDelivery: lua.PUT_DELIVERY,
  clearRecords: lua.CLEAR_RECORDS,
  createFile: lua.CREATE_FILE,
  writeFile: lua.WRITE_FILE,
  completeFile: lua.COMPLETE_FILE,
  clearFiles: lua.CLEAR_FILES,
  listFiles: lua.LIST_FILES,
  removeFile: lua.REMOVE_FILE,
  admitLimits: lua.ADMIT_LIMITS,
  releaseLimits: lua.RELEASE_LIMITS,
  leaseDue: lua.LEASE_DUE,
  leaseJob: lua.LEASE_JOB,
  recordLease: lua.RECORD_LEASE,
};

/**
 * A request waits at most this long on Redis. Commands are not queued while it is away and are tried
 * once more at most, so an outage turns into prompt 503s instead of requests piling up.
 */
const COMMAND_TIMEOUT_MS = 2000;
const CONNECT_TIMEOUT_MS = 2000;
/** A job-creating script that starts this close to the command timeout may answer too late: it refuses. */
const LATE_MARGIN_MS = 250;
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
  readonly limits: RedisLimits;
  /** Every key starts with `{<prefix>}:` (`key`). */
  readonly prefix: string;
  private down = false;
  private closing = false;
  private readonly log: (line: string) => void;
  /** The data set this store started on (redis-durability.ts); a different one after an outage is a data loss. */
  private epoch = '';

  private constructor(
    /** The connection, for what tests reach for beneath the store (its `ready` event after an outage). */
    readonly client: Client,
    private readonly address: RedisAddress,
    clock: Clock,
    options: RedisStoreOptions,
  ) {
    this.prefix = options.prefix ?? 'ideogram-mock';
    const run = <T>(work: (client: Client) => Promise<T>) => this.run(work);
    const limits = storeLimits(options);
    this.jobs = new RedisJobs(run, this.prefix, clock, limits.jobTtlMs, limits.maxJobs);
    this.journal = new RedisJournal(run, this.prefix, limits.journal);
    this.scenarios = new RedisScenarios(run, this.prefix);
    this.deliveries = new RedisDeliveries(run, this.prefix, limits.deliveries);
    this.limits = new RedisLimits(run, this.prefix, () => nodesOf(client as unknown as Redis | Cluster));
    this.files = new RedisFiles(run, (...parts) => key(this.prefix, ...parts), clock, limits.files);
    const log = (this.log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`)));
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
      void this.checkEpoch(log).catch(() => {});
    });
  }

  /** Starts on this data set: warns when a Redis restart would lose it, and remembers its epoch. */
  private async begin(log: (line: string) => void) {
    const missing = await missingPersistence(this.client);
    if (missing)
      log(
        `warning: state store ${this.address.shown}: ${missing}; a Redis restart loses every job, scenario, webhook delivery and upload. Enable RDB snapshots or appendonly to keep them.`,
      );
    this.epoch = await epochOf(this.client, key(this.prefix, 'epoch'));
  }

  /** After an outage: the same data set, or a loss said as such (the vendors' 404s that follow are no mystery then). */
  private async checkEpoch(log: (line: string) => void) {
    const before = this.epoch;
    this.epoch = await epochOf(this.client, key(this.prefix, 'epoch'));
    if (this.epoch !== before)
      log(
        `DATA LOST: state store ${this.address.shown} came back without the data it held (its epoch key vanished: Redis restarted without persistence, was flushed or failed over to an empty replica); jobs, scenarios, webhook deliveries and uploads made before the outage are gone, and polls of those jobs get the vendor's 404.`,
      );
  }

  /** Connects, or throws saying which Redis could not be reached: a mock that starts without its store would only answer 503s. */
  static async connect(address: RedisAddress, clock: Clock, options: RedisStoreOptions = {}): Promise<RedisStore> {
    const perConnection: RedisOptions = { maxRetriesPerRequest: 1, connectTimeout: CONNECT_TIMEOUT_MS, commandTimeout: COMMAND_TIMEOUT_MS };
    const client = (
      address.cluster
        ? new Cluster(address.cluster, {
            lazyConnect: true,
            enableOfflineQueue: false,
            clusterRetryStrategy: reconnectDelay,
            redisOptions: { ...address.options, ...perConnection },
          })
        : new Redis({ ...address.options, ...perConnection, lazyConnect: true, enableOfflineQueue: false, retryStrategy: reconnectDelay })
    ) as Client;
    for (const [name, script] of Object.entries(SCRIPTS)) client.defineCommand(name, { lua: script });
    // Until the store listens, the connection's errors only say why connecting failed.
    let reason: Error | undefined;
    const remember = (error: Error) => (reason = error);
    client.on('error', remember);
    try {
      await client.connect();
    } catch (error) {
      client.disconnect();
      // eslint-disable-next-line preserve-caught-error -- the driver's error can carry the AUTH command and its password: only the message is passed on
      throw new Error(`Cannot reach the state store at ${address.shown}: ${(reason ?? (error as Error)).message}`);
    } finally {
      client.off('error', remember);
    }
    const store = new RedisStore(client, address, clock, options);
    try {
      await store.begin(store.log);
    } catch (error) {
      client.disconnect();
      // eslint-disable-next-line preserve-caught-error -- the driver's error can carry the AUTH command and its password: only the message is passed on
      throw new Error(`Cannot use the state store at ${address.shown}: ${(error as Error).message}`);
    }
    return store;
  }

  async reset(ns?: string): Promise<void> {
    await Promise.all([this.jobs.clear(ns), this.journal.clear(ns), this.scenarios.clear(ns), this.deliveries.clear(ns), this.files.clear(ns)]);
  }

  async shared(name: string, value: string): Promise<string> {
    const at = key(this.prefix, 'shared', name);
    return this.run(async (c) => {
      await c.set(at, value, 'NX');
      return (await c.get(at)) ?? value;
    });
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

function leaseOf([id, ns, sent, attempts]: string[]): Lease {
  return { id, ns, sent: Number(sent), attempts: Number(attempts) };
}

/** Jobs dropped by one clearing script call: about a millisecond of Redis's time. */
const CLEAR_BATCH = 200;

export class RedisJobs implements JobTable {
  /** The eight keys every job script starts with (redis-scripts.ts JOB_HELPERS). */
  private readonly keys: string[];
  /** Jobs with a webhook by when one of them is next to be visited (redis-scripts.ts LEASE_DUE). */
  private readonly visits: string;

  constructor(
    private readonly run: Run,
    private readonly prefix: string,
    private readonly clock: Clock,
    private readonly ttlMs: number,
    readonly capacity: number,
  ) {
    const p = prefix;
    this.keys = [
      key(p, 'job', ''),
      key(p, 'jobs', ''),
      key(p, 'jobs', indexName()),
      key(p, 'jobs-by', 'created'),
      key(p, 'jobs-by', 'done'),
      key(p, 'jobs-by', 'due'),
      key(p, 'jobs-where'),
      key(p, 'jobs-seq'),
    ];
    this.visits = key(p, 'jobs-by', 'visit');
  }

  async add(job: Job): Promise<boolean> {
    const finished = ended(job) ? '1' : '0';
    const visitAt = firstVisit(job) ?? '';
    for (;;) {
      // Past this (Redis's clock), the command has timed out here and the client been told 503: too late to make the job.
      const notAfter = Date.now() + COMMAND_TIMEOUT_MS - LATE_MARGIN_MS;
      const args = [
        job.id,
        this.clock.now(),
        this.ttlMs,
        this.capacity,
        job.createdAt,
        indexNames(job).join('\n'),
        job.dueAt ?? '',
        finished,
        notAfter,
        visitAt,
        ...jobFields(job),
      ];
      const kept = await this.run((c) => c.addJob(10, ...this.keys, key(this.prefix, 'job', job.id), this.visits, ...args));
      if (kept === -2) throw new MockError('store_unavailable', `The mock's state store answered too late to keep job ${job.id}; it was not made.`);
      if (kept !== -1) return kept === 1;
      await this.count();
    }
  }

  async get(ns: string | undefined, id: string): Promise<Job | undefined> {
    const hash = await this.run((c) => c.hgetall(key(this.prefix, 'job', id)));
    if (!hash.doc || (ns !== undefined && hash.ns !== ns)) return undefined;
    return this.live(jobOf(Object.entries(hash).flat()));
  }

  async change(ns: string, id: string, change: JobChange): Promise<Job | undefined> {
    const flat = await this.run((c) =>
      c.changeJob(
        9,
        ...this.keys,
        key(this.prefix, 'job', id),
        ns,
        id,
        change.ticks ?? 0,
        change.shiftMs ?? 0,
        change.forced ?? '',
        this.clock.now(),
        this.ttlMs,
      ),
    );
    return flat ? this.live(jobOf(flat)) : undefined;
  }

  async show(ns: string, id: string, step: number, at: number, terminal: boolean): Promise<boolean> {
    return (await this.run((c) => c.showJob(9, ...this.keys, key(this.prefix, 'job', id), ns, id, step, at, terminal ? '1' : '0'))) === 1;
  }

  async page(index: JobIndex, options: PageOptions): Promise<JobPage> {
    const [, , ...found] = await this.pageOf(index, options.limit, options.after, options.newestFirst);
    const jobs: Job[] = [];
    for (let i = 1; i < found.length; i += 2) {
      const flat = found[i] as string[];
      // Gone since the index was read (Redis expired it), or expired by the mock's clock.
      const job = flat.length ? this.live(jobOf(flat)) : undefined;
      if (job) jobs.push(job);
    }
    return { jobs, next: found.length / 2 === options.limit ? Number(found.at(-2)) : undefined };
  }

  async count(index: JobIndex = {}): Promise<number> {
    return (await this.pageOf(index, 0))[1]!;
  }

  async clear(ns?: string): Promise<void> {
    const index = key(this.prefix, 'jobs', indexName(ns === undefined ? {} : { ns }));
    while ((await this.run((c) => c.clearJobs(9, ...this.keys, index, CLEAR_BATCH))) > 0);
  }

  async leaseDue(now: number, leaseMs: number, limit: number, holder: string): Promise<Lease[]> {
    const rows = await this.run((c) => c.leaseDue(2, this.visits, key(this.prefix, 'job', ''), now, leaseMs, limit, holder));
    return rows.map(leaseOf);
  }

  async lease(ns: string, id: string, now: number, leaseMs: number, holder: string): Promise<Lease | undefined> {
    const row = await this.run((c) => c.leaseJob(2, key(this.prefix, 'job', id), this.visits, id, ns, now, leaseMs, holder));
    return row ? leaseOf(row) : undefined;
  }

  async record(ns: string, id: string, holder: string, now: number, progress: LeaseRecord): Promise<boolean> {
    const args = [id, ns, holder, now, progress.sent, progress.attempts, progress.dueAt ?? '', progress.renewMs ?? ''];
    return (await this.run((c) => c.recordLease(2, key(this.prefix, 'job', id), this.visits, ...args))) === 1;
  }

  /** The page script's answer, once it has swept every expired job (each call sweeps a bounded batch). */
  private async pageOf(index: JobIndex, limit: number, after?: number, newestFirst = false) {
    for (;;) {
      const out = await this.run((c) =>
        c.pageJobs(9, ...this.keys, key(this.prefix, 'jobs', indexName(index)), this.clock.now(), this.ttlMs, after ?? '', limit, newestFirst ? '1' : '0'),
      );
      if (out[0] === 0) return out;
    }
  }

  /** Expiry by the mock's clock (tests move it); Redis's own PEXPIRE bounds memory by the wall clock. */
  private live(job: Job): Job | undefined {
    return expired(job.createdAt, this.ttlMs, this.clock.now()) ? undefined : job;
  }
}

export class RedisJournal implements JournalLog {
  constructor(
    private readonly run: Run,
    private readonly prefix: string,
    private readonly bound: Bound,
  ) {}

  async add(ns: string, entry: NewJournalEntry): Promise<void> {
    await this.run((c) =>
      c.addJournal(
        3,
        key(this.prefix, 'journal'),
        key(this.prefix, 'journal-seq'),
        key(this.prefix, 'journal-bytes'),
        this.bound.count,
        this.bound.bytes,
        JSON.stringify(journalRecord(ns, entry)),
      ),
    );
  }

  async list(ns: string | undefined, filter: JournalFilter = {}): Promise<JournalEntry[]> {
    const lines = await this.run((c) => c.lrange(key(this.prefix, 'journal'), 0, -1));
    return filterJournal(
      lines.map((line) => JSON.parse(line) as JournalEntry),
      ns,
      filter,
    );
  }

  async clear(ns?: string): Promise<void> {
    await this.run((c) =>
      ns === undefined
        ? c.del(key(this.prefix, 'journal'), key(this.prefix, 'journal-bytes'))
        : c.clearJournal(2, key(this.prefix, 'journal'), key(this.prefix, 'journal-bytes'), ns),
    );
  }
}

export class RedisScenarios implements ScenarioList {
  private readonly keys: string[];

  constructor(
    private readonly run: Run,
    private readonly prefix: string,
  ) {
    this.keys = [key(prefix, 'scenarios'), key(prefix, 'scenario', '')];
  }

  async add(ns: string, scenario: Omit<Scenario, 'id'>): Promise<Scenario> {
    return this.run(async (c) => {
      const stored: Scenario = { id: await c.incr(key(this.prefix, 'scenarios-seq')), ...scenario };
      await c
        .multi()
        .hset(
          key(this.prefix, 'scenario', stored.id),
          'ns',
          ns,
          'operationId',
          stored.operationId,
          'provider',
          stored.provider ?? '',
          'remaining',
          stored.remaining,
          'doc',
          JSON.stringify(stored),
        )
        .rpush(key(this.prefix, 'scenarios'), String(stored.id))
        .exec();
      return stored;
    });
  }

  async take(ns: string, provider: string, operationId: string): Promise<Scenario | undefined> {
    const taken = await this.run((c) => c.takeScenario(2, ...this.keys, ns, provider, operationId));
    if (!taken) return undefined;
    return { ...(JSON.parse(taken[0]) as Scenario), remaining: taken[1] };
  }

  async list(ns: string | undefined): Promise<Scenario[]> {
    return this.run(async (c) => {
      const ids = await c.lrange(key(this.prefix, 'scenarios'), 0, -1);
      const batch = c.pipeline();
      for (const id of ids) batch.hmget(key(this.prefix, 'scenario', id), 'ns', 'remaining', 'doc');
      const rows = ((await batch.exec()) ?? []).map(([error, row]) => {
        if (error) throw error;
        return row as (string | null)[];
      });
      return rows
        .filter(([at, , doc]) => doc !== null && (ns === undefined || at === ns))
        .map(([, remaining, doc]) => ({ ...(JSON.parse(doc!) as Scenario), remaining: Number(remaining) }));
    });
  }

  async clear(ns?: string): Promise<void> {
    await this.run((c) => c.clearScenarios(2, ...this.keys, ...(ns === undefined ? [] : [ns])));
  }
}

export class RedisDeliveries implements DeliveryLog {
  private readonly keys: string[];

  constructor(
    private readonly run: Run,
    private readonly prefix: string,
    private readonly bound: Bound,
  ) {
    this.keys = [key(prefix, 'deliveries'), key(prefix, 'delivery', '')];
  }

  async put(ns: string, delivery: Delivery): Promise<void> {
    await this.run((c) =>
      c.putDelivery(3, ...this.keys, key(this.prefix, 'deliveries-seq'), delivery.id, ns, this.bound.count, this.bound.bytes, JSON.stringify(delivery)),
    );
  }

  async list(ns: string | undefined): Promise<Delivery[]> {
    return this.run(async (c) => {
      const ids = await c.zrange(key(this.prefix, 'deliveries'), '0', '-1');
      const batch = c.pipeline();
      for (const id of ids) batch.hmget(key(this.prefix, 'delivery', id), 'ns', 'doc');
      const rows = ((await batch.exec()) ?? []).map(([error, row]) => {
        if (error) throw error;
        return row as (string | null)[];
      });
      return rows.filter(([at, doc]) => doc !== null && (ns === undefined || at === ns)).map(([, doc]) => JSON.parse(doc!) as Delivery);
    });
  }

  async clear(ns?: string): Promise<void> {
    await this.run((c) => c.clearRecords(2, ...this.keys, ...(ns === undefined ? [] : [ns])));
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
    private readonly bound: Bound & { ttlMs: number },
  ) {}

  async create(ns: string, id: string, meta: FileMeta): Promise<void> {
    const capped = { ...meta, ttlMs: fileLifetime(meta.ttlMs, this.bound.ttlMs) };
    await this.run((c) =>
      c.createFile(
        3,
        this.key('files'),
        this.key('file', ''),
        this.key('files', 'seq'),
        id,
        ns,
        JSON.stringify(capped),
        capped.createdAt,
        capped.ttlMs,
        meta.multipart ? '1' : '0',
        this.clock.now(),
        this.bound.count,
      ),
    );
  }

  async get(id: string): Promise<StoredFile | undefined> {
    const [meta, complete, data] = await this.run((c) => c.hmget(this.key('file', id), 'meta', 'complete', 'data'));
    const file = this.live(meta);
    if (!file || complete !== '1') return file && { meta: file };
    const blobs = (data ?? '')
      .split(',')
      .filter(Boolean)
      .map((entry) => entry.split('/'));
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
    const [[createdAt, ttlMs, complete, size, previous], left] = await this.run(async (c) => {
      const replies =
        (await c
          .pipeline()
          .hmget(this.key('file', id), 'createdAt', 'ttlMs', 'complete', 'size', part === undefined ? 'data' : `part:${part}`)
          .pttl(this.key('file', id))
          .exec()) ?? [];
      for (const [error] of replies) if (error) throw error;
      return [replies[0][1] as (string | null)[], replies[1][1] as number] as const;
    });
    // Gone by the mock's clock, or already by Redis's (whose PEXPIRE bounds memory by the wall clock).
    if (createdAt === null || expired(Number(createdAt), Number(ttlMs), this.clock.now()) || !(left > 0)) return 'gone';
    // Refusals known before a chunk is sent (the script decides again, atomically).
    if (complete === '1') return 'complete';
    if (tooBig(Number(size), Number(previous?.split('/')[2] ?? 0), bytes.length, this.bound.bytes)) return 'too-big';
    const blob = randomBytes(6).toString('hex');
    const chunks = Math.ceil(bytes.length / REDIS_CHUNK_BYTES);
    const names = range(0, chunks).map((n) => this.key('file', id, blob, n));
    try {
      for (let first = 0; first < chunks; first += REDIS_CHUNKS_PER_BATCH) {
        await this.run(async (c) => {
          const batch = c.pipeline();
          // The chunks expire with their file's hash, by Redis's clock.
          for (let n = first; n < Math.min(first + REDIS_CHUNKS_PER_BATCH, chunks); n++)
            batch.set(names[n], bytes.subarray(n * REDIS_CHUNK_BYTES, (n + 1) * REDIS_CHUNK_BYTES), 'PX', left);
          for (const [error] of (await batch.exec()) ?? []) if (error) throw error;
        });
      }
      const outcome = await this.run((c) =>
        c.writeFile(2, this.key('files'), this.key('file', ''), id, this.clock.now(), this.bound.bytes, blob, chunks, bytes.length, part ?? ''),
      );
      if (outcome === 'ok') names.length = 0;
      return outcome;
    } finally {
      // A blob no file took (refused, or Redis failed midway) goes at once rather than at its expiry.
      if (names.length) await this.run((c) => c.unlink(...names)).catch(() => undefined);
    }
  }

  async complete(id: string, partNumbers: number[]): Promise<string | undefined> {
    const [outcome, ...missing] = await this.run((c) => c.completeFile(2, this.key('files'), this.key('file', ''), id, this.clock.now(), ...partNumbers));
    return outcome === 'ok' ? undefined : completeMessage(outcome as CompleteRefusal, missing);
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
    return file && !expired(file.createdAt, file.ttlMs, this.clock.now()) ? file : undefined;
  }
}

/** An in-flight count outlives its last request by this much at most: an instance killed while holding one frees it then. */
const IN_FLIGHT_HOLD_MS = 10 * 60 * 1000;

/** The vendors' limits counted in Redis for every instance (redis-scripts.ts ADMIT_LIMITS), each counter named by a digest of its key or address. */
export class RedisLimits implements LimitCounts {
  constructor(
    private readonly run: Run,
    private readonly prefix: string,
    /** The nodes that may hold the store's keys (a cluster's masters), for the reset's scan. */
    private readonly nodes: () => Redis[],
  ) {}

  async admit(checks: LimitCheck[], now: number): Promise<{ refused: number; waitMs: number } | undefined> {
    const args = [now, `${now}:${randomUUID()}`, IN_FLIGHT_HOLD_MS, ...checks.flatMap((check) => [check.kind, check.max, check.windowMs])];
    const [refused, waitMs] = await this.run((c) => c.admitLimits(checks.length, ...checks.map((check) => this.keyOf(check)), ...args));
    return refused === 0 ? undefined : { refused: refused - 1, waitMs: Number(waitMs) };
  }

  async release(checks: LimitCheck[]): Promise<void> {
    if (checks.length) await this.run((c) => c.releaseLimits(String(checks.length), ...checks.map((check) => this.keyOf(check))));
  }

  async resetRates(): Promise<void> {
    const pattern = key(this.prefix, 'limit', 'rate', '*');
    await this.run(async (c) => {
      for (const node of this.nodes()) {
        for await (const keys of node.scanStream({ match: pattern, count: 500 }) as AsyncIterable<string[]>) if (keys.length) await c.unlink(...keys);
      }
    });
  }

  private keyOf(check: LimitCheck): string {
    return key(this.prefix, 'limit', check.kind, ownerTag(check.id));
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
