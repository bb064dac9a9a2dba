import { setTimeout as sleep } from 'node:timers/promises';
import { deref, type Json, type JsonObject, type LoadedSpec } from '../core/model/load';
import { createVendorClient } from '../core/clients';
import { SpecValidator, type ObservedResponse, type Violation } from '../core/validator';
import { authHeaderFor, type AuthHeader } from '../core/auth-header';
import { operationsOf as modelOf, type Operation } from '../core/model/operations';
import { BudgetSpent, type ProviderTarget } from './target';
import { png } from '../core/sample-png';
import { recordedBody, redact, saveRecording, type Recording } from '../core/recording';

type CheckStatus = 'pass' | 'fail' | 'skip';

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
interface OperationInfo {
  operationId: string;
  method: string;
  path: string;
  pathParams: string[];
  /** Required query parameters naming what the operation reads (Kie's `recordInfo?taskId=`): like a path id, only a flow knows one. */
  queryIds: string[];
  secured: boolean;
  authStatuses: number[];
  /** How the key is sent, for specs whose servers name no x-security-scheme (`--spec`). */
  auth?: AuthHeader;
  body?: { mediaType: string; schema: JsonObject; examples: RequestExample[]; fileFields: string[] };
}

function schemeOf(op: Operation): AuthHeader | undefined {
  return op.auth[0] && authHeaderFor(op.auth[0]);
}

