import { setTimeout as sleep } from 'node:timers/promises';
import { deref, type Json, type JsonObject, type LoadedSpec } from '../../mock-server/spec/load';
import { HTTP_METHODS, decodeParts } from '../../mock-server/spec/examples';
import { createVendorClient } from '../clients';
import { SpecValidator, type ObservedResponse, type Violation } from './validator';
import { BudgetSpent, type ProviderTarget } from './target';
import { png } from './fixtures';
import { recordedBody, redact, saveRecording, type Recording } from './recording';

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckOutcome {
  provider: string;
  operation: string;
  check: string;
  status: CheckStatus;
  violations: Violation[];
  note?: string;
}

export interface PlannedCheck {
  operation: string;
  check: string;
  run(): Promise<CheckOutcome>;
}

interface RequestExample {
  name: string;
  value: Json;
}

/** An operation as the suite needs it, read from the spec. */
export interface OperationInfo {
  operationId: string;
  method: string;
  path: string;
  pathParams: string[];
  secured: boolean;
  authStatuses: number[];
  body?: { mediaType: string; schema: JsonObject; examples: RequestExample[]; fileFields: string[] };
}

/** Multipart parts that carry files (`format: binary`, or arrays of them), `$ref`s followed. */
function fileFieldsOf(spec: LoadedSpec, schema: JsonObject): string[] {
  return Object.entries((schema.properties ?? {}) as Record<string, Json>)
    .filter(([, raw]) => {
      const prop = deref<JsonObject>(spec.doc, raw) ?? {};
      return prop.format === 'binary' || deref<JsonObject>(spec.doc, prop.items)?.format === 'binary';
    })
    .map(([name]) => name);
}

export function operationsOf(spec: LoadedSpec): OperationInfo[] {
  const out: OperationInfo[] = [];
  for (const [path, rawItem] of Object.entries((spec.doc.paths ?? {}) as Record<string, JsonObject>)) {
    const item = deref<JsonObject>(spec.doc, rawItem) ?? {};
    for (const method of HTTP_METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      const content = (deref<JsonObject>(spec.doc, op.requestBody)?.content ?? {}) as Record<string, JsonObject>;
      const mediaType = Object.keys(content).find((m) => m.includes('json') || m.includes('multipart'));
      const media = mediaType ? content[mediaType] : undefined;
      const examples = Object.entries((media?.examples ?? {}) as Record<string, Json>).map(([name, ex]) => ({
        name,
        value: decodeParts(deref<JsonObject>(spec.doc, ex)?.value ?? null, media?.encoding as never),
      }));
      const schema = deref<JsonObject>(spec.doc, media?.schema) ?? {};
      const security = (op.security ?? spec.doc.security ?? []) as JsonObject[];
      const responses = Object.keys((op.responses ?? {}) as JsonObject).map(Number);
      out.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        path,
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
        secured: security.length > 0 && !security.some((r) => Object.keys(r).length === 0),
        authStatuses: responses.filter((s) => s === 401 || s === 403),
        body: media && mediaType ? { mediaType, schema, examples, fileFields: fileFieldsOf(spec, schema) } : undefined,
      });
    }
  }
  return out;
}

export interface SendOptions {
  body?: Json;
  /** `null`: send no credentials. */
  key?: string | null;
  pathParams?: Record<string, string>;
  query?: Record<string, string>;
}

/** One call through the vendor's typed client; the answer as the validator wants it. */
export async function send(target: ProviderTarget, op: OperationInfo, options: SendOptions = {}): Promise<ObservedResponse> {
  const multipart = op.body?.mediaType.includes('multipart') ?? false;
  const baseUrl = multipart && target.multipartBaseUrl ? target.multipartBaseUrl : target.baseUrl;
  const fetch = target.recordDir ? recording(target, op.operationId, target.recordDir) : target.fetch;
  const client = createVendorClient(target.provider, { baseUrl, apiKey: options.key === null ? undefined : (options.key ?? target.key), fetch });
  const body = options.body === undefined ? undefined : multipart ? toFormData(options.body, op.body!) : options.body;
  // The table of operations comes from the spec at run time, so the path is only known as a string here.
  const request = client.request as unknown as (method: string, path: string, init: object) => Promise<{ response: Response; data?: unknown; error?: unknown }>;
  const { response, data, error } = await request(op.method.toLowerCase(), op.path, {
    params: { path: options.pathParams ?? {}, query: options.query ?? {} },
    body,
    parseAs: 'text',
  });
  const headers = Object.fromEntries(response.headers.entries());
  // openapi-fetch already parses JSON error bodies; success bodies arrive as text (parseAs: 'text').
  const raw = data ?? error ?? '';
  if (typeof raw !== 'string' || !headers['content-type']?.includes('json') || !raw) return { status: response.status, headers, body: raw };
  try {
    return { status: response.status, headers, body: JSON.parse(raw) };
  } catch {
    return { status: response.status, headers, body: raw };
  }
}

