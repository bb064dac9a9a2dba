import { deref, locate, pointer, type Json, type JsonObject, type LoadedSpec } from './load';
import { createSchemaCompiler, warmValidator, type ValidateFunction } from './ajv';
import { firstSegment, readRelay, relayHost, relayProblem, specRelays, type Relay, type RelayDefinition } from './relays';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** How one security scheme is presented on the wire. */
export interface AuthScheme {
  name: string;
  /** `query`: an apiKey in the query string; `basic`: HTTP Basic credentials (the whole token is the key). */
  kind: 'header' | 'bearer' | 'basic' | 'query';
  /** Header name (lower case), or the query parameter for `query`. */
  header: string;
  /** Required value prefix, e.g. fal's `Key `. */
  prefix?: string;
}

interface FilePart {
  name: string;
  multiple: boolean;
  /** The documented `maxItems` of an array of files. */
  maxItems?: number;
  required: boolean;
  sameDimensionsAs?: string;
  /** Its encoding's `contentType` names more than images (any type: Replicate's file upload): any bytes, not an image to check. */
  anyFile?: true;
}

/** A body field holding a URL the vendor downloads (`x-fetched-url` in the spec). */
export interface FetchedUrl {
  name: string;
  /** An array of such URLs (reference-image lists). */
  multiple: boolean;
  /** `data:` URIs are accepted too. */
  dataUri: boolean;
  /** A value without a URL scheme is base64 image data, not a URL (Magnific's `image`). */
  base64: boolean;
}

/** The JSON types a top-level field allows (through `$ref`, `anyOf`, `oneOf`, `allOf`), and its items' for an array. */
export interface FieldTypes {
  types: string[];
  items: string[];
}

export interface RequestBodySpec {
  mediaType: 'application/json' | 'multipart/form-data';
  required: boolean;
  validate: ValidateFunction;
  /** The media type's schema, dereferenced, and where it sits in the document (for other compilers). */
  schema: JsonObject;
  schemaRef: string;
  /** The documented request examples: as written, and with multipart JSON parts decoded. */
  examples: { name: string; value: Json; decoded: Json }[];
  /** Top-level property schemas (dereferenced), used to type form text and name fields. */
  properties: Record<string, JsonObject>;
  /** Each property's types: what a multipart text field is read as. */
  fieldTypes: Record<string, FieldTypes>;
  files: FilePart[];
  /** Multipart parts that carry JSON (Ideogram's `image_request`). */
  jsonParts: string[];
  fetchedUrls: FetchedUrl[];
}

export interface ResponseExample {
  name: string;
  value: Json;
  /** The documented media type it is served with (`application/json`, `application/problem+json`). */
  mediaType: string;
  /** Where that media type's schema sits, when it has one: what the example must satisfy. */
  schemaRef?: string;
}

export interface ResponseSpec {
  /** The key as written: `200`, or `4XX` / `default` (those are in `Operation.otherResponses`). */
  code: string;
  status: number;
  examples: ResponseExample[];
  /** Sample values of the documented headers, sent with replayed answers. */
  headers: Record<string, string>;
  /** Headers a conforming answer must carry. */
  requiredHeaders: string[];
  /** The first JSON media type and its schema's pointer, when the response has a body. */
  mediaType?: string;
  schemaRef?: string;
  /** Every documented media type (an image's bytes may be documented beside a JSON variant). */
  mediaTypes: string[];
}

interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  validate: ValidateFunction;
  /** Dereferenced. */
  schema: JsonObject;
  /** Where the schema sits in the document (what `validate` compiles). */
  schemaRef: string;
  /** The first documented value (named example, example, or the schema's first example). */
  example?: Json;
}

export interface Operation {
  provider: string;
  /** For a webhook (webhooksOf), `webhook:<name>`. */
  operationId: string;
  method: string;
  /** For a webhook, its name. */
  path: string;
  /** Alternatives: any one scheme satisfies the operation. Empty = open. */
  auth: AuthScheme[];
  /** `security` lists an empty requirement: calling without credentials is documented too. */
  anonymous: boolean;
  authFailureStatus: number;
  /** The first documented request media type: what the mock expects when the request does not say. */
  body?: RequestBodySpec;
  /** Every documented request media type (Ideogram's v3 generate takes JSON or multipart). */
  bodies: RequestBodySpec[];
  parameters: ParameterSpec[];
  responses: ResponseSpec[];
  /** `4XX`-style and `default` responses: only the contract suite's validator reads them. */
  otherResponses: ResponseSpec[];
  /** The operation's `x-` extensions as written (`x-source`, `x-codeSamples`, `x-unconfirmed`, ...). */
  extensions: JsonObject;
  /** Documented links from this operation's responses (`links`), by status. */
  links: Record<string, JsonObject>;
}

