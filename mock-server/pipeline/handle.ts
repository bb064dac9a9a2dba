import type { Request, Response } from 'express';
import { MockError } from '../errors/catalogue';
import type { Call, MockContext, Reply } from '../context';
import type { Operation } from '../../core/model/operations';
import type { VendorModule } from '../providers/vendor';
import { resolveDestination, matchRoute } from './destination';
import { authenticate } from './auth';
import { parsePrefer } from './prefer';
import { readBody } from './body';
import { NAMESPACE_HEADER, badNamespace, namespaceOf } from './namespace';
import { validateRequest } from './validate';
import { chooseResponse } from '../responses/choose';
import { liveBody, liveContext } from '../responses/live';
import { summarise, summariseRequest } from '../journal/summary';
import { proxied, replayed } from '../record/stage';
import { recordRequest, shorten } from '../journal/recorded';
import type { RecordedRequest } from '../state/records';
import { secretValues } from '../journal/shown';
import { cutOff } from '../conditions/faults';
import { actOut, enforceLimits, faultFor, hold, latencyOf, pause } from '../conditions/index';

/** What the journal and log learn about a request as the pipeline goes. */
export interface RequestNotes {
  /** The request's `X-Mock-Namespace`, once read. */
  namespace?: string;
  provider?: string;
  operationId?: string;
  /** The matched operation: refusals of spec-only vendors answer with its documented bodies. */
  operation?: Operation;
  note?: string;
  /** What was sent and answered, shortened, for the journal and its dashboard. */
  request?: string;
  answer?: string;
  /** The request as read, for `/__admin/requests/find`. */
  call?: RecordedRequest;
  /** Values the client sent under secret-looking names: hidden from the note and answer the journal keeps (an error may echo them). */
  secrets?: string[];
}

/** route → authenticate → read body → validate → choose response → write the reply. Throws MockError on refusal. */
export async function handleVendorRequest(ctx: MockContext, req: Request, res: Response, notes: RequestNotes): Promise<void> {
  const asked = namespaceOf(req);
  notes.namespace = asked ?? '';
  const destination = resolveDestination(ctx.index, req);
  if (!destination) throw new MockError('not_found', `No vendor is mounted at ${req.path}, and no vendor serves ${req.method} ${req.path} without a prefix. Mounted: ${ctx.index.mounts.map((m) => m.prefix).join(', ')}.`);
  notes.provider = destination.mount.provider;
  // Checked once the vendor is known, so the refusal comes in its error shape.
  if (asked === undefined) throw badNamespace(req.get(NAMESPACE_HEADER));
  const ns = asked;
  // HEAD answers as GET does; Node leaves the body out.
  const match = matchRoute(destination.mount, req.method === 'HEAD' ? 'GET' : req.method, destination.path);
  if (await proxied(ctx, req, res, destination, match, notes)) return;
  if (match.kind === 'none') throw new MockError('not_found', `${req.method} ${destination.path} is not an endpoint of ${destination.mount.provider}.`);
  if (match.kind === 'wrong-method') {
    throw new MockError('method_not_allowed', `${req.method} is not allowed on ${destination.path}; use ${match.allowed.join(' or ')}.`, { headers: { Allow: match.allowed.join(', ') } });
  }
  const { operation } = match.route;
  notes.operationId = operation.operationId;
  notes.operation = operation;
  notes.call = recordRequest(req, destination.path, operation);
  notes.secrets = secretValues(req.query as Record<string, unknown>);
  const vendor = ctx.vendors.get(operation.provider)!;
  const key = authenticate(operation, req, { keys: ctx.options.keys, messages: vendor.authMessages });
  await enforceLimits(ctx.conditions, operation, key, req, res);
  const asks = parsePrefer(req.get('prefer'));
  const data = vendor.handlers?.[operation.operationId]?.readsBody ? { fields: {}, files: {} } : await readBody(operation, req, res);
  notes.secrets.push(...secretValues(data.fields));
  notes.request = summariseRequest(data);
  notes.call.body = shorten(data.fields);
  if (await replayed(ctx, req, res, destination, data, notes)) return;
  vendor.handlers?.[operation.operationId]?.precheck?.({ ctx, fields: data.fields, params: match.params });
  // Express parses the query string again on every read of req.query.
  const query = req.query as Record<string, unknown>;
  const fields = validateRequest(operation, data, { path: match.params, query, header: req.headers });
  // Taken only now: a request refused on the way (key, limits, body) leaves the scenario to the next one.
  // A per-request Prefer header wins over a scenario set through /__admin.
  const prefer = { ...(await ctx.store.scenarios.take(ns, operation.provider, operation.operationId))?.prefer, ...asks };
  const choice = chooseResponse(operation, prefer);
  const live = liveContext(fields, data.files, destination.baseUrl, new Date(ctx.clock.now()));
  const call: Call = { ctx, req, ns, operation, destination, key, fields, files: data.files, params: match.params, query, prefer, choice, live };
  const delay = latencyOf(ctx.conditions, operation) + (prefer.delay ?? 0);
  const fault = faultFor(ctx.conditions, prefer.fault);
  // Refused before it is served: a request the mock cannot hold open creates no job.
  if (delay > 0 || fault === 'timeout') hold(ctx.conditions, res);
  const reply = await produce(call, vendor);
  if (delay > 0) await pause(ctx.conditions, delay, res);
  if (fault) {
    notes.note = `fault: ${fault} (${prefer.fault ? 'Prefer' : '--faults'})`;
    const acted = await actOut(ctx.conditions, fault, operation, res);
    if (acted === 'gone') return;
    if (acted !== 'cut') {
      notes.answer = summarise(writeReply(res, vendor, acted.reply, acted.headers));
      return;
    }
  }
  notes.answer = summarise(writeReply(res, vendor, reply, choice.response.headers, fault === 'malformed'));
}

async function produce(call: Call, vendor: VendorModule): Promise<Reply> {
  const { choice, operation } = call;
  const handler = vendor.handlers?.[operation.operationId];
  if (choice.natural && handler) return handler(call);
  const value = choice.example ? choice.example.value : null;
  const body = choice.response.status < 300 ? await liveBody(value, call.live) : value;
  return { status: choice.response.status, body, contentType: choice.example?.mediaType };
}

/** Sends the reply; returns the body as sent. */
function writeReply(res: Response, vendor: VendorModule, reply: Reply, documentedHeaders: Record<string, string>, cut = false): string {
  res.status(reply.status);
  // Later sets win, as a merged object would, without building one per answer.
  for (const headers of [vendor.answerHeaders?.(), documentedHeaders, reply.headers]) for (const name in headers) res.setHeader(name, headers[name]);
  if (reply.body === null && reply.status === 204) {
    res.end();
    return '';
  }
  if (reply.bytes) {
    res.setHeader('Content-Type', reply.contentType ?? 'application/octet-stream');
    res.setHeader('Content-Length', reply.bytes.length);
    res.end(cut ? reply.bytes.subarray(0, reply.bytes.length >> 1) : reply.bytes);
    return `<${reply.bytes.length} bytes>`;
  }
  // res.end rather than res.json: Express's freshness and ETag machinery has nothing to do for an API answer.
  const text = cut ? cutOff(JSON.stringify(reply.body)) : JSON.stringify(reply.body);
  res.setHeader('Content-Type', `${reply.contentType ?? 'application/json'}; charset=utf-8`);
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
  return text;
}
