import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { MockError } from '../../errors/catalogue';
import type { Call, OperationHandler, Reply } from '../../context';
import type { FileMeta } from '../../state/store';
import type { JsonObject } from '../../../core/model/load';
import { iso } from '../iso-time';
import { validateRequest } from '../../pipeline/validate';
import { bodyIs, bodySource } from '../../pipeline/body';
import { header } from '../../pipeline/request';
import { accountOf } from './account';
import { page } from './pages';
import { TOO_LARGE, readUpload } from './upload';

/** How long Replicate keeps an upload (its answers' `expires_at`); the mock's store may cut it shorter. */
const FILE_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Served inline as themselves; anything else is an attachment. */
const IMAGES = new Set(['image/png', 'image/jpeg', 'image/webp']);

/** What the mock keeps beside a file's bytes (`FileMeta.facts`). */
interface FileFacts {
  owner: string;
  /** The content type the upload declared (`type`, else the part's). */
  type: string;
  metadata: JsonObject;
  size: number;
  sha256: string;
  md5: string;
}

const invalid = (field: string, message: string) => new MockError('validation', message, { field, type: 'invalid' });

/** `metadata` as text or as a file part (both bounded as they arrive), parsed: its shape is the spec's to judge; `{}` when absent. */
function parseMetadata(text: string | undefined): unknown {
  if (text === undefined || text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw invalid('metadata', 'metadata must be valid JSON.');
  }
}

