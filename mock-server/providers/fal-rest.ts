import { randomUUID } from 'node:crypto';
import type { OperationHandler } from '../context';
import type { operations } from '../../specs/fal-rest/types';
import { falCommon } from './fal';
import { MockError } from '../errors/catalogue';
import type { HandlersFor, VendorModule } from './vendor';

/** `type/subtype` in RFC 9110 token characters, then parameters in printable ASCII. */
const MEDIA_TYPE = /^[\w!#$%&'*+.^`|~-]+\/[\w!#$%&'*+.^`|~-]+(?:[ \t]*;[\x20-\x7e]*)?$/;

/** Reserves a file in the mock's storage and answers with its upload and file URLs under this mount. */
const initiate =
  (multipart: boolean): OperationHandler =>
  async (call) => {
    const { content_type: contentType, file_name: fileName } = call.fields as { content_type: string; file_name: string };
    // It becomes the file's Content-Type header: a line break or a non-ASCII character there is no media type.
    if (!MEDIA_TYPE.test(contentType)) {
      throw new MockError('validation', `content_type must be a media type like image/png (got ${JSON.stringify(contentType.slice(0, 80))}).`, { field: 'content_type', location: ['body', 'content_type'], type: 'value_error' });
    }
    const id = randomUUID();
    await call.ctx.store.files.create(call.ns, id, { contentType, fileName, multipart, createdAt: call.ctx.clock.now(), ttlMs: lifetime(call.req.get('x-fal-object-lifecycle')) ?? Infinity });
    const base = `${call.destination.baseUrl}/__files/${id}`;
    return { status: 200, body: { upload_url: `${base}/upload`, file_url: `${base}/${encodeURIComponent(fileName)}` } };
  };

/** `X-Fal-Object-Lifecycle: {"expiration_duration_seconds": n}` in ms; anything else leaves the store's lifetime (the store caps any). */
function lifetime(header: string | undefined): number | undefined {
  try {
    const seconds = (JSON.parse(header ?? '') as { expiration_duration_seconds?: unknown }).expiration_duration_seconds;
    return typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : undefined;
  } catch {
    return undefined;
  }
}

const handlers: HandlersFor<operations> = {
  initiateUpload: initiate(false),
  initiateMultipartUpload: initiate(true),
  getJwks: (call) => ({ status: 200, body: call.ctx.signingKey().jwks() as never }),
};

/** rest.fal.ai: storage uploads into the mock's file store, and the mock's webhook key as a JWKS. */
export const falRest: VendorModule = { ...falCommon, handlers };
