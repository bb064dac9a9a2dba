/**
 * Property tests driven by the specs' own request schemas (fast-check, fixed seed):
 *  - a request generated from an operation's request schema (and parameters) gets a documented 2xx,
 *    whose body validates against the spec (SpecValidator);
 *  - the same requests, mutated (fields dropped, replaced with arbitrary JSON, files corrupted,
 *    parts duplicated, ids and query values garbled...), never get a 5xx: the answer is either a
 *    documented 2xx or a 4xx in the vendor's error shape.
 * Operations whose 2xx depends on state that a generated request cannot have (a job looked up by id)
 * take part only in the second property.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import request from 'supertest';
import { deref, type JsonObject, type LoadedSpec } from '../../core/model/load';
import { createSchemaCompiler } from '../../core/model/ajv';
import { loadSpecs } from '../../core/model/load';
import { buildIndex, type Mount, type Operation, type RequestBodySpec } from '../../core/model/operations';
import { SpecValidator, formatViolations } from '../../core/validator';
import { png, JPEG_1x1, WEBP_1x1 } from '../support/image-fixtures';
import { startMock, type StartedMock } from '../support/start-mock';
import { ERROR_SHAPES } from '../support/vendor-errors';

const SEED = 20_261_121;
const NUM_RUNS = 30;
const KEY = 'property-key-1';

/**
 * Needs a job (or, on Replicate, a model) that exists: a generated id or model name cannot name one,
 * so no "valid → 2xx" for these.
 */
const STATEFUL = new Set([
  'pixazo:requestStatusGet',
  'pixazo:requestStatusPost',
  'magnific:getImageEdit',
  'magnific:getImageExpand',
  'ideogram:getGeneration',
  'segmind:getRequestStatus',
  'segmind:getRequestResult',
  'fal-queue:getStatus',
  'fal-queue:getResult',
  'fal-queue:cancel',
  'replicate:createModelPrediction',
  'replicate:createPrediction',
  'replicate:getPrediction',
  'replicate:cancelPrediction',
  'wavespeed:getPredictionResult',
  'wavespeed:getPrediction',
  'replicate:getModel',
  'replicate:listModelVersions',
  'replicate:getModelVersion',
  'replicate:getFile',
  'replicate:deleteFile',
  'replicate:downloadFile',
  'kie:getTaskDetail',
]);
/**
 * Left out of generated requests: webhook targets (the mock would try to deliver to them) and page
 * cursors (only one the API handed out is valid, like a job id).
 */
const NOT_GENERATED = new Set(['webhook_url', 'fal_webhook', 'webhook', 'cursor']);

const WIDTH = 96;
const HEIGHT = 64;
const IMAGE = png(WIDTH, HEIGHT);
const IMAGE_B64 = IMAGE.toString('base64');
const IMAGE_DATA_URI = `data:image/png;base64,${IMAGE_B64}`;
const BINARY = '<binary>';

const specs = loadSpecs();
const index = buildIndex(specs);
const validator = new SpecValidator(specs);
const strict = createSchemaCompiler(specs);

// ---------------------------------------------------------------------------------------------
// JSON Schema → fast-check.

interface GenOptions {
  /** Multipart text parts: an empty part means "not given" to the mock, so strings are never empty. */
  nonEmpty?: boolean;
  depth?: number;
  /** The property's `x-fetched-url` (kept for an array's items): which image forms the vendor downloads. */
  fetched?: unknown;
}

type Schema = JsonObject;

function resolve(doc: JsonObject, node: unknown): Schema {
  return deref<Schema>(doc, node as Schema) ?? {};
}

/** allOf of objects folded into one object schema (properties and required merged). */
function merged(doc: JsonObject, schema: Schema): Schema {
  if (!Array.isArray(schema.allOf)) return schema;
  const parts = schema.allOf.map((p) => merged(doc, resolve(doc, p)));
  const { allOf: _allOf, ...own } = schema;
  return {
    ...own,
    type: own.type ?? parts.find((p) => p.type)?.type ?? 'object',
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), own.properties ?? {}),
    required: [...new Set([...parts.flatMap((p) => (p.required ?? []) as string[]), ...((own.required ?? []) as string[])])],
  };
}

