/**
 * The pipeline's proxy, record and replay stages (pipeline/serve.ts calls them): `proxied` right after
 * routing, with the request's body still unread; `replayed` once the body is read, before validation,
 * so a recorded refusal of a bad request replays too. Each gives the Outcome to answer with; the
 * recorder observes a proxied Outcome before it goes.
 */
import { mkdirSync } from 'node:fs';
import { recordedBody, redact, REDACTED, type Recording } from '../../core/recording';
import { inertHeaders } from '../files/inert';
import { SpecValidator, formatViolations } from '../../core/validator';
import { MockError } from '../errors/catalogue';
import type { MockContext } from '../context';
import type { Destination } from '../pipeline/destination';
import type { RouteMatch } from '../pipeline/route';
import type { RequestData } from '../pipeline/body';
import { searchOf, type MockRequest } from '../pipeline/request';
import { put, type Outcome, type OutcomeHeaders } from '../pipeline/outcome';
import type { Exchange } from '../pipeline/lifecycle';
import type { Operation } from '../../core/model/operations';
import { forward, type Exchange as Forwarded } from './proxy';
import { describeRequestBody, redactHeaders, redactJson, schemeNames } from './redact';
import { redactQuery } from '../../core/recording';
import { BASE, fromPlaceholders, siteOf, toPlaceholders } from './rewrite';
import { exchangeFor, Recorder, UNROUTED } from './recording';
import { comparableFormOf, queryOf, Replayer } from './replay';
import type { Shape } from '../../core/match';

type Reply = Extract<Outcome, { kind: 'reply' }>;

interface RecordState {
  recorder?: Recorder;
  replayer?: Replayer;
  validator?: SpecValidator;
}

const states = new WeakMap<MockContext, RecordState>();

/** Reads the recordings to replay and makes the folder to record into, at start: a bad file stops the start, not a request. */
export function prepareRecording(ctx: MockContext): void {
  const { record, replay } = ctx.options;
  if (record) mkdirSync(record, { recursive: true });
  states.set(ctx, { recorder: record ? new Recorder(record) : undefined, replayer: replay ? Replayer.load(replay) : undefined });
}

/** Secrets shorter than this are only redacted by name: scrubbing "a" everywhere would garble the file. */
const MIN_SCRUBBED = 4;

/** Bodies passed through as text, their upstream URLs rewritten; anything else goes byte for byte. */
function isText(contentType: string): boolean {
  return /json|^text\/|xml|x-www-form-urlencoded/i.test(contentType);
}

function headerText(value: string | string[] | undefined): string {
  return [value ?? ''].flat().join(', ');
}

/**
 * The mock's own image and file URLs (`/__images/`, `/__files/`), which an upstream mock hands out too.
 * `--proxy`: under a proxied vendor they are the upstream's, rewritten to point here, so they are
 * forwarded too rather than served from this mock's renderer and store (where an uploaded file's id
 * is unknown). Not recorded: they are bytes, not API answers, and replay renders its own. Served
 * inert, as the mock's own files are: the upstream's bytes must not run on this origin either.
 */
export function isAsset(path: string): boolean {
  return /^\/[^/]*\/?__(images|files)\//.test(path);
}

/** The names that carry credentials to this mount: the vendor's security schemes, and a relay's own headers. */
function secretHeaders(ctx: MockContext, destination: Destination): Set<string> {
  const { provider, relay } = destination.mount;
  const names = schemeNames(ctx.index.operations.filter((o) => o.provider === provider));
  for (const scheme of [...(relay?.auth ?? []), ...(relay?.gateway ? [relay.gateway] : [])]) names.add(scheme.header);
  return names;
}