/** PNG, JPEG or WebP by its first bytes; undefined for anything else. */
function imageType(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

/** `POST /v1/files`: every byte kept in the shared file store (bounded there, oldest evicted first). */
const createFile: OperationHandler = Object.assign(
  async (call: Call): Promise<Reply> => {
    const { request } = call;
    if (!bodyIs(request, 'multipart/form-data'))
      throw invalid('', `Send the file as multipart/form-data with a content part (got "${header(request, 'content-type') ?? 'no Content-Type'}").`);
    const { fields, uploads } = await readUpload(bodySource(request), request.signal);
    const part = uploads.find((u) => u.fieldname === 'content');
    const text = typeof fields.content === 'string' ? fields.content : undefined;
    if (!part && text === undefined) throw new MockError('validation', 'content is required', { field: 'content', type: 'missing' });
    const bytes = part ? part.buffer : Buffer.from(text!);
    const metaPart = uploads.find((u) => u.fieldname === 'metadata');
    const metadata = parseMetadata(metaPart ? metaPart.buffer.toString('utf8') : typeof fields.metadata === 'string' ? fields.metadata : undefined);
    // The text fields and metadata against the spec's FileCreateRequest, as the shared reader's bodies are.
    validateRequest(
      call.operation,
      { fields: { ...fields, metadata, content: '<binary>' }, files: {}, spec: call.operation.body },
      { path: call.params, query: {}, header: {} },
    );
    const name = typeof fields.filename === 'string' && fields.filename ? fields.filename : part?.originalname || 'file';
    if (Buffer.byteLength(name) > 255) throw invalid('filename', 'filename must be at most 255 bytes.');
    const declared = typeof fields.type === 'string' && fields.type ? fields.type : part?.mimetype;
    // The spec's pattern for `type` (a media type a header can carry), applied to a part's own Content-Type too.
    const mediaType = new RegExp(String(call.operation.body?.properties.type?.pattern));
    const type = declared && mediaType.test(declared) ? declared : 'application/octet-stream';

    const { username } = accountOf(call.key);
    const facts: FileFacts = {
      owner: username,
      type,
      metadata: metadata as JsonObject,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      md5: createHash('md5').update(bytes).digest('hex'),
    };
    const id = Buffer.from(randomUUID()).toString('base64url');
    const files = call.ctx.store.files;
    // The stored type is what the store's own file route may serve: an image as itself, else inert bytes.
    await files.create(call.ns, id, {
      contentType: imageType(bytes) ?? 'application/octet-stream',
      fileName: name,
      createdAt: call.ctx.clock.now(),
      ttlMs: FILE_LIFETIME_MS,
      multipart: false,
      facts: facts as unknown as JsonObject,
    });
    if ((await files.write(id, bytes)) !== 'ok') throw new MockError('payload_too_large', `${TOO_LARGE}, and within the mock's file storage.`);
    const stored = await files.get(id);
    if (!stored) throw new MockError('payload_too_large', `${TOO_LARGE}, and within the mock's file storage.`);
    return { status: 201, body: fileBody(call, id, stored.meta) };
  },
  { readsBody: true as const },
);

function factsOf(meta: FileMeta): FileFacts {
  return meta.facts as unknown as FileFacts;
}

/** The file as Replicate describes it; `urls.get` is the file resource (what prediction inputs take). */
function fileBody(call: Call, id: string, meta: FileMeta): JsonObject {
  const facts = factsOf(meta);
  return {
    id,
    name: meta.fileName,
    content_type: facts.type,
    size: facts.size,
    etag: facts.md5,
    checksums: { sha256: facts.sha256, md5: facts.md5 },
    metadata: facts.metadata,
    created_at: iso(meta.createdAt),
    expires_at: iso(meta.createdAt + meta.ttlMs),
    urls: { get: `${call.destination.baseUrl}/v1/files/${id}` },
  };
}

const fileNotFound = (why = '') => new MockError('not_found', `File not found${why}`, { title: 'Not found' });

/** The caller's own unexpired file, else Replicate's 404 (another account's file is not found either). */
async function ownFile(call: Call, id: string) {
  const file = await call.ctx.store.files.get(id);
  const facts = file?.meta.facts as unknown as FileFacts | undefined;
  if (!file || facts?.owner !== accountOf(call.key).username) throw fileNotFound();
  return file;
}

const getFile: OperationHandler = async (call) => ({ status: 200, body: fileBody(call, call.params.file_id, (await ownFile(call, call.params.file_id)).meta) });

const deleteFile: OperationHandler = async (call) => {
  await ownFile(call, call.params.file_id);
  await call.ctx.store.files.remove(call.params.file_id);
  return { status: 204, body: null };
};

/** The account's files (in this namespace), most recent first. */
const listFiles: OperationHandler = async (call) => {
  const { username } = accountOf(call.key);
  const own = (await call.ctx.store.files.list(call.ns)).filter((f) => factsOf(f.meta)?.owner === username).reverse();
  return { status: 200, body: await page(call, '/v1/files', own, (f) => fileBody(call, f.id, f.meta)) };
};

/** `signature` for a download URL: base64 HMAC-SHA256 of `"{owner} {id} {expiry}"` under the mock's --webhook-secret. */
export function downloadSignature(secret: string, owner: string, id: string, expiry: string): string {
  return createHmac('sha256', secret).update(`${owner} ${id} ${expiry}`).digest('base64');
}

/** The bytes of a signed download URL, inert: never sniffed, an attachment unless PNG, JPEG or WebP. */
const downloadFile: OperationHandler = async (call) => {
  const { owner, expiry, signature } = call.query as Record<string, string>;
  const id = call.params.file_id;
  const expected = Buffer.from(downloadSignature(call.ctx.jobs.options.webhooks.secret, owner, id, expiry));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw fileNotFound(': the signature does not match this owner, file and expiry.');
  if (Number(expiry) * 1000 < call.ctx.clock.now()) throw fileNotFound(': this download URL has expired.');
  const file = await call.ctx.store.files.get(id);
  if (!file?.bytes || factsOf(file.meta)?.owner !== owner) throw fileNotFound();
  const image = IMAGES.has(file.meta.contentType);
  const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff' };
  if (!image)
    headers['Content-Disposition'] =
      `attachment; filename*=UTF-8''${encodeURIComponent(file.meta.fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
  return { status: 200, body: null, bytes: file.bytes, contentType: image ? file.meta.contentType : factsOf(file.meta).type, headers };
};

export const fileHandlers = { createFile, listFiles, getFile, deleteFile, downloadFile };