/** Values for fields that carry images (base64 or URLs): real images, so the request means something. */
function imageString(name: string, fetched: unknown): fc.Arbitrary<string> | undefined {
  if (fetched) {
    const forms = typeof fetched === 'object' ? (fetched as Record<string, unknown>) : {};
    return fc.constantFrom('https://example.com/cat.png', ...(forms['data-uri'] ? [IMAGE_DATA_URI] : []), ...(forms.base64 ? [IMAGE_B64] : []));
  }
  if (!/image|mask/i.test(name)) return undefined;
  if (/url/i.test(name)) return fc.constant(IMAGE_DATA_URI);
  return fc.constantFrom(IMAGE_B64, IMAGE_DATA_URI);
}

function arbitrary(doc: JsonObject, raw: unknown, name: string, options: GenOptions = {}): fc.Arbitrary<unknown> {
  const depth = options.depth ?? 0;
  const schema = merged(doc, resolve(doc, raw));
  options = { ...options, fetched: options.fetched ?? (raw as Schema | undefined)?.['x-fetched-url'] ?? schema['x-fetched-url'] };
  if (schema.format === 'binary') return fc.constant(BINARY);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  // A free-string model id whose served values the spec lists (Together's): another id is the vendor's 404.
  if (Array.isArray(schema['x-models'])) return fc.constantFrom(...(schema['x-models'] as { id: string }[]).map((model) => model.id));
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key])) return fc.oneof(...schema[key].map((s) => arbitrary(doc, s, name, { ...options, depth: depth + 1 })));
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? (schema.properties ? 'object' : 'string')];
  const arbs = types.map((type) => typed(doc, schema, String(type), name, { ...options, depth }));
  return arbs.length === 1 ? arbs[0] : fc.oneof(...arbs);
}

function typed(doc: JsonObject, schema: Schema, type: string, name: string, options: GenOptions): fc.Arbitrary<unknown> {
  const depth = options.depth ?? 0;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : -1_000_000;
      const max = typeof schema.maximum === 'number' ? schema.maximum : 1_000_000;
      return fc.integer({ min, max });
    }
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : -1e6;
      const max = typeof schema.maximum === 'number' ? schema.maximum : 1e6;
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'array': {
      const maxItems = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 3, 3);
      const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return fc.array(arbitrary(doc, schema.items ?? {}, name, { ...options, depth: depth + 1 }), {
        minLength: minItems,
        maxLength: Math.max(minItems, maxItems),
      });
    }
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, unknown>;
      const required = (schema.required ?? []) as string[];
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, prop] of Object.entries(properties)) {
        if (NOT_GENERATED.has(key)) continue;
        // Nested strings (inside JSON parts) may be empty; only top-level form text may not.
        model[key] = arbitrary(doc, prop, key, { nonEmpty: options.nonEmpty && depth === 0 ? true : false, depth: depth + 1, fetched: undefined });
      }
      return fc.record(model, { requiredKeys: required.filter((k) => k in model) });
    }
    default: {
      const image = imageString(name, options.fetched);
      if (image) return image;
      if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date-time') return fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString());
      if (schema.format === 'uri') return fc.webUrl();
      const minLength = Math.max(typeof schema.minLength === 'number' ? schema.minLength : 0, options.nonEmpty ? 1 : 0);
      const maxLength = Math.max(minLength, Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 60, 60));
      return fc.string({ unit: 'grapheme', minLength, maxLength });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Requests.

interface Upload {
  content: Buffer;
  filename: string;
  contentType: string;
}

interface GenRequest {
  path: string;
  query: [string, string][];
  kind: 'none' | 'json' | 'multipart';
  /** JSON body; `jsonText` overrides it with raw text. */
  json?: unknown;
  jsonText?: string;
  /** Sent instead of the operation's media type. */
  contentType?: string;
  fields: [string, string][];
  files: [string, Upload][];
}

const UPLOADS: Upload[] = [
  { content: IMAGE, filename: 'image.png', contentType: 'image/png' },
  { content: JPEG_1x1, filename: 'photo.jpg', contentType: 'image/jpeg' },
  { content: WEBP_1x1, filename: 'pic.webp', contentType: 'image/webp' },
];