export interface Mount {
  /** The vendor whose operations it serves (its module, jobs, error shape). */
  provider: string;
  /** What the journal, `--proxy` and recordings call it: the relay's id on a relay, else the provider. */
  label: string;
  prefix: string;
  host: string;
  routes: Route[];
  /** A relay of `provider`: the same routes under its own prefix, host and auth (relays.ts). */
  relay?: Relay;
}

export interface Route {
  operation: Operation;
  pattern: RegExp;
  paramNames: string[];
}

export interface SpecIndex {
  specs: LoadedSpec[];
  mounts: Mount[];
  byPrefix: Map<string, Mount>;
  byHost: Map<string, Mount>;
  operations: Operation[];
  /** Compiles all validators now instead of on first use. */
  warm(): Promise<void>;
}

/**
 * Builds the routing table and the validators (compiled on first use, or by `warm()`), from the specs
 * and the relays (each spec's `x-mock-relays`, then `relays` given by the user): a relay is one more
 * mount over the same routes, so nothing is read or compiled twice. A relay that cannot be served
 * throws, its sentence saying what to change.
 */
export function buildIndex(specs: LoadedSpec[], relays: RelayDefinition[] = []): SpecIndex {
  const strict = createSchemaCompiler(specs);
  const coercing = createSchemaCompiler(specs, { coerce: true });
  const mounts: Mount[] = [];
  const operations: Operation[] = [];
  const routesOf = new Map<string, Route[]>();
  for (const spec of specs) {
    const ops = readOperations(spec, strict, coercing);
    operations.push(...ops);
    const routes = ops.map(compileRoute);
    routesOf.set(spec.provider, routes);
    // Every host accepts every scheme the operation's `security` lists: OpenAPI has no per-server security.
    for (const { prefix, host } of mountPoints(spec)) mounts.push({ provider: spec.provider, label: spec.provider, prefix, host, routes });
  }
  for (const definition of [...specs.flatMap(specRelays), ...relays]) {
    const problem = relayProblem(definition, [...routesOf.keys()], { prefixes: mounts.map((m) => firstSegment(m.prefix)), names: mounts.map((m) => m.label) });
    if (problem) throw new Error(problem);
    const prefix = definition.prefix ?? `/${definition.id}`;
    const relay = readRelay(definition);
    mounts.push({ provider: definition.vendor, label: definition.id, prefix, host: relayHost(definition), routes: routesOf.get(definition.vendor)!, relay });
  }
  // A relay's prefix may be several segments (`/cloudflare/v1/{account}/…`): each mount is found by its first.
  const byPrefix = new Map(mounts.map((m) => [firstSegment(m.prefix), m]));
  return { specs, mounts, byPrefix, byHost: new Map(mounts.filter((m) => m.host).map((m) => [m.host, m])), operations, warm: () => warmAll(operations) };
}

const modelled = new WeakMap<LoadedSpec, Operation[]>();

/** One spec's operations, built once per loaded spec (the contract suite and the tests ask often). */
export function operationsOf(spec: LoadedSpec): Operation[] {
  let operations = modelled.get(spec);
  if (!operations) modelled.set(spec, (operations = buildIndex([spec]).operations));
  return operations;
}

const webhooksModelled = new WeakMap<LoadedSpec, Operation[]>();

/**
 * The requests a vendor sends (the spec's `webhooks`), modelled as operations named `webhook:<name>`
 * whose path is the webhook's name; the mock sends them, so they carry no auth.
 */
export function webhooksOf(spec: LoadedSpec): Operation[] {
  let webhooks = webhooksModelled.get(spec);
  if (!webhooks) {
    const compiler = createSchemaCompiler([spec]);
    webhooksModelled.set(spec, (webhooks = readOperations(spec, compiler, createSchemaCompiler([spec], { coerce: true }), 'webhooks')));
  }
  return webhooks;
}

