import { randomInt } from 'node:crypto';
import { MockError } from '../../errors/catalogue';
import type { Call, MockContext, OperationHandler, Reply } from '../../context';
import type { Job } from '../../state/records';
import { ownerTag } from '../../state/owner';
import { sizeFrom } from '../../responses/size';
import { hold } from '../../conditions/index';
import { header } from '../../pipeline/request';
import { imageUrl } from '../../responses/live';
import type { JsonObject } from '../../../core/model/load';
import { createJob, seedFor } from '../create-job';
import { example } from '../documented-example';
import { invalidFields, replicateError } from './errors';
import { modelsOf, resolveVersion, versionBody, versionIds, type ModelEntry } from './models';
import { getAccount } from './account';
import { fileHandlers } from './files';
import { page, PAGE_SIZE } from './pages';
import { predictionBody, predictionFacts, replicateFlow, STARTING, type WebhookEvent } from './prediction';
import type { VendorModule } from '../vendor';

/** `Prefer: wait` holds the request up to 60 s; `wait=N` is clamped to 1..60 rather than refused (see NOTES.md). */
const MAX_WAIT_S = 60;

const modelNotFound = (model: string) => new MockError('not_found', `The requested model could not be found: ${model}.`, { title: 'Model not found' });

const invalidVersion = () =>
  new MockError('not_found', "The specified version does not exist (or perhaps you don't have permission to use it?)", {
    status: 422,
    title: 'Invalid version or not permitted',
  });

/** The model a create request runs, and the version its prediction reports. */
type Target = { model: ModelEntry; version: string };

/** `createModelPrediction` runs the model its path names. */
function byPath(ctx: MockContext, params: Record<string, string>): Target {
  const name = `${params.owner}/${params.name}`;
  const model = modelsOf(ctx).byName.get(name);
  if (!model) throw modelNotFound(name);
  return { model, version: 'hidden' };
}

/** `createPrediction` runs the model its `version` names; without a string `version` the schema check speaks. */
function byVersion(ctx: MockContext, fields: Record<string, unknown>): Target | undefined {
  if (typeof fields.version !== 'string') return undefined;
  const target = resolveVersion(modelsOf(ctx), fields.version);
  if (!target) throw invalidVersion();
  return target;
}

/** `input` checked against the one schema of the model it runs (the spec's `x-models`), every problem listed. */
function checkInput(target: Target | undefined, fields: Record<string, unknown>): void {
  const { input } = fields;
  // Left to the schema check, which names the field: no input, or not an object.
  if (!target || !input || typeof input !== 'object' || Array.isArray(input)) return;
  if (target.model.validate(input)) return;
  throw new MockError('validation', undefined, { problems: invalidFields(target.model.validate.errors ?? []) });
}

/** Replicate's prediction ids: 26 characters of lower-case base 32. */
function predictionId(): string {
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  return Array.from({ length: 26 }, () => alphabet[randomInt(alphabet.length)]).join('');
}

/** Seconds a `Prefer: wait[=N]` asks to hold the request (undefined without one). */
function waitSeconds(prefer: string | undefined): number | undefined {
  for (const token of (prefer ?? '').split(/[;,]/)) {
    const match = /^\s*wait\s*(?:=\s*"?([^"]*)"?)?\s*$/i.exec(token);
    if (!match) continue;
    const asked = match[1] === undefined ? MAX_WAIT_S : Number(match[1]);
    return Number.isFinite(asked) ? Math.min(MAX_WAIT_S, Math.max(1, Math.ceil(asked))) : MAX_WAIT_S;
  }
  return undefined;
}

async function start(call: Call, target: Target): Promise<Reply> {
  const input = call.fields.input as JsonObject;
  const webhook = typeof call.fields.webhook === 'string' ? call.fields.webhook : undefined;
  const facts = predictionFacts({
    model: target.model.name,
    version: target.version,
    input,
    webhook,
    filter: call.fields.webhook_events_filter as WebhookEvent[] | undefined,
  });
  const wait = waitSeconds(header(call.request, 'prefer'));
  // A wait keeps the connection open up to a minute: it takes a held slot (or is refused) before a job exists.
  if (wait !== undefined) hold(call.ctx.conditions, call.request);
  const job = await createJob(call, predictionId(), seedFor(input), webhook, sizeFrom(input.resolution, input.aspect_ratio), facts);
  if (wait === undefined) return { status: 201, body: await predictionBody(job, STARTING) };
  const phase = await call.ctx.jobs.settle(job, wait * 1000);
  // A wait that runs out answers `starting`, never `processing`: the JS client takes any other status as final.
  return { status: 201, body: await predictionBody(job, phase.kind === 'terminal' ? phase : STARTING) };
}

