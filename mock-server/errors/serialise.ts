import { STATUS_CODES } from 'node:http';
import type { MockError } from './catalogue';
import { replicateError } from '../providers/replicate/errors';

export interface ErrorReply {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

type Serialiser = (error: MockError, status: number) => ErrorReply;

/** Status a vendor uses for a failed schema check (fal answers 422 like FastAPI). */
const VALIDATION_STATUS: Record<string, number> = { fal: 422, 'fal-queue': 422 };

function statusFor(provider: string, error: MockError): number {
  const badInput = error.kind === 'validation' || error.kind === 'unsupported_media_type';
  if (badInput && error.status === 400) return VALIDATION_STATUS[provider] ?? 400;
  return error.status;
}

const ideogram: Serialiser = (e, status) => ({ status, headers: e.headers, body: { error: e.message } });

const yutoai: Serialiser = (e, status) => ({
  status,
  headers: e.headers,
  body: { error: { message: e.message, type: e.kind, code: e.field ?? null } },
});

const pixazo: Serialiser = (e, status) => {
  if (e.kind === 'rate_limited') return { status, headers: e.headers, body: { statusCode: status, message: e.message } };
  // The seed's answer for an image URL it cannot download: `{"error": "Invalid image_url", "message": ...}`.
  const error = e.type === 'file_download_error' ? `Invalid ${e.field}` : (STATUS_CODES[status] ?? 'Error');
  return { status, headers: e.headers, body: { error, message: e.message } };
};

const magnific: Serialiser = (e, status) => {
  // Schema failures name the parameter the way Magnific's problem+json does.
  if (e.kind === 'validation' && e.field) {
    return {
      status,
      headers: e.headers,
      body: { problem: { message: 'Your request has invalid parameters.', invalid_params: [{ name: e.field, reason: e.message }] } },
    };
  }
  return { status, headers: e.headers, body: { message: e.message } };
};

const fal: Serialiser = (e, status) => {
  const headers = { 'X-Fal-Error-Type': e.type ?? e.kind, ...e.headers };
  if (e.kind === 'already_completed') return { status, headers, body: { status: 'ALREADY_COMPLETED' } };
  if (status === 422) {
    const loc = e.location ?? ['body', ...(e.field ? e.field.split('.') : [])];
    return { status: 422, headers, body: { detail: [{ loc, msg: e.message, type: e.type ?? 'value_error' }] } };
  }
  return { status, headers, body: { detail: e.message } };
};

const SERIALISERS: Record<string, Serialiser> = { ideogram, yutoai, pixazo, magnific, fal, 'fal-queue': fal, replicate: replicateError };

/** The vendor's status and body for an error; unknown providers (the admin API) get a plain shape. */
export function serialiseError(provider: string | undefined, error: MockError): ErrorReply {
  const status = provider ? statusFor(provider, error) : error.status;
  const serialiser = provider ? SERIALISERS[provider] : undefined;
  if (!serialiser) return { status, headers: error.headers, body: { error: error.kind, message: error.message } };
  return serialiser(error, status);
}
