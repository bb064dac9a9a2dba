/**
 * Faults: a request answered the way a failing vendor or network answers it, asked for per request
 * (`Prefer: fault=reset`) or at a rate (`--faults 5%`, `--faults 5%:reset,5xx`).
 */
import type { Socket } from 'node:net';
import { MockError } from '../errors/catalogue';
import type { Operation } from '../../core/model/operations';
import type { Choice } from '../responses/choose';
import { FAULT_KINDS, type FaultKind } from '../state/records';

export interface FaultRate {
  /** 0 to 1. */
  rate: number;
  kinds: FaultKind[];
}

export function isFaultKind(value: string): value is FaultKind {
  return (FAULT_KINDS as readonly string[]).includes(value);
}

/** `5%`, `0.05`, `5%:reset,5xx`. Throws an Error saying what is wrong. */
export function parseFaults(text: string): FaultRate {
  const [ratePart, kindsPart] = text.split(':', 2).map((t) => t.trim());
  const percent = ratePart.endsWith('%');
  const n = Number(percent ? ratePart.slice(0, -1) : ratePart);
  const rate = percent ? n / 100 : n;
  if (!ratePart || !Number.isFinite(rate) || rate < 0 || rate > 1)
    throw new Error(`--faults "${text}": the rate must be a percentage like 5% or a fraction like 0.05, from 0 to 100%.`);
  const kinds = kindsPart === undefined ? [...FAULT_KINDS] : kindsPart.split(',').map((k) => k.trim());
  const unknown = kinds.filter((k) => !isFaultKind(k));
  if (unknown.length || kinds.length === 0)
    throw new Error(`--faults "${text}": the kinds after ":" must be among ${FAULT_KINDS.join(', ')} (got "${kindsPart}").`);
  return { rate, kinds: kinds as FaultKind[] };
}

/** The fault for one request: the one it asked for, else one drawn at the configured rate. */
export function chooseFault(asked: FaultKind | undefined, rate: FaultRate | undefined, random: () => number): FaultKind | undefined {
  if (asked) return asked;
  if (!rate || rate.rate === 0 || random() >= rate.rate) return undefined;
  return rate.kinds[Math.min(rate.kinds.length - 1, Math.floor(random() * rate.kinds.length))];
}

/**
 * The vendor's documented 5xx for this operation, with its example body and headers (fal documents
 * 500, 503 and 504: one is drawn), or undefined when the operation documents none with a body.
 */
export function documentedFailure(operation: Operation, random: () => number): Choice | undefined {
  const failures = operation.responses.filter((r) => r.status >= 500 && r.status <= 599 && r.examples.length > 0);
  if (failures.length === 0) return undefined;
  const response = failures[Math.min(failures.length - 1, Math.floor(random() * failures.length))];
  return { response, example: response.examples[0], natural: false };
}

/** Where the spec documents no 5xx body: a 503 in the vendor's error shape (its module's serialiseError). */
export function undocumentedFailure(): MockError {
  return new MockError('server_fault', 'The service is unavailable (a fault the mock injected).');
}

/** The body cut in the middle: a client must not take a 200 for a usable answer before it parses. */
export function cutOff(text: string): string {
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}

/** An abrupt TCP reset, as a load balancer or a crashed upstream gives. */
export function resetConnection(socket: Socket | null): void {
  if (!socket) return;
  if (typeof socket.resetAndDestroy === 'function' && !socket.destroyed) socket.resetAndDestroy();
  else socket.destroy();
}