/** The target's fetch, saving each exchange under `dir` with every key the suite knows redacted. */
function recording(target: ProviderTarget, operationId: string, dir: string): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const sent = new Uint8Array(await request.clone().arrayBuffer());
    const response = await target.fetch(request);
    const received = new Uint8Array(await response.clone().arrayBuffer());
    const exchange: Recording = {
      provider: target.provider,
      operationId,
      recordedAt: new Date().toISOString(),
      target: target.live ? 'live' : new URL(target.baseUrl).origin,
      request: { method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body: sent.length ? recordedBody(sent, request.headers.get('content-type')) : undefined },
      response: { status: response.status, headers: Object.fromEntries(response.headers), body: recordedBody(received, response.headers.get('content-type')) },
    };
    saveRecording(dir, redact(exchange, [target.key, target.wrongKey ?? ''].filter(Boolean)));
    return response;
  };
}

/** Form fields from an example; file parts become real PNGs of one size (masks must match images). */
function toFormData(value: Json, body: NonNullable<OperationInfo['body']>): FormData {
  const form = new FormData();
  const image = new Blob([new Uint8Array(png(64, 64))], { type: 'image/png' });
  const files = new Set(body.fileFields);
  for (const [name, raw] of Object.entries((value ?? {}) as JsonObject)) {
    if (files.has(name)) {
      for (let i = 0; i < (Array.isArray(raw) ? raw.length : 1); i++) form.append(name, image, `${name}.png`);
      continue;
    }
    if (raw === null || raw === undefined) continue;
    // OpenAPI's default multipart encoding: an array of scalars is one part per item; objects are JSON.
    if (Array.isArray(raw) && raw.every((item) => typeof item !== 'object')) for (const item of raw) form.append(name, String(item));
    else form.append(name, typeof raw === 'object' ? JSON.stringify(raw) : String(raw));
  }
  // Required file parts the example leaves out (docs often show only the text fields).
  for (const name of (body.schema.required ?? []) as string[]) {
    if (files.has(name) && !form.has(name)) form.append(name, image, `${name}.png`);
  }
  return form;
}

/** Docs show truncated base64 (`iVBORw0KGgo...`); a live vendor needs a real image, so send one. */
function realImages(value: Json): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: JsonObject = { ...value };
  const data = png(64, 64).toString('base64');
  for (const [key, field] of Object.entries(out)) {
    if ((key === 'image' || key === 'mask') && typeof field === 'string' && !/^https?:/.test(field)) out[key] = data;
  }
  return out;
}

type Runner = (target: ProviderTarget, validator: SpecValidator) => Promise<Omit<CheckOutcome, 'provider' | 'operation' | 'check'>>;

function plan(target: ProviderTarget, validator: SpecValidator, operation: string, check: string, run: Runner): PlannedCheck {
  return {
    operation,
    check,
    run: async () => {
      const base = { provider: target.provider, operation, check };
      if (target.skip) return { ...base, status: 'skip', violations: [], note: target.skip };
      try {
        return { ...base, ...(await run(target, validator)) };
      } catch (error) {
        if (error instanceof BudgetSpent) return { ...base, status: 'skip', violations: [], note: error.message };
        return { ...base, status: 'fail', violations: [{ provider: target.provider, operation, pointer: 'request', expected: 'an answer', actual: (error as Error).message }] };
      }
    },
  };
}

function verdict(violations: Violation[]) {
  return { status: (violations.length ? 'fail' : 'pass') as CheckStatus, violations };
}

