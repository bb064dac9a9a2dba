import express from 'express';
import multer from 'multer';
import typeis from 'type-is';
import { isUtf8 } from 'node:buffer';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { MockError } from '../errors/catalogue';
import { readForm, partName } from '../uploads/form';
import { inspectImage, MAX_IMAGE_BYTES, type UploadedImage } from '../uploads/inspect';
import type { Operation, RequestBodySpec } from '../../core/model/operations';
import { typeFormText } from './form-text';
import { header, type MockRequest } from './request';

/** Text fields longer than this are refused; image-carrying fields (base64 or URLs) are exempt. */
export const MAX_TEXT_CHARS = 65_536;

export interface RequestData {
  /** JSON body, or multipart text parts (JSON parts parsed), as the schema sees them. */
  fields: Record<string, unknown>;
  files: Record<string, UploadedImage[]>;
  /** The documented media type the body was read as. */
  spec?: RequestBodySpec;
}

/** Magnific takes up to four base64 images of 10 MB each in one JSON body. */
const JSON_LIMIT = '64mb';
/** Items plus keys a JSON body may hold: no vendor request comes near it, and it bounds the work of every later check. */
export const MAX_JSON_NODES = 10_000;
// Content-Encoding (gzip, deflate, br) is inflated by body-parser on libuv's threads, and the limit counts inflated bytes.
const jsonParser = express.json({ limit: JSON_LIMIT, strict: true, type: () => true, verify: checkRawJson });
/** Bytes a text part may take: the text limit at 4 bytes a character, refused as soon as it is passed rather than buffered. */
const FIELD_BYTES = 4 * MAX_TEXT_CHARS;

/**
 * The body as the parsers (body-parser, multer) take a request: a stream carrying the request's
 * headers, where they leave what they read (`body`, `files`).
 */
export interface BodySource extends Readable {
  headers: IncomingHttpHeaders;
  body?: unknown;
  files?: Express.Multer.File[];
}

/** The request's body stream (an HTTP request is one already), or its bytes as one. */
export function bodySource(request: MockRequest): BodySource {
  const stream = Buffer.isBuffer(request.body) ? Readable.from(request.body.length ? [request.body] : [], { objectMode: false }) : request.body;
  if (!('headers' in stream)) Object.assign(stream, { headers: request.headers });
  return stream as BodySource;
}

/** Whether the request has a body of this media type, as Express's `req.is` says it. */
export function bodyIs(request: Pick<MockRequest, 'headers'>, type: string): boolean {
  return Boolean(typeis(request as IncomingMessage, [type]));
}

/** Reads the body the operation declares; a GET or a POST without its optional body yields no fields and no schema to check. */
export async function readBody(operation: Operation, request: MockRequest): Promise<RequestData> {
  const spec = chooseBody(operation, request);
  const none: RequestData = { fields: {}, files: {} };
  if (!spec) {
    if (hasBody(request) && bodyIs(request, 'application/json')) await run(jsonParser, bodySource(request));
    return none;
  }
  if (!hasBody(request)) {
    const parts = spec.files.filter((f) => f.required).map((f) => f.name);
    const what = parts.length ? `${spec.mediaType} with the file part${parts.length > 1 ? 's' : ''} ${parts.join(', ')}` : spec.mediaType;
    if (spec.required) throw new MockError('validation', `The request body is required (${what}).`, { field: 'body', location: ['body'], type: 'missing' });
    // An optional body left out is not validated: Pixazo's status POST is sent with no body at all.
    return none;
  }
  const data = spec.mediaType === 'application/json' ? await readJson(request, spec.schema.type === 'array') : await readMultipart(spec, request);
  return { ...data, spec };
}

/** The documented media type the request's Content-Type names; the first documented one otherwise. */
function chooseBody(operation: Operation, request: MockRequest): RequestBodySpec | undefined {
  return operation.bodies.find((body) => bodyIs(request, body.mediaType)) ?? operation.body;
}

function hasBody(request: MockRequest): boolean {
  return header(request, 'transfer-encoding') !== undefined || Number(header(request, 'content-length') ?? 0) > 0;
}

