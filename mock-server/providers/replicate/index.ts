import { randomInt } from 'node:crypto';
import { MockError } from '../../errors/catalogue';
import type { Call, MockContext, OperationHandler, Reply } from '../../context';
import type { Job } from '../../jobs/store';
import { sizeFrom } from '../../responses/size';
import { imageUrl } from '../../responses/live';
import type { JsonObject } from '../../spec/load';
import { createJob, example, seedFor } from '../templates';
import { invalidFields, replicateError } from './errors';
import { modelsOf, resolveVersion, versionBody, versionIds, type ModelEntry } from './models';
import { getAccount } from './account';
import { fileHandlers } from './files';
import { page } from './pages';
import { predictionBody, predictionFacts, replicateFlow, STARTING, type WebhookEvent } from './prediction';
import type { VendorModule } from '../vendor';

/** `Prefer: wait` holds the request up to 60 s; `wait=N` is clamped to 1..60 rather than refused (see NOTES.md). */
const MAX_WAIT_S = 60;

const modelNotFound = (model: string) => new MockError('not_found', `The requested model could not be found: ${model}.`, { title: 'Model not found' });

const invalidVersion = () =>
  new MockError('not_found', "The specified version does not exist (or perhaps you don't have permission to use it?)", { status: 422, title: 'Invalid version or not permitted' });

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
export function waitSeconds(prefer: string | undefined): number | undefined {
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
  const facts = predictionFacts({ model: target.model.name, version: target.version, input, webhook, filter: call.fields.webhook_events_filter as WebhookEvent[] | undefined });
  const job = await createJob(call, predictionId(), seedFor(input), webhook, sizeFrom(input.resolution, input.aspect_ratio), facts);
  const wait = waitSeconds(call.req.get('prefer'));
  if (wait === undefined) return { status: 201, body: await predictionBody(job, STARTING) };
  const phase = await call.ctx.jobs.settle(job, wait * 1000);
  // A wait that runs out answers `starting`, never `processing`: the JS client takes any other status as final.
  return { status: 201, body: await predictionBody(job, phase.kind === 'terminal' ? phase : STARTING) };
}

const createModelPrediction: OperationHandler = Object.assign((call: Call) => start(call, byPath(call.ctx, call.params)), {
  precheck: ({ ctx, fields, params }: { ctx: MockContext; fields: Record<string, unknown>; params: Record<string, string> }) => checkInput(byPath(ctx, params), fields),
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
  // Every mock prediction was made through the API; `source=web` lists the website's only.
  const jobs = query.source === 'web' ? [] : (await call.ctx.jobs.list(call.ns, { provider: 'replicate', owner: call.key })).filter((j) => j.createdAt >= after && j.createdAt < before).reverse();
  return { status: 200, body: await page(call, '/v1/predictions', jobs, async (job) => predictionBody(job, await call.ctx.jobs.peek(job))) };
};

/** The documented model, made this model's: its names, a cover image on the mock and its real input schema. */
const getModel: OperationHandler = async (call) => {
  const { models, model } = pathModel(call);
  const name = model.name;
  const body = example(call, 'getModel', 200, 'ideogram-v3-turbo');
  body.latest_version = versionBody(models, model, versionIds(model)[0], body.latest_version as JsonObject);
  const cover = await imageUrl({ ...call.live, seed: 1, size: { width: 1024, height: 1024 }, inline: false });
  // Facts of the documented model the mock cannot know for this one are left empty.
  Object.assign(body, { url: `https://replicate.com/${name}`, owner: call.params.owner, name: call.params.name, description: null, paper_url: null, run_count: 0, cover_image_url: cover });
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

export const replicateHandlers: Record<string, OperationHandler> = {
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