const createModelPrediction: OperationHandler = Object.assign((call: Call) => start(call, byPath(call.ctx, call.params)), {
  precheck: ({ ctx, fields, params }: { ctx: MockContext; fields: Record<string, unknown>; params: Record<string, string> }) =>
    checkInput(byPath(ctx, params), fields),
});

// After the schema check `version` is a string, so byVersion has a target or has thrown.
const createPrediction: OperationHandler = Object.assign((call: Call) => start(call, byVersion(call.ctx, call.fields)!), {
  precheck: ({ ctx, fields }: { ctx: MockContext; fields: Record<string, unknown> }) => checkInput(byVersion(ctx, fields), fields),
});

async function find(call: Call): Promise<Job> {
  const job = await call.ctx.jobs.find(call.ns, call.params.id, 'replicate', call.key);
  if (!job) throw new MockError('not_found', 'Not found.');
  return job;
}

const getPrediction: OperationHandler = async (call) => {
  const job = await find(call);
  return { status: 200, body: await predictionBody(job, await call.ctx.jobs.poll(job)) };
};

/** A finished prediction is returned unchanged (the spec's `already-succeeded`). */
const cancelPrediction: OperationHandler = async (call) => {
  const job = await find(call);
  return { status: 200, body: await predictionBody(job, (await call.ctx.jobs.finish(job, 'cancelled')).phase) };
};

/** The key's predictions, newest first, 100 a page (see pages.ts). */
const listPredictions: OperationHandler = async (call) => {
  const { query } = call;
  const after = typeof query.created_after === 'string' ? Date.parse(query.created_after) : -Infinity;
  const before = typeof query.created_before === 'string' ? Date.parse(query.created_before) : Infinity;
  const cursor = readCursor(query.cursor);
  // Every mock prediction was made through the API; `source=web` lists the website's only.
  const walk = query.source === 'web' ? { jobs: [], end: true } : await walkPredictions(call, cursor, after, before);
  const pageUrl = (toward: Cursor['toward'], seq: number) => {
    const url = new URL(`${call.destination.baseUrl}/v1/predictions`);
    for (const [name, value] of Object.entries(query)) if (name !== 'cursor' && typeof value === 'string') url.searchParams.set(name, value);
    url.searchParams.set('cursor', Buffer.from(`${toward}=${seq}`).toString('base64url'));
    return url.toString();
  };
  const newer = cursor?.toward === 'n';
  const more = walk.end ? null : pageUrl(cursor?.toward ?? 'o', walk.last!);
  // Back the other way: from just past where this page's walk began.
  const back = cursor ? pageUrl(newer ? 'o' : 'n', newer ? cursor.seq + 1 : cursor.seq - 1) : null;
  const page = newer ? walk.jobs.reverse() : walk.jobs;
  return {
    status: 200,
    body: {
      next: newer ? back : more,
      previous: newer ? more : back,
      results: await Promise.all(page.map(async (job) => predictionBody(job, await call.ctx.jobs.show(job)))),
    },
  };
};

/** A listing cursor: predictions older than a creation sequence number (`o`), or newer (`n`). */
interface Cursor {
  toward: 'o' | 'n';
  seq: number;
}

