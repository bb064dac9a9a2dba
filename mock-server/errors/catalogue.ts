/**
 * Every error the mock can answer with, as data: a kind, the status it has unless a vendor says
 * otherwise, and a default sentence. Each vendor module (providers/) shapes the body; serialise.ts
 * picks the module. Only errors that are thrown belong here (test/mock/vendor-boundary.test.ts checks).
 */
export const ERROR_CATALOGUE = {
  auth_missing: { status: 401, title: 'The API key is missing.' },
  auth_invalid: { status: 401, title: 'The API key is malformed or not accepted.' },
  validation: { status: 400, title: 'The request does not match the API schema.' },
  malformed_body: { status: 400, title: 'The request body could not be parsed.' },
  // No vendor documents 415: a body of the wrong type is answered like any other bad input.
  unsupported_media_type: { status: 400, title: 'The request has the wrong Content-Type.' },
  payload_too_large: { status: 413, title: 'The request body is too large.' },
  forbidden: { status: 403, title: 'This caller may not use this resource.' },
  not_found: { status: 404, title: 'No such resource.' },
  method_not_allowed: { status: 405, title: 'This method is not allowed on this path.' },
  job_not_ready: { status: 400, title: 'The request is still in progress.' },
  already_completed: { status: 400, title: 'The request has already completed.' },
  job_cancelled: { status: 400, title: 'The request was cancelled.' },
  job_failed: { status: 422, title: 'The job failed.' },
  rate_limited: { status: 429, title: 'Too many requests.' },
  bad_namespace: { status: 400, title: 'The X-Mock-Namespace header does not name a valid namespace.' },
  // A vendor's documented limit (`--limits vendor`): in flight per key, or requests per window.
  limit_exceeded: { status: 429, title: 'The vendor limit is exceeded.' },
  // `Prefer: fault=5xx` or `--faults` where the operation documents no 5xx body.
  server_fault: { status: 503, title: 'The service is unavailable.' },
  mock_usage: { status: 400, title: 'The mock cannot satisfy this request as asked.' },
  // The shared state (Redis, a cluster's primary) did not answer: the vendor's "service unavailable", never a 500.
  store_unavailable: { status: 503, title: 'The service is temporarily unavailable.' },
  // --replay-strict: the request is not in the recording; the body names the closest one.
  no_recording: { status: 404, title: 'No recording matches this request.' },
  // --proxy: the upstream did not answer; a gateway's status, in the vendor's error shape.
  upstream_unreachable: { status: 502, title: 'The upstream server could not be reached.' },
  // A relay's own credential (Cloudflare's cf-aig-authorization) is malformed: the relay's documented refusal, not the vendor's.
  gateway_refused: { status: 401, title: 'The gateway credential is not accepted.' },
  internal: { status: 500, title: 'Internal error.' },
} as const;

export type ErrorKind = keyof typeof ERROR_CATALOGUE;

/** One of several problems found in one request, for vendors whose body lists them all (Replicate's `invalid_fields`). */
export interface Problem {
  type: string;
  field: string;
  description: string;
}

export interface MockErrorInit {
  /** The offending field, as a dotted path (`image_request.model`). */
  field?: string;
  /** Where the field sits for vendors that report a location list (fal: `["body", "prompt"]`). */
  location?: (string | number)[];
  /** JSON-Schema-ish error type for vendors that report one (fal: `missing`, `enum`...). */
  type?: string;
  /** The vendor's short name for this refusal where its body carries one (Replicate's `title`). */
  title?: string;
  problems?: Problem[];
  status?: number;
  headers?: Record<string, string>;
}

/** A typed error thrown anywhere in the pipeline and turned into a vendor body by the error handler. */
export class MockError extends Error {
  readonly kind: ErrorKind;
  readonly field?: string;
  readonly location?: (string | number)[];
  readonly type?: string;
  readonly title?: string;
  readonly problems?: Problem[];
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(kind: ErrorKind, message?: string, init: MockErrorInit = {}) {
    super(message ?? ERROR_CATALOGUE[kind].title);
    this.kind = kind;
    this.field = init.field;
    this.location = init.location;
    this.type = init.type;
    this.title = init.title;
    this.problems = init.problems;
    this.status = init.status ?? ERROR_CATALOGUE[kind].status;
    this.headers = init.headers ?? {};
  }
}
