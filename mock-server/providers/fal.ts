import type { MockError } from '../errors/catalogue';
import type { ErrorReply } from '../errors/serialise';
import type { VendorModule } from './vendor';

/** FastAPI's shapes: `{detail: [...]}` at 422, `{detail: "<sentence>"}` otherwise; the error type in a header. */
export function falError(e: MockError, status: number): ErrorReply {
  const headers = { 'X-Fal-Error-Type': e.type ?? e.kind, ...e.headers };
  if (e.kind === 'already_completed') return { status, headers, body: { status: 'ALREADY_COMPLETED' } };
  if (status === 422) {
    const loc = e.location ?? ['body', ...(e.field ? e.field.split('.') : [])];
    return { status: 422, headers, body: { detail: [{ loc, msg: e.message, type: e.type ?? 'value_error' }] } };
  }
  return { status, headers, body: { detail: e.message } };
}

/** Every fal answer carries a request id. */
export const falCommon = {
  validationStatus: 422,
  serialiseError: falError,
  answerHeaders: () => ({ 'x-fal-request-id': crypto.randomUUID() }),
} satisfies VendorModule;

/** fal.run: synchronous, served from the spec's examples. */
export const fal: VendorModule = { ...falCommon };
