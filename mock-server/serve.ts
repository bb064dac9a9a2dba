/**
 * A vendor request answered as a value, whatever carried it: route → authenticate → read the body →
 * validate → choose a response → produce it → the conditions (latency, faults). Every refusal (a
 * MockError) becomes the vendor's error reply here, so an adapter only carries out the Outcome.
 * What happens on the way is told as lifecycle events (lifecycle.ts), never written into shared notes.
 */
import { MockError } from './errors/catalogue';
import { serialiseError } from './errors/serialise';
import type { Call, MockContext, Reply, VendorModule } from './context';
import type { Operation } from '../core/model/operations';
import type { Json } from '../core/model/load';
import { resolveDestination, type Destination } from './pipeline/destination';
import { matchRoute } from './pipeline/route';
import { authenticate } from './pipeline/auth';
import { checkGateway, relayShaper, schemesOn } from './pipeline/relay';
import type { Relay } from '../core/model/relays';
import { parsePrefer } from './pipeline/prefer';
import { readBody } from './pipeline/body';
import { NAMESPACE_HEADER, badNamespace, namespaceOf } from './pipeline/namespace';
import { checkShape, validateRequest } from './pipeline/validate';
import { header, pathOf, queryOf, type MockRequest } from './pipeline/request';
import { replyOutcome, type Outcome } from './pipeline/outcome';
import { begin, type Exchange, type Read, type Sent } from './pipeline/lifecycle';
import { chooseResponse } from './responses/choose';
import { liveBody, liveContext } from './responses/live';
import { secretValues } from './journal/shown';
import { isAsset, proxied, replayed } from './record/stage';
import { actOut, enforceLimits, faultFor, hold, latencyOf, pause } from './conditions/index';

/**
 * What the refusal of a request needs to know of it: its vendor (its error shape) and operation (its
 * documented bodies), once known; and what was read of it but not yet told (a request refused before
 * its body is read is journaled as read so far).
 */
interface Known {
  provider?: string;
  /** What the journal calls it: a relay's id, else the provider. */
  label?: string;
  relay?: Relay;
  operation?: Operation;
  unread?: Read;
}

/** Answers one vendor request. `exchange` is given by an adapter that began it itself (app.ts, for a path it tried to serve first). */
export async function serve(ctx: MockContext, request: MockRequest, exchange: Exchange = begin(ctx.lifecycle, request)): Promise<Outcome> {
  const known: Known = {};
  let outcome: Outcome;
  try {
    outcome = await answer(ctx, exchange, known);
  } catch (error) {
    outcome = refusal(ctx, error, known.provider, known.operation, known.relay);
    // Told only for a refusal: an answered request tells its operation and its full reading once.
    if (known.label !== undefined && !known.operation) ctx.lifecycle.emit('matched', exchange, { provider: known.label });
    if (known.unread) ctx.lifecycle.emit('read', exchange, known.unread);
  }
  ctx.lifecycle.emit('answered', exchange, outcome);
  return outcome;
}

/**
 * `--proxy`: a proxied vendor's image or file URL (`/<prefix>/__images/…`), forwarded upstream;
 * undefined when the request is not one, for the mock's own routes to answer.
 */
export async function serveProxiedAsset(ctx: MockContext, request: MockRequest, exchange?: Exchange): Promise<Outcome | undefined> {
  const path = pathOf(request.url);
  if (!ctx.options.proxy || !isAsset(path)) return undefined;
  let destination: Destination | undefined;
  try {
    destination = resolveDestination(ctx.index, request, path);
  } catch {
    return undefined;
  }
  const upstream = destination && ctx.options.proxy[destination.mount.label];
  if (!destination || !upstream) return undefined;
  let outcome: Outcome;
  try {
    outcome = await proxied(ctx, request, exchange, destination, { kind: 'none' }, upstream, true);
  } catch (error) {
    outcome = refusal(ctx, error, destination.mount.provider, undefined, destination.mount.relay);
  }
  if (exchange) ctx.lifecycle.emit('answered', exchange, outcome);
  return outcome;
}

/** The vendor's error reply for a refusal (a MockError; anything else is a bug, answered as one); without a vendor, the mock's plain shape. */
export function refusal(ctx: MockContext, error: unknown, provider?: string, operation?: Operation, relay?: Relay): Outcome {
  const mockError =
    error instanceof MockError ? error : new MockError('internal', 'The mock failed unexpectedly; this is a bug in the mock, please report it.');
  if (!(error instanceof MockError)) ctx.log(`mock bug: ${(error as Error)?.stack ?? String(error)}`);
  const reply = serialiseError(relayShaper(relay, provider === undefined ? undefined : ctx.vendors.get(provider), mockError), mockError, operation);
  return replyOutcome({ ...reply, body: reply.body as Json }, [], false, mockError.message);
}