/** Percent-encodes every byte outside RFC 3986's unreserved set (lone surrogates become U+FFFD first). */
function encodeSegment(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((b) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

interface OperationModel {
  mount: Mount;
  op: Operation;
  doc: JsonObject;
  label: string;
  bodySchema?: Schema;
  /** The spec's request schema, compiled without coercion: the oracle for "valid". */
  isValidBody?: (candidate: unknown) => boolean;
  /** The request media type this model generates (an operation may document several). */
  body?: RequestBodySpec;
  pathParams: { name: string; schema: Schema }[];
  queryParams: { name: string; schema: Schema; required: boolean }[];
}

function model(spec: LoadedSpec, mount: Mount, op: Operation, body?: RequestBodySpec): OperationModel {
  const doc = spec.doc;
  const out: OperationModel = {
    mount,
    op,
    doc,
    label: `${mount.prefix} ${op.operationId}${op.bodies.length > 1 && body ? ` (${body.mediaType})` : ''}`,
    body,
    pathParams: op.parameters.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema })),
    queryParams: op.parameters
      .filter((p) => p.in === 'query' && !NOT_GENERATED.has(p.name))
      .map((p) => ({ name: p.name, schema: p.schema, required: p.required })),
  };
  if (body) {
    out.bodySchema = body.schema;
    const check = strict.compile(op.provider, body.schemaRef);
    out.isValidBody = (candidate) => check(candidate) === true;
  }
  return out;
}

/** A request valid against the operation's schemas: body, path and query parameters. */
function validRequest(m: OperationModel): fc.Arbitrary<GenRequest> {
  const pathArb = fc.record(
    Object.fromEntries(m.pathParams.map((p) => [p.name, arbitrary(m.doc, p.schema, p.name, { nonEmpty: true }) as fc.Arbitrary<string>])),
  );
  const queryArb = fc.record(Object.fromEntries(m.queryParams.map((p) => [p.name, arbitrary(m.doc, p.schema, p.name)])), {
    requiredKeys: m.queryParams.filter((p) => p.required).map((p) => p.name),
  });
  const body = m.body;
  const bodyArb: fc.Arbitrary<Record<string, unknown> | undefined> = body
    ? (arbitrary(m.doc, m.bodySchema, '', { nonEmpty: body.mediaType === 'multipart/form-data' }) as fc.Arbitrary<Record<string, unknown>>)
        .map((value) => (body.mediaType === 'multipart/form-data' ? sentForm(value) : value))
        .filter((value) => m.isValidBody!(value))
    : fc.constant(undefined);
  const uploadPick = fc.array(fc.nat({ max: UPLOADS.length - 1 }), { minLength: 8, maxLength: 8 });
  return fc.tuple(pathArb, queryArb, bodyArb, uploadPick).map(([params, query, value, picks]) => build(m, params, query, value, picks));
}

/** What a form actually carries: empty arrays send no part, so they are absent. */
function sentForm(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
}

function build(
  m: OperationModel,
  params: Record<string, unknown>,
  query: Record<string, unknown>,
  value: Record<string, unknown> | undefined,
  picks: number[],
): GenRequest {
  const path = m.mount.prefix + m.op.path.replace(/\{([^}]+)\}/g, (_s, name: string) => encodeSegment(String(params[name])));
  const req: GenRequest = { path, query: Object.entries(query).map(([k, v]) => [k, String(v)]), kind: 'none', fields: [], files: [] };
  const body = m.body;
  if (!body || value === undefined) return req;
  if (body.mediaType === 'application/json') return { ...req, kind: 'json', json: value };
  req.kind = 'multipart';
  const fileParts = new Map(body.files.map((f) => [f.name, f]));
  let pick = 0;
  for (const [name, v] of Object.entries(value)) {
    const part = fileParts.get(name);
    if (part) {
      const count = Array.isArray(v) ? v.length : 1;
      for (let i = 0; i < count; i++) {
        // The main image and its mask are the same PNG (masks must match the image's size); references vary.
        const upload = /^(image|image_file|mask)$/.test(name) ? UPLOADS[0] : UPLOADS[picks[pick++ % picks.length]];
        req.files.push([name, upload]);
      }
    } else if (Array.isArray(v) && !body.jsonParts.includes(name)) {
      for (const item of v) req.fields.push([name, formText(item)]);
    } else {
      req.fields.push([name, formText(v)]);
    }
  }
  return req;
}

