import type { MockError } from './catalogue';
import type { Operation } from '../../core/model/operations';

export interface ErrorReply {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  /** Defaults to application/json. */
  contentType?: string;
}

/** What shapes a vendor's refusals: its module (providers/), as far as refusals go. */
export interface ErrorShaper {
  validationStatus?: number;
  serialiseError(error: MockError, status: number, operation?: Operation): ErrorReply;
}

/** Bad input answered at the vendor's validation status; an unparseable JSON body counts as bad input too. */
function statusFor(vendor: ErrorShaper, error: MockError): number {
  const badInput = error.kind === 'validation' || error.kind === 'unsupported_media_type' || (error.kind === 'malformed_body' && error.type === 'json_invalid');
  if (badInput && error.status === 400) return vendor.validationStatus ?? 400;
  return error.status;
}

/** The vendor's status and body for an error; without a vendor (the control API) a plain shape. */
export function serialiseError(vendor: ErrorShaper | undefined, error: MockError, operation?: Operation): ErrorReply {
  if (!vendor) return { status: error.status, headers: error.headers, body: { error: error.kind, message: error.message } };
  return vendor.serialiseError(error, statusFor(vendor, error), operation);
}
