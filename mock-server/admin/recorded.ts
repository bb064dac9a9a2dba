import type { Request } from 'express';
import type { Operation } from '../spec/model';
import { isSecretName } from '../record/redact';

/** A request as the pipeline read it, for `POST /__admin/requests/find`: no secrets, long strings shortened. */
export interface RecordedRequest {
  method: string;
  /** The vendor's own path (without the mock's prefix). */
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  /** The JSON or multipart fields. */
  body?: unknown;
}

/** Strings longer than this (base64 images, data URIs) keep their start and their length. */
const MAX_STRING = 200;
/** The recorder's judgement of header names (record/redact.ts), remembered: the names repeat on every request. */
const secretHeaders = new Map<string, boolean>();

function isSecretHeader(name: string): boolean {
  let secret = secretHeaders.get(name);
  if (secret !== undefined) return secret;
  // Bounded, so clients sending ever-new header names cannot grow it.
  if (secretHeaders.size >= 1024) secretHeaders.clear();
  secret = isSecretName(name);
  secretHeaders.set(name, secret);
  return secret;
}

/**
 * Taken once the operation is known, so refusals before the body is read (auth, limits) are findable
 * too; the body is added when read (`shorten`). Cheap on the hot path: the parsed query is kept by reference.
 */
export function recordRequest(req: Request, path: string, operation: Operation): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && !isSecretHeader(name)) headers[name] = value;
  }
  let query = req.query as Record<string, unknown>;
  for (const scheme of operation.auth) {
    if (scheme.kind === 'query' && Object.hasOwn(query, scheme.header)) {
      const { [scheme.header]: _key, ...rest } = query;
      query = rest;
    }
  }
  return { method: req.method, path, query, headers };
}

/** The same value when nothing in it is too long (kept by reference, not copied); else a copy with long strings cut. */
export function shorten(value: unknown, depth = 6): unknown {
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length} chars)` : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth === 0) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const items = value.map((v) => shorten(v, depth - 1));
    return items.every((v, i) => v === value[i]) ? value : items;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, v] of Object.entries(value)) {
    const short = shorten(v, depth - 1);
    if (short !== v) (copy ??= { ...value })[key] = short;
  }
  return copy ?? value;
}