function formText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------
// Mutations: each takes a valid request and breaks it one way.

interface Mutation {
  kind: string;
  pick: number;
  json: unknown;
  text: string;
  bytes: Uint8Array;
}

/** The mutations that change a request of this operation (a form has no JSON leaves, a GET no parts). */
function mutationKinds(m: OperationModel): string[] {
  const kinds =
    m.body?.mediaType === 'application/json'
      ? ['drop', 'replace', 'add', 'whole', 'raw-text', 'string-leaf', 'media-type']
      : m.body?.mediaType === 'multipart/form-data'
        ? ['drop', 'replace', 'add', 'raw-text', 'file-bytes', 'file-as-text', 'text-as-file', 'duplicate', 'media-type']
        : ['whole', 'body-on-get'];
  if (m.pathParams.length) kinds.push('param', 'param');
  if (m.queryParams.length) kinds.push('query', 'duplicate');
  return kinds;
}

const mutationArb = (m: OperationModel): fc.Arbitrary<Mutation> =>
  fc.record({
    kind: fc.constantFrom(...mutationKinds(m)),
    pick: fc.nat(),
    json: fc.jsonValue({ maxDepth: 3 }),
    text: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('', '..', '../../etc/passwd', '%', '%zz', '\u0000', '{"', 'null', '-1', '1e309', 'NaN', '__proto__', 'constructor'),
    ),
    bytes: fc.uint8Array({ maxLength: 2048 }),
  });

type JsonPath = (string | number)[];

function pathsOf(value: unknown, at: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  if (at.length) out.push(at);
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

function setAt(root: unknown, path: JsonPath, replace: (parent: Record<string | number, unknown>, key: string | number) => void) {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  replace(node, path[path.length - 1]);
}

function mutate(m: OperationModel, original: GenRequest, mutation: Mutation): GenRequest {
  const req: GenRequest = {
    ...original,
    query: [...original.query],
    fields: [...original.fields],
    files: [...original.files],
    json: structuredClone(original.json),
  };
  const { pick, json, text, bytes } = mutation;
  const parts = [
    ...req.fields.map((f, i) => ({ kind: 'field' as const, i, name: f[0] })),
    ...req.files.map((f, i) => ({ kind: 'file' as const, i, name: f[0] })),
  ];
  switch (mutation.kind) {
    case 'drop':
      if (req.kind === 'json' && req.json && typeof req.json === 'object') {
        const paths = pathsOf(req.json);
        if (paths.length) setAt(req.json, paths[pick % paths.length], (p, k) => (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k]));
      } else if (parts.length) {
        const part = parts[pick % parts.length];
        if (part.kind === 'field') req.fields.splice(part.i, 1);
        else req.files.splice(part.i, 1);
      }
      break;
    case 'replace':
      if (req.kind === 'json') {
        const paths = pathsOf(req.json);
        if (paths.length) setAt(req.json, paths[pick % paths.length], (p, k) => (p[k] = json));
        else req.json = json;
      } else if (req.fields.length) {
        const i = pick % req.fields.length;
        req.fields[i] = [req.fields[i][0], JSON.stringify(json)];
      }
      break;
    case 'add':
      if (req.kind === 'json' && req.json && typeof req.json === 'object' && !Array.isArray(req.json))
        (req.json as Record<string, unknown>)[`extra_${pick % 100}`] = json;
      else if (req.kind === 'multipart') req.fields.push([`extra_${pick % 100}`, text]);
      break;
    case 'whole':
      if (req.kind !== 'multipart') {
        req.kind = 'json';
        req.json = json;
      }
      break;
    case 'raw-text':
      if (req.kind !== 'multipart') {
        req.kind = 'json';
        req.jsonText = text;
      } else if (req.fields.length) {
        const i = pick % req.fields.length;
        req.fields[i] = [req.fields[i][0], text];
      }
      break;
    case 'string-leaf': {
      if (req.kind === 'json') {
        const leaves = pathsOf(req.json).filter((p) => {
          let node = req.json as Record<string | number, unknown>;
          for (const k of p) node = node?.[k] as Record<string | number, unknown>;
          return typeof node === 'string';
        });
        if (leaves.length) setAt(req.json, leaves[pick % leaves.length], (p, k) => (p[k] = text));
      } else if (req.fields.length) {
        const i = pick % req.fields.length;
        req.fields[i] = [req.fields[i][0], text];
      }
      break;
    }
    case 'file-bytes':
      if (req.files.length) {
        const i = pick % req.files.length;
        req.files[i] = [req.files[i][0], { content: Buffer.from(bytes), filename: req.files[i][1].filename, contentType: req.files[i][1].contentType }];
      }
      break;
    case 'file-as-text':
      if (req.files.length) {
        const [name] = req.files.splice(pick % req.files.length, 1)[0];
        req.fields.push([name, text || 'x']);
      }
      break;
    case 'text-as-file':
      if (req.fields.length) {
        const [name] = req.fields.splice(pick % req.fields.length, 1)[0];
        req.files.push([name, { content: Buffer.from(bytes), filename: `${name}.bin`, contentType: 'application/octet-stream' }]);
      }
      break;
    case 'duplicate':
      if (parts.length) {
        const part = parts[pick % parts.length];
        if (part.kind === 'field') req.fields.push(req.fields[part.i]);
        else req.files.push(req.files[part.i]);
      } else if (req.query.length) {
        req.query.push(req.query[pick % req.query.length]);
      }
      break;
    case 'param':
      if (m.pathParams.length) {
        const name = m.pathParams[pick % m.pathParams.length].name;
        // Raw text goes into the path as-is where HTTP allows it (a lone `%`, `..`), encoded otherwise.
        const raw = /^[\x21-\x7e]*$/.test(text) && !text.includes('?') && !text.includes('#') && !text.includes('/') ? text : encodeSegment(text);
        req.path = m.mount.prefix + m.op.path.replace(`{${name}}`, raw || '%20');
        req.path = req.path.replace(/\{[^}]+\}/g, 'x');
      }
      break;
    case 'query':
      req.query.push([m.queryParams.length ? m.queryParams[pick % m.queryParams.length].name : `q${pick % 10}`, text]);
      break;
    case 'body-on-get':
      if (req.kind === 'none') {
        req.kind = 'json';
        req.jsonText = text;
      }
      break;
    case 'media-type':
      // The right content in the wrong envelope: JSON declared as another type, a form sent as JSON.
      if (req.kind === 'json') {
        req.contentType = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx'][pick % 4];
      } else if (req.kind === 'multipart') {
        req.kind = 'json';
        req.json = Object.fromEntries(req.fields);
      }
      break;
  }
  return req;
}