/** `--proxy`: forwards a proxied vendor's request upstream and answers with what came back, URLs pointing at the mock. */
export async function proxied(
  ctx: MockContext,
  request: MockRequest,
  exchange: Exchange | undefined,
  destination: Destination,
  match: RouteMatch,
  upstream: string,
  asset = false,
): Promise<Outcome> {
  const operation = match.kind === 'found' ? match.route.operation : undefined;
  if (exchange) ctx.lifecycle.emit('matched', exchange, { provider: destination.mount.label, operation });
  const search = searchOf(request.url);
  const exchanged = await forward(request, upstream, destination.path + search);
  const from = siteOf(upstream);
  const to = siteOf(destination.baseUrl);
  const contentType = headerText(exchanged.responseHeaders['content-type']);
  const stored = isText(contentType) ? toPlaceholders(exchanged.responseBody.toString('utf8'), from) : undefined;
  const body = stored === undefined ? exchanged.responseBody : fromPlaceholders(stored, to);
  const headers = Object.fromEntries(
    Object.entries(exchanged.responseHeaders).map(([name, v]) => [name, [v].flat().map((each) => toPlaceholders(each, from))]),
  );
  const sent: OutcomeHeaders = {};
  for (const [name, values] of Object.entries(headers))
    put(sent, name, values.length === 1 ? fromPlaceholders(values[0], to) : values.map((v) => fromPlaceholders(v, to)));
  if (asset) for (const [name, value] of Object.entries(inertHeaders(contentType))) put(sent, name, value);
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  put(sent, 'Content-Length', length);
  const outcome: Reply = {
    kind: 'reply',
    status: exchanged.status,
    headers: sent,
    body,
    note: `proxied to ${upstream}`,
    shown: stored === undefined ? `<${contentType || 'no Content-Type'} ${length} bytes>` : undefined,
  };
  // Written before the answer goes: a client holding an answer knows its recording is on disk.
  if (ctx.options.record && !asset)
    outcome.note += await record(ctx, request, outcome, { destination, match, exchange: exchanged, search, stored, headers, upstream, contentType });
  return outcome;
}

interface Proxied {
  destination: Destination;
  match: RouteMatch;
  exchange: Forwarded;
  search: string;
  /** The upstream's text answer with its URLs as placeholders; undefined for a binary answer. */
  stored?: string;
  headers: Record<string, string[]>;
  upstream: string;
  contentType: string;
}

/** Adds the proxied exchange to its sequence and reports drift; says where it went. A failure is logged, never the client's problem. */
async function record(ctx: MockContext, request: MockRequest, answered: Reply, proxied: Proxied): Promise<string> {
  const { match, exchange } = proxied;
  const operation = match.kind === 'found' ? match.route.operation : undefined;
  try {
    const recording = await recordingOf(ctx, operation, proxied);
    const body = typeof answered.body === 'string' ? Buffer.from(answered.body) : answered.body;
    const violations = operation ? departures(ctx, operation, exchange.status, answered.headers, body, proxied.contentType) : [];
    // A link may fill a query parameter as well as a path one (Kie's `recordInfo?taskId=`).
    const params = match.kind === 'found' ? { ...Object.fromEntries(new URLSearchParams(proxied.search)), ...match.params } : {};
    const file = states.get(ctx)!.recorder!.add(exchangeFor(recording, violations), operation, params);
    if (violations.length) ctx.log(`drift: ${file}: the answer departs from the spec:\n  ${violations.join('\n  ')}`);
    return `, recorded in ${file}`;
  } catch (error) {
    ctx.log(`record: ${request.method} ${request.url} was not recorded: ${(error as Error).message}`);
    return '';
  }
}

