import { randomBytes, randomUUID } from 'node:crypto';
import type { OperationHandler } from '../context';
import type { operations } from '../../specs/fal-rest/types';
import { falCommon } from './fal';
import { header } from '../pipeline/request';
import type { HandlersFor, VendorModule } from './vendor';

/** Reserves a file in the mock's storage and answers with its upload and file URLs under this mount. */
const initiate =
  (multipart: boolean): OperationHandler =>
  async (call) => {
    const { content_type: contentType, file_name: fileName } = call.fields as { content_type: string; file_name: string };
    const id = randomUUID();
    // The upload URL's own secret, as a signed URL's signature: the file URL, which is shared, does not hold it.
    const uploadToken = randomBytes(24).toString('base64url');
    await call.ctx.store.files.create(call.ns, id, {
      contentType,
      fileName,
      multipart,
      uploadToken,
      createdAt: call.ctx.clock.now(),
      ttlMs: lifetime(header(call.request, 'x-fal-object-lifecycle')) ?? Infinity,
    });
    const base = `${call.destination.baseUrl}/__files/${id}`;
    return { status: 200, body: { upload_url: `${base}/upload/${uploadToken}`, file_url: `${base}/${encodeURIComponent(fileName)}` } };
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