function readCursor(cursor: unknown): Cursor | undefined {
  if (cursor === undefined) return undefined;
  const match = typeof cursor === 'string' ? /^([on])=(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  if (!match)
    throw new MockError('validation', 'cursor is not one this API handed out; take it from next or previous.', { field: 'cursor', type: 'invalid_cursor' });
  return { toward: match[1] as Cursor['toward'], seq: Number(match[2]) };
}

/** How many of the key's predictions one listing reads at most when the date filters pass over some: the page may come back short, with `next` to go on. */
const SCAN_LIMIT = 10 * PAGE_SIZE;

/**
 * Up to a page of the key's predictions from the cursor, in the walk's order, inside the date filters,
 * read from the key's index a page at a time; `last` is the sequence number the walk stopped at.
 */
async function walkPredictions(call: Call, cursor: Cursor | undefined, after: number, before: number): Promise<{ jobs: Job[]; end: boolean; last?: number }> {
  const newer = cursor?.toward === 'n';
  const index = { ns: call.ns, provider: 'replicate', owner: ownerTag(call.key) };
  const jobs: Job[] = [];
  let last = cursor?.seq;
  for (let read = 0; jobs.length < PAGE_SIZE && read < SCAN_LIMIT;) {
    const limit = PAGE_SIZE - jobs.length;
    const page = await call.ctx.jobs.page(index, { limit, after: last, newestFirst: !newer });
    read += limit;
    for (const job of page.jobs) {
      // Creation times rise with the index's order: past the filter's far edge, nothing further can match.
      if (newer ? job.createdAt >= before : job.createdAt < after) return { jobs, end: true };
      if (job.createdAt >= after && job.createdAt < before) jobs.push(job);
    }
    if (page.next === undefined) return { jobs, end: true };
    last = page.next;
  }
  return { jobs, end: false, last };
}

/** The documented model, made this model's: its names, a cover image on the mock and its real input schema. */
const getModel: OperationHandler = async (call) => {
  const { models, model } = pathModel(call);
  const name = model.name;
  const body = example(call, 'getModel', 200, 'ideogram-v3-turbo');
  body.latest_version = versionBody(models, model, versionIds(model)[0], body.latest_version as JsonObject);
  const cover = await imageUrl({ ...call.live, seed: 1, size: { width: 1024, height: 1024 }, inline: false });
  // Facts of the documented model the mock cannot know for this one are left empty.
  Object.assign(body, {
    url: `https://replicate.com/${name}`,
    owner: call.params.owner,
    name: call.params.name,
    description: null,
    paper_url: null,
    run_count: 0,
    cover_image_url: cover,
  });
  return { status: 200, body };
};

/** The model named in the path, else Replicate's 404. */
function pathModel(call: Call): { models: ReturnType<typeof modelsOf>; model: ModelEntry } {
  const name = `${call.params.owner}/${call.params.name}`;
  const models = modelsOf(call.ctx);
  const model = models.byName.get(name);
  if (!model) throw modelNotFound(name);
  return { models, model };
}

/** The model's versions (the spec's ids, or the one stand-in `latest_version` names), latest first. */
const listModelVersions: OperationHandler = async (call) => {
  const { models, model } = pathModel(call);
  const documented = example(call, 'getModelVersion', 200, 'v2');
  return { status: 200, body: await page(call, `/v1/models/${model.name}/versions`, versionIds(model), (id) => versionBody(models, model, id, documented)) };
};

const getModelVersion: OperationHandler = (call) => {
  const { models, model } = pathModel(call);
  const id = call.params.version_id;
  if (!versionIds(model).includes(id)) throw new MockError('not_found', 'Not found.');
  return { status: 200, body: versionBody(models, model, id, example(call, 'getModelVersion', 200, 'v2')) };
};

/** The key webhooks are signed with, in Replicate's `whsec_<base64>` form: its bytes are the mock's --webhook-secret. */
const getDefaultWebhookSecret: OperationHandler = (call) => ({
  status: 200,
  body: { key: `whsec_${Buffer.from(call.ctx.jobs.options.webhooks.secret).toString('base64')}` },
});

const replicateHandlers: Record<string, OperationHandler> = {
  createModelPrediction,
  createPrediction,
  getPrediction,
  cancelPrediction,
  listPredictions,
  getModel,
  listModelVersions,
  getModelVersion,
  getAccount,
  ...fileHandlers,
  getDefaultWebhookSecret,
};

/** Replicate answers every request it cannot take with 422 (it documents no 400). */
export const replicate: VendorModule = {
  validationStatus: 422,
  serialiseError: replicateError,
  handlers: replicateHandlers,
  flow: () => replicateFlow,
};
