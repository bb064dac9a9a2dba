import type { Job, Outcome, Pace, Terminal } from './records';
import type { JsonObject } from '../../core/model/load';

const OUTCOMES: Outcome[] = ['completed', 'failed', 'error'];
const PACES: Pace[] = ['normal', 'slow', 'stalled'];
const TERMINALS: (Terminal | undefined)[] = [undefined, 'completed', 'failed', 'error', 'cancelled'];

// Numbers per slot: times and numbers that need 64 bits, then small integers.
const CREATED = 0;
const UPDATED = 1;
const COMPLETED = 2;
const DUE = 3;
const DURATION = 4;
const SEED = 5;
/** The store's creation sequence number: the job's place in its indexes. */
const SEQ = 6;
const NUMBERS = 7;

const TICKS = 0;
const SHOWN = 1;
const WIDTH = 2;
const HEIGHT = 3;
const COUNT = 4;
const NS = 5;
const PROVIDER = 6;
const OPERATION = 7;
const OWNER = 8;
const BASE_URL = 9;
/** outcome | pace << 2 | forced << 4 */
const ENUMS = 10;
const INTS = 11;

/**
 * Jobs as rows of two typed arrays, outside V8's heap, with their repeated strings (namespace,
 * provider, operation, key, base URL) interned: 100 bytes a job plus its id. As objects on the heap,
 * 100,000 jobs took the mock's peak RSS to 335 MiB; as rows, to 219 MiB (both with V8's default heap
 * sizing). A job is materialised into a fresh Job object when read; what only some jobs
 * have (webhook URL, vendor facts) sits beside the rows.
 */
export class PackedJobs {
  private numbers = new Float64Array(0);
  private ints = new Int32Array(0);
  private capacity = 0;
  private readonly free: number[] = [];
  private used = 0;
  private readonly strings = new StringTable();
  private readonly extras = new Map<number, { webhookUrl?: string; facts?: JsonObject }>();

  /** Stores the job in a free row, with its creation sequence number; returns the row. */
  put(job: Job, seq: number): number {
    const slot = this.free.pop() ?? this.grow();
    const n = slot * NUMBERS;
    const i = slot * INTS;
    this.numbers[n + CREATED] = job.createdAt;
    this.numbers[n + UPDATED] = job.updatedAt;
    this.numbers[n + COMPLETED] = job.completedAt ?? NaN;
    this.numbers[n + DUE] = job.dueAt ?? NaN;
    this.numbers[n + DURATION] = job.durationMs;
    this.numbers[n + SEED] = job.seed;
    this.numbers[n + SEQ] = seq;
    this.ints[i + TICKS] = job.ticks;
    this.ints[i + SHOWN] = job.shownStep;
    this.ints[i + WIDTH] = job.width;
    this.ints[i + HEIGHT] = job.height;
    this.ints[i + COUNT] = job.count;
    this.ints[i + NS] = this.strings.add(job.ns);
    this.ints[i + PROVIDER] = this.strings.add(job.provider);
    this.ints[i + OPERATION] = this.strings.add(job.operationId);
    this.ints[i + OWNER] = this.strings.add(job.owner);
    this.ints[i + BASE_URL] = this.strings.add(job.baseUrl);
    this.ints[i + ENUMS] = OUTCOMES.indexOf(job.outcome) | (PACES.indexOf(job.pace) << 2) | (TERMINALS.indexOf(job.forced) << 4);
    if (job.webhookUrl !== undefined || job.facts !== undefined) this.extras.set(slot, { webhookUrl: job.webhookUrl, facts: job.facts });
    return slot;
  }

  /** The job in this row, as a new object. */
  get(slot: number, id: string): Job {
    const n = slot * NUMBERS;
    const i = slot * INTS;
    const enums = this.ints[i + ENUMS];
    const extra = this.extras.get(slot);
    return {
      id,
      ns: this.strings.at(this.ints[i + NS]),
      provider: this.strings.at(this.ints[i + PROVIDER]),
      operationId: this.strings.at(this.ints[i + OPERATION]),
      owner: this.strings.at(this.ints[i + OWNER]),
      createdAt: this.numbers[n + CREATED],
      updatedAt: this.numbers[n + UPDATED],
      completedAt: optional(this.numbers[n + COMPLETED]),
      dueAt: optional(this.numbers[n + DUE]),
      ticks: this.ints[i + TICKS],
      shownStep: this.ints[i + SHOWN],
      outcome: OUTCOMES[enums & 3],
      pace: PACES[(enums >> 2) & 3],
      forced: TERMINALS[(enums >> 4) & 7],
      durationMs: this.numbers[n + DURATION],
      seed: this.numbers[n + SEED],
      width: this.ints[i + WIDTH],
      height: this.ints[i + HEIGHT],
      count: this.ints[i + COUNT],
      baseUrl: this.strings.at(this.ints[i + BASE_URL]),
      webhookUrl: extra?.webhookUrl,
      facts: extra?.facts,
    };
  }

