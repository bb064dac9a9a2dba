import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import type { Request } from 'express';
import { readUpload, uploadTurns } from './upload-body';

/** A request body as a stream, with the headers a client sent. */
function body(headers: Record<string, string> = {}) {
  const stream = new PassThrough() as PassThrough & { headers: Record<string, string> };
  stream.headers = headers;
  return stream;
}

describe('readUpload', () => {
  it('refuses by Content-Length before reading a byte', async () => {
    const req = body({ 'content-length': String(1024 ** 3) });
    expect(await readUpload(req as unknown as Request, 1000)).toBe('too-big');
    expect(req.readableFlowing).toBe(null);
  });

  it('stops a body without a length as soon as it passes the limit, keeping nothing more', async () => {
    const req = body();
    const read = readUpload(req as unknown as Request, 10);
    req.write(Buffer.alloc(6));
    req.write(Buffer.alloc(6));
    expect(await read).toBe('too-big');
    expect(req.isPaused()).toBe(true);
  });

  it('reads a declared length into one buffer, and a chunked body whole', async () => {
    const declared = body({ 'content-length': '11' });
    const read = readUpload(declared as unknown as Request, 100);
    declared.end('hello world');
    expect(((await read) as Buffer).toString()).toBe('hello world');
    const chunked = body();
    const whole = readUpload(chunked as unknown as Request, 100);
    chunked.write('hello ');
    chunked.end('world');
    expect(((await whole) as Buffer).toString()).toBe('hello world');
  });

  it('gives up, keeping nothing, when the client goes away mid-body', async () => {
    const req = body({ 'content-length': '100' });
    const read = readUpload(req as unknown as Request, 1000);
    req.write('partial');
    req.destroy();
    expect(await read).toBeUndefined();
  });
});

describe('uploadTurns', () => {
  it('lets two read at once, queues the next in order, and turns away one past the queue', async () => {
    const take = uploadTurns(2, 1);
    const [first, second] = [await take(), await take()];
    let third: (() => void) | undefined;
    const waiting = take().then((release) => (third = release));
    expect(await take()).toBeUndefined();
    await Promise.resolve();
    expect(third).toBeUndefined();
    first!();
    first!(); // a second release of the same turn frees nothing more
    await waiting;
    expect(third).toBeDefined();
    expect(await Promise.race([take(), new Promise((resolve) => setImmediate(() => resolve('waiting')))])).toBe('waiting');
    second!();
    third!();
  });
});
