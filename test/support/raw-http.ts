/**
 * A raw HTTP/1.1 client for what supertest cannot express: bytes written as they are on a fresh
 * connection, requests and multipart bodies built by hand so they can be broken on purpose.
 */
import { connect } from 'node:net';

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
    const timer = setTimeout(
      () => finish(new Error(`no complete response within ${timeoutMs} ms (got ${JSON.stringify(data.toString('latin1').slice(0, 200))})`)),
      timeoutMs,
    );
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
  return Buffer.concat([
    Buffer.from(`${method} `, 'latin1'),
    Buffer.isBuffer(path) ? path : Buffer.from(path, 'latin1'),
    Buffer.from(` HTTP/1.1\r\n${head}\r\n`, 'latin1'),
    payload,
  ]);
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
