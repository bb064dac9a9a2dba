import { MockError } from '../errors/catalogue';
import type { ErrorObject } from '../../core/model/ajv';
import { unescapeSegment } from '../../core/model/load';
import type { Operation } from '../../core/model/operations';
import { MAX_TEXT_CHARS, type RequestData } from './body';
import { checkFetchedUrls } from './fetched-urls';

/** Deeper JSON than any vendor's schema is refused before validation walks it. */
const MAX_DEPTH = 32;
const IMAGE_FIELD = /image|mask/i;

/** Where each kind of parameter is read from; header names are lower case (as Node gives them). */
export interface ParameterSources {
  path: Record<string, string>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
}

/** Checks parameters and body against the spec; returns the body fields as validated (form text was typed when read). */
export function validateRequest(operation: Operation, data: RequestData, sources: ParameterSources): Record<string, unknown> {
  for (const parameter of operation.parameters) {
    // Prefer also carries the mock's own preferences (outcome=, example=): a vendor that documents it
    // (Replicate's `wait=N`) reads its part in its provider module, leniently, as the vendor does.
    if (parameter.in === 'header' && parameter.name.toLowerCase() === 'prefer') continue;
    const value = sources[parameter.in][parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name];
    if (value === undefined) {
      if (parameter.required)
        throw new MockError('validation', `The ${parameter.in} parameter ${parameter.name} is required.`, {
          field: parameter.name,
          location: [parameter.in, parameter.name],
          type: 'missing',
        });
      continue;
    }
    if (!parameter.validate(value)) {
      throw new MockError(
        'validation',
        `The ${parameter.in} parameter ${parameter.name} ${describeError(parameter.validate.errors?.[0])} (got ${JSON.stringify(value)}).`,
        {
          field: parameter.name,
          location: [parameter.in, parameter.name],
        },
      );
    }
  }
  const body = data.spec;
  if (!body) return data.fields;
  // An array body (Runware's tasks) is validated as it is; an object gets its file parts added.
  if (Array.isArray(data.fields)) {
    if (!body.validate(data.fields)) throw toMockError(body.validate.errors ?? []);
    return data.fields;
  }
  const candidate: Record<string, unknown> = { ...data.fields };
  // Files are validated for presence and count; their bytes were checked on arrival.
  for (const part of body.files) {
    const uploads = data.files[part.name];
    if (uploads) candidate[part.name] = part.multiple ? uploads.map(() => '<binary>') : '<binary>';
  }
  if (!body.validate(candidate)) throw toMockError(body.validate.errors ?? []);
  checkFetchedUrls(candidate, body.fetchedUrls);
  for (const part of body.files) if (!(part.name in data.fields)) delete candidate[part.name];
  return candidate;
}

interface Frame {
  value: unknown;
  depth: number;
  key: string;
  parent?: Frame;
}

/**
 * Bounded depth and text length, whatever the body looks like (its size is bounded by MAX_JSON_NODES
 * when read), checked as soon as it is read: every later walk (the replay's key and differ, the
 * recorder's redaction, validation) recurses, and a body nested thousands deep overflowed the stack.
 * Iterative itself; paths are built only for the error that reports one.
 */
export function checkShape(root: unknown) {
  const stack: Frame[] = [{ value: root, depth: 0, key: '' }];
  while (stack.length) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    if (typeof value === 'string') {
      if (value.length > MAX_TEXT_CHARS && !IMAGE_FIELD.test(ownName(frame))) {
        const path = pathOf(frame);
        throw new MockError('validation', `${path} is ${value.length} characters long; the limit is ${MAX_TEXT_CHARS}.`, {
          field: path,
          type: 'string_too_long',
        });
      }
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) throw new MockError('validation', `The body is nested more than ${MAX_DEPTH} levels deep.`, { field: pathOf(frame) || 'body' });
    for (const key in value) stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, key, parent: frame });
  }
}

function pathOf(frame: Frame): string {
  const keys: string[] = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
}

/** The field's own name: the nearest key that is not an array index (`style_reference_images.0` → `style_reference_images`). */
function ownName(frame: Frame): string {
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) if (!/^\d+$/.test(at.key)) return at.key;
  return '';
}

const VAGUE = new Set(['oneOf', 'anyOf', 'if', 'then', 'else', 'allOf', '$ref']);

/** The most telling Ajv error: the deepest concrete one, combinators last. */
export function toMockError(errors: ErrorObject[]): MockError {
  const ranked = [...errors].sort((a, b) => score(b) - score(a));
  const error = ranked[0];
  if (!error) return new MockError('validation', 'The request body does not match the schema.');
  const path = fieldPath(error);
  const field = path.join('.') || 'body';
  const what = describeError(error);
  const got = error.keyword === 'required' || error.keyword === 'not' || error.keyword === 'dependentRequired' ? '' : ` (got ${preview(error.data)})`;
  return new MockError('validation', `${field} ${what}${got}.`, { field, location: ['body', ...path], type: fastApiType(error) });
}

function score(error: ErrorObject): number {
  const depth = error.instancePath.split('/').length;
  // `not` (a forbidden combination of fields) ranks below concrete errors: an array where an object
  // belongs fails `type` and, vacuously, `not`, and the type is what the caller needs to hear.
  const kind = VAGUE.has(error.keyword) ? 0 : error.keyword === 'not' ? 50 : 100;
  return kind + depth * 2 + (error.keyword === 'required' ? 1 : 0);
}

function fieldPath(error: ErrorObject): string[] {
  const parts = error.instancePath.split('/').slice(1).map(unescapeSegment);
  if (error.keyword === 'required') parts.push(String((error.params as { missingProperty: string }).missingProperty));
  if (error.keyword === 'dependentRequired') parts.push(String((error.params as { missingProperty: string }).missingProperty));
  if (error.keyword === 'additionalProperties') parts.push(String((error.params as { additionalProperty: string }).additionalProperty));
  return parts;
}

function describeError(error: ErrorObject | undefined): string {
  if (!error) return 'is not valid';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'type':
      return `must be ${String(params.type)}`;
    case 'additionalProperties':
      return 'is not a field this endpoint accepts';
    case 'dependentRequired':
      return `is required when ${String(params.property)} is given`;
    case 'not': {
      const combined = forbiddenCombination(error.schema, error.data);
      return combined ? `cannot combine ${combined.join(' and ')}` : 'has a combination of fields the API does not accept';
    }
    case 'oneOf':
    case 'anyOf':
      return 'does not match any accepted form';
    default:
      return error.message ?? 'is not valid';
  }
}

type Forbidden = { required?: string[]; anyOf?: Forbidden[]; oneOf?: Forbidden[] };

/** The fields of a `not: {required}` (or `not: {anyOf: [{required}, ...]}`) that the body sent together. */
function forbiddenCombination(schema: unknown, data: unknown): string[] | undefined {
  const forbidden = schema as Forbidden | undefined;
  const sent = data && typeof data === 'object' ? Object.keys(data) : [];
  const branches = [forbidden, ...(forbidden?.anyOf ?? []), ...(forbidden?.oneOf ?? [])];
  return branches.find((branch) => branch?.required?.length && branch.required.every((name) => sent.includes(name)))?.required;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function fastApiType(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'missing';
    case 'enum':
      return 'enum';
    case 'type':
      return `${String((error.params as { type: string }).type)}_type`;
    case 'minimum':
    case 'exclusiveMinimum':
      return 'greater_than_equal';
    case 'maximum':
    case 'exclusiveMaximum':
      return 'less_than_equal';
    default:
      return 'value_error';
  }
}
