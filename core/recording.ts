/**
 * Recordings: one request and its answer per file, from a live vendor, the mock, or any origin, kept
 * under `contracts/recordings/<provider>/<operationId>-<n>.json` and re-checked against the specs on
 * every test run (test/contracts/recordings.test.ts), so a spec change that a real answer contradicts
 * fails CI.
 *
 * A live runner records like this (keys never reach the disk: saveRecording refuses unredacted ones):
 *
 * ```ts
 * const { recording } = await recordFetch({ provider, operationId, target: 'live' }, url, init);
 * saveRecording('contracts/recordings', redact(recording, [process.env.PIXAZO_API_KEY!]));
 * ```
 */
import { mkdirSync, openSync, readdirSync, readFileSync, writeSync, closeSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SpecValidator, Violation } from './validator';
import { isSecretName, leavesOf, scrubShapes } from './secrets';

export type RecordingTarget = 'live' | 'mock' | (string & {});
type RecordedHeaders = Record<string, string | string[]>;

interface RecordedRequest {
  method: string;
  url: string;
  headers: RecordedHeaders;
  /** Parsed JSON, text, `"<multipart N bytes>"`, or absent for a request without a body. */
  body?: unknown;
}

interface RecordedResponse {
  status: number;
  headers: RecordedHeaders;
  /** Parsed JSON, text, or `"<image/png N bytes>"` for binary content. */
  body: unknown;
}

export interface Recording {
  provider: string;
  operationId: string;
  /** ISO 8601. */
  recordedAt: string;
  /** `live`, `mock`, or the origin the request went to. */
  target: RecordingTarget;
  request: RecordedRequest;
  response: RecordedResponse;
}

export interface LoadedRecording {
  /** Path relative to the folder given to loadRecordings (`pixazo/v2Generate-1.json`). */
  file: string;
  recording: Recording;
}

/** Headers that carry credentials for one of the vendors (or any HTTP client); always replaced. */
export const SECRET_HEADERS = [
  'authorization',
  'proxy-authorization',
  'api-key',
  'x-api-key',
  'ocp-apim-subscription-key',
  'x-magnific-api-key',
  'x-freepik-api-key',
  'cookie',
  'set-cookie',
];

export const REDACTED = '<redacted>';

/** A redacted copy plus the secret values it held (to scrub wherever else they appear). */
export interface Redacted<T> {
  value: T;
  secrets: string[];
}

/** `?a=1&api_key=x` → `?a=1&api_key=<redacted>`; the search string, with its `?`, or ''. */
export function redactQuery(search: string, schemes: Set<string>): Redacted<string> {
  const params = new URLSearchParams(search);
  const secrets: string[] = [];
  for (const [name, v] of [...params]) {
    if (!isSecretName(name, schemes)) continue;
    secrets.push(v);
    params.set(name, REDACTED);
  }
  // The marker stays legible in the recorded URL; URLSearchParams reads it back either way.
  const text = params.toString().replaceAll(encodeURIComponent(REDACTED), REDACTED);
  return { value: secrets.length === 0 ? search : text ? `?${text}` : '', secrets };
}

/** A header that carries a credential: one of SECRET_HEADERS, or any named like a secret (`X-Api-Keys`, `X-Auth-Token`). */
const isSecretHeader = (name: string) => SECRET_HEADERS.includes(name.toLowerCase()) || isSecretName(name);

/** Values found under a secret's name shorter than this are not scrubbed elsewhere too (the field itself always is). */
const MIN_NAMED_SECRET = 8;

/**
 * A copy with every credential gone. By name: headers (SECRET_HEADERS and any named like a secret,
 * core/secrets.ts) and JSON fields at any depth, in the request and the answer (Replicate's
 * webhook secret answers `{"key": "whsec_…"}`), become `<redacted>`. By value: each of `secrets`,
 * and each value so found, is replaced wherever it occurs (URL, header names and values, bodies,
 * object keys), also in its URL-encoded, form-encoded and JSON-escaped spellings. By shape: whatever
 * `scrubShapes` recognises (`whsec_…`, `r8_…`, `Bearer …`, URL user-info, `?token=…`). Should a secret
 * overlap the marker itself (it contains `<` or `>`, or is part of "redacted"), a marker made of a
 * character no secret contains is used instead, so no secret can survive or be formed by the replacement.
 */