/** The scheme a vendor's host wants (its server's `x-security-scheme`): how a client presents its key. */
export function serverAuth(spec: LoadedSpec, serverIndex = 0): AuthScheme {
  const server = ((spec.doc.servers ?? []) as JsonObject[])[serverIndex];
  const name = String(server?.['x-security-scheme'] ?? '');
  const scheme = schemesOf(spec.doc)[name];
  if (!scheme) throw new Error(`specs/${spec.provider}/openapi.yaml: server ${serverIndex} names no security scheme`);
  return readScheme(spec.doc, name);
}

/**
 * Compiles every validator, one per macrotask, so a request arriving meanwhile waits for one
 * validator's compilation at most (its own operation's, if not compiled yet, is compiled on its call).
 */
async function warmAll(operations: Operation[]): Promise<void> {
  for (const operation of operations) {
    for (const { validate } of [...operation.bodies, ...operation.parameters]) {
      await new Promise((resolve) => setImmediate(resolve));
      warmValidator(validate);
    }
  }
}

/** Each server's `x-mock-prefix`; a spec that names none is mounted at `/<its folder name>`. */
export function mountPoints(spec: LoadedSpec): { prefix: string; host: string }[] {
  const servers = (spec.doc.servers ?? []) as JsonObject[];
  const marked = servers.filter((server) => typeof server['x-mock-prefix'] === 'string' && server['x-mock-prefix']);
  if (marked.length) return marked.map((server) => ({ prefix: String(server['x-mock-prefix']), host: hostOf(String(server.url)) }));
  return [{ prefix: `/${spec.provider}`, host: servers[0] ? hostOf(String(servers[0].url)) : '' }];
}

/** A vendor's real host name; none for templated or loopback URLs, which must not capture the mock's own address. */
function hostOf(url: string): string {
  try {
    const host = url.includes('{') ? '' : new URL(url).hostname;
    return /^(localhost|127\.|\[::1\]$)/.test(host) ? '' : host;
  } catch {
    return '';
  }
}

function compileRoute(operation: Operation): Route {
  const paramNames: string[] = [];
  const source = operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
    paramNames.push(name);
    return '([^/]+)';
  });
  return { operation, pattern: new RegExp(`^${source}/?$`), paramNames };
}

function readOperations(
  spec: LoadedSpec,
  strict: ReturnType<typeof createSchemaCompiler>,
  coercing: ReturnType<typeof createSchemaCompiler>,
  section: 'paths' | 'webhooks' = 'paths',
): Operation[] {
  const { doc, provider } = spec;
  const out: Operation[] = [];
  for (const [path, rawItem] of Object.entries((doc[section] ?? {}) as Record<string, JsonObject>)) {
    const item = deref<JsonObject>(doc, rawItem) ?? {};
    for (const method of HTTP_METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      const at = [section, path, method];
      const requirements = section === 'webhooks' ? [] : ((op.security ?? doc.security ?? []) as JsonObject[]);
      const bodies = readBodies(spec, op, at, strict);
      const operation = {
        provider,
        operationId: section === 'webhooks' ? `webhook:${path}` : String(op.operationId),
        method: method.toUpperCase(),
        path,
        auth: requirements.flatMap((requirement) => Object.keys(requirement).map((name) => readScheme(doc, name))),
        anonymous: requirements.some((r) => Object.keys(r).length === 0),
        body: bodies[0],
        bodies,
        parameters: readParameters(spec, [...((item.parameters ?? []) as Json[]), ...((op.parameters ?? []) as Json[])], coercing, at, item),
        extensions: Object.fromEntries(Object.entries(op).filter(([key]) => key.startsWith('x-'))),
      } as Operation;
      out.push(withLazyResponses(operation, () => readResponses(doc, op, at)));
    }
  }
  return out;
}

/**
 * The responses are read when first asked for: most of an operation's model, and what a start-up
 * would otherwise spend on every operation of every spec before the first request.
 */
function withLazyResponses(operation: Operation, read: () => ReturnType<typeof readResponses>): Operation {
  let read_: ReturnType<typeof readResponses> | undefined;
  const responses = () => (read_ ??= read());
  const lazy = <T>(get: () => T): PropertyDescriptor => ({ get, enumerable: true, configurable: true });
  return Object.defineProperties(operation, {
    responses: lazy(() => responses().responses),
    otherResponses: lazy(() => responses().otherResponses),
    links: lazy(() => responses().links),
    authFailureStatus: lazy(() => {
      const statuses = responses().responses.map((r) => r.status);
      return statuses.includes(401) ? 401 : statuses.includes(403) ? 403 : 401;
    }),
  });
}