/** Violations Prism reports when the suite runs through `prism proxy` (--via-prism). */
function prismViolations(target: ProviderTarget, operation: string, response: ObservedResponse): Violation[] {
  const header = response.headers['sl-violations'];
  if (!header) return [];
  try {
    const items = JSON.parse(String(header)) as { location?: string[]; message?: string; severity?: string }[];
    // Only what Prism says of the answer: the suite's negative checks send bad requests on purpose.
    return items
      .filter((i) => i.severity === 'Error' && i.location?.[0] === 'response')
      .map((i) => ({ provider: target.provider, operation, pointer: `prism:${(i.location ?? []).join('.')}`, expected: i.message ?? 'no Prism violation' }));
  } catch {
    return [{ provider: target.provider, operation, pointer: 'prism', expected: 'a readable sl-violations header', actual: String(header).slice(0, 80) }];
  }
}

function expectStatus(target: ProviderTarget, operation: string, response: ObservedResponse, allowed: (status: number) => boolean, wanted: string): Violation[] {
  return allowed(response.status) ? [] : [{ provider: target.provider, operation, pointer: 'status', expected: wanted, actual: String(response.status) }];
}

/** Every check the suite runs for one vendor: per operation, then its asynchronous flows. */
export function planChecks(target: ProviderTarget, spec: LoadedSpec, validator: SpecValidator): PlannedCheck[] {
  const checks: PlannedCheck[] = [];
  for (const op of operationsOf(spec)) {
    const conform = (response: ObservedResponse) => [...validator.validateResponse(target.provider, op.operationId, response), ...prismViolations(target, op.operationId, response)];
    const dummyParams = Object.fromEntries(op.pathParams.map((p) => [p, 'contract-suite-unknown-id']));
    if (op.pathParams.length === 0) {
      const examples = op.body?.examples.length ? op.body.examples : [{ name: 'no body', value: undefined as unknown as Json }];
      for (const example of examples) {
        checks.push(
          plan(target, validator, op.operationId, `documented request "${example.name}" → 2xx`, async (t) => {
            const body = example.value === undefined ? undefined : t.live ? realImages(example.value) : example.value;
            const response = await send(t, op, { body });
            return verdict([...expectStatus(t, op.operationId, response, (s) => s >= 200 && s < 300, 'a 2xx'), ...conform(response)]);
          }),
        );
      }
    }
    if (op.secured) {
      const sample = op.body?.examples[0]?.value;
      checks.push(
        plan(target, validator, op.operationId, 'no key → documented auth failure', async (t) => {
          const response = await send(t, op, { key: null, body: sample, pathParams: dummyParams });
          return verdict([...expectStatus(t, op.operationId, response, (s) => op.authStatuses.includes(s), `one of ${op.authStatuses.join(', ')}`), ...conform(response)]);
        }),
      );
      checks.push(
        plan(target, validator, op.operationId, 'wrong key → documented auth failure', async (t) => {
          if (!t.wrongKey) return { status: 'skip', violations: [], note: `the target accepts any key: set ${t.provider.toUpperCase().replace(/-/g, '_')}_API_KEY to check wrong keys` };
          const response = await send(t, op, { key: t.wrongKey, body: sample, pathParams: dummyParams });
          return verdict([...expectStatus(t, op.operationId, response, (s) => op.authStatuses.includes(s), `one of ${op.authStatuses.join(', ')}`), ...conform(response)]);
        }),
      );
    }
    const mutation = op.body?.examples[0] ? badEnum(op.body.examples[0].value, op.body.schema, spec) : undefined;
    if (mutation) {
      checks.push(
        plan(target, validator, op.operationId, `bad enum (${mutation.field}) → documented 4xx`, async (t) => {
          const response = await send(t, op, { body: t.live ? realImages(mutation.body) : mutation.body, pathParams: dummyParams });
          const clientError = (s: number) => s >= 400 && s < 500 && s !== 401 && s !== 403;
          return verdict([...expectStatus(t, op.operationId, response, clientError, 'a documented 4xx'), ...conform(response)]);
        }),
      );
    }
  }
  const flow = FLOWS[target.provider];
  if (flow) for (const [name, run] of Object.entries(flow)) checks.push(plan(target, validator, 'flow', name, run));
  return checks;
}

