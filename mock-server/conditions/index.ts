/**
 * The conditions vendor requests are served under: the vendors' limits, latency, faults. Built once
 * per app from its options; the pipeline asks it per request (pipeline/handle.ts).
 */
import type { Request, Response } from 'express';
import { setTimeout as wait } from 'node:timers/promises';
import type { Clock } from '../jobs/clock';
import type { SpecIndex, Operation } from '../../core/model/operations';
import { Limiter, applyOverrides, parseLimitsOption, readLimits } from './limits';
import { SharedLimiter } from './shared-limits';
import type { LimitCounts } from '../state/store';
import { distributionFor, parseLatency, sample, type LatencyPlan } from './latency';
import { chooseFault, documentedFailure, parseFaults, resetConnection, undocumentedFailure, type FaultRate } from './faults';
import type { FaultKind } from '../state/records';
import type { Json } from '../../core/model/load';
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
}

const realSleep: Sleep = (ms, signal) => wait(ms, undefined, { signal }).catch(() => undefined);

/** Throws an Error naming the bad option: the CLI prints it and stops. With a store's shared counts, limits are counted there. */
export function createConditions(options: ConditionOptions, index: SpecIndex, clock: Clock, budget: Budget = DEFAULT_BUDGET, shared?: LimitCounts): Conditions {
  const choice = parseLimitsOption(options.limits);
  const rules = choice ? applyOverrides(index.specs.flatMap((spec) => readLimits(spec.provider, spec.doc)), choice) : [];
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
  };
}

/** Responses holding a slot: a request both delayed and waiting (Replicate's `Prefer: wait`) takes one. */
const holding = new WeakSet<Response>();

/**
 * Takes one of the held-request slots until the response closes, or throws the vendor's 429: each
 * held request keeps a connection (a descriptor) open, and past the process's descriptor limit no
 * client at all could connect.
 */
export function hold(conditions: Conditions, res: Response): void {
  const { held } = conditions;
  if (holding.has(res)) return;
  if (held.now >= held.max) {
    throw new MockError('rate_limited', `The mock is already holding ${held.max} requests open (delays, timeouts and waits; --max-held): retry when some have been answered.`, { headers: { 'Retry-After': '1' } });
  }
  held.now += 1;
  holding.add(res);
  res.once('close', () => (held.now -= 1));
}

/** Counts the request against its vendor's limits (throws the 429); its in-flight count ends when the response closes, answered or abandoned. */
export async function enforceLimits(conditions: Conditions, operation: Operation, key: string, req: Request, res: Response): Promise<void> {
  const address = req.socket.remoteAddress ?? '';
  const release = conditions.sharedLimiter
    ? await conditions.sharedLimiter.admit(operation.provider, operation.operationId, key, address)
    : conditions.limiter?.admit(operation.provider, operation.operationId, key, address);
  if (!release) return;
  // A response that closed while the store answered has already gone by.
  if (res.closed) release();
  else res.once('close', release);
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
export async function pause(conditions: Conditions, ms: number, res: Response): Promise<void> {
  if (res.destroyed) return;
  const gone = new AbortController();
  const abort = () => gone.abort();
  res.once('close', abort);
  try {
    await conditions.sleep(ms, gone.signal);
  } finally {
    res.off('close', abort);
  }
}

/** What a fault leaves to write: a documented failure to send instead, the reply cut off, or nothing (the connection is gone). */
export type Acted = { reply: { status: number; body: Json; contentType?: string }; headers: Record<string, string> } | 'cut' | 'gone';

/**
 * Acts out a fault after the request was served (a job it created exists: a client that retries
 * after a reset makes a second one, as with the vendor). Throws the vendor's 503 when the operation
 * documents no 5xx body.
 */
export async function actOut(conditions: Conditions, fault: FaultKind, operation: Operation, res: Response): Promise<Acted> {
  switch (fault) {
    case 'reset':
      resetConnection(res.socket);
      return 'gone';
    case 'timeout':
      await pause(conditions, conditions.faultTimeoutMs, res);
      res.socket?.destroy();
      return 'gone';
    case 'malformed':
      return 'cut';
    case '5xx': {
      const failure = documentedFailure(operation, conditions.random);
      if (!failure) throw undocumentedFailure();
      const { response, example } = failure;
      return { reply: { status: response.status, body: example!.value, contentType: example!.mediaType }, headers: response.headers };
    }
  }
}