function schemesOf(doc: JsonObject): Record<string, JsonObject> {
  return (deref<JsonObject>(doc, doc.components)?.securitySchemes ?? {}) as Record<string, JsonObject>;
}

function readScheme(doc: JsonObject, name: string): AuthScheme {
  const scheme = deref<JsonObject>(doc, schemesOf(doc)[name]);
  if (!scheme) throw new Error(`Security scheme ${name} is not defined`);
  if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer') return { name, kind: 'bearer', header: 'authorization', prefix: 'Bearer ' };
  if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic') return { name, kind: 'basic', header: 'authorization', prefix: 'Basic ' };
  if (scheme.type === 'apiKey' && scheme.in === 'query') return { name, kind: 'query', header: String(scheme.name) };
  if (scheme.type === 'apiKey' && scheme.in === 'header') {
    const prefix = scheme['x-auth-prefix'];
    return { name, kind: 'header', header: String(scheme.name).toLowerCase(), prefix: typeof prefix === 'string' ? prefix : undefined };
  }
  throw new Error(`Security scheme ${name} (${String(scheme.type)}) is not supported by the mock`);
}

const MEDIA_TYPES = ['multipart/form-data', 'application/json'] as const;

function readBodies(spec: LoadedSpec, op: JsonObject, at: string[], strict: ReturnType<typeof createSchemaCompiler>): RequestBodySpec[] {
  const rawBody = op.requestBody as JsonObject | undefined;
  const body = deref<JsonObject>(spec.doc, rawBody);
  if (!body) return [];
  const base = locate(rawBody, [...at, 'requestBody']);
  const content = (body.content ?? {}) as Record<string, JsonObject>;
  // In the spec's order, so the first documented type stays the default.
  const mediaTypes = Object.keys(content).filter((m): m is (typeof MEDIA_TYPES)[number] => (MEDIA_TYPES as readonly string[]).includes(m));
  if (mediaTypes.length === 0)
    throw new Error(`${spec.provider} ${String(op.operationId)}: unsupported request media types ${Object.keys(content).join(', ')}`);
  // Strict for multipart too: its text fields are typed when read (pipeline/form-text.ts), and JSON parts
  // must meet the same schema as a JSON body, with no coercion.
  return mediaTypes.map((mediaType) => readMediaType(spec, body, content[mediaType], mediaType, base, strict));
}

function readMediaType(
  spec: LoadedSpec,
  body: JsonObject,
  media: JsonObject,
  mediaType: RequestBodySpec['mediaType'],
  base: string[],
  compiler: ReturnType<typeof createSchemaCompiler>,
): RequestBodySpec {
  const schema = deref<JsonObject>(spec.doc, media.schema) ?? {};
  const schemaRef = pointer(...base, 'content', mediaType, 'schema');
  const known = {
    mediaType,
    required: body.required === true,
    // A body documented by examples alone takes anything of its media type.
    validate: media.schema ? compiler.lazy(spec.provider, schemaRef) : acceptAny,
    schema,
    schemaRef,
  };
  return withLazyDetails(known, () => readBodyDetails(spec, media, mediaType, schema));
}

type BodyDetails = Omit<RequestBodySpec, 'mediaType' | 'required' | 'validate' | 'schema' | 'schemaRef'>;

/**
 * The rest of a body's model is read when first asked for, all at once, then kept as plain fields:
 * a start-up then reads no body it does not serve, whatever the number of specs and operations.
 */
function withLazyDetails(known: Omit<RequestBodySpec, keyof BodyDetails>, read: () => BodyDetails): RequestBodySpec {
  const keys: (keyof BodyDetails)[] = ['examples', 'properties', 'fieldTypes', 'files', 'jsonParts', 'fetchedUrls'];
  const fill = () => {
    const details = read();
    for (const key of keys) Object.defineProperty(body, key, { value: details[key], enumerable: true, writable: true, configurable: true });
  };
  const body = known as RequestBodySpec;
  for (const key of keys)
    Object.defineProperty(body, key, {
      get: () => (fill(), body[key]),
      enumerable: true,
      configurable: true,
    });
  return body;
}

