/**
 * The conditions vendor requests are served under: the vendors' limits, latency, faults. Built once
 * per app from its options; the pipeline asks it per request (pipeline/serve.ts), and what a request
 * holds (a held slot, its in-flight counts) is given back when its exchange ends (`release`).
 */
import { setTimeout as wait } from 'node:timers/promises';
import type { Clock } from '../jobs/clock';
import type { SpecIndex, Operation } from '../../core/model/operations';
import { Limiter, applyOverrides, parseLimitsOption, readLimits } from './limits';
import { SharedLimiter } from './shared-limits';
import type { LimitCounts } from '../state/store';
import { distributionFor, parseLatency, sample, type LatencyPlan } from './latency';
import { chooseFault, documentedFailure, parseFaults, undocumentedFailure, type FaultRate } from './faults';
import type { FaultKind } from '../state/records';
import type { Choice } from '../responses/choose';
import { MockError } from '../errors/catalogue';
import { DEFAULT_BUDGET, type Budget } from '../budget';
import type { ConditionOptions, Sleep } from '../options';

export interface Conditions {
  /** The limits counted in this process, or (with `--store`) in the shared store for every instance. */
  limiter?: Limiter;
  sharedLimiter?: SharedLimiter;
  latency: LatencyPlan;
  faults?: FaultRate;
  faultTimeoutMs: number;
  random: () => number;
  sleep: Sleep;
  /** Requests held open now (a delay or fault=timeout), and at most (the budget's `held`, `--max-held`). */
  held: { now: number; max: number };
  /** What each request being served holds, given back when its exchange ends. */
  holdings: WeakMap<Holder, (() => void)[]>;
}

/** A request being served, as the conditions know it: whose `signal` fires when its exchange ends (pipeline/request.ts). */
export interface Holder {
  readonly signal: AbortSignal;
}

const realSleep: Sleep = (ms, signal) => wait(ms, undefined, { signal }).catch(() => undefined);

/** Throws an Error naming the bad option: the CLI prints it and stops. With a store's shared counts, limits are counted there. */
export function createConditions(options: ConditionOptions, index: SpecIndex, clock: Clock, budget: Budget = DEFAULT_BUDGET, shared?: LimitCounts): Conditions {
  const choice = parseLimitsOption(options.limits);
  const rules = choice
    ? applyOverrides(
        index.specs.flatMap((spec) => readLimits(spec.provider, spec.doc)),
        choice,
      )
    : [];
  const latency = options.latency === undefined ? [] : parseLatency(options.latency);
  for (const rule of latency) {
    if (rule.provider && !index.operations.some((o) => o.provider === rule.provider && (!rule.operationId || o.operationId === rule.operationId))) {
      throw new Error(`--latency: ${rule.provider}${rule.operationId ? `:${rule.operationId}` : ''} is not a served vendor or operation.`);
    }
  }
  return {
    limiter: rules.length && !shared ? new Limiter(rules, clock, budget.rateWindows) : undefined,
    sharedLimiter: rules.length && shared ? new SharedLimiter(rules, clock, shared) : undefined,
    latency,
    faults: options.faults === undefined ? undefined : parseFaults(options.faults),
    faultTimeoutMs: options.faultTimeoutMs ?? 60_000,
    random: options.random ?? Math.random,
    sleep: options.sleep ?? realSleep,
    held: { now: 0, max: budget.held },
    holdings: new WeakMap(),
  };
}

/** Keeps `give` until the request's exchange ends (at once when it has: the client went while the mock worked). */
function keepUntilEnd(conditions: Conditions, request: Holder, give: () => void): void {
  if (request.signal.aborted) return give();
  const held = conditions.holdings.get(request);
  if (held) held.push(give);
  else conditions.holdings.set(request, [give]);
}

/** Gives back what the request held: the lifecycle's `end` calls it, answered or abandoned. */
export function release(conditions: Conditions, request: Holder): void {
  const held = conditions.holdings.get(request);
  if (!held) return;
  conditions.holdings.delete(request);
  for (const give of held) give();
}

/** Requests holding a slot: a request both delayed and waiting (Replicate's `Prefer: wait`) takes one. */
const holding = new WeakSet<Holder>();

/**
 * Takes one of the held-request slots until the exchange ends, or throws the vendor's 429: each
 * held request keeps a connection (a descriptor) open, and past the process's descriptor limit no
 * client at all could connect.
 */
export function hold(conditions: Conditions, request: Holder): void {
  const { held } = conditions;
  if (holding.has(request)) return;
  if (held.now >= held.max) {
    throw new MockError(
      'rate_limited',
      `The mock is already holding ${held.max} requests open (delays, timeouts and waits; --max-held): retry when some have been answered.`,
      { headers: { 'Retry-After': '1' } },
    );
  }
  held.now += 1;
  holding.add(request);
  keepUntilEnd(conditions, request, () => (held.now -= 1));
}

/** Counts the request against its vendor's limits (throws the 429); its in-flight count ends with the exchange, answered or abandoned. */
export async function enforceLimits(conditions: Conditions, operation: Operation, key: string, address: string, request: Holder): Promise<void> {
  const admitted = conditions.sharedLimiter
    ? await conditions.sharedLimiter.admit(operation.provider, operation.operationId, key, address)
    : conditions.limiter?.admit(operation.provider, operation.operationId, key, address);
  if (admitted) keepUntilEnd(conditions, request, admitted);
}

/** The latency to add to this answer, in ms. */
export function latencyOf(conditions: Conditions, operation: Operation): number {
  if (conditions.latency.length === 0) return 0;
  const distribution = distributionFor(conditions.latency, operation.provider, operation.operationId);
  return distribution ? sample(distribution, conditions.random) : 0;
}

export function faultFor(conditions: Conditions, asked: FaultKind | undefined): FaultKind | undefined {
  return chooseFault(asked, conditions.faults, conditions.random);
}

/** Sleeps, cut short when the client goes away. */
export async function pause(conditions: Conditions, ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  await conditions.sleep(ms, signal);
}

/** What a fault leaves to answer: a documented failure to send instead, the reply cut off, or no answer (the connection goes). */
export type Acted = Choice | 'cut' | 'reset' | 'timeout';

/**
 * Acts out a fault after the request was served (a job it created exists: a client that retries
 * after a reset makes a second one, as with the vendor). A timeout waits here, until the client
 * gives up or the mock's patience runs out. Throws the vendor's 503 when the operation documents
 * no 5xx body.
 */
export async function actOut(conditions: Conditions, fault: FaultKind, operation: Operation, signal: AbortSignal): Promise<Acted> {
  switch (fault) {
    case 'reset':
      return 'reset';
    case 'timeout':
      await pause(conditions, conditions.faultTimeoutMs, signal);
      return 'timeout';
    case 'malformed':
      return 'cut';
    case '5xx': {
      const failure = documentedFailure(operation, conditions.random);
      if (!failure) throw undocumentedFailure();
      return failure;
    }
  }
}
