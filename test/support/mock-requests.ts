/**
 * Builds requests for the mock from the specs themselves: the operations come from the mock's own
 * index, each request from the operation's first documented request example, and every answer is
 * judged by SpecValidator (never by a copy of what the mock returns).
 */
import { departures } from './conformance';
import request from 'supertest';
import { expect } from 'vitest';
import type { Response } from 'supertest';
import type { MockApp } from '../../mock-server/index';
import { deref, type Json, type JsonObject } from '../../core/model/load';
import type { Mount, Operation } from '../../core/model/operations';
import { formatViolations, SpecValidator } from '../../core/validator';
import { authHeaders, pathFor, requestMedia, type Payload } from './requests';

export * from './requests';

/** Status each vendor answers a failed schema check with (specs/CONVENTIONS.md, "Error bodies"). */
export const VALIDATION_STATUS: Record<string, number> = { ideogram: 400, yutoai: 400, pixazo: 400, magnific: 400, fal: 422, 'fal-queue': 422, 'fal-rest': 422, replicate: 422 };

/** Job operations, whose answers change as the job advances: the tables check their refusals, and the 2xx of the submit ones only. */
const ASYNC = new Set(['pixazo:removeBackgroundSubmit', 'pixazo:requestStatusGet', 'pixazo:requestStatusPost', 'ideogram:v4GenerateAsync', 'ideogram:getGeneration']);
const ASYNC_PROVIDERS = new Set(['magnific', 'fal-queue', 'replicate']);
const SUBMIT = new Set(['pixazo:removeBackgroundSubmit', 'magnific:createImageEdit', 'magnific:createImageExpand', 'fal-queue:submitEdit', 'ideogram:v4GenerateAsync', 'replicate:createModelPrediction', 'replicate:createPrediction']);

export const isAsync = (op: Operation) => ASYNC_PROVIDERS.has(op.provider) || ASYNC.has(`${op.provider}:${op.operationId}`);
export const isSubmit = (op: Operation) => SUBMIT.has(`${op.provider}:${op.operationId}`);

export interface OperationCase {
  mount: Mount;
  operation: Operation;
  /** `pixazo v2Edit`, `magnific (/freepik) createImageEdit` */
  label: string;
}

/** Every operation on every mount (Magnific twice: its own host and Freepik's, each with its own key header). */
export function operationCases(app: MockApp): OperationCase[] {
  return app.mock.index.mounts.flatMap((mount) =>
    mount.routes.map(({ operation }) => ({
      mount,
      operation,
      label: `${mount.provider}${mount.prefix === `/${mount.provider}` ? '' : ` (${mount.prefix})`} ${operation.operationId}`,
    })),
  );
}

function specDoc(app: MockApp, provider: string): JsonObject {
  const spec = app.mock.index.specs.find((s) => s.provider === provider);
  if (!spec) throw new Error(`no spec for ${provider}`);
  return spec.doc;
}

export interface ClientRequestOptions {
  auth?: boolean;
  headers?: Record<string, string>;
  /** Path instead of the mount prefix + documented path. */
  url?: string;
}