/** A JSON object, or where the schema says so an array (Runware's body is an array of tasks). */
async function readJson(request: MockRequest, array: boolean): Promise<RequestData> {
  if (!bodyIs(request, 'application/json') && !bodyIs(request, '+json')) {
    throw new MockError(
      'unsupported_media_type',
      `Send the body as JSON with "Content-Type: application/json" (got "${header(request, 'content-type') ?? 'no Content-Type'}").`,
    );
  }
  const source = bodySource(request);
  await run(jsonParser, source);
  const body: unknown = source.body;
  if (!body || typeof body !== 'object' || Array.isArray(body) !== array) {
    throw new MockError('validation', `The JSON body must be ${array ? 'an array' : 'an object'}.`, { field: 'body', location: ['body'], type: 'type_error' });
  }
  return { fields: body as Record<string, unknown>, files: {} };
}

async function readMultipart(spec: RequestBodySpec, request: MockRequest): Promise<RequestData> {
  if (!bodyIs(request, 'multipart/form-data')) {
    throw new MockError('unsupported_media_type', `Send the body as multipart/form-data (got "${header(request, 'content-type') ?? 'no Content-Type'}").`);
  }
  if (!/boundary=/i.test(header(request, 'content-type') ?? '')) {
    throw new MockError('malformed_body', 'The multipart Content-Type has no boundary parameter.');
  }
  const source = bodySource(request);
  await readForm(spec, FIELD_BYTES, source).catch((error: unknown) => Promise.reject(parserError(error)));
  const uploads = source.files ?? [];
  const texts = [
    ...Object.entries((source.body ?? {}) as Record<string, unknown>),
    ...uploads.filter((u) => u.kind === 'text').map((u) => [u.fieldname, textOfPart(u)] as const),
  ];
  const fields: Record<string, unknown> = {};
  for (const [rawName, value] of texts) {
    const name = partName(rawName);
    if (value === '') continue; // an empty text part means "not given" (a required one is then reported missing)
    if (spec.files.some((f) => f.name === name)) {
      throw new MockError('validation', `${name} must be sent as a file part (with a filename), not as a text field.`, { field: name, type: 'invalid_image' });
    }
    // The same field as a text part and as a file part is a field sent twice, as a repeated text part is.
    const read = spec.jsonParts.includes(name) ? parseJsonPart(name, value) : typeFormText(value as string | string[], spec.fieldTypes[name]);
    fields[name] = name in fields ? [fields[name], read].flat() : read;
  }
  const files = await inspectFiles(uploads.filter((u) => u.kind === 'file'));
  checkDimensions(spec, files);
  return { fields, files };
}

/** A field sent as a file part (`-F seed=@seed.txt`, a `Blob` of JSON): its bytes as the text of the field. */
function textOfPart(upload: Express.Multer.File): string {
  const name = partName(upload.fieldname);
  if (upload.size > FIELD_BYTES) throw parserError(new multer.MulterError('LIMIT_FIELD_VALUE', name));
  const bytes = upload.head ?? Buffer.alloc(0);
  if (!isUtf8(bytes))
    throw new MockError('validation', `${name} is a text field: its part (${JSON.stringify(upload.originalname)}) must hold UTF-8 text.`, {
      field: name,
      type: 'string_type',
    });
  return bytes.toString('utf8');
}

function parseJsonPart(name: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    throw new MockError('validation', `The ${name} part must be a JSON object (it is not valid JSON).`, { field: name, type: 'json_invalid' });
  }
}

async function inspectFiles(uploads: Express.Multer.File[]): Promise<Record<string, UploadedImage[]>> {
  const files: Record<string, UploadedImage[]> = {};
  for (const upload of uploads) {
    const field = partName(upload.fieldname);
    const verdict = await inspectImage(upload.head ?? Buffer.alloc(0), upload.size, upload.broken);
    if (!verdict.ok)
      throw new MockError('validation', `${field} (${JSON.stringify(upload.originalname)}) ${verdict.reason}.`, { field, type: 'invalid_image' });
    (files[field] ??= []).push({ field, fileName: upload.originalname, size: upload.size, fingerprint: upload.fingerprint ?? '', image: verdict.image });
  }
  return files;
}

function checkDimensions(spec: RequestBodySpec, files: Record<string, UploadedImage[]>) {
  for (const part of spec.files) {
    if (!part.sameDimensionsAs) continue;
    const own = files[part.name]?.[0];
    const other = files[part.sameDimensionsAs]?.[0];
    if (!own || !other) continue;
    if (own.image.width === other.image.width && own.image.height === other.image.height) continue;
    throw new MockError(
      'validation',
      `${part.name} must have the same dimensions as ${part.sameDimensionsAs} (${part.name} is ${own.image.width}x${own.image.height}, ${part.sameDimensionsAs} is ${other.image.width}x${other.image.height}).`,
      { field: part.name },
    );
  }
}