export function redact(exchange: Recording, secrets: readonly string[]): Recording {
  const found = [...secrets, ...namedSecrets(exchange).filter((s) => s.length >= MIN_NAMED_SECRET)];
  const variants = [...new Set(found.filter((s) => s.length > 0).flatMap(spellings))].sort((a, b) => b.length - a.length);
  const marker = markerFor(variants);
  const scrub = (text: string) =>
    scrubShapes(
      variants.reduce((out, v) => out.split(v).join(marker), text),
      marker,
    );
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return scrub(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [scrub(k), isSecretName(k) ? marker : walk(v)]));
    return value;
  };
  // Header names and body keys are scrubbed too; the recording's own field names are not.
  const headers = (h: RecordedHeaders): RecordedHeaders =>
    Object.fromEntries(Object.entries(h).map(([name, value]) => [scrub(name), isSecretHeader(name) ? marker : (walk(value) as string | string[])]));
  const { request: q, response: r } = exchange;
  return {
    provider: scrub(exchange.provider),
    operationId: scrub(exchange.operationId),
    recordedAt: scrub(exchange.recordedAt),
    target: scrub(exchange.target),
    request: { method: scrub(q.method), url: scrub(q.url), headers: headers(q.headers), ...('body' in q ? { body: walk(q.body) } : {}) },
    response: { status: r.status, headers: headers(r.headers), body: walk(r.body) },
  };
}

/** The values held under a secret's name: credential headers (and the credential after `Bearer`/`Key`), JSON fields, the URL's query. */
function namedSecrets(exchange: Recording): string[] {
  const out: string[] = [];
  for (const h of [exchange.request.headers, exchange.response.headers]) {
    for (const [name, value] of Object.entries(h)) {
      if (!isSecretHeader(name)) continue;
      for (const each of [value].flat()) out.push(each, each.trim().split(/\s+/).at(-1)!);
    }
  }
  const fields = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(fields);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (isSecretName(k)) out.push(...leavesOf(v));
      else fields(v);
    }
  };
  fields(exchange.request.body);
  fields(exchange.response.body);
  const query = exchange.request.url.split('?')[1];
  if (query) for (const [name, value] of new URLSearchParams(query)) if (isSecretName(name)) out.push(value);
  return out.filter((s) => !isMarker(s));
}

/** The ways a secret shows up in a recording besides verbatim. */
/** A secret as it may be written: itself, URL-encoded, form-encoded and JSON-escaped. */
export function spellings(secret: string): string[] {
  const encoded = (encode: (s: string) => string) => {
    try {
      return [encode(secret)];
    } catch {
      return []; // lone surrogates cannot be percent-encoded, so they never appear that way
    }
  };
  return [secret, ...encoded(encodeURIComponent), ...encoded((s) => new URLSearchParams({ s }).toString().slice(2)), JSON.stringify(secret).slice(1, -1)];
}

function markerFor(variants: string[]): string {
  if (variants.every((v) => !v.includes('<') && !v.includes('>') && !REDACTED.includes(v))) return REDACTED;
  // No occurrence of a secret can overlap a run of a character that the secret does not contain.
  for (let code = 0x2588; ; code++) {
    const char = String.fromCodePoint(code);
    if (variants.every((v) => !v.includes(char))) return char.repeat(8);
  }
}

const isMarker = (value: unknown) => typeof value === 'string' && (value === REDACTED || /^(.)\1{7}$/u.test(value));

/**
 * Writes `<dir>/<provider>/<operationId>-<n>.json` (n = the first number not taken; never overwrites)
 * as pretty JSON in a stable key order, and returns its path. Refuses a recording whose credential
 * headers still hold a value (run `redact` first).
 */
export function saveRecording(dir: string, exchange: Recording): string {
  for (const [where, headers] of [
    ['request', exchange.request.headers],
    ['response', exchange.response.headers],
  ] as const) {
    for (const [name, value] of Object.entries(headers)) {
      if (isSecretHeader(name) && !isMarker(value))
        throw new Error(`Refusing to save ${exchange.provider} ${exchange.operationId}: the ${where} header ${name} is not redacted.`);
    }
  }
  for (const part of [exchange.provider, exchange.operationId]) {
    if (!/^[A-Za-z0-9_-]+$/.test(part)) throw new Error(`Not usable in a file name: ${JSON.stringify(part)}`);
  }
  const folder = join(dir, exchange.provider);
  mkdirSync(folder, { recursive: true });
  const text = JSON.stringify(canonical(exchange), null, 2) + '\n';
  for (let n = 1; ; n++) {
    const file = join(folder, `${exchange.operationId}-${n}.json`);
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    return file;
  }
}