/** The request a client of the vendor would make with the payload (JSON body or multipart form), sent when awaited. */
export function clientRequest(app: MockApp, c: OperationCase, payload: Payload | undefined, options: ClientRequestOptions = {}): request.Test {
  const { mount, operation: op } = c;
  const url = options.url ?? pathFor(mount, op);
  const agent = request(app) as unknown as Record<string, (url: string) => request.Test>;
  let test = agent[op.method.toLowerCase()](url);
  if (options.auth !== false) test = test.set(authHeaders(op));
  if (options.headers) test = test.set(options.headers);
  if (payload && Object.keys(payload.query).length) test = test.query(payload.query);
  if (!payload || !op.body) return test;
  if (op.body.mediaType === 'application/json') return test.send(payload.fields as object);
  for (const [name, value] of Object.entries(payload.fields)) {
    if (value === null || value === undefined) continue;
    const json = op.body.jsonParts.includes(name);
    if (Array.isArray(value) && !json) {
      for (const item of value) test = test.field(name, typeof item === 'object' ? JSON.stringify(item) : String(item));
    } else {
      test = test.field(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
  }
  for (const [name, uploads] of Object.entries(payload.files)) {
    for (const upload of uploads) test = test.attach(name, upload.content, { filename: upload.filename, contentType: upload.contentType });
  }
  return test;
}

export type Path = (string | number)[];

function enumOf(doc: JsonObject, schema: JsonObject | undefined): Json[] | undefined {
  if (!schema) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum;
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    for (const sub of (schema[key] ?? []) as Json[]) {
      const found = enumOf(doc, deref<JsonObject>(doc, sub));
      if (found) return found;
    }
  }
  return undefined;
}

/** Own properties plus those an `allOf` brings in (InitialImageRequest extends ImageRequest that way). */
function propertiesOf(doc: JsonObject, schema: JsonObject): [string, Json][] {
  return [
    ...Object.entries((schema.properties ?? {}) as Record<string, Json>),
    ...((schema.allOf ?? []) as Json[]).flatMap((sub) => propertiesOf(doc, deref<JsonObject>(doc, sub) ?? {})),
  ];
}

function propertySchema(app: MockApp, op: Operation, path: string[]): JsonObject | undefined {
  const doc = specDoc(app, op.provider);
  let schema: JsonObject | undefined = requestMedia(op)?.schema;
  for (const name of path) {
    if (!schema) return undefined;
    const found = propertiesOf(doc, schema).find(([key]) => key === name);
    if (!found) return undefined;
    schema = deref<JsonObject>(doc, found[1]) ?? {};
  }
  return schema;
}

/** Whether the request schema declares the property at `path` (`['image_request', 'seed']`). */
export function declaresProperty(app: MockApp, op: Operation, path: string[]): boolean {
  return propertySchema(app, op, path) !== undefined;
}

/** The enum the request schema gives the property at `path`, if any. */
export function enumAt(app: MockApp, op: Operation, path: string[]): Json[] | undefined {
  return enumOf(specDoc(app, op.provider), propertySchema(app, op, path));
}

/**
 * An enum-typed property of the request body (searched through nested objects such as
 * `image_request`), preferring one the documented example sets; undefined when the schema has none.
 */
export function findEnumProperty(app: MockApp, op: Operation, example: Record<string, Json>): { path: Path; allowed: Json[] } | undefined {
  const media = requestMedia(op);
  if (!media) return undefined;
  const doc = specDoc(app, op.provider);
  const found: { path: Path; allowed: Json[]; present: boolean }[] = [];
  const walk = (schema: JsonObject, at: Path, value: Json | undefined, depth: number) => {
    for (const [name, raw] of propertiesOf(doc, schema)) {
      const prop = deref<JsonObject>(doc, raw) ?? {};
      const child = value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject)[name] : undefined;
      const allowed = enumOf(doc, prop);
      if (allowed && allowed.every((v) => typeof v === 'string')) found.push({ path: [...at, name], allowed, present: child !== undefined });
      else if (prop.type === 'object' && depth < 3) walk(prop, [...at, name], child, depth + 1);
    }
  };
  walk(media.schema, [], example, 0);
  return found.find((f) => f.present) ?? found[0];
}

/** A query parameter with a declared enum (fal's `logs`), for operations without a body. */
export function findEnumQuery(app: MockApp, op: Operation): { name: string; allowed: Json[] } | undefined {
  const doc = specDoc(app, op.provider);
  for (const param of op.parameters) {
    const allowed = enumOf(doc, param.schema);
    if (param.in === 'query' && allowed) return { name: param.name, allowed };
  }
  return undefined;
}

export function setPath(target: Record<string, Json>, path: Path, value: Json) {
  let node = target as JsonObject;
  for (const key of path.slice(0, -1)) {
    const next = node[String(key)];
    if (!next || typeof next !== 'object' || Array.isArray(next)) node[String(key)] = {};
    node = node[String(key)] as JsonObject;
  }
  node[String(path[path.length - 1])] = value;
}

/** The request schema's top-level `required` list. */
export function requiredProperties(op: Operation): string[] {
  return ((requestMedia(op)?.schema.required ?? []) as string[]).slice();
}

/** Reads the spec once per test file (validators are compiled lazily and cached). */
export function specValidator(app: MockApp): SpecValidator {
  return new SpecValidator(app.mock.index.specs);
}

/** The response is one the spec documents for the operation: status listed, body valid against its schema. */
export function expectDocumented(validator: SpecValidator, op: Operation, res: Response) {
  expect(departures(validator, op.provider, op.operationId, res), `${op.provider} ${op.operationId} ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`).toBe('');
}

/**
 * An error that no single operation documents (404 on an unknown path, 405): its body must still
 * be the vendor's error shape. Judged against the first schema the vendor documents for that status,
 * else for 404, else the auth failure's (the vendor's plain error body).
 */
export function expectVendorErrorShape(app: MockApp, validator: SpecValidator, provider: string, res: Response) {
  const ops = app.mock.index.operations.filter((o) => o.provider === provider);
  const candidates = [res.status, 404, ...new Set(ops.map((o) => o.authFailureStatus))];
  for (const status of candidates) {
    const op = ops.find((o) => o.responses.some((r) => r.status === status));
    if (!op) continue;
    const violations = validator.validateResponse(provider, op.operationId, { status, headers: res.headers, body: res.body });
    expect(formatViolations(violations), `${provider} ${res.status} judged as ${op.operationId} ${status}: ${JSON.stringify(res.body)}`).toBe('');
    return;
  }
  throw new Error(`${provider} documents no error response to compare with`);
}

/** Every string in a JSON value, for "the message names the field" checks. */
export function textOf(body: unknown): string {
  return JSON.stringify(body) ?? '';
}
