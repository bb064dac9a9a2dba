/**
 * Forwards a vendor request, as the client sent it, to the upstream base URL (`--proxy`): the real
 * vendor authenticates and validates, so nothing is checked here. The global fetch (undici) sends it.
 */
import type { MockRequest } from '../pipeline/request';
import { MockError } from '../errors/catalogue';

/** As pipeline/body.ts reads JSON: the largest body any vendor takes (four 10 MB base64 images) with room. */
const MAX_PROXIED_BYTES = 64 * 1024 * 1024;

/** Per connection, not end to end (RFC 9110 §7.6.1), or recomputed by fetch for the bytes it sends. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
  'content-length',
  'expect',
]);

export interface Exchange {
  method: string;
  /** Vendor-relative path and query, as sent upstream. */
  path: string;
  requestHeaders: Record<string, string | string[]>;
  requestBody: Buffer;
  status: number;
  responseHeaders: Record<string, string | string[]>;
  responseBody: Buffer;
}

/** The request's raw body, refused past MAX_PROXIED_BYTES as the spec-driven path refuses it. */
async function readRaw(body: MockRequest['body']): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of Buffer.isBuffer(body) ? [body] : (body as AsyncIterable<Buffer>)) {
    size += chunk.length;
    if (size > MAX_PROXIED_BYTES)
      throw new MockError('payload_too_large', `The body is larger than ${MAX_PROXIED_BYTES / 1024 / 1024} MB, more than the mock forwards.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** End-to-end request headers; `accept-encoding` is dropped so the answer arrives as plain bytes to rewrite and record. */
function forwardedHeaders(request: MockRequest): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === 'accept-encoding') continue;
    out[name] = value;
  }
  return out;
}

/**
 * `upstreamBase + path` as the upstream will read it (dot segments, `%2e%2e` and backslashes resolved
 * as the URL standard does), or undefined when it leaves the base path: the upstream's other paths
 * (an upstream mock's `/__admin`) are not the vendor's.
 */
export function upstreamUrl(upstreamBase: string, path: string): string | undefined {
  const base = new URL(upstreamBase).pathname.replace(/\/+$/, '');
  const url = new URL(upstreamBase.replace(/\/+$/, '') + path);
  return url.pathname === base || url.pathname.startsWith(`${base}/`) ? url.href : undefined;
}

/** Sends the request to `upstreamBase + path` and reads the whole answer. Unreachable upstream: a 502 MockError. */
export async function forward(request: MockRequest, upstreamBase: string, path: string): Promise<Exchange> {
  const { method } = request;
  const requestBody = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : await readRaw(request.body);
  const requestHeaders = forwardedHeaders(request);
  const headers = new Headers();
  for (const [name, value] of Object.entries(requestHeaders)) for (const each of [value].flat()) headers.append(name, each);
  const url = upstreamUrl(upstreamBase, path);
  if (!url)
    throw new MockError(
      'not_found',
      `${path.split('?')[0].slice(0, 200)} climbs out of the vendor's base path (dot segments); the mock forwards only paths under ${upstreamBase}.`,
    );
  let response: Response;
  try {
    // Redirects go back to the client (their Location rewritten), as the vendor sent them.
    response = await fetch(url, { method, headers, body: requestBody.length ? requestBody : undefined, redirect: 'manual' });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new MockError(
      'upstream_unreachable',
      `The mock proxies this vendor to ${upstreamBase}, which did not answer (${cause?.code ?? cause?.message ?? (error as Error).message}).`,
    );
  }
  const responseBody = Buffer.from(await response.arrayBuffer());
  const responseHeaders: Record<string, string | string[]> = {};
  for (const [name, value] of response.headers) {
    // fetch has already undone any Content-Encoding; the length is recomputed for the rewritten body.
    if (HOP_BY_HOP.has(name) || name === 'content-encoding') continue;
    responseHeaders[name] = value;
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 1) responseHeaders['set-cookie'] = cookies;
  return { method, path, requestHeaders, requestBody, status: response.status, responseHeaders, responseBody };
}
