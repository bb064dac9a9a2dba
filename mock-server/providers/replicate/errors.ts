import { STATUS_CODES } from 'node:http';
import type { MockError, Problem } from '../../errors/catalogue';
import type { ErrorReply } from '../../errors/serialise';
import type { ErrorObject } from '../../../core/model/ajv';
import { unescapeSegment, type JsonObject } from '../../../core/model/load';

/** What the API answers for a missing or unknown token (Replicate's Python client tests assert it). */
const UNAUTHENTICATED = { title: 'Unauthenticated', detail: 'You did not pass a valid authentication token', status: 401 };

/** Replicate's 422 body: one `- <field>: <message>` line per problem, and the same as objects. */
function invalidInput(fields: Problem[]): JsonObject {
  const detail = fields.map((f) => `- ${f.field ? `${f.field}: ` : ''}${f.description}\n`).join('');
  return { title: 'Input validation failed', detail, status: 422, invalid_fields: fields as unknown as JsonObject[] };
}

/**
 * Every refusal in Replicate's problem shape `{title, detail, status}`. Replicate documents no 400:
 * anything the mock would call a bad request (unreadable JSON, wrong Content-Type, a schema failure)
 * is its 422.
 */
export function replicateError(e: MockError, status: number): ErrorReply {
  if (e.kind === 'auth_missing' || e.kind === 'auth_invalid') return { status: 401, headers: e.headers, body: UNAUTHENTICATED };
  // The documented 429 body is `{detail}` alone.
  if (e.kind === 'rate_limited' || e.kind === 'limit_exceeded') return { status, headers: e.headers, body: { detail: e.message } };
  if (e.problems) return { status: 422, headers: e.headers, body: invalidInput(e.problems) };
  if (status === 400 || e.kind === 'validation') {
    const field = e.field && e.field !== 'body' ? e.field : '';
    // A missing top-level field is reported on the body itself: `- version is required`.
    if (e.type === 'missing' && field && !field.includes('.')) {
      return { status: 422, headers: e.headers, body: invalidInput([{ type: 'required', field: '', description: `${field} is required` }]) };
    }
    return { status: 422, headers: e.headers, body: invalidInput([{ type: e.type ?? 'invalid', field, description: e.message }]) };
  }
  return { status, headers: e.headers, body: { title: e.title ?? STATUS_CODES[status] ?? 'Error', detail: e.message, status } };
}

/** Ajv's errors for a model's `input`, worded as Replicate words them (`aspect_ratio must be one of the following: …`). */
export function invalidFields(errors: ErrorObject[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const error of errors) {
    const entry = describe(error);
    if (!entry) continue;
    const key = `${entry.field}|${entry.description}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out;
}

function describe(error: ErrorObject): Problem | undefined {
  const path = error.instancePath.split('/').slice(1).map(unescapeSegment);
  const field = ['input', ...path].join('.');
  const name = path.at(-1) ?? 'input';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { type: 'required', field, description: `${String(params.missingProperty)} is required` };
    case 'enum':
      return {
        type: 'enum',
        field,
        description: `${name} must be one of the following: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'type':
      return { type: 'invalid_type', field, description: `Invalid type. Expected: ${String(params.type)}, given: ${typeName(error.data)}` };
    case 'maximum':
      return { type: 'number_lte', field, description: `Must be less than or equal to ${String(params.limit)}` };
    case 'minimum':
      return { type: 'number_gte', field, description: `Must be greater than or equal to ${String(params.limit)}` };
    case 'minLength':
      return { type: 'string_gte', field, description: `String length must be greater than or equal to ${String(params.limit)}` };
    case 'anyOf':
    case 'oneOf':
    case 'if':
      // Combinators repeat what their branches already reported.
      return undefined;
    default:
      return { type: error.keyword, field, description: error.message ?? 'is not valid' };
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}
