/**
 * "Was this request made?" over the journal, and when nothing matched, the closest requests and what
 * differed: WireMock's near misses. Each criterion the query gives scores a distance from 0 (same) to
 * 1 (nothing alike; strings by normalised edit distance); an entry's distance is their mean.
 */
import { distance as editDistance } from 'fastest-levenshtein';
import { MockError } from '../errors/catalogue';
import type { JournalEntry } from './journal';

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

export interface Difference {
  /** `method`, `path`, `query.<name>`, `headers.<name>`, `body.<dotted path>`... */
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface NearMiss {
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
}

const CRITERIA = new Set(['method', 'path', 'provider', 'operationId', 'query', 'headers', 'body']);

/** A query from a control-API body, refused with a sentence when it is not one. */
export function readQuery(raw: unknown): RequestQuery {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new MockError('mock_usage', 'Send a JSON object with any of: method, path, provider, operationId, query, headers, body.');
  const unknown = Object.keys(raw).filter((k) => !CRITERIA.has(k));
  if (unknown.length) throw new MockError('mock_usage', `Unknown criteria ${unknown.join(', ')}; use any of: ${[...CRITERIA].join(', ')}.`);
  const q = raw as Record<string, unknown>;
  for (const key of ['method', 'path', 'provider', 'operationId']) {
    if (q[key] !== undefined && typeof q[key] !== 'string') throw new MockError('mock_usage', `${key} must be a string.`);
  }
  for (const key of ['query', 'headers', 'body']) {
    if (q[key] !== undefined && (typeof q[key] !== 'object' || q[key] === null || Array.isArray(q[key]))) throw new MockError('mock_usage', `${key} must be an object.`);
  }
  return q as RequestQuery;
}

export function findRequests(entries: JournalEntry[], query: RequestQuery, nearMissCount = 3): FindResult {
  const scored = entries.map((request) => score(request, query));
  const requests = scored.filter((s) => s.distance === 0).map((s) => s.request);
  if (requests.length) return { requests, nearMisses: [] };
  // Closest first; among equals, the most recent.
  const nearMisses = scored.map((s, i) => ({ s, i })).sort((a, b) => a.s.distance - b.s.distance || b.i - a.i).slice(0, nearMissCount).map(({ s }) => s);
  return { requests, nearMisses };
}

function score(request: JournalEntry, query: RequestQuery): NearMiss {
  const differences: Difference[] = [];
  const distances: number[] = [];
  const call = request.call;
  const compare = (field: string, expected: string, actual: string | undefined, exact = false) => {
    const d = actual === undefined ? 1 : exact ? Number(expected !== actual) : textDistance(expected, actual);
    distances.push(d);
    if (d > 0) differences.push({ field, expected, actual: actual ?? null });
  };
  if (query.method !== undefined) compare('method', query.method.toUpperCase(), request.method.toUpperCase(), true);
  if (query.path !== undefined) {
    const sent = request.path.split('?')[0];
    // The closer of the vendor path and the path as sent, so either form of the query works.
    const actual = call && textDistance(query.path, call.path) < textDistance(query.path, sent) ? call.path : sent;
    compare('path', query.path, actual);
  }
  if (query.provider !== undefined) compare('provider', query.provider, request.provider, true);
  if (query.operationId !== undefined) compare('operationId', query.operationId, request.operationId);
  if (query.query) distances.push(fields('query', query.query, call?.query, differences));
  if (query.headers) {
    const lower = Object.fromEntries(Object.entries(query.headers).map(([k, v]) => [k.toLowerCase(), v]));
    distances.push(fields('headers', lower, call?.headers, differences));
  }
  if (query.body) distances.push(fields('body', query.body, call?.body, differences));
  const distance = distances.length ? distances.reduce((a, b) => a + b, 0) / distances.length : 0;
  return { request, distance: Math.round(distance * 1000) / 1000, differences };
}

/** The mean distance of each expected leaf from the actual value at its path. */
function fields(prefix: string, expected: Record<string, unknown>, actual: unknown, differences: Difference[]): number {
  const leaves = leavesOf(expected, prefix);
  if (leaves.length === 0) return 0;
  let total = 0;
  for (const [path, want] of leaves) {
    const got = at(actual, path.slice(prefix.length + 1));
    const d = got === undefined ? 1 : typeof want === 'string' && typeof got === 'string' ? textDistance(want, got) : Number(!sameValue(want, got));
    total += d;
    if (d > 0) differences.push({ field: path, expected: want, actual: got ?? null });
  }
  return total / leaves.length;
}

/** Objects become their dotted leaves; arrays and scalars are compared whole. */
function leavesOf(value: Record<string, unknown>, prefix: string): [string, unknown][] {
  return Object.entries(value).flatMap(([key, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? leavesOf(v as Record<string, unknown>, `${prefix}.${key}`) : [[`${prefix}.${key}`, v] as [string, unknown]]));
}

function at(value: unknown, dotted: string): unknown {
  let here = value;
  for (const key of dotted.split('.')) {
    if (!here || typeof here !== 'object' || !Object.hasOwn(here, key)) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

function sameValue(a: unknown, b: unknown): boolean {
  // Multipart fields arrive as text: a number or boolean asked for matches its written form.
  if (typeof b === 'string' && (typeof a === 'number' || typeof a === 'boolean')) return String(a) === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

function textDistance(a: string, b: string): number {
  if (a === b) return 0;
  return editDistance(a, b) / Math.max(a.length, b.length);
}