/** The first enum-typed field of the example (top level, then one level down), set to a value no enum has. */
export function badEnum(example: Json, schema: JsonObject, spec: LoadedSpec): { field: string; body: Json } | undefined {
  if (!example || typeof example !== 'object' || Array.isArray(example)) return undefined;
  const props = (schema.properties ?? {}) as Record<string, Json>;
  for (const [name, raw] of Object.entries(props)) {
    const prop = deref<JsonObject>(spec.doc, raw) ?? {};
    if (Array.isArray(prop.enum) || (Array.isArray(prop.anyOf) && (prop.anyOf as JsonObject[]).some((s) => Array.isArray(deref<JsonObject>(spec.doc, s)?.enum)))) {
      return { field: name, body: { ...example, [name]: 'NOT_A_DOCUMENTED_VALUE' } };
    }
  }
  for (const [name, raw] of Object.entries(props)) {
    const nested = (example as JsonObject)[name];
    const prop = deref<JsonObject>(spec.doc, raw) ?? {};
    if (!nested || typeof nested !== 'object' || Array.isArray(nested) || !prop.properties) continue;
    const inner = badEnum(nested, prop, spec);
    if (inner) return { field: `${name}.${inner.field}`, body: { ...example, [name]: inner.body } };
  }
  return undefined;
}

async function pollUntil(target: ProviderTarget, poll: () => Promise<ObservedResponse>, done: (r: ObservedResponse) => boolean, seen: ObservedResponse[]): Promise<ObservedResponse | undefined> {
  for (let i = 0; i < target.maxPolls; i++) {
    if (i > 0 && target.pollIntervalMs > 0) await sleep(target.pollIntervalMs);
    const response = await poll();
    seen.push(response);
    if (done(response)) return response;
  }
  return undefined;
}

type Flow = Record<string, Runner>;

const field = (r: ObservedResponse, ...path: string[]): unknown => path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), r.body);

function opById(provider: string, operationId: string, specs: LoadedSpec[]): OperationInfo {
  const spec = specs.find((s) => s.provider === provider)!;
  return operationsOf(spec).find((o) => o.operationId === operationId)!;
}

