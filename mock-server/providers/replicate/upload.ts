import multer, { type StorageEngine } from 'multer';
import type { BodySource } from '../../pipeline/body';
import { MockError } from '../../errors/catalogue';
import { UPLOADS } from '../../budget';

/** Replicate's documented limit (`files.create`'s 413). */
const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Metadata is small JSON kept beside the file; not documented, so the mock's bound is stated in NOTES.md. */
export const MAX_METADATA_BYTES = 64 * 1024;
export const TOO_LARGE = 'Files must be less than 100MB in size';

/** The parts the upload keeps: the file and its metadata; any other file part is read past and dropped. */
const KEPT: Record<string, number> = { content: MAX_FILE_BYTES, metadata: MAX_METADATA_BYTES };

let held = 0;

/**
 * Keeps `content` and `metadata` parts whole (the file is stored byte for byte), each within its
 * bound, and all uploads together within `UPLOADS.replicateHeldBytes` (budget.ts): a part that would pass either is refused
 * as soon as it does, not buffered to the end.
 */
function keepingStorage(): StorageEngine {
  return {
    _handleFile(req, file, callback) {
      const limit = KEPT[file.fieldname];
      const chunks: Buffer[] = [];
      let size = 0;
      let failed = false;
      const release = () => {
        held -= size;
        size = 0;
      };
      const fail = (error: MockError) => {
        if (failed) return;
        failed = true;
        release();
        chunks.length = 0;
        file.stream.resume();
        callback(error);
      };
      file.stream.on('data', (chunk: Buffer) => {
        if (failed || limit === undefined) return;
        size += chunk.length;
        held += chunk.length;
        if (size > limit)
          return fail(
            file.fieldname === 'content'
              ? new MockError('payload_too_large', TOO_LARGE)
              : new MockError('validation', `metadata must be at most ${MAX_METADATA_BYTES} bytes of JSON.`, { field: 'metadata', type: 'invalid' }),
          );
        if (held > UPLOADS.replicateHeldBytes)
          return fail(
            new MockError(
              'rate_limited',
              `The mock is receiving more than ${UPLOADS.replicateHeldBytes / 1024 / 1024} MB of uploads at once; retry once some are stored.`,
            ),
          );
        chunks.push(chunk);
      });
      file.stream.on('error', (error: Error) =>
        fail(new MockError('validation', `The multipart body cannot be read: ${error.message}.`, { field: file.fieldname, type: 'invalid' })),
      );
      file.stream.on('end', () => {
        if (failed) return;
        const buffer = Buffer.concat(chunks);
        // Held until the exchange ends (its answer sent, or the client gone): the bytes stay in memory that long.
        const own = size;
        size = 0;
        const ended = endOf.get(req);
        if (!ended || ended.aborted) held -= own;
        else ended.addEventListener('abort', () => (held -= own), { once: true });
        callback(null, { buffer, size: buffer.length });
      });
    },
    _removeFile(_req, file, callback) {
      (file as { buffer?: Buffer }).buffer = undefined;
      callback(null);
    },
  };
}

const parser = multer({
  storage: keepingStorage(),
  defParamCharset: 'utf8',
  limits: { files: 4, fields: 8, parts: 12, fieldNameSize: 100, fieldSize: MAX_METADATA_BYTES, headerPairs: 32 },
}).any();

/** Each upload's end of exchange, which gives its bytes back. */
const endOf = new WeakMap<object, AbortSignal>();

/** Reads a `files.create` body: its text fields and the kept parts, held until `ended` fires. */
export function readUpload(source: BodySource, ended: AbortSignal): Promise<{ fields: Record<string, unknown>; uploads: Express.Multer.File[] }> {
  endOf.set(source, ended);
  return new Promise((resolve, reject) => {
    // Multer leaves what it read on the source and never writes an answer.
    parser(source as never, undefined as never, (error?: unknown) =>
      error ? reject(uploadError(error)) : resolve({ fields: (source.body ?? {}) as Record<string, unknown>, uploads: source.files ?? [] }),
    );
  });
}

function uploadError(error: unknown): MockError {
  if (error instanceof MockError) return error;
  const message = error instanceof multer.MulterError ? `${error.message}` : (error as Error).message;
  return new MockError('validation', `The multipart body cannot be read: ${message}.`, { field: (error as multer.MulterError).field ?? '', type: 'invalid' });
}

/** Upload bytes held now (tests check the budget is given back). */
export const uploadBytesHeld = () => held;
