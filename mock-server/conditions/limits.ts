/**
 * `--limits vendor`: each vendor's documented limits (the spec's root `x-limits`), enforced per key
 * (or per client address) in this process; with `--store`, in the store for every process
 * (shared-limits.ts).
 */
import { MockError } from '../errors/catalogue';
import type { Clock } from '../jobs/clock';
import type { JsonObject } from '../../core/model/load';
import { DEFAULT_BUDGET } from '../budget';
import type { Bound } from '../state/policy';

export interface LimitRule {
  provider: string;
  /** The vendor's name for the refusal (Ideogram's `reject_reason`), also what overrides name. */
  name: string;
  kind: 'in-flight' | 'rate';
  max: number;
  /** Rate limits: the window the `max` requests are counted over. */
  windowMs: number;
  /** Who a limit counts: the API key (an organisation's key) or the client's address. */
  per: 'key' | 'ip';
  /** Operations the limit covers; unset: every operation of the vendor. */
  operations?: Set<string>;
  /** The refusal's sentence; `{retryAfter}` becomes the seconds until a slot frees. */
  message: string;
  /** Whether the refusal carries `Retry-After` (seconds). */
  retryAfter: boolean;
}

/** What `--limits` asks for: `off`, or `vendor` with overrides like `<vendor>.<limit>=100/60s`. */
export interface LimitsChoice {
  overrides: { provider: string; name: string; max: number; windowMs?: number }[];
}

/** `vendor`, `vendor,<vendor>.<limit>=20`, `vendor,<vendor>.<limit>=100/60s`; `off` → undefined. Throws an Error saying what is wrong. */
export function parseLimitsOption(text: string | undefined): LimitsChoice | undefined {
  if (text === undefined || text.trim() === 'off') return undefined;
  const [mode, ...rest] = text.split(',').map((t) => t.trim());
  if (mode !== 'vendor')
    throw new Error(`--limits must be "vendor" or "off", optionally followed by overrides like vendor,<vendor>.<limit>=100/60s (got "${text}").`);
  const overrides = rest.filter(Boolean).map((override) => {
    const match = /^([\w-]+)\.([\w-]+)=(\d+)(?:\/(\d+)(ms|s|m)?)?$/.exec(override);
    if (!match)
      throw new Error(`--limits override "${override}" must look like <vendor>.<limit>=<max> or <vendor>.<limit>=<max>/<window> (window as 60s, 500ms or 2m).`);
    const windowMs = match[4] === undefined ? undefined : Number(match[4]) * { ms: 1, s: 1000, m: 60_000 }[(match[5] ?? 's') as 'ms' | 's' | 'm'];
    if (Number(match[3]) < 1 || windowMs === 0) throw new Error(`--limits override "${override}": the limit and its window must be above 0.`);
    return { provider: match[1], name: match[2], max: Number(match[3]), windowMs };
  });
  return { overrides };
}

/** A spec's root `x-limits`, checked: a malformed entry is the spec's bug, said with where it is. */
export function readLimits(provider: string, doc: JsonObject): LimitRule[] {
  const raw = doc['x-limits'];
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new Error(`${provider}: x-limits must be a list.`);
  return raw.map((entry, i) => {
    const e = entry as JsonObject;
    const where = `${provider}: x-limits[${i}]`;
    if (e.kind !== 'in-flight' && e.kind !== 'rate') throw new Error(`${where}.kind must be in-flight or rate.`);
    if (!Number.isInteger(e.max) || (e.max as number) < 1) throw new Error(`${where}.max must be a whole number above 0.`);
    if (e.kind === 'rate' && (!Number.isInteger(e['window-ms']) || (e['window-ms'] as number) < 1)) throw new Error(`${where}: a rate limit needs window-ms.`);
    if (typeof e.name !== 'string' || typeof e.message !== 'string') throw new Error(`${where} needs a name and a message.`);
    return {
      provider,
      name: e.name,
      kind: e.kind,
      max: e.max as number,
      windowMs: (e['window-ms'] as number | undefined) ?? 0,
      per: e.per === 'ip' ? 'ip' : 'key',
      operations: Array.isArray(e.operations) ? new Set(e.operations.map(String)) : undefined,
      message: e.message,
      retryAfter: e['retry-after'] === true,
    };
  });
}

/** The rules with the user's overrides applied; an override naming no documented limit is an error. */
export function applyOverrides(rules: LimitRule[], choice: LimitsChoice): LimitRule[] {
  for (const o of choice.overrides) {
    if (!rules.some((r) => r.provider === o.provider && r.name === o.name)) {
      const known = rules.map((r) => `${r.provider}.${r.name}`).join(', ') || 'none';
      throw new Error(`--limits override ${o.provider}.${o.name}: no such documented limit (known: ${known}).`);
    }
  }
  return rules.map((rule) => {
    const o = choice.overrides.find((each) => each.provider === rule.provider && each.name === rule.name);
    return o ? { ...rule, max: o.max, windowMs: o.windowMs ?? rule.windowMs } : rule;
  });
}