/** The asynchronous flows, polled to a terminal state within the target's poll budget. */
const FLOWS: Partial<Record<string, Flow>> = {
  pixazo: {
    'remove-background: submit → poll to a terminal status': async (t, v) => {
      const submit = opById('pixazo', 'removeBackgroundSubmit', v.specs);
      const status = opById('pixazo', 'requestStatusGet', v.specs);
      const created = await send(t, submit, { body: submit.body!.examples[0].value });
      const violations = v.validateResponse('pixazo', submit.operationId, created);
      const id = String(field(created, 'request_id') ?? '');
      if (!id) return verdict([...violations, { provider: 'pixazo', operation: submit.operationId, pointer: '/request_id', expected: 'a request id to poll' }]);
      const seen: ObservedResponse[] = [];
      const end = await pollUntil(t, () => send(t, status, { pathParams: { request_id: id } }), (r) => ['COMPLETED', 'FAILED', 'ERROR'].includes(String(field(r, 'status'))), seen);
      for (const r of seen) violations.push(...v.validateResponse('pixazo', status.operationId, r));
      if (!end) violations.push({ provider: 'pixazo', operation: status.operationId, pointer: '/status', expected: `a terminal status within ${t.maxPolls} polls`, actual: String(field(seen.at(-1)!, 'status')) });
      return verdict(violations);
    },
  },
  magnific: {
    'image edit: create → poll to a terminal status → listed': async (t, v) => {
      const create = opById('magnific', 'createImageEdit', v.specs);
      const get = opById('magnific', 'getImageEdit', v.specs);
      const list = opById('magnific', 'listImageEdits', v.specs);
      const body = create.body!.examples[0].value;
      const created = await send(t, create, { body: t.live ? realImages(body) : body });
      const violations = v.validateResponse('magnific', create.operationId, created);
      const id = String(field(created, 'data', 'task_id') ?? field(created, 'task_id') ?? '');
      if (!id) return verdict([...violations, { provider: 'magnific', operation: create.operationId, pointer: '/data/task_id', expected: 'a task id to poll' }]);
      const seen: ObservedResponse[] = [];
      const status = (r: ObservedResponse) => String(field(r, 'data', 'status') ?? field(r, 'status'));
      const end = await pollUntil(t, () => send(t, get, { pathParams: { 'task-id': id } }), (r) => ['COMPLETED', 'FAILED'].includes(status(r)), seen);
      for (const r of seen) violations.push(...v.validateResponse('magnific', get.operationId, r));
      if (!end) violations.push({ provider: 'magnific', operation: get.operationId, pointer: '/data/status', expected: `COMPLETED or FAILED within ${t.maxPolls} polls`, actual: status(seen.at(-1)!) });
      violations.push(...v.validateResponse('magnific', list.operationId, await send(t, list)));
      return verdict(violations);
    },
  },
  replicate: {
    'prediction: create → poll urls.get to a terminal status → listed': async (t, v) => {
      const create = opById('replicate', 'createModelPrediction', v.specs);
      const get = opById('replicate', 'getPrediction', v.specs);
      const list = opById('replicate', 'listPredictions', v.specs);
      const created = await send(t, create, { body: create.body!.examples[0].value, pathParams: { owner: 'ideogram-ai', name: 'ideogram-v3-turbo' } });
      const violations = v.validateResponse('replicate', create.operationId, created);
      const id = String(field(created, 'id') ?? '');
      if (!id) return verdict([...violations, { provider: 'replicate', operation: create.operationId, pointer: '/id', expected: 'a prediction id to poll' }]);
      const seen: ObservedResponse[] = [];
      const end = await pollUntil(t, () => send(t, get, { pathParams: { id } }), (r) => ['succeeded', 'failed', 'canceled'].includes(String(field(r, 'status'))), seen);
      for (const r of seen) violations.push(...v.validateResponse('replicate', get.operationId, r));
      if (!end) violations.push({ provider: 'replicate', operation: get.operationId, pointer: '/status', expected: `succeeded, failed or canceled within ${t.maxPolls} polls`, actual: String(field(seen.at(-1)!, 'status')) });
      violations.push(...v.validateResponse('replicate', list.operationId, await send(t, list)));
      return verdict(violations);
    },
    'prediction: cancel → canceled': async (t, v) => {
      const create = opById('replicate', 'createModelPrediction', v.specs);
      const cancel = opById('replicate', 'cancelPrediction', v.specs);
      const created = await send(t, create, { body: create.body!.examples[0].value, pathParams: { owner: 'ideogram-ai', name: 'ideogram-v3-turbo' } });
      const response = await send(t, cancel, { pathParams: { id: String(field(created, 'id') ?? '') } });
      const violations = [...v.validateResponse('replicate', cancel.operationId, response), ...expectStatus(t, cancel.operationId, response, (s) => s === 200, '200')];
      if (response.status === 200 && !['canceled', 'succeeded', 'failed'].includes(String(field(response, 'status')))) {
        violations.push({ provider: 'replicate', operation: cancel.operationId, pointer: '/status', expected: 'canceled (or the end it had already reached)', actual: String(field(response, 'status')) });
      }
      return verdict(violations);
    },
  },
  'fal-queue': {
    'queue: submit → status until COMPLETED → result': async (t, v) => {
      const submit = opById('fal-queue', 'submitEdit', v.specs);
      const status = opById('fal-queue', 'getStatus', v.specs);
      const result = opById('fal-queue', 'getResult', v.specs);
      const created = await send(t, submit, { body: submit.body!.examples[0].value });
      const violations = v.validateResponse('fal-queue', submit.operationId, created);
      const id = String(field(created, 'request_id') ?? '');
      if (!id) return verdict([...violations, { provider: 'fal-queue', operation: submit.operationId, pointer: '/request_id', expected: 'a request id to poll' }]);
      const seen: ObservedResponse[] = [];
      const end = await pollUntil(t, () => send(t, status, { pathParams: { request_id: id }, query: { logs: '1' } }), (r) => field(r, 'status') === 'COMPLETED', seen);
      for (const r of seen) violations.push(...v.validateResponse('fal-queue', status.operationId, r));
      if (!end) violations.push({ provider: 'fal-queue', operation: status.operationId, pointer: '/status', expected: `COMPLETED within ${t.maxPolls} polls`, actual: String(field(seen.at(-1)!, 'status')) });
      const output = await send(t, result, { pathParams: { request_id: id } });
      violations.push(...v.validateResponse('fal-queue', result.operationId, output), ...expectStatus(t, result.operationId, output, (s) => s === 200, '200 once COMPLETED'));
      return verdict(violations);
    },
    'queue: cancel → documented answer': async (t, v) => {
      const submit = opById('fal-queue', 'submitEdit', v.specs);
      const cancel = opById('fal-queue', 'cancel', v.specs);
      const created = await send(t, submit, { body: submit.body!.examples[0].value });
      const id = String(field(created, 'request_id') ?? '');
      const response = await send(t, cancel, { pathParams: { request_id: id } });
      return verdict([...v.validateResponse('fal-queue', cancel.operationId, response), ...expectStatus(t, cancel.operationId, response, (s) => [200, 202, 400].includes(s), '200, 202 or 400')]);
    },
  },
};