/** The suite's view of each operation of the model (spec/model.ts). */
function operationsOf(spec: LoadedSpec): OperationInfo[] {
  // The project's specs say per server how keys are sent (clients.ts); a `--spec` file is read per operation.
  const namesScheme = ((spec.doc.servers ?? []) as JsonObject[]).some((server) => server['x-security-scheme']);
  return modelOf(spec).map((op) => {
    const body = op.bodies[0];
    return {
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      pathParams: [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
      queryIds: op.parameters.filter((p) => p.in === 'query' && p.required && /id$/i.test(p.name)).map((p) => p.name),
      secured: op.auth.length > 0 && !op.anonymous,
      authStatuses: [...op.responses.map((r) => r.status)].filter((s) => s === 401 || s === 403),
      auth: namesScheme ? undefined : schemeOf(op),
      body: body && {
        mediaType: body.mediaType,
        schema: body.schema,
        examples: body.examples.map((e) => ({ name: e.name, value: e.decoded })),
        fileFields: body.files.map((f) => f.name),
      },
    };
  });
}

interface CallOptions {
  body?: Json;
  /** `null`: send no credentials. */
  key?: string | null;
  pathParams?: Record<string, string>;
  query?: Record<string, string>;
}

/** One call through the vendor's typed client; the answer as the validator wants it. */
async function callOperation(target: ProviderTarget, op: OperationInfo, options: CallOptions = {}): Promise<ObservedResponse> {
  const multipart = op.body?.mediaType.includes('multipart') ?? false;
  const baseUrl = multipart && target.multipartBaseUrl ? target.multipartBaseUrl : target.baseUrl;
  const fetch = target.recordDir ? recording(target, op.operationId, target.recordDir) : target.fetch;
  const client = createVendorClient(target.provider, {
    baseUrl,
    apiKey: options.key === null ? undefined : (options.key ?? target.key),
    fetch,
    auth: target.auth ?? op.auth,
  });
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
      request: {
        method: request.method,
        url: request.url,
        headers: Object.fromEntries(request.headers),
        body: sent.length ? recordedBody(sent, request.headers.get('content-type')) : undefined,
      },
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
      const base = { provider: target.relay ?? target.provider, operation, check };
      if (target.skip) return { ...base, status: 'skip', violations: [], note: target.skip };
      try {
        return { ...base, ...(await run(target, validator)) };
      } catch (error) {
        if (error instanceof BudgetSpent) return { ...base, status: 'skip', violations: [], note: error.message };
        return {
          ...base,
          status: 'fail',
          violations: [{ provider: target.provider, operation, pointer: 'request', expected: 'an answer', actual: (error as Error).message }],
        };
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

function expectStatus(
  target: ProviderTarget,
  operation: string,
  response: ObservedResponse,
  allowed: (status: number) => boolean,
  wanted: string,
): Violation[] {
  if (allowed(response.status)) return [];
  // A target started with --keys refuses the made-up key the suite sends when none is given: say so, not just "401".
  const why =
    target.keyUnknown && (response.status === 401 || response.status === 403)
      ? ` (the suite sent a made-up key: set ${target.keyUnknown} to a key the target accepts)`
      : '';
  return [{ provider: target.provider, operation, pointer: 'status', expected: wanted, actual: `${response.status}${why}` }];
}

/** Every check the suite runs for one vendor: per operation, then its asynchronous flows. */
export function planChecks(target: ProviderTarget, spec: LoadedSpec, validator: SpecValidator): PlannedCheck[] {
  const checks: PlannedCheck[] = [];
  for (const op of operationsOf(spec)) {
    const conform = (response: ObservedResponse) => [
      ...validator.validateResponse(target.provider, op.operationId, response),
      ...prismViolations(target, op.operationId, response),
    ];
    const dummyParams = Object.fromEntries(op.pathParams.map((p) => [p, 'contract-suite-unknown-id']));
    if (op.pathParams.length === 0 && op.queryIds.length === 0) {
      const examples = op.body?.examples.length ? op.body.examples : [{ name: 'no body', value: undefined as unknown as Json }];
      for (const example of examples) {
        checks.push(
          plan(target, validator, op.operationId, `documented request "${example.name}" → 2xx`, async (t) => {
            const body = example.value === undefined ? undefined : t.live ? realImages(example.value) : example.value;
            const response = await callOperation(t, op, { body });
            return verdict([...expectStatus(t, op.operationId, response, (s) => s >= 200 && s < 300, 'a 2xx'), ...conform(response)]);
          }),
        );
      }
    }
    if (op.secured) {
      const sample = op.body?.examples[0]?.value;
      checks.push(
        plan(target, validator, op.operationId, 'no key → documented auth failure', async (t) => {
          const response = await callOperation(t, op, { key: null, body: sample, pathParams: dummyParams });
          return verdict([
            ...expectStatus(t, op.operationId, response, (s) => op.authStatuses.includes(s), `one of ${op.authStatuses.join(', ')}`),
            ...conform(response),
          ]);
        }),
      );
      checks.push(
        plan(target, validator, op.operationId, 'wrong key → documented auth failure', async (t) => {
          if (!t.wrongKey)
            return {
              status: 'skip',
              violations: [],
              note: `no ${t.keyUnknown} in the environment, so no key is known to be good and a refused wrong key proves nothing: set it to a key the target accepts`,
            };
          const response = await callOperation(t, op, { key: t.wrongKey, body: sample, pathParams: dummyParams });
          return verdict([
            ...expectStatus(t, op.operationId, response, (s) => op.authStatuses.includes(s), `one of ${op.authStatuses.join(', ')}`),
            ...conform(response),
          ]);
        }),
      );
    }
    const mutation = op.body?.examples[0] ? badEnum(op.body.examples[0].value, op.body.schema, spec) : undefined;
    if (mutation) {
      checks.push(
        plan(target, validator, op.operationId, `bad enum (${mutation.field}) → documented 4xx`, async (t) => {
          const response = await callOperation(t, op, { body: t.live ? realImages(mutation.body) : mutation.body, pathParams: dummyParams });
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
function badEnum(example: Json, schema: JsonObject, spec: LoadedSpec): { field: string; body: Json } | undefined {
  if (!example || typeof example !== 'object' || Array.isArray(example)) return undefined;
  const props = (schema.properties ?? {}) as Record<string, Json>;
  for (const [name, raw] of Object.entries(props)) {
    const prop = deref<JsonObject>(spec.doc, raw) ?? {};
    if (
      Array.isArray(prop.enum) ||
      (Array.isArray(prop.anyOf) && (prop.anyOf as JsonObject[]).some((s) => Array.isArray(deref<JsonObject>(spec.doc, s)?.enum)))
    ) {
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

async function pollUntil(
  target: ProviderTarget,
  poll: () => Promise<ObservedResponse>,
  done: (r: ObservedResponse) => boolean,
  seen: ObservedResponse[],
): Promise<ObservedResponse | undefined> {
  for (let i = 0; i < target.maxPolls; i++) {
    if (i > 0 && target.pollIntervalMs > 0) await sleep(target.pollIntervalMs);
    const response = await poll();
    seen.push(response);
    if (done(response)) return response;
  }
  return undefined;
}

type Flow = Record<string, Runner>;

const field = (r: ObservedResponse, ...path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), r.body);

function opById(provider: string, operationId: string, specs: LoadedSpec[]): OperationInfo {
  const spec = specs.find((s) => s.provider === provider)!;
  return operationsOf(spec).find((o) => o.operationId === operationId)!;
}

/** One job taken from submission to a terminal status: what each vendor's flow says differently. */
interface JobWalk {
  submit: OperationInfo;
  poll: OperationInfo;
  body: Json;
  /** Where the submission's answer carries the id, and what it is called in the violation. */
  idOf: (r: ObservedResponse) => string;
  idPointer: string;
  idName: string;
  pollWith: (id: string) => CallOptions;
  statusOf: (r: ObservedResponse) => string;
  statusPointer: string;
  terminal: string[];
  /** `a terminal status`, `COMPLETED or FAILED`... */
  terminalName: string;
}

/** Submits, then polls until a terminal status or the poll budget; every answer is validated. */
async function walkJob(t: ProviderTarget, v: SpecValidator, w: JobWalk): Promise<{ id: string; violations: Violation[] }> {
  const provider = t.provider;
  const created = await callOperation(t, w.submit, { body: w.body });
  const violations = v.validateResponse(provider, w.submit.operationId, created);
  const id = w.idOf(created);
  if (!id) return { id, violations: [...violations, { provider, operation: w.submit.operationId, pointer: w.idPointer, expected: `a ${w.idName} to poll` }] };
  const seen: ObservedResponse[] = [];
  const end = await pollUntil(
    t,
    () => callOperation(t, w.poll, w.pollWith(id)),
    (r) => w.terminal.includes(w.statusOf(r)),
    seen,
  );
  for (const r of seen) violations.push(...v.validateResponse(provider, w.poll.operationId, r));
  if (!end)
    violations.push({
      provider,
      operation: w.poll.operationId,
      pointer: w.statusPointer,
      expected: `${w.terminalName} within ${t.maxPolls} polls`,
      actual: w.statusOf(seen.at(-1)!),
    });
  return { id, violations };
}

const requestId = (r: ObservedResponse) => String(field(r, 'request_id') ?? '');

/** How Magnific's task families (image edit, image expand) carry the task id and status. */
const MAGNIFIC_TASK = {
  idOf: (r: ObservedResponse) => String(field(r, 'data', 'task_id') ?? field(r, 'task_id') ?? ''),
  idPointer: '/data/task_id',
  idName: 'task id',
  pollWith: (taskId: string): CallOptions => ({ pathParams: { 'task-id': taskId } }),
  statusOf: (r: ObservedResponse) => String(field(r, 'data', 'status') ?? field(r, 'status')),
  statusPointer: '/data/status',
  terminal: ['COMPLETED', 'FAILED'],
  terminalName: 'COMPLETED or FAILED',
};
const topStatus = (r: ObservedResponse) => String(field(r, 'status'));

/** The asynchronous flows, polled to a terminal state within the target's poll budget. */
const FLOWS: Partial<Record<string, Flow>> = {
  pixazo: {
    'remove-background: submit → poll to a terminal status': async (t, v) => {
      const submit = opById('pixazo', 'removeBackgroundSubmit', v.specs);
      const { violations } = await walkJob(t, v, {
        submit,
        poll: opById('pixazo', 'requestStatusGet', v.specs),
        body: submit.body!.examples[0].value,
        idOf: requestId,
        idPointer: '/request_id',
        idName: 'request id',
        pollWith: (id) => ({ pathParams: { request_id: id } }),
        statusOf: topStatus,
        statusPointer: '/status',
        terminal: ['COMPLETED', 'FAILED', 'ERROR'],
        terminalName: 'a terminal status',
      });
      return verdict(violations);
    },
  },
  magnific: {
    'image edit: create → poll to a terminal status → listed': async (t, v) => {
      const create = opById('magnific', 'createImageEdit', v.specs);
      const list = opById('magnific', 'listImageEdits', v.specs);
      const body = create.body!.examples[0].value;
      const { id, violations } = await walkJob(t, v, {
        submit: create,
        poll: opById('magnific', 'getImageEdit', v.specs),
        body: t.live ? realImages(body) : body,
        ...MAGNIFIC_TASK,
      });
      if (!id) return verdict(violations);
      violations.push(...v.validateResponse('magnific', list.operationId, await callOperation(t, list)));
      return verdict(violations);
    },
    'image expand: create → poll to a terminal status': async (t, v) => {
      const create = opById('magnific', 'createImageExpand', v.specs);
      const real = create.body!.examples.find((e) => e.name === 'real-image') ?? create.body!.examples[0];
      const { violations } = await walkJob(t, v, {
        submit: create,
        poll: opById('magnific', 'getImageExpand', v.specs),
        body: real.value,
        ...MAGNIFIC_TASK,
      });
      return verdict(violations);
    },
  },
  ideogram: {
    'v4 async: generate → poll the generation to completed or failed': async (t, v) => {
      const submit = opById('ideogram', 'v4GenerateAsync', v.specs);
      const { violations } = await walkJob(t, v, {
        submit,
        poll: opById('ideogram', 'getGeneration', v.specs),
        body: submit.body!.examples[0].value,
        idOf: (r) => String(field(r, 'generation_id') ?? ''),
        idPointer: '/generation_id',
        idName: 'generation id',
        pollWith: (id) => ({ pathParams: { generation_id: id } }),
        statusOf: topStatus,
        statusPointer: '/status',
        terminal: ['completed', 'failed'],
        terminalName: 'completed or failed',
      });
      return verdict(violations);
    },
  },
  replicate: {
    'prediction: create → poll urls.get to a terminal status → listed': async (t, v) => {
      const create = opById('replicate', 'createModelPrediction', v.specs);
      const get = opById('replicate', 'getPrediction', v.specs);
      const list = opById('replicate', 'listPredictions', v.specs);
      const created = await callOperation(t, create, { body: create.body!.examples[0].value, pathParams: { owner: 'ideogram-ai', name: 'ideogram-v3-turbo' } });
      const violations = v.validateResponse('replicate', create.operationId, created);
      const id = String(field(created, 'id') ?? '');
      if (!id) return verdict([...violations, { provider: 'replicate', operation: create.operationId, pointer: '/id', expected: 'a prediction id to poll' }]);
      const seen: ObservedResponse[] = [];
      const end = await pollUntil(
        t,
        () => callOperation(t, get, { pathParams: { id } }),
        (r) => ['succeeded', 'failed', 'canceled'].includes(String(field(r, 'status'))),
        seen,
      );
      for (const r of seen) violations.push(...v.validateResponse('replicate', get.operationId, r));
      if (!end)
        violations.push({
          provider: 'replicate',
          operation: get.operationId,
          pointer: '/status',
          expected: `succeeded, failed or canceled within ${t.maxPolls} polls`,
          actual: String(field(seen.at(-1)!, 'status')),
        });
      violations.push(...v.validateResponse('replicate', list.operationId, await callOperation(t, list)));
      return verdict(violations);
    },
    'prediction: cancel → canceled': async (t, v) => {
      const create = opById('replicate', 'createModelPrediction', v.specs);
      const cancel = opById('replicate', 'cancelPrediction', v.specs);
      const created = await callOperation(t, create, { body: create.body!.examples[0].value, pathParams: { owner: 'ideogram-ai', name: 'ideogram-v3-turbo' } });
      const response = await callOperation(t, cancel, { pathParams: { id: String(field(created, 'id') ?? '') } });
      const violations = [
        ...v.validateResponse('replicate', cancel.operationId, response),
        ...expectStatus(t, cancel.operationId, response, (s) => s === 200, '200'),
      ];
      if (response.status === 200 && !['canceled', 'succeeded', 'failed'].includes(String(field(response, 'status')))) {
        violations.push({
          provider: 'replicate',
          operation: cancel.operationId,
          pointer: '/status',
          expected: 'canceled (or the end it had already reached)',
          actual: String(field(response, 'status')),
        });
      }
      return verdict(violations);
    },
  },
  'fal-queue': {
    'queue: submit → status until COMPLETED → result': async (t, v) => {
      const submit = opById('fal-queue', 'submitEdit', v.specs);
      const result = opById('fal-queue', 'getResult', v.specs);
      const { id, violations } = await walkJob(t, v, {
        submit,
        poll: opById('fal-queue', 'getStatus', v.specs),
        body: submit.body!.examples[0].value,
        idOf: requestId,
        idPointer: '/request_id',
        idName: 'request id',
        pollWith: (requestIdValue) => ({ pathParams: { request_id: requestIdValue }, query: { logs: '1' } }),
        statusOf: topStatus,
        statusPointer: '/status',
        terminal: ['COMPLETED'],
        terminalName: 'COMPLETED',
      });
      if (!id) return verdict(violations);
      const output = await callOperation(t, result, { pathParams: { request_id: id } });
      violations.push(
        ...v.validateResponse('fal-queue', result.operationId, output),
        ...expectStatus(t, result.operationId, output, (s) => s === 200, '200 once COMPLETED'),
      );
      return verdict(violations);
    },
    'queue: cancel → documented answer': async (t, v) => {
      const submit = opById('fal-queue', 'submitEdit', v.specs);
      const cancel = opById('fal-queue', 'cancel', v.specs);
      const created = await callOperation(t, submit, { body: submit.body!.examples[0].value });
      const id = requestId(created);
      const response = await callOperation(t, cancel, { pathParams: { request_id: id } });
      return verdict([
        ...v.validateResponse('fal-queue', cancel.operationId, response),
        ...expectStatus(t, cancel.operationId, response, (s) => [200, 202, 400].includes(s), '200, 202 or 400'),
      ]);
    },
  },
  kie: {
    'character: createTask → poll recordInfo to success or fail': async (t, v) => {
      const submit = opById('kie', 'createTask', v.specs);
      const { violations } = await walkJob(t, v, {
        submit,
        poll: opById('kie', 'getTaskDetail', v.specs),
        body: submit.body!.examples[0].value,
        idOf: (r) => String(field(r, 'data', 'taskId') ?? ''),
        idPointer: '/data/taskId',
        idName: 'task id',
        pollWith: (taskId) => ({ query: { taskId } }),
        statusOf: (r) => String(field(r, 'data', 'state')),
        statusPointer: '/data/state',
        terminal: ['success', 'fail'],
        terminalName: 'success or fail',
      });
      return verdict(violations);
    },
  },
  wavespeed: {
    'task: submit → poll urls.get to completed or failed (a failure is a 200)': async (t, v) => {
      const submit = opById('wavespeed', 'ideogramV3Turbo', v.specs);
      const { violations } = await walkJob(t, v, {
        submit,
        poll: opById('wavespeed', 'getPredictionResult', v.specs),
        body: submit.body!.examples[0].value,
        idOf: (r) => String(field(r, 'data', 'id') ?? ''),
        idPointer: '/data/id',
        idName: 'task id',
        pollWith: (taskId) => ({ pathParams: { id: taskId } }),
        statusOf: (r) => String(field(r, 'data', 'status')),
        statusPointer: '/data/status',
        terminal: ['completed', 'failed'],
        terminalName: 'completed or failed',
      });
      return verdict(violations);
    },
  },
  together: {
    'base64: n images, each a real PNG or JPEG in b64_json': async (t, v) => {
      const create = opById('together', 'createImage', v.specs);
      const example = create.body!.examples.find((e) => e.name === 'ideogram-3-base64')!.value as JsonObject;
      const response = await callOperation(t, create, { body: example });
      const violations = [
        ...v.validateResponse('together', create.operationId, response),
        ...expectStatus(t, create.operationId, response, (s) => s === 200, '200'),
      ];
      const data = field(response, 'data');
      const items = Array.isArray(data) ? (data as JsonObject[]) : [];
      const at = (pointer: string, expected: string, actual?: string) => ({ provider: 'together', operation: create.operationId, pointer, expected, actual });
      if (items.length !== example.n) violations.push(at('/data', `${String(example.n)} images (the request's n)`, String(items.length)));
      items.forEach((item, index) => {
        const bytes = typeof item.b64_json === 'string' ? Buffer.from(item.b64_json, 'base64') : Buffer.alloc(0);
        if (!isImage(bytes)) violations.push(at(`/data/${index}/b64_json`, 'a PNG or JPEG, base64-encoded', bytes.subarray(0, 8).toString('hex') || 'absent'));
      });
      return verdict(violations);
    },
    'a model Together does not serve → 404 model_not_found': async (t, v) => {
      const create = opById('together', 'createImage', v.specs);
      const response = await callOperation(t, create, { body: { model: 'contract-suite/no-such-model', prompt: 'a lighthouse' } });
      const violations = [
        ...v.validateResponse('together', create.operationId, response),
        ...expectStatus(t, create.operationId, response, (s) => s === 404, '404'),
      ];
      const code = field(response, 'error', 'code');
      if (code !== 'model_not_found')
        violations.push({ provider: 'together', operation: create.operationId, pointer: '/error/code', expected: 'model_not_found', actual: String(code) });
      return verdict(violations);
    },
  },
  segmind: {
    'v2: submit → status until COMPLETED or FAILED → result': async (t, v) => {
      const submit = opById('segmind', 'v2Ideogram3', v.specs);
      const result = opById('segmind', 'getRequestResult', v.specs);
      const { id, violations } = await walkJob(t, v, {
        submit,
        poll: opById('segmind', 'getRequestStatus', v.specs),
        body: submit.body!.examples[0].value,
        idOf: requestId,
        idPointer: '/request_id',
        idName: 'request id',
        pollWith: (request_id) => ({ pathParams: { request_id } }),
        statusOf: topStatus,
        statusPointer: '/status',
        terminal: ['COMPLETED', 'FAILED'],
        terminalName: 'COMPLETED or FAILED',
      });
      if (id) violations.push(...v.validateResponse('segmind', result.operationId, await callOperation(t, result, { pathParams: { request_id: id } })));
      return verdict(violations);
    },
  },
};

/** PNG or JPEG by their first bytes: what an image in `b64_json` must be. */
function isImage(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')) || bytes.subarray(0, 3).equals(Buffer.from('ffd8ff', 'hex'));
}