/** Counts per rule and caller: requests in flight, and the times of recent requests for rate windows. */
export class Limiter {
  private readonly inFlight = new Map<string, number>();
  private readonly windows: RateWindows;

  constructor(
    private readonly rules: LimitRule[],
    private readonly clock: Clock,
    bound: Bound = DEFAULT_BUDGET.rateWindows,
  ) {
    this.windows = new RateWindows(bound);
  }

  /**
   * Admits one request or throws the vendor's 429 (`limit_exceeded`). Returns the function that ends
   * its in-flight count (idempotent), or undefined when no in-flight limit covers it.
   */
  admit(provider: string, operationId: string, key: string, address: string): (() => void) | undefined {
    const counted = limitsOn(this.rules, provider, operationId, key, address);
    if (counted.length === 0) return undefined;
    const now = this.clock.now();
    // Every limit is checked before any is counted: a refused request uses up nothing.
    for (const { rule, id } of counted) {
      if (rule.kind === 'in-flight' && (this.inFlight.get(id) ?? 0) >= rule.max) refuse(rule, 1);
      if (rule.kind === 'rate') {
        const recent = this.windows.recent(id, rule.windowMs, now);
        if (recent.length >= rule.max) refuse(rule, Math.max(1, Math.ceil((recent[0] + rule.windowMs - now) / 1000)));
      }
    }
    const held: string[] = [];
    for (const { rule, id } of counted) {
      if (rule.kind === 'rate') this.windows.record(id, now);
      else {
        this.inFlight.set(id, (this.inFlight.get(id) ?? 0) + 1);
        held.push(id);
      }
    }
    if (held.length === 0) return undefined;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const id of held) {
        const left = (this.inFlight.get(id) ?? 1) - 1;
        if (left > 0) this.inFlight.set(id, left);
        else this.inFlight.delete(id);
      }
    };
  }

  /** Requests in flight under one limit for one key or address, for the control API and tests. */
  held(provider: string, name: string, who: string): number {
    return this.inFlight.get(`${provider}\0${name}\0${who}`) ?? 0;
  }

  /** Rate windows start afresh; requests in flight still count, since they still are. */
  reset() {
    this.windows.clear();
  }

  /** Rate windows kept (one per limit and key or address seen), for tests. */
  get windowCount(): number {
    return this.windows.size;
  }
}

/** What a window costs besides its times: its id, the Map entry and the array. */
const WINDOW_OVERHEAD = 64;

/**
 * Request times per (limit, key or address), bounded by the budget's rate windows: the window used
 * least recently goes first (a Map keeps insertion order; a window used is moved to its end).
 */
class RateWindows {
  private readonly windows = new Map<string, number[]>();
  private bytes = 0;

  constructor(private readonly bound: Bound) {}

  get size(): number {
    return this.windows.size;
  }

  /** The window's request times, oldest first, without those that left it. */
  recent(id: string, windowMs: number, now: number): number[] {
    const times = this.windows.get(id);
    if (!times) return [];
    this.windows.delete(id);
    const first = times.findIndex((t) => t > now - windowMs);
    if (first === -1) {
      this.bytes -= id.length + WINDOW_OVERHEAD + 8 * times.length;
      return [];
    }
    times.splice(0, first);
    this.bytes -= 8 * first;
    this.windows.set(id, times);
    return times;
  }

  record(id: string, now: number) {
    let times = this.windows.get(id);
    if (times) this.windows.delete(id);
    else {
      times = [];
      this.bytes += id.length + WINDOW_OVERHEAD;
    }
    times.push(now);
    this.bytes += 8;
    this.windows.set(id, times);
    for (const [oldest, kept] of this.windows) {
      if (this.windows.size <= 1 || (this.windows.size <= this.bound.count && this.bytes <= this.bound.bytes)) break;
      this.windows.delete(oldest);
      this.bytes -= oldest.length + WINDOW_OVERHEAD + 8 * kept.length;
    }
  }

  clear() {
    this.windows.clear();
    this.bytes = 0;
  }
}

/** The limits a request counts against, each with the id of its counter: the limit and the key or address it counts. */
export function limitsOn(rules: LimitRule[], provider: string, operationId: string, key: string, address: string): { rule: LimitRule; id: string }[] {
  return rules
    .filter((r) => r.provider === provider && (!r.operations || r.operations.has(operationId)))
    .map((rule) => ({ rule, id: `${rule.provider}\0${rule.name}\0${rule.per === 'ip' ? address : key}` }));
}

/** The vendor's 429 for this limit; `seconds` until a slot frees. */
export function refuse(rule: LimitRule, seconds: number): never {
  const headers: Record<string, string> = rule.retryAfter ? { 'Retry-After': String(seconds) } : {};
  throw new MockError('limit_exceeded', rule.message.replaceAll('{retryAfter}', String(seconds)), { type: rule.name, headers });
}