function readBodyDetails(spec: LoadedSpec, media: JsonObject, mediaType: RequestBodySpec['mediaType'], schema: JsonObject): BodyDetails {
  const properties: Record<string, JsonObject> = {};
  for (const [name, prop] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) properties[name] = deref<JsonObject>(spec.doc, prop) ?? {};
  const required = new Set((schema.required ?? []) as string[]);
  const encoding = (media.encoding ?? {}) as Record<string, JsonObject>;
  const files: FilePart[] = [];
  for (const [name, prop] of Object.entries(properties)) {
    const items = deref<JsonObject>(spec.doc, prop.items);
    const isFile = prop.format === 'binary' || items?.format === 'binary';
    if (!isFile || mediaType !== 'multipart/form-data') continue;
    const same = prop['x-same-dimensions-as'];
    const types = String(encoding[name]?.contentType ?? 'image/*')
      .split(',')
      .map((type) => type.trim());
    const maxItems = typeof prop.maxItems === 'number' ? prop.maxItems : undefined;
    files.push({
      name,
      multiple: prop.type === 'array',
      maxItems,
      required: required.has(name),
      sameDimensionsAs: typeof same === 'string' ? same : undefined,
      ...(types.every((type) => type.startsWith('image/')) ? {} : { anyFile: true as const }),
    });
  }
  const fetchedUrls = readFetchedUrls(spec, (schema.properties ?? {}) as Record<string, Json>);
  const jsonParts = Object.keys(properties).filter(
    (name) => String(encoding[name]?.contentType ?? '').includes('json') || (mediaType === 'multipart/form-data' && properties[name].type === 'object'),
  );
  const examples = Object.entries((media.examples ?? {}) as Record<string, Json>).map(([name, ex]) => {
    const value = deref<JsonObject>(spec.doc, ex)?.value ?? null;
    return { name, value, decoded: decodeParts(value, media.encoding as never) };
  });
  const fieldTypes = Object.fromEntries(
    Object.entries(properties).map(([name, prop]) => [
      name,
      { types: [...typesOf(spec.doc, prop)], items: [...typesOf(spec.doc, deref<JsonObject>(spec.doc, prop.items))] },
    ]),
  );
  return { examples, properties, fieldTypes, files, jsonParts, fetchedUrls };
}

/** The JSON types a schema allows, looking through `$ref`, `anyOf`, `oneOf` and `allOf`. */
function typesOf(doc: JsonObject, schema: JsonObject | undefined, depth = 0): Set<string> {
  const types = new Set<string>();
  if (!schema || depth > 8) return types;
  for (const type of ([] as Json[]).concat(schema.type ?? [])) types.add(String(type));
  if (schema.enum && !schema.type) for (const value of schema.enum as Json[]) types.add(typeof value);
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    for (const branch of (schema[key] ?? []) as Json[]) for (const type of typesOf(doc, deref<JsonObject>(doc, branch), depth + 1)) types.add(type);
  }
  return types;
}

const acceptAny = Object.assign(() => true, { errors: null }) as unknown as ValidateFunction;

/** `x-fetched-url: true` (http/https) or `{data-uri: true, base64: true}`, beside a `$ref` or on the schema it names. */
export function readFetchedUrls(spec: LoadedSpec, rawProperties: Record<string, Json>): FetchedUrl[] {
  return Object.entries(rawProperties).flatMap(([name, raw]) => {
    const prop = deref<JsonObject>(spec.doc, raw) ?? {};
    const mark = (raw as JsonObject)['x-fetched-url'] ?? prop['x-fetched-url'];
    if (!mark) return [];
    const options = typeof mark === 'object' && !Array.isArray(mark) ? (mark as JsonObject) : {};
    return [{ name, multiple: prop.type === 'array', dataUri: options['data-uri'] === true, base64: options.base64 === true }];
  });
}