// ---------------------------------------------------------------------------------------------
// Sending and judging.

let mock: StartedMock;

beforeAll(async () => {
  mock = await startMock();
});

afterAll(async () => {
  await mock?.close();
});

function send(m: OperationModel, req: GenRequest) {
  const query = req.query.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join('&');
  const url = req.path + (query ? `?${query}` : '');
  const agent = request(mock.origin) as unknown as Record<string, (url: string) => request.Test>;
  const scheme = m.op.auth[0];
  let test = agent[m.op.method.toLowerCase()](url);
  if (scheme) test = test.set(scheme.header, `${scheme.prefix ?? ''}${KEY}`);
  if (req.kind === 'json') return test.set('Content-Type', req.contentType ?? 'application/json').send(req.jsonText ?? JSON.stringify(req.json));
  if (req.kind === 'multipart') {
    for (const [name, value] of req.fields) test = test.field(name, value);
    for (const [name, upload] of req.files) test = test.attach(name, upload.content, { filename: upload.filename, contentType: upload.contentType });
    // A form whose every part was dropped is still sent as a (empty) form.
    if (req.fields.length === 0 && req.files.length === 0) test = test.set('Content-Type', 'multipart/form-data; boundary=x').send('--x--\r\n');
  }
  return test;
}

function describeRequest(req: GenRequest): string {
  const files = req.files.map(([n, u]) => `${n}=<${u.content.length} bytes ${u.contentType}>`);
  const body = req.kind === 'json' ? (req.jsonText ?? JSON.stringify(req.json)) : req.kind === 'multipart' ? JSON.stringify([...req.fields, ...files]) : '';
  return `${req.path}${req.query.length ? `?${JSON.stringify(req.query)}` : ''} ${body.slice(0, 400)}`;
}