  release(slot: number) {
    const i = slot * INTS;
    for (const field of [NS, PROVIDER, OPERATION, OWNER, BASE_URL]) this.strings.drop(this.ints[i + field]);
    this.extras.delete(slot);
    this.free.push(slot);
  }

  clear() {
    this.numbers = new Float64Array(0);
    this.ints = new Int32Array(0);
    this.capacity = 0;
    this.used = 0;
    this.free.length = 0;
    this.strings.clear();
    this.extras.clear();
  }

  // The fields a store reads without materialising the job.
  ns(slot: number): string {
    return this.strings.at(this.ints[slot * INTS + NS]);
  }
  provider(slot: number): string {
    return this.strings.at(this.ints[slot * INTS + PROVIDER]);
  }
  owner(slot: number): string {
    return this.strings.at(this.ints[slot * INTS + OWNER]);
  }
  seq(slot: number): number {
    return this.numbers[slot * NUMBERS + SEQ];
  }
  createdAt(slot: number): number {
    return this.numbers[slot * NUMBERS + CREATED];
  }
  shownStep(slot: number): number {
    return this.ints[slot * INTS + SHOWN];
  }
  /** Forced or shown terminal (policy.ts `ended`), from the row alone. */
  ended(slot: number): boolean {
    return this.ints[slot * INTS + ENUMS] >> 4 !== 0 || !Number.isNaN(this.numbers[slot * NUMBERS + COMPLETED]);
  }
  /** The time-mode due time, if any. */
  dueAt(slot: number): number | undefined {
    return optional(this.numbers[slot * NUMBERS + DUE]);
  }

  addTicks(slot: number, ticks: number) {
    this.ints[slot * INTS + TICKS] += ticks;
  }
  shift(slot: number, ms: number) {
    const n = slot * NUMBERS;
    this.numbers[n + CREATED] -= ms;
    // NaN stays NaN: a job with no due time keeps none.
    this.numbers[n + DUE] -= ms;
  }
  force(slot: number, terminal: Terminal) {
    const i = slot * INTS + ENUMS;
    if (this.ints[i] >> 4 === 0) this.ints[i] |= TERMINALS.indexOf(terminal) << 4;
  }
  show(slot: number, step: number, at: number, terminal: boolean) {
    this.ints[slot * INTS + SHOWN] = step;
    this.numbers[slot * NUMBERS + UPDATED] = at;
    if (terminal) this.numbers[slot * NUMBERS + COMPLETED] = at;
  }

  /** Doubles the rows (at least 1024), copying the old ones. */
  private grow(): number {
    if (this.used === this.capacity) {
      const capacity = Math.max(1024, this.capacity * 2);
      const numbers = new Float64Array(capacity * NUMBERS);
      numbers.set(this.numbers);
      const ints = new Int32Array(capacity * INTS);
      ints.set(this.ints);
      this.numbers = numbers;
      this.ints = ints;
      this.capacity = capacity;
    }
    return this.used++;
  }
}

function optional(value: number): number | undefined {
  return Number.isNaN(value) ? undefined : value;
}

/** Strings by number with reference counts, so keys that stop being used (one per random API key) are let go. */
class StringTable {
  private readonly byText = new Map<string, number>();
  private texts: (string | undefined)[] = [];
  private counts: number[] = [];
  private readonly free: number[] = [];

  add(text: string): number {
    const known = this.byText.get(text);
    if (known !== undefined) {
      this.counts[known] += 1;
      return known;
    }
    const index = this.free.pop() ?? this.texts.length;
    this.texts[index] = text;
    this.counts[index] = 1;
    this.byText.set(text, index);
    return index;
  }

  at(index: number): string {
    return this.texts[index]!;
  }

  drop(index: number) {
    if (--this.counts[index] > 0) return;
    this.byText.delete(this.texts[index]!);
    this.texts[index] = undefined;
    this.free.push(index);
  }

  clear() {
    this.byText.clear();
    this.texts = [];
    this.counts = [];
    this.free.length = 0;
  }
}