function readParameters(spec: LoadedSpec, params: Json[], coercing: ReturnType<typeof createSchemaCompiler>, at: string[], item: JsonObject): ParameterSpec[] {
  const ownCount = ((item.parameters ?? []) as Json[]).length;
  return params.flatMap((raw, index) => {
    const param = deref<JsonObject>(spec.doc, raw);
    if (!param || param.in === 'cookie' || !param.schema) return [];
    const schema = deref<JsonObject>(spec.doc, param.schema) ?? {};
    const where = locate(raw, index < ownCount ? [at[0], at[1], 'parameters', String(index)] : [...at, 'parameters', String(index - ownCount)]);
    const schemaRef = pointer(...where, 'schema');
    return [
      {
        name: String(param.name),
        in: param.in as ParameterSpec['in'],
        required: param.required === true,
        validate: coercing.lazy(spec.provider, schemaRef),
        schema,
        schemaRef,
        example:
          (param.examples ? Object.values(param.examples as JsonObject).map((e) => deref<JsonObject>(spec.doc, e)?.value)[0] : undefined) ??
          param.example ??
          (schema.examples as Json[] | undefined)?.[0],
      },
    ];
  });
}

function readResponses(
  doc: JsonObject,
  op: JsonObject,
  at: string[],
): { responses: ResponseSpec[]; otherResponses: ResponseSpec[]; links: Record<string, JsonObject> } {
  const out: ResponseSpec[] = [];
  const otherResponses: ResponseSpec[] = [];
  const links: Record<string, JsonObject> = {};
  for (const [code, raw] of Object.entries((op.responses ?? {}) as Record<string, Json>)) {
    const status = Number(code);
    const response = deref<JsonObject>(doc, raw) ?? {};
    if (response.links) links[code] = response.links as JsonObject;
    const examples: ResponseExample[] = [];
    // application/json first, then other JSON types (Magnific documents application/problem+json).
    const content = (response.content ?? {}) as Record<string, Json>;
    const mediaTypes = Object.keys(content)
      .filter((m) => m.includes('json'))
      .sort((a, b) => Number(b === 'application/json') - Number(a === 'application/json'));
    const schemaRefOf = (mediaType: string) => pointer(...locate(raw, [...at, 'responses', code]), 'content', mediaType, 'schema');
    for (const mediaType of mediaTypes) {
      const media = deref<JsonObject>(doc, content[mediaType]);
      const schemaRef = media?.schema ? schemaRefOf(mediaType) : undefined;
      for (const [name, ex] of Object.entries((media?.examples ?? {}) as Record<string, Json>))
        examples.push({ name, value: deref<JsonObject>(doc, ex)?.value ?? null, mediaType, schemaRef });
      if (media?.example !== undefined) examples.push({ name: 'example', value: media.example, mediaType, schemaRef });
    }
    const headers: Record<string, string> = {};
    const requiredHeaders: string[] = [];
    for (const [name, rawHeader] of Object.entries((response.headers ?? {}) as Record<string, Json>)) {
      const header = deref<JsonObject>(doc, rawHeader);
      if (header?.required === true) requiredHeaders.push(name);
      const schema = deref<JsonObject>(doc, header?.schema);
      const sample =
        header?.example ??
        (header?.examples ? Object.values(header.examples as JsonObject).map((e) => deref<JsonObject>(doc, e)?.value)[0] : undefined) ??
        schema?.example ??
        (schema?.examples as Json[] | undefined)?.[0] ??
        schema?.default;
      if (sample !== undefined && sample !== null) headers[name] = String(sample);
    }
    // The first JSON type, as written: what a conforming answer is checked against.
    const mediaType = Object.keys(content).find((m) => m.includes('json'));
    // A response documented by examples alone has nothing to validate a body against.
    const schemaRef = mediaType && deref<JsonObject>(doc, content[mediaType])?.schema ? schemaRefOf(mediaType) : undefined;
    (Number.isInteger(status) ? out : otherResponses).push({
      code,
      status,
      examples,
      headers,
      requiredHeaders,
      mediaType,
      schemaRef,
      mediaTypes: Object.keys(content),
    });
  }
  return { responses: out.sort((a, b) => a.status - b.status), otherResponses, links };
}

/** Multipart parts declared as JSON may be shown as JSON text in vendor docs: compare their meaning. */
function decodeParts(value: Json, encoding: Record<string, { contentType?: string }> | undefined): Json {
  if (!encoding || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: JsonObject = { ...value };
  for (const [field, enc] of Object.entries(encoding)) {
    const raw = out[field];
    if (typeof raw !== 'string' || !enc.contentType?.includes('json')) continue;
    try {
      out[field] = JSON.parse(raw) as Json;
    } catch {
      // Left as text: the schema check then reports that the part is not an object.
    }
  }
  return out;
}