function expectDocumented2xx(m: OperationModel, req: GenRequest, res: request.Response) {
  const context = `${m.label} ${res.status} ${res.text?.slice(0, 300)}\nrequest: ${describeRequest(req)}`;
  expect(res.status, context).toBeGreaterThanOrEqual(200);
  expect(res.status, context).toBeLessThan(300);
  const violations = validator.validateResponse(m.op.provider, m.op.operationId, { status: res.status, headers: res.headers, body: res.body });
  expect(formatViolations(violations), context).toBe('');
}

function expectNo5xx(m: OperationModel, req: GenRequest, res: request.Response) {
  const context = `${m.label} ${res.status} ${res.text?.slice(0, 300)}\nrequest: ${describeRequest(req)}`;
  expect(res.status, context).toBeLessThan(500);
  if (res.status < 300) {
    const violations = validator.validateResponse(m.op.provider, m.op.operationId, { status: res.status, headers: res.headers, body: res.body });
    expect(formatViolations(violations), context).toBe('');
    return;
  }
  expect(res.status, context).toBeGreaterThanOrEqual(400);
  const shape = ERROR_SHAPES[m.op.provider];
  expect(shape.test(res.body), `${context}\nexpected ${shape.describe}`).toBe(true);
  if (m.op.responses.some((r) => r.status === res.status)) {
    const violations = validator.validateResponse(m.op.provider, m.op.operationId, { status: res.status, headers: res.headers, body: res.body });
    expect(formatViolations(violations), context).toBe('');
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * One model per operation per mount, and per documented request media type (Ideogram's v3 generate takes JSON or a form).
 * A relay's mount shares its vendor's routes and validators, so its requests would draw the same cases again:
 * relays are left to test/mock/relays.test.ts and the generic tests of documented requests.
 */
const vendorMounts = index.mounts.filter((mount) => !mount.relay);
const models = vendorMounts.flatMap((mount) =>
  mount.routes.flatMap(({ operation }) => {
    const spec = specs.find((s) => s.provider === operation.provider)!;
    return operation.bodies.length ? operation.bodies.map((body) => model(spec, mount, operation, body)) : [model(spec, mount, operation)];
  }),
);
const runs = { numRuns: NUM_RUNS, seed: SEED };

describe('the generators', () => {
  it('cover every operation of every mount', () => {
    expect(models.length).toBe(vendorMounts.reduce((n, m) => n + m.routes.reduce((k, r) => k + Math.max(1, r.operation.bodies.length), 0), 0));
    expect(models.some((m) => m.label.includes('(application/json)'))).toBe(index.operations.some((o) => o.bodies.length > 1));
    expect(new Set(models.map((m) => m.op.provider))).toEqual(
      new Set(['ideogram', 'yutoai', 'pixazo', 'magnific', 'fal', 'fal-queue', 'fal-rest', 'replicate', 'kie', 'wavespeed', 'together', 'segmind', 'runware']),
    );
  });

  it.each(models.filter((m) => m.body).map((m) => [m.label, m] as const))(
    '%s: generated bodies satisfy the spec schema (the filter rejects few)',
    (_label, m) => {
      const samples = fc.sample(validRequest(m), { numRuns: 20, seed: SEED });
      expect(samples.length).toBe(20);
      for (const s of samples) expect(s.kind).toBe(m.body!.mediaType === 'application/json' ? 'json' : 'multipart');
    },
  );
});

describe.each(models.filter((m) => !STATEFUL.has(`${m.op.provider}:${m.op.operationId}`)).map((m) => [m.label, m] as const))('%s', (_label, m) => {
  it('valid requests generated from the spec get a documented 2xx', async () => {
    await fc.assert(
      fc.asyncProperty(validRequest(m), async (req) => {
        expectDocumented2xx(m, req, await send(m, req));
      }),
      runs,
    );
  });
});

describe.each(models.map((m) => [m.label, m] as const))('%s', (_label, m) => {
  it('mutated requests never get a 5xx: a documented 2xx or a 4xx in the vendor shape', async () => {
    await fc.assert(
      fc.asyncProperty(validRequest(m), mutationArb(m), async (req, mutation) => {
        const mutated = mutate(m, req, mutation);
        expectNo5xx(m, mutated, await send(m, mutated));
      }),
      runs,
    );
  });
});
