import type { Request } from 'express';

/**
 * An upload's body: its bytes; 'too-big' as soon as it passes `limit` (by its Content-Length before a
 * byte is read, else as it arrives); undefined when the client went away first. A declared length is
 * read into one buffer of that size, so a large file is never held twice while its chunks are joined.
 */
export function readUpload(req: Request, limit: number): Promise<Buffer | 'too-big' | undefined> {
  const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
  if (declared !== undefined && declared > limit) return Promise.resolve('too-big');
  if (req.destroyed) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const whole = declared === undefined ? undefined : Buffer.allocUnsafe(declared);
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (outcome: Buffer | 'too-big' | undefined) => {
      req.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onGone);
      if (outcome === 'too-big') req.pause();
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > (whole?.length ?? limit)) return done('too-big');
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    };
    const onEnd = () => done(whole ? whole.subarray(0, size) : Buffer.concat(chunks, size));
    const onGone = () => done(undefined);
    req.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onGone);
  });
}

/**
 * Turns for reading upload bodies: at most `concurrent` at once, up to `waiting` more queued in
 * order. Taking one gives its release, or undefined when the queue is full too.
 */
export function uploadTurns(concurrent: number, waiting: number): () => Promise<(() => void) | undefined> {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active -= 1;
  };
  return async () => {
    if (active < concurrent) {
      active += 1;
      return once(release);
    }
    if (queue.length >= waiting) return undefined;
    await new Promise<void>((resolve) => queue.push(resolve));
    return once(release);
  };
}

function once(release: () => void): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
  };
}