/**
 * Before JSON.parse: JSON is UTF-8 (RFC 8259), so invalid bytes make a malformed body instead of
 * silently becoming U+FFFD; and a body with more than MAX_JSON_NODES items and keys is refused
 * before anything builds or walks it.
 */
function checkRawJson(_req: unknown, _res: unknown, body: Buffer, encoding: string) {
  if (encoding.toLowerCase().replace('-', '') === 'utf8' && !isUtf8(body)) {
    throw Object.assign(new Error('the body is not valid UTF-8'), { status: 400, type: 'entity.parse.failed' });
  }
  if (countJsonNodes(body, MAX_JSON_NODES) > MAX_JSON_NODES) throw Object.assign(new Error('too many nodes'), { status: 413, type: 'json.too.many.nodes' });
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Commas and colons outside strings, plus one: an upper bound on items plus keys, counted up to
 * `stop`. Strings (base64 images can be megabytes) are skipped with native searches. Nesting is
 * bounded later, by MAX_DEPTH, after a parse V8 does without recursion.
 */
function countJsonNodes(body: Buffer, stop: number): number {
  let nodes = 1;
  for (let i = 0; i < body.length && nodes <= stop; i++) {
    const byte = body[i];
    if (byte === COMMA || byte === COLON) nodes++;
    else if (byte === QUOTE) i = stringEnd(body, i + 1);
  }
  return nodes;
}

/** Index of the quote closing the string that starts at `from` (or the end of the body). */
function stringEnd(body: Buffer, from: number): number {
  for (let at = body.indexOf(QUOTE, from); at >= 0; at = body.indexOf(QUOTE, at + 1)) {
    let backslashes = 0;
    while (body[at - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return body.length;
}

type Middleware = (req: IncomingMessage, res: never, next: (error?: unknown) => void) => void;

/** Runs a body parser (which never writes an answer) and turns its failures into the vendor's 4xx. */
function run(parser: Middleware, source: BodySource): Promise<void> {
  return new Promise((resolve, reject) => {
    parser(source as unknown as IncomingMessage, undefined as never, (error?: unknown) => (error ? reject(parserError(error)) : resolve()));
  });
}

function parserError(error: unknown): MockError {
  if (error instanceof MockError) return error;
  if (error instanceof multer.MulterError) {
    const field = error.field;
    switch (error.code) {
      case 'LIMIT_FILE_SIZE':
        return new MockError('validation', `${field} is larger than ${MAX_IMAGE_BYTES} bytes (10 MB), the limit for each image.`, {
          field,
          type: 'file_too_large',
        });
      case 'LIMIT_FIELD_VALUE':
        return new MockError(
          'payload_too_large',
          `The ${field} part is larger than ${FIELD_BYTES / 1024} KB; text parts take up to ${MAX_TEXT_CHARS} characters.`,
          { field },
        );
      case 'LIMIT_FILE_COUNT':
      case 'LIMIT_PART_COUNT':
      case 'LIMIT_FIELD_COUNT':
        return new MockError('payload_too_large', `The form has too many parts (${error.message}).`);
      default:
        return new MockError('malformed_body', `The multipart body is malformed: ${error.message}.`, { field });
    }
  }
  const typed = error as { type?: string; status?: number; message?: string };
  if (typed.type === 'entity.too.large')
    return new MockError('payload_too_large', `The JSON body is larger than ${JSON_LIMIT} (counted after Content-Encoding is undone).`);
  if (typed.type === 'json.too.many.nodes')
    return new MockError(
      'payload_too_large',
      `The JSON body holds more than ${MAX_JSON_NODES.toLocaleString('en')} items and keys; no request to this API needs that many.`,
    );
  if (typed.type === 'entity.parse.failed') {
    return new MockError('malformed_body', `The body is not valid JSON: ${typed.message}.`, { location: ['body', 0], type: 'json_invalid' });
  }
  if (typed.type === 'request.aborted' || typed.type === 'request.size.invalid') return new MockError('malformed_body', 'The request body ended early.');
  // An unsupported charset or Content-Encoding is a body of the wrong type: no vendor documents 415.
  if (typed.status === 415) return new MockError('unsupported_media_type', `The body could not be read: ${typed.message}.`);
  if (typed.status && typed.status >= 400 && typed.status < 500)
    return new MockError('malformed_body', `The body could not be read: ${typed.message}.`, { status: typed.status });
  return new MockError('malformed_body', `The multipart body is malformed: ${typed.message ?? String(error)}.`);
}