async function answer(ctx: MockContext, exchange: Exchange, known: Known): Promise<Outcome> {
  const { request } = exchange;
  const { lifecycle } = ctx;
  const path = pathOf(request.url);
  const asked = namespaceOf(header(request, NAMESPACE_HEADER));
  const destination = resolveDestination(ctx.index, request, path);
  if (!destination)
    throw new MockError(
      'not_found',
      `No vendor is mounted at ${path}, and no vendor serves ${request.method} ${path} without a prefix. Mounted: ${ctx.index.mounts.map((m) => m.prefix).join(', ')}.`,
    );
  const { provider, label, relay } = destination.mount;
  Object.assign(known, { provider, label, relay });
  // Checked once the vendor is known, so the refusal comes in its error shape.
  if (asked === undefined) throw badNamespace(header(request, NAMESPACE_HEADER));
  const ns = asked;
  // HEAD answers as GET does; the adapter leaves the body out.
  const match = matchRoute(destination.mount, request.method === 'HEAD' ? 'GET' : request.method, destination.path);
  const upstream = ctx.options.proxy?.[label];
  if (upstream) {
    known.operation = match.kind === 'found' ? match.route.operation : undefined;
    return proxied(ctx, request, exchange, destination, match, upstream);
  }
  if (match.kind === 'none') throw new MockError('not_found', `${request.method} ${destination.path} is not an endpoint of ${label}.`);
  if (match.kind === 'wrong-method') {
    throw new MockError('method_not_allowed', `${request.method} is not allowed on ${destination.path}; use ${match.allowed.join(' or ')}.`, {
      headers: { Allow: match.allowed.join(', ') },
    });
  }
  const { operation } = match.route;
  known.operation = operation;
  lifecycle.emit('matched', exchange, { provider: label, operation });
  const query = queryOf(request.url);
  const sent: Sent = { method: request.method, path: destination.path, headers: request.headers, query, operation };
  const secrets = secretValues(query);
  known.unread = { sent, secrets };
  const vendor = ctx.vendors.get(provider)!;
  checkGateway(relay, request);
  const key = authenticate(
    operation,
    { headers: request.headers, query },
    { keys: ctx.options.keys, messages: vendor.authMessages, schemes: schemesOn(relay, operation) },
  );
  await enforceLimits(ctx.conditions, operation, key, request.arrival.remoteAddress, request);
  const asks = parsePrefer(header(request, 'prefer'));
  const handler = vendor.handlers?.[operation.operationId];
  const data = handler?.readsBody ? { fields: {}, files: {} } : await readBody(operation, request);
  secrets.push(...secretValues(data.fields));
  sent.data = data;
  known.unread = undefined;
  lifecycle.emit('read', exchange, { sent, secrets });
  checkShape(data.fields);
  const replay = await replayed(ctx, request, destination, data);
  if (replay) return replay;
  handler?.precheck?.({ ctx, fields: data.fields, params: match.params });
  const fields = validateRequest(operation, data, { path: match.params, query, header: request.headers });
  // Taken only now: a request refused on the way (key, limits, body) leaves the scenario to the next one.
  // A per-request Prefer header wins over a scenario set through /__admin.
  const prefer = { ...(await ctx.store.scenarios.take(ns, operation.provider, operation.operationId))?.prefer, ...asks };
  const choice = chooseResponse(operation, prefer);
  const live = liveContext(fields, data.files, destination.baseUrl, new Date(ctx.clock.now()));
  const served: Call = { ctx, request, ns, operation, destination, key, fields, files: data.files, params: match.params, query, prefer, choice, live };
  const delay = latencyOf(ctx.conditions, operation) + (prefer.delay ?? 0);
  const fault = faultFor(ctx.conditions, prefer.fault);
  // Refused before it is served: a request the mock cannot hold open creates no job.
  if (delay > 0 || fault === 'timeout') hold(ctx.conditions, request);
  const reply = await produce(served, vendor);
  if (delay > 0) await pause(ctx.conditions, delay, request.signal);
  if (!fault) return replyOutcome(reply, [vendor.answerHeaders?.(), choice.response.headers]);
  const note = `fault: ${fault} (${prefer.fault ? 'Prefer' : '--faults'})`;
  const acted = await actOut(ctx.conditions, fault, operation, request.signal);
  if (acted === 'reset' || acted === 'timeout') return { kind: acted, note };
  if (acted === 'cut') return replyOutcome(reply, [vendor.answerHeaders?.(), choice.response.headers], true, note);
  const { response, example } = acted;
  return replyOutcome(
    { status: response.status, body: example!.value, contentType: example!.mediaType },
    [vendor.answerHeaders?.(), response.headers],
    false,
    note,
  );
}

async function produce(call: Call, vendor: VendorModule): Promise<Reply> {
  const { choice, operation } = call;
  const handler = vendor.handlers?.[operation.operationId];
  if (choice.natural && handler) return handler(call);
  const value = choice.example ? choice.example.value : null;
  const body = choice.response.status < 300 ? await liveBody(value, call.live) : value;
  return { status: choice.response.status, body, contentType: choice.example?.mediaType };
}