/** The exchange as a recording keeps it: vendor-relative URLs, credentials redacted by name and scrubbed by value. */
async function recordingOf(ctx: MockContext, operation: Operation | undefined, answer: Proxied): Promise<Recording> {
  const { destination, exchange } = answer;
  const provider = destination.mount.provider;
  const schemes = secretHeaders(ctx, destination);
  const requestHeaders = redactHeaders(exchange.requestHeaders, schemes);
  const query = redactQuery(answer.search, schemes);
  const requestType = headerText(exchange.requestHeaders['content-type']);
  const requestBody = exchange.requestBody.length ? await describeRequestBody(exchange.requestBody, requestType, schemes) : undefined;
  const responseHeaders = redactHeaders(
    Object.fromEntries(Object.entries(answer.headers).map(([name, values]) => [name, values.length === 1 ? values[0] : values])),
    schemes,
  );
  const recording: Recording = {
    provider,
    operationId: operation?.operationId ?? UNROUTED,
    recordedAt: new Date(ctx.clock.now()).toISOString(),
    target: answer.upstream,
    request: {
      method: exchange.method,
      url: BASE + destination.path + query.value,
      headers: requestHeaders.value,
      ...(requestBody ? { body: requestBody.value } : {}),
    },
    response: {
      status: exchange.status,
      headers: responseHeaders.value,
      body: recordedBody(answer.stored === undefined ? exchange.responseBody : Buffer.from(answer.stored), answer.contentType),
    },
  };
  const secrets = [...requestHeaders.secrets, ...query.secrets, ...(requestBody?.secrets ?? []), ...responseHeaders.secrets].filter(
    (s) => s.length >= MIN_SCRUBBED && s !== REDACTED,
  );
  return redact(recording, secrets);
}

/** The answer the client got, against the operation's documented response: drift caught at record time. */
function departures(ctx: MockContext, operation: Operation, status: number, headers: Record<string, unknown>, body: Buffer, contentType: string): string[] {
  const state = states.get(ctx)!;
  state.validator ??= new SpecValidator(ctx.index.specs);
  const parsed = recordedBody(body, contentType);
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v as string | string[]]));
  const found = state.validator.validateResponse(operation.provider, operation.operationId, { status, headers: lower, body: parsed });
  return found.length ? formatViolations(found).split('\n') : [];
}

/** `--replay`: the next recorded answer to this request (undefined when none was recorded); `--replay-strict` refuses one never recorded. */
export async function replayed(ctx: MockContext, request: MockRequest, destination: Destination, data: RequestData): Promise<Outcome | undefined> {
  const replayer = states.get(ctx)?.replayer;
  if (!replayer) return undefined;
  const provider = destination.mount.provider;
  const schemes = secretHeaders(ctx, destination);
  const shape: Shape = {
    method: request.method,
    path: destination.path,
    query: queryOf(redactQuery(searchOf(request.url), schemes).value),
    body: bodyShape(data, schemes),
  };
  const entry = replayer.take(provider, shape);
  if (!entry) {
    if (!ctx.options.replayStrict) return undefined;
    const closest = replayer.closest(provider, shape);
    const nearest = closest
      ? ` The closest is ${closest.entry.file} #${closest.entry.index} (${closest.entry.shape.method} ${closest.entry.shape.path})${closest.differences.length ? `: ${closest.differences.join('; ')}` : ''}.`
      : ` Nothing of ${provider} was recorded.`;
    throw new MockError('no_recording', `No recording matches ${request.method} ${destination.path} (--replay-strict).${nearest}`);
  }
  const site = siteOf(destination.baseUrl);
  const { status, headers, body } = entry.exchange.response;
  const contentType = headerText(headers['content-type']);
  const text = fromPlaceholders(typeof body === 'string' && (body === '' || !/json/i.test(contentType)) ? body : JSON.stringify(body), site);
  const sent: OutcomeHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    // The replaying server sends its own Date and length; a redacted header has nothing to send.
    if (name === 'date' || name === 'content-length' || value === REDACTED) continue;
    put(sent, name, Array.isArray(value) ? value.map((v) => fromPlaceholders(v, site)) : fromPlaceholders(value, site));
  }
  put(sent, 'Content-Length', Buffer.byteLength(text));
  return { kind: 'reply', status, headers: sent, body: text, note: `replayed ${entry.file} #${entry.index}` };
}

/** The body as the recording compared it: JSON with secrets redacted; a form's fields and files; none when none was sent. */
function bodyShape(data: RequestData, schemes: Set<string>): unknown {
  const fields = redactJson(data.fields, schemes).value as Record<string, unknown>;
  if (data.spec?.mediaType === 'multipart/form-data')
    return comparableFormOf(
      fields,
      Object.values(data.files)
        .flat()
        .map((f) => ({ name: f.field, size: f.size })),
    );
  return data.spec === undefined && Object.keys(fields).length === 0 ? undefined : fields;
}
