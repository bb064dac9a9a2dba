import { createHash } from 'node:crypto';
import type { Request, Response, NextFunction } from 'express';
import type { FileTable } from '../state/store';

/**
 * The mock's file storage, under any vendor prefix or host (as `/__images/` is): a vendor's upload
 * API hands out `.../__files/<id>/upload` to PUT the bytes to (no key: it stands for a signed URL) and
 * `.../__files/<id>/<name>` to read them back. Multipart uploads PUT `.../upload/<part>` (answered
 * with the part's number and ETag) and POST `.../upload/complete` with the parts.
 */
export function serveFiles(files: FileTable, maxBytes: number) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const at = req.path.indexOf('/__files/');
    if (at < 0 || at > 32) return next();
    const [id, name, part] = req.path.slice(at + '/__files/'.length).split('/').map(decodeSegment);
    const file = id ? await files.get(id) : undefined;
    if (!file) return refuse(res, 404, 'No such file: it was never uploaded, has expired, or was evicted to keep the mock\'s storage bounded.');
    const upload = name === 'upload';
    if ((req.method === 'GET' || req.method === 'HEAD') && !upload && part === undefined) {
      if (!file.bytes) return refuse(res, 404, 'The file\'s bytes have not been uploaded yet: PUT them to its upload_url first.');
      res.setHeader('Content-Type', file.meta.contentType);
      res.setHeader('Content-Length', file.bytes.length);
      return res.end(req.method === 'HEAD' ? undefined : file.bytes);
    }
    if (!upload) return refuse(res, 405, `${req.method} is not allowed on a file URL; use GET.`);
    if (req.method === 'POST' && part === 'complete') {
      const body = await readAll(req, 1 << 20);
      const parts = parseParts(body);
      const why = parts ? await files.complete(id, parts) : 'send {"parts": [{"partNumber": 1, "etag": "..."}, ...]}';
      return why ? refuse(res, 400, `Cannot complete the multipart upload: ${why}.`) : json(res, 200, {});
    }
    if (req.method !== 'PUT') return refuse(res, 405, `${req.method} is not allowed on an upload URL; use PUT.`);
    const number = part === undefined ? undefined : Number(part);
    // Multipart until its parts are joined.
    const multipart = file.meta.multipart && !file.bytes;
    if (number !== undefined && (!multipart || !Number.isInteger(number) || number < 1 || number > 10_000)) {
      return refuse(res, 400, multipart ? `"${part}" is not a part number (1 to 10000).` : 'This upload was not started as a multipart upload: PUT the whole file to its upload_url.');
    }
    if (number === undefined && multipart) return refuse(res, 400, 'This is a multipart upload: PUT each part to <upload_url>/<part number>, then POST <upload_url>/complete.');
    const bytes = await readAll(req, maxBytes);
    if (!bytes) return refuse(res, 413, `The file is larger than the mock's storage (${maxBytes} bytes).`);
    if (!(await files.write(id, bytes, number))) return refuse(res, 404, 'No such file: it expired or was evicted while its bytes arrived.');
    if (number === undefined) return json(res, 200, {});
    return json(res, 200, { partNumber: number, etag: `"${createEtag(bytes)}"` });
  };
}

/** A malformed escape (`%zz`) names nothing (''): no such file, a 404, never a 500. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

function createEtag(bytes: Buffer): string {
  return createHash('md5').update(bytes).digest('hex');
}

function parseParts(body: Buffer | undefined): number[] | undefined {
  try {
    const parsed = JSON.parse(body?.toString('utf8') ?? '') as { parts?: { partNumber?: unknown }[] };
    const numbers = parsed.parts?.map((p) => p.partNumber);
    return numbers?.every((n): n is number => Number.isInteger(n)) ? numbers : undefined;
  } catch {
    return undefined;
  }
}

/** The whole body, or undefined once it passes `limit` bytes (the rest is drained, not kept). */
async function readAll(req: Request, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? undefined : Buffer.concat(chunks);
}

function json(res: Response, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.status(status).setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(text);
}

function refuse(res: Response, status: number, detail: string) {
  json(res, status, { detail });
}
