/**
 * "Was this request made?" over the journal, and when nothing matched, the closest requests and what
 * differed: WireMock's near misses. Each entry is scored by the differ (core/differ.ts) in its criteria
 * mode: every criterion the query gives scores a distance from 0 (same) to 1 (nothing alike; strings
 * by normalised edit distance), and an entry's distance is their mean.
 *
 * Bounded (budget.ts SEARCH): the differ compares strings by their first characters only, with an
 * early exit when their lengths alone say they are nothing alike, and the search yields to other
 * clients between slices of work and stops at a time budget, so one query never keeps the mock from
 * answering.
 */
import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { compare, textDistance } from '../../core/differ';
import { MockError } from '../errors/catalogue';
import { SEARCH } from '../budget';
import type { JournalEntry } from '../state/records';

export interface RequestQuery {
  method?: string;
  /** The vendor's path (`/generate`) or the path as sent (`/ideogram/generate`); no query string. */
  path?: string;
  provider?: string;
  operationId?: string;
  /** Query parameters that must be present with these values. */
  query?: Record<string, string>;
  /** Headers that must be present with these values (names in any case). */
  headers?: Record<string, string>;
  /** A subset of the body: every field given must be there with this value (objects compared field by field). */
  body?: Record<string, unknown>;
}

interface Difference {
  /** `method`, `path`, `query.<name>`, `headers.<name>`, `body.<dotted path>`... */
  field: string;
  expected: unknown;
  actual: unknown;
}

interface NearMiss {
  request: JournalEntry;
  /** 0 (would have matched) to 1. */
  distance: number;
  differences: Difference[];
}

export interface FindResult {
  /** Every matching request, oldest first. */
  requests: JournalEntry[];
  /** When none matched: the closest requests, closest first. */
  nearMisses: NearMiss[];
  /** Only when the time budget ran out first: how many entries (the newest) were scored, of how many. */
  searched?: { entries: number; of: number };
}

export interface SearchLimits {
  nearMissCount?: number;
  /** Work between two yields to other clients, and in all (ms). */
  sliceMs?: number;
  totalMs?: number;
  /** The clock the budget is read on (tests move it). */
  now?: () => number;
}

const CRITERIA = new Set(['method', 'path', 'provider', 'operationId', 'query', 'headers', 'body']);

/** A query from a control-API body, refused with a sentence when it is not one. */
export function readQuery(raw: unknown): RequestQuery {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new MockError('mock_usage', 'Send a JSON object with any of: method, path, provider, operationId, query, headers, body.');
  const unknown = Object.keys(raw).filter((k) => !CRITERIA.has(k));
  if (unknown.length) throw new MockError('mock_usage', `Unknown criteria ${unknown.join(', ')}; use any of: ${[...CRITERIA].join(', ')}.`);
  const q = raw as Record<string, unknown>;
  for (const key of ['method', 'path', 'provider', 'operationId']) {
    if (q[key] !== undefined && typeof q[key] !== 'string') throw new MockError('mock_usage', `${key} must be a string.`);
  }
  for (const key of ['query', 'headers', 'body']) {
    if (q[key] !== undefined && (typeof q[key] !== 'object' || q[key] === null || Array.isArray(q[key])))
      throw new MockError('mock_usage', `${key} must be an object.`);
  }
  checkSize(q);
  return q as RequestQuery;
}

/** Criteria nested deeper or with more leaves than the search budget are refused before any recursion. */
function checkSize(query: Record<string, unknown>) {
  const stack: [unknown, number][] = [[query, 0]];
  let leaves = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (depth > SEARCH.maxDepth)
      throw new MockError('mock_usage', `The query is nested more than ${SEARCH.maxDepth} deep; match on a shallower subset of the body.`);
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      if (++leaves > SEARCH.maxLeaves)
        throw new MockError('mock_usage', `The query has more than ${SEARCH.maxLeaves} criteria; match on a smaller subset of the body.`);
      continue;
    }
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
}

/**
 * Scores every entry (the newest first, so a search cut short by its time budget has looked at the
 * most recent requests), yielding to other clients between slices of `sliceMs`.
 */
export async function findRequests(entries: JournalEntry[], query: RequestQuery, limits: SearchLimits = {}): Promise<FindResult> {
  const { nearMissCount = 3, sliceMs = SEARCH.sliceMs, totalMs = SEARCH.totalMs, now = () => performance.now() } = limits;
  // The query's body was read and parsed in this same turn (the first after start also loading the
  // decoder's tables): the first slice starts on a turn of its own.
  await yieldToOthers();
  const started = now();
  let slice = started;
  const scored: { s: NearMiss; i: number }[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    if (now() - slice > sliceMs) {
      if (now() - started > totalMs) break;
      await yieldToOthers();
      slice = now();
    }
    scored.push({ s: score(entries[i], query), i });
  }
  scored.reverse();
  const searched = scored.length < entries.length ? { entries: scored.length, of: entries.length } : undefined;
  const requests = scored.filter(({ s }) => s.distance === 0).map(({ s }) => s.request);
  if (requests.length) return { requests, nearMisses: [], ...(searched && { searched }) };
  // Closest first; among equals, the most recent.
  const nearMisses = scored
    .sort((a, b) => a.s.distance - b.s.distance || b.i - a.i)
    .slice(0, nearMissCount)
    .map(({ s }) => s);
  return { requests, nearMisses, ...(searched && { searched }) };
}

/**
 * Searches made-up long paths until V8 has compiled the scorer, one search per turn as the validators
 * are warmed: run interpreted, as by the first searches after start, one comparison of two 1 KB
 * prefixes costs several times what it does compiled, every slice of a search overruns by that much,
 * and another client's request (a few turns of the loop) waits for several of them.
 */
export async function warmSearch(): Promise<void> {
  const text = Array.from({ length: SEARCH.prefixChars + 64 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('');
  const entries: JournalEntry[] = [{ id: 0, at: '', method: 'GET', path: `/${text}`, status: 200, ms: 0 }];
  // About what V8 takes to optimise it; a few milliseconds in all.
  for (let i = 0; i < 30; i++) await findRequests(entries, { path: `${text}${i}` });
}

/** The differ's criteria mode, over the parts of the entry the query names. */
function score(request: JournalEntry, query: RequestQuery): NearMiss {
  const call = request.call;
  const sent = request.path.split('?')[0];
  // The closer of the vendor path and the path as sent, so either form of the query works.
  const path =
    query.path !== undefined && call && textDistance(query.path, call.path, SEARCH.prefixChars) < textDistance(query.path, sent, SEARCH.prefixChars)
      ? call.path
      : sent;
  const criteria = {
    method: query.method?.toUpperCase(),
    path: query.path,
    provider: query.provider,
    operationId: query.operationId,
    query: query.query,
    headers: query.headers && Object.fromEntries(Object.entries(query.headers).map(([k, v]) => [k.toLowerCase(), v])),
    body: query.body,
  };
  const entry = {
    method: request.method.toUpperCase(),
    path,
    provider: request.provider,
    operationId: request.operationId,
    query: call?.query,
    headers: call?.headers,
    body: call?.body,
  };
  const { distance, differences } = compare(criteria, entry, { subset: true, exact: EXACT, formText: true, prefixChars: SEARCH.prefixChars });
  return { request, distance, differences: differences.map(({ at, expected, actual }) => ({ field: at.join('.'), expected, actual: actual ?? null })) };
}

/** Told apart as equal or not: a method or vendor one letter off is another one. */
const EXACT = new Set(['method', 'provider']);
