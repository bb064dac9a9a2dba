/**
 * Every bound on what the mock keeps or does for a client, in one place: what each store may hold
 * (entries and bytes, and which go first when it is full), how much of a request the journal copies,
 * how long the control API may compute, and how many requests may be held open at once. The stores
 * (state/memory.ts, state/redis.ts: their defaults are state/policy.ts's, which this table takes),
 * the journal's copies (journal/recorded.ts, journal/summary.ts), the near-miss search, the rate
 * windows and the pipeline read it here, so a bound is written once.
 * ARCHITECTURE.md ("Budget") lists the same table for readers.
 */
import { STORE_DEFAULTS, type Bound, type StoreOptions } from './state/policy';

export interface Budget {
  /** Request journal, all namespaces together. Eviction: the oldest entry first, until both bounds hold. */
  journal: Bound;
  /** Webhook deliveries and their attempts. Eviction: the delivery first recorded earliest. */
  deliveries: Bound;
  /**
   * Files uploaded through a vendor's storage API, their bytes included. Eviction: expired files,
   * then the oldest, never the one being written; files live at most `ttlMs`.
   */
  files: Bound & { ttlMs: number };
  /**
   * `--limits` rate windows: one per (limit, key or address) seen. Eviction: the window used least
   * recently (a key that comes back after eviction starts a fresh window).
   */
  rateWindows: Bound;
  /**
   * Vendor requests held open at once by a delay (`Prefer: delay`, `--latency`), `fault=timeout` or
   * Replicate's `Prefer: wait`; each holds a descriptor, so the default stays well under a 1,024
   * descriptor limit. Beyond it the request gets the vendor's 429 with `Retry-After`.
   */
  held: number;
}

const MiB = 1024 * 1024;

/** The stores' own bounds are state/policy.ts's defaults, which every store applies alike. */
export const DEFAULT_BUDGET: Budget = {
  journal: { ...STORE_DEFAULTS.journal },
  deliveries: { ...STORE_DEFAULTS.deliveries },
  files: { ...STORE_DEFAULTS.files },
  rateWindows: { count: 10_000, bytes: 16 * MiB },
  held: 256,
};

/**
 * What one journal entry copies of a request. Copies never share memory with the request's own
 * strings (`ownCopy`), so an entry costs what it shows, not the body it came from.
 */
export const ENTRY = {
  /** Longer strings keep this many characters, their length and their SHA-256. */
  stringChars: 200,
  /** The body's fields, as kept for near-miss search: fields past this many bytes are dropped (counted). */
  bodyBytes: 16 * 1024,
  /** The request and answer summaries shown in the journal. */
  summaryChars: 400,
  /** The note (why a request was refused). */
  noteChars: 1000,
};

/**
 * Upload bodies while they arrive, before a store holds them: each is in memory until it is stored,
 * so these bound what a burst of uploads may add on top of the file store's own bytes.
 */
export const UPLOADS = {
  /** fal storage PUTs (whole files and parts) read at the same time; later ones wait their turn with their bytes in the kernel's socket buffers. */
  concurrent: 2,
  /** fal storage PUTs waiting for a turn; one more gets the storage service's 503 SlowDown. */
  waiting: 64,
  /** A fal multipart `complete` call's JSON: 10,000 parts with their ETags are about 600 KB. */
  completeBodyBytes: 1 << 20,
  /** Replicate `files.create` bytes held at once across every request still arriving. */
  replicateHeldBytes: 512 * MiB,
};

/**
 * WebSocket APIs (socket-adapter.ts): connections open at once across the mock (one more gets a 503
 * before the upgrade), a message's size (larger: closed with 1009; also the bytes of answers a client
 * leaves unread before it is cut off), messages of one connection being served at once (more: closed
 * with 1008), and how long a silent connection stays open.
 */
export const SOCKETS = {
  connections: 256,
  messageBytes: 16 * MiB,
  inFlight: 32,
  // Runware closes a connection after 120 s without a message (https://runware.ai/docs/platform/authentication).
  idleMs: 120_000,
};

/** `POST /__admin/requests/find`: how much of each string is compared, and for how long the search may run. */
export const SEARCH = {
  /** Characters of each side compared by edit distance; the rest counts through the length difference. */
  prefixChars: 1024,
  /** Criteria leaves and nesting a query may have (a control-API 400 beyond). */
  maxLeaves: 1000,
  maxDepth: 32,
  /** The search yields to other clients after this much work... */
  sliceMs: 5,
  /** ...and stops after this much, answering with what it scored (`searched` says how much). */
  totalMs: 2000,
};

/** `--budget journal=2000/32MiB,deliveries=500,files=100/1GiB,rate-windows=50000` over the defaults. */
export function parseBudget(text: string | undefined, base: Budget = DEFAULT_BUDGET): Budget {
  const budget: Budget = {
    ...base,
    journal: { ...base.journal },
    deliveries: { ...base.deliveries },
    files: { ...base.files },
    rateWindows: { ...base.rateWindows },
  };
  if (text === undefined) return budget;
  const names: Record<string, keyof Omit<Budget, 'held'>> = { journal: 'journal', deliveries: 'deliveries', files: 'files', 'rate-windows': 'rateWindows' };
  for (const item of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const match = /^([a-z-]+)=(\d+)(?:\/(\d+(?:\.\d+)?)(B|KB|KiB|MB|MiB|GB|GiB)?)?$/i.exec(item);
    const name = match && names[match[1].toLowerCase()];
    if (!match || !name)
      throw new Error(
        `--budget "${item}" must look like <store>=<count> or <store>=<count>/<bytes> (bytes as 32MiB), store one of ${Object.keys(names).join(', ')}.`,
      );
    const count = Number(match[2]);
    const bytes = match[3] === undefined ? budget[name].bytes : Math.round(Number(match[3]) * unitOf(match[4]));
    if (count < 1 || bytes < 1) throw new Error(`--budget "${item}": the count and the bytes must be above 0.`);
    Object.assign(budget[name], { count, bytes });
  }
  return budget;
}

function unitOf(unit = 'B'): number {
  return { b: 1, kb: 1000, kib: 1024, mb: 1000 ** 2, mib: MiB, gb: 1000 ** 3, gib: 1024 * MiB }[unit.toLowerCase()]!;
}

/**
 * The string's characters in memory of its own. V8 keeps a slice (`s.slice(0, 200)`) pointing into
 * the string it was cut from, so a journal entry holding a slice of a 60 MB prompt holds the prompt;
 * a copy through a Buffer holds only what it shows.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

/** The budget a mock's options ask for: `budget` (`--budget`, `--max-held`), with `journalSize` as the journal's count. */
export function budgetOf(options: { budget?: Budget; journalSize?: number }): Budget {
  const budget = options.budget ?? DEFAULT_BUDGET;
  return options.journalSize === undefined ? budget : { ...budget, journal: { ...budget.journal, count: options.journalSize } };
}

/** A mock's options as its store's (state/policy.ts `StoreOptions`, which every store takes). */
export function storeOptionsOf(options: { budget?: Budget; journalSize?: number; jobTtlMs?: number; maxJobs?: number }): StoreOptions {
  const budget = budgetOf(options);
  return {
    journalSize: budget.journal.count,
    journalBytes: budget.journal.bytes,
    deliveries: budget.deliveries.count,
    deliveryBytes: budget.deliveries.bytes,
    maxFiles: budget.files.count,
    maxFileBytes: budget.files.bytes,
    fileTtlMs: budget.files.ttlMs,
    jobTtlMs: options.jobTtlMs,
    maxJobs: options.maxJobs,
  };
}