/** The envelope in a fixed order, headers and body objects sorted by key (arrays keep their order). */
export function canonical(exchange: Recording): Recording {
  const { request: q, response: r } = exchange;
  return {
    provider: exchange.provider,
    operationId: exchange.operationId,
    recordedAt: exchange.recordedAt,
    target: exchange.target,
    request: { method: q.method, url: q.url, headers: sortKeys(q.headers) as RecordedHeaders, ...(q.body === undefined ? {} : { body: sortKeys(q.body) }) },
    response: { status: r.status, headers: sortKeys(r.headers) as RecordedHeaders, body: sortKeys(r.body) },
  };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Every `*.json` under `dir` (any depth), parsed and checked to be a recording, in path order. */
export function loadRecordings(dir: string): LoadedRecording[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const visit = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.json')) files.push(path);
    }
  };
  visit(dir);
  return files.map((path) => {
    const file = relative(dir, path);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not JSON (${(error as Error).message})`, { cause: error });
    }
    const problem = shapeProblem(parsed);
    if (problem) throw new Error(`${file}: not a recording: ${problem}`);
    return { file, recording: parsed as Recording };
  });
}

function shapeProblem(value: unknown): string | undefined {
  const o = value as Partial<Recording> | null;
  if (!o || typeof o !== 'object') return 'not an object';
  for (const key of ['provider', 'operationId', 'recordedAt', 'target'] as const) if (typeof o[key] !== 'string') return `${key} is not a string`;
  if (Number.isNaN(Date.parse(o.recordedAt!))) return 'recordedAt is not a date';
  if (!o.request || typeof o.request.method !== 'string' || typeof o.request.url !== 'string' || typeof o.request.headers !== 'object')
    return 'request needs method, url and headers';
  if (!o.response || !Number.isInteger(o.response.status) || typeof o.response.headers !== 'object' || !('body' in o.response))
    return 'response needs status, headers and body';
  return undefined;
}

/** The recorded answer against its operation's spec (status documented, headers, body schema). */
export function validateRecording(validator: SpecValidator, recording: Recording): Violation[] {
  const { status, headers, body } = recording.response;
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return validator.validateResponse(recording.provider, recording.operationId, { status, headers: lower, body });
}

/** How a body is kept: JSON parsed, text as text, multipart and binary as a size summary. */
export function recordedBody(bytes: Uint8Array, contentType: string | null | undefined): unknown {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type.startsWith('multipart/')) return `<multipart ${bytes.length} bytes>`;
  const text = Buffer.from(bytes).toString('utf8');
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  if (type.startsWith('text/') || type === 'application/x-www-form-urlencoded') return text;
  if (bytes.length === 0) return '';
  return `<${type || 'application/octet-stream'} ${bytes.length} bytes>`;
}

function headerRecord(headers: Headers): RecordedHeaders {
  const out: RecordedHeaders = {};
  for (const [name, value] of headers) out[name] = value;
  const cookies = headers.getSetCookie();
  if (cookies.length > 1) out['set-cookie'] = cookies;
  return out;
}

/**
 * Sends one request with the global fetch (so an interception in place applies) and returns the
 * answer and its recording (not yet redacted). The response handed back can still be read.
 */
export async function recordFetch(
  meta: { provider: string; operationId: string; target: RecordingTarget },
  url: string,
  init: RequestInit = {},
): Promise<{ recording: Recording; response: Response }> {
  const request = new Request(url, init);
  const sent = request.body ? new Uint8Array(await request.clone().arrayBuffer()) : undefined;
  const recordedAt = new Date().toISOString();
  const response = await fetch(request);
  const received = new Uint8Array(await response.clone().arrayBuffer());
  const recording: Recording = {
    provider: meta.provider,
    operationId: meta.operationId,
    recordedAt,
    target: meta.target,
    request: {
      method: request.method,
      url: request.url,
      headers: headerRecord(request.headers),
      ...(sent ? { body: recordedBody(sent, request.headers.get('content-type')) } : {}),
    },
    response: { status: response.status, headers: headerRecord(response.headers), body: recordedBody(received, response.headers.get('content-type')) },
  };
  return { recording, response };
}
