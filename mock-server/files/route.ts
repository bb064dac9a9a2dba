import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response, NextFunction } from 'express';
import type { FileState, FileTable } from '../state/store';
import { inertHeaders } from './inert';
import { readUpload, uploadTurns } from './upload-body';
import { MAX_PART_NUMBER } from './limits';
import { UPLOADS } from '../budget';

/**
 * The mock's file storage, under any vendor prefix or host (as `/__images/` is), behaving like the
 * storage service behind a vendor's upload API. The API hands out `.../__files/<id>/upload/<token>`
 * to PUT the bytes to (no key: the token stands for a signed URL's signature, and the file URL does
 * not reveal it) and `.../__files/<id>/<name>` to read them back. Multipart uploads PUT
 * `<upload URL>/<part>` (answered with the part's number and ETag) and POST `<upload URL>/complete`
 * with the parts. A file is written once: a complete upload takes no more writes.
 */
export function serveFiles(files: FileTable, maxBytes: number) {
  const turn = uploadTurns(UPLOADS.concurrent, UPLOADS.waiting);
  return async (req: Request, res: Response, next: NextFunction) => {
    const at = req.path.indexOf('/__files/');
    if (at < 0 || at > 32) return next();
    const segments = decodeSegments(req.path.slice(at + '/__files/'.length));
    const [id, name, token, part, ...rest] = segments ?? [];
    const file = id ? await files.state(id) : undefined;
    if (!file) return refuse(res, 404, "No such file: it was never uploaded, has expired, or was evicted to keep the mock's storage bounded.");
    if (name !== 'upload' || token === undefined) {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || token !== undefined)
        return refuse(res, 405, `${req.method} is not allowed on a file URL; use GET.`);
      return serve(req, res, files, id);
    }
    if (rest.length || !tokenMatches(file, token)) return refuse(res, 403, 'This is not the upload URL the upload API handed out: its token does not match.');
    if (req.method === 'POST' && part === 'complete') return complete(req, res, files, id);
    if (req.method !== 'PUT') return refuse(res, 405, `${req.method} is not allowed on an upload URL; use PUT.`);
    if (file.complete) return refuse(res, 409, 'This upload is complete: a stored file never changes. Initiate a new upload for new bytes.');
    const number = part === undefined ? undefined : Number(part);
    if (number !== undefined && (!file.meta.multipart || !isPartNumber(number))) {
      return refuse(
        res,
        400,
        file.meta.multipart
          ? `"${part}" is not a part number (1 to ${MAX_PART_NUMBER}).`
          : 'This upload was not started as a multipart upload: PUT the whole file to its upload_url.',
      );
    }
    if (number === undefined && file.meta.multipart)
      return refuse(res, 400, 'This is a multipart upload: PUT each part to <upload_url>/<part number>, then POST <upload_url>/complete.');
    const release = await turn();
    if (!release) {
      res.setHeader('Retry-After', '1');
      return refuse(res, 503, 'Too many uploads at once: slow down and retry.');
    }
    try {
      const bytes = await readUpload(req, maxBytes);
      if (bytes === undefined) return;
      if (bytes === 'too-big') return tooBig(res, maxBytes);
      const outcome = await files.write(id, bytes, number);
      if (outcome === 'gone') return refuse(res, 404, 'No such file: it expired or was evicted while its bytes arrived.');
      if (outcome === 'complete') return refuse(res, 409, 'This upload is complete: a stored file never changes. Initiate a new upload for new bytes.');
      if (outcome === 'too-big') return tooBig(res, maxBytes);
      if (number === undefined) return json(res, 200, {});
      return json(res, 200, { partNumber: number, etag: `"${createEtag(bytes)}"` });
    } finally {
      release();
    }
  };
}

/**
 * A URL, or text holding upload URLs (an answer's JSON), as the journal and the log show it: an upload
 * URL's token is a credential, so it is masked.
 */
export function withoutUploadToken(url: string): string {
  return url.includes('/__files/') ? url.replace(/(\/__files\/[^/?#\s"'<>]+\/upload\/)[^/?#\s"'<>]+/g, '$1<token>') : url;
}

async function serve(req: Request, res: Response, files: FileTable, id: string) {
  const file = await files.get(id);
  if (!file?.bytes) return refuse(res, 404, "The file's bytes have not been uploaded yet: PUT them to its upload_url first.");
  res.setHeader('Content-Type', file.meta.contentType);
  for (const [name, value] of Object.entries(inertHeaders(file.meta.contentType))) res.setHeader(name, value);
  res.setHeader('Content-Length', file.bytes.length);
  res.end(req.method === 'HEAD' ? undefined : file.bytes);
}

async function complete(req: Request, res: Response, files: FileTable, id: string) {
  const body = await readUpload(req, UPLOADS.completeBodyBytes);
  if (body === undefined) return;
  if (body === 'too-big') return tooBig(res, UPLOADS.completeBodyBytes);
  const parts = partsOf(body);
  const why = typeof parts === 'string' ? parts : await files.complete(id, parts);
  return why ? refuse(res, 400, `Cannot complete the multipart upload: ${why}.`) : json(res, 200, {});
}

/** The path's segments decoded; undefined when one is not valid percent-encoding. */
function decodeSegments(path: string): string[] | undefined {
  try {
    return path.split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/** Compared by digest, so neither the time taken nor a length mismatch tells how much of a guess was right. */
function tokenMatches(file: FileState, token: string): boolean {
  if (file.meta.uploadToken === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(file.meta.uploadToken), digest(token));
}

const isPartNumber = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= MAX_PART_NUMBER;

function createEtag(bytes: Buffer): string {
  return createHash('md5').update(bytes).digest('hex');
}

/** The listed part numbers, each a part number listed once (as S3 and GCS require); else why not. */
function partsOf(body: Buffer): number[] | string {
  const usage = 'send {"parts": [{"partNumber": 1, "etag": "..."}, ...]}';
  let listed: unknown;
  try {
    listed = (JSON.parse(body.toString('utf8')) as { parts?: unknown } | null)?.parts;
  } catch {
    return usage;
  }
  if (!Array.isArray(listed)) return usage;
  const numbers = listed.map((p) => (p as { partNumber?: unknown } | null)?.partNumber);
  const wrong = numbers.findIndex((n) => !isPartNumber(n));
  if (wrong >= 0) return `${JSON.stringify(numbers[wrong] ?? null)} is not a part number (1 to ${MAX_PART_NUMBER}); ${usage}`;
  const seen = new Set<number>();
  for (const n of numbers as number[]) {
    if (seen.has(n)) return `part ${n} is listed more than once; list each part once`;
    seen.add(n);
  }
  return numbers as number[];
}

function tooBig(res: Response, limit: number) {
  // The rest of the body is not read: the connection closes once the answer is sent.
  res.setHeader('Connection', 'close');
  refuse(res, 413, `The upload is larger than the mock's storage (${limit} bytes).`);
}

function json(res: Response, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.status(status).setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(text);
}

function refuse(res: Response, status: number, detail: string) {
  json(res, status, { detail });
}
