/**
 * Shared by the hardening tests (which start the mock with kit/mock.ts): a raw HTTP/1.1 client for
 * what supertest cannot express, and the vendors' error-body shapes (specs/CONVENTIONS.md, "Error bodies the mock produces").
 */
import { connect } from 'node:net';
import { expect } from 'vitest';
import type { Operation } from '../../core/model/operations';
import type { SpecValidator } from '../../core/validator';
import { departures } from './conformance';

export interface Observed {
  status: number;
  headers: Record<string, string | undefined>;
  text: string;
  /** Parsed JSON when the body is JSON, else undefined. */
  body: unknown;
}

export interface RawOptions {
  /** Send FIN after the bytes (a body that ends early, as a client that gave up would). */
  halfClose?: boolean;
  timeoutMs?: number;
}

/**
 * Writes the bytes as they are on a fresh TCP connection and reads one response: complete when its
 * Content-Length has arrived, or when the server closes the connection (Node's own 4xx replies).
 */
export function rawExchange(port: number, bytes: Buffer | string, { halfClose = false, timeoutMs = 5_000 }: RawOptions = {}): Promise<Observed> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      if (error) return reject(error);
      const parsed = parseResponse(data);
      if (!parsed) return reject(new Error(`no HTTP response (got ${JSON.stringify(data.toString('latin1').slice(0, 200))})`));
      resolve(parsed);
    };
    const timer = setTimeout(() => finish(new Error(`no complete response within ${timeoutMs} ms (got ${JSON.stringify(data.toString('latin1').slice(0, 200))})`)), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      const head = data.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(data.subarray(0, head).toString('latin1'));
      if (length && data.length >= head + 4 + Number(length[1])) finish();
    });
    // A reset after a complete reply is fine (the server closed while we were still sending).
    socket.on('error', () => finish());
    socket.on('close', () => finish());
    socket.write(bytes, () => {
      if (halfClose) socket.end();
    });
  });
}

function parseResponse(data: Buffer): Observed | undefined {
  const head = data.indexOf('\r\n\r\n');
  if (head < 0) return undefined;
  const lines = data.subarray(0, head).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '');
  if (!status) return undefined;
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  const text = data.subarray(head + 4).toString('utf8');
  let body: unknown;
  if ((headers['content-type'] ?? '').includes('json')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  return { status: Number(status[1]), headers, text, body };
}

/** An HTTP/1.1 request as bytes; Content-Length is added for a body unless `headers` sets one (or Transfer-Encoding). */
export function http1(method: string, path: string | Buffer, headers: Record<string, string>, body?: Buffer | string): Buffer {
  const all: Record<string, string> = { Host: '127.0.0.1', Connection: 'close', ...headers };
  const payload = body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  const named = Object.keys(all).map((k) => k.toLowerCase());
  if (body !== undefined && !named.includes('content-length') && !named.includes('transfer-encoding')) all['Content-Length'] = String(payload.length);
  const head = Object.entries(all)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return Buffer.concat([Buffer.from(`${method} `, 'latin1'), Buffer.isBuffer(path) ? path : Buffer.from(path, 'latin1'), Buffer.from(` HTTP/1.1\r\n${head}\r\n`, 'latin1'), payload]);
}

export interface Part {
  name: string;
  value: string | Buffer;
  fileName?: string;
  contentType?: string;
}

export const BOUNDARY = 'hardeningBoundary9f27c1';

/** A multipart/form-data body built by hand (so it can be broken on purpose). */
export function multipartBody(parts: Part[], { boundary = BOUNDARY, close = true } = {}): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.fileName !== undefined ? `; filename="${part.fileName}"` : ''}`;
    const type = part.contentType ?? (part.fileName !== undefined ? 'application/octet-stream' : undefined);
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`, 'utf8'));
    chunks.push(typeof part.value === 'string' ? Buffer.from(part.value, 'utf8') : part.value, Buffer.from('\r\n'));
  }
  if (close) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each vendor's error body, as the conventions table lists it. */
export const ERROR_SHAPES: Record<string, { describe: string; test(body: unknown): boolean }> = {
  ideogram: { describe: '{error: string}', test: (b) => isObject(b) && typeof b.error === 'string' },
  yutoai: { describe: '{error: {message, type}}', test: (b) => isObject(b) && isObject(b.error) && typeof b.error.message === 'string' && typeof b.error.type === 'string' },
  pixazo: {
    describe: '{error, message} or {statusCode, message}',
    test: (b) => isObject(b) && typeof b.message === 'string' && (typeof b.error === 'string' || typeof b.statusCode === 'number'),
  },
  magnific: {
    describe: '{message} or {problem: {message, invalid_params}}',
    test: (b) =>
      isObject(b) &&
      (typeof b.message === 'string' ||
        (isObject(b.problem) && typeof b.problem.message === 'string' && Array.isArray(b.problem.invalid_params) && b.problem.invalid_params.every((p) => isObject(p) && typeof p.name === 'string' && typeof p.reason === 'string'))),
  },
  fal: {
    describe: '{detail: string} or {detail: [{loc, msg, type}]}',
    test: (b) =>
      isObject(b) &&
      (typeof b.detail === 'string' || (Array.isArray(b.detail) && b.detail.length > 0 && b.detail.every((d) => isObject(d) && Array.isArray(d.loc) && typeof d.msg === 'string' && typeof d.type === 'string'))),
  },
};
ERROR_SHAPES['fal-queue'] = ERROR_SHAPES.fal;
ERROR_SHAPES['fal-rest'] = ERROR_SHAPES.fal;
ERROR_SHAPES.replicate = {
  describe: '{detail: string, title?, status?, invalid_fields?}',
  test: (b) => isObject(b) && typeof b.detail === 'string' && (b.status === undefined || typeof b.status === 'number'),
};

/** The mock's shape when no vendor is mounted at the path (`{error, message}`). */
const UNMOUNTED_SHAPE = { describe: '{error, message}', test: (b: unknown) => isObject(b) && typeof b.error === 'string' && typeof b.message === 'string' };

/**
 * A refusal as the vendor would send it: a 4xx from the allowed list, JSON in the vendor's error shape,
 * no internals leaked, and, where the operation documents the status, a body valid against the spec.
 */
export function expectVendorRefusal(validator: SpecValidator, provider: string | undefined, op: Operation | undefined, res: Observed, allowed: readonly number[]) {
  const context = `${provider ?? '(no vendor)'} ${op?.operationId ?? ''} ${res.status} ${res.text.slice(0, 300)}`;
  expect(res.status, context).toBeGreaterThanOrEqual(400);
  expect(res.status, context).toBeLessThan(500);
  expect(allowed, context).toContain(res.status);
  expect(res.headers['content-type'] ?? '', context).toMatch(/^application\/json/);
  const shape = provider ? ERROR_SHAPES[provider] : UNMOUNTED_SHAPE;
  expect(shape.test(res.body), `${context}\nexpected ${shape.describe}`).toBe(true);
  expect(res.text, context).not.toMatch(/node_modules|\.ts:\d+|\n\s+at /);
  if (op && provider && op.responses.some((r) => r.status === res.status)) {
    expect(departures(validator, provider, op.operationId, res), context).toBe('');
  }
}
