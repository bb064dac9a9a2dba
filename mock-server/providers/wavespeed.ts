import { randomUUID } from 'node:crypto';
import { MockError } from '../errors/catalogue';
import type { OperationHandler, Reply } from '../context';
import type { Job } from '../state/records';
import type { Phase } from '../jobs/progress';
import type { VendorFlow } from '../jobs/engine';
import { signStandardWebhook } from '../jobs/webhooks';
import { hold } from '../conditions/index';
import { imageUrl } from '../responses/live';
import { sizeFrom } from '../responses/size';
import type { JsonObject } from '../../core/model/load';
import type { operations } from '../../specs/wavespeed/types';
import { createJob, seedFor } from './create-job';
import { example } from './documented-example';
import { iso } from './iso-time';
import { jobLive } from './job-rendering';
import type { HandlersFor, VendorModule } from './vendor';

/** What a task carries beyond the engine's compact job (its `facts`). */
interface TaskFacts {
  /** `ideogram-ai/ideogram-v3-turbo`: the submit path after `/api/v3/`. */
  model: string;
  /** The inputs as submitted, which the webhook echoes. */
  input: JsonObject;
  /** `enable_base64_output`: the outputs are the images' base64 instead of URLs. */
  base64: boolean;
}

function factsOf(job: Job): TaskFacts {
  if (!job.facts) throw new Error(`WaveSpeed job ${job.id} has no task facts`);
  return job.facts as unknown as TaskFacts;
}

/** Why a mock task failed: code 1405 "Task Failed" of https://wavespeed.ai/docs/error-codes. */
const FAILURE = { code: 1405, error: 'The task execution failed.' };

/**
 * A sync-mode submit waits this long at most (the vendor publishes no figure; NOTES.md), then answers the
 * task still processing with code 5004, which the official clients read as a sync-mode timeout.
 */
const SYNC_WAIT_MS = 60_000;
const SYNC_TIMEOUT = { code: 5004, error: 'Sync mode timed out; the task goes on: query its result later.' };

/** The task as the result endpoint and the webhook show it, with URLs back to the mock. */
async function task(job: Job, phase: Phase): Promise<JsonObject> {
  const known = factsOf(job);
  const done = phase.kind === 'terminal' && phase.terminal === 'completed';
  const ran = phase.kind === 'terminal' ? (job.completedAt ?? job.updatedAt) - job.createdAt : 0;
  const body: JsonObject = {
    id: job.id,
    model: known.model,
    outputs: done ? [await output(job, known)] : [],
    urls: { get: `${job.baseUrl}/api/v3/predictions/${job.id}/result` },
    has_nsfw_contents: done ? [false] : [],
    status: phase.status,
    created_at: iso(job.createdAt),
    error: '',
    executionTime: ran,
    timings: { inference: ran },
  };
  if (phase.kind === 'terminal' && !done) Object.assign(body, FAILURE);
  return body;
}

async function output(job: Job, known: TaskFacts): Promise<string> {
  const live = jobLive(job, new Date(job.completedAt ?? job.updatedAt));
  if (!known.base64) return imageUrl(live);
  // The pages say "a BASE64 string instead of a URL": the bare base64, no data: prefix (NOTES.md).
  return (await imageUrl({ ...live, inline: true })).replace(/^data:[^,]*,/, '');
}

/** The API's envelope around a task: every status, a failure too, is `code: 200, message: success`. */
function envelope(data: JsonObject): JsonObject {
  return { code: 200, message: 'success', data };
}

/**
 * Signed as https://wavespeed.ai/docs/docs-api/verifying_webhook says: `v3,` and the hex HMAC-SHA256 of
 * `{webhook-id}.{webhook-timestamp}.{body}`, keyed with the secret's text (what follows `whsec_`).
 */
function signature(body: string, timestamp: number, _key: unknown, delivery: { id: string; secret: string }): Record<string, string> {
  return signStandardWebhook(delivery.secret, delivery.id, timestamp, body, { version: 'v3', digest: 'hex' });
}

/** created → processing → completed | failed; one webhook, when the task completes or fails (https://wavespeed.ai/docs/how-to-use-webhooks). */
const wavespeedFlow: VendorFlow = {
  provider: 'wavespeed',
  // An estimate: WaveSpeed publishes no Ideogram timing (specs/wavespeed/NOTES.md).
  typicalMs: 8000,
  queued: ['created'],
  running: 'processing',
  terminal: { completed: 'completed', failed: 'failed', error: 'failed', cancelled: 'failed' },
  notify: (job, phase) => {
    if (phase.kind !== 'terminal') return undefined;
    const body = task(job, phase).then((data) => ({ ...data, input: factsOf(job).input }));
    return { event: phase.status, sign: false, body, signature };
  },
};

const submit: OperationHandler = async (call) => {
  const { fields } = call;
  const webhook = typeof call.query.webhook === 'string' ? call.query.webhook : undefined;
  const sync = fields.enable_sync_mode === true;
  // A sync-mode submit keeps the connection open: it takes a held slot (or is refused) before a task exists.
  if (sync) hold(call.ctx.conditions, call.request);
  const facts: TaskFacts = {
    model: call.operation.path.replace(/^\/api\/v3\//, ''),
    input: fields as JsonObject,
    base64: fields.enable_base64_output === true,
  };
  const size = sizeFrom(undefined, fields.aspect_ratio ?? '1:1');
  const job = await createJob(call, randomUUID().replaceAll('-', ''), seedFor(fields, fields.image), webhook, size, facts as unknown as JsonObject);
  if (!sync) return answer(await task(job, { kind: 'queued', status: 'created', position: 0, step: 0 }));
  const phase = await call.ctx.jobs.settle(job, SYNC_WAIT_MS);
  const data = await task(job, phase);
  return answer(phase.kind === 'terminal' ? data : { ...data, ...SYNC_TIMEOUT });
};

function answer(data: JsonObject): Reply {
  return { status: 200, body: envelope(data) };
}

/** The result endpoint (either path): another key's task is as unknown as a made-up id. */
const result: OperationHandler = async (call) => {
  const job = await call.ctx.jobs.find(call.ns, call.params.id, call.operation.provider, call.key);
  if (!job) throw new MockError('not_found', 'prediction not found');
  return answer(await task(job, await call.ctx.jobs.poll(job)));
};

/** The secret deliveries are signed with, as the page describes it: `whsec_` and the key's text. */
const webhookSecret: OperationHandler = (call) => {
  const body = example(call, 'getWebhookSecret', 200, 'secret');
  return { status: 200, body: { ...body, data: { secret: `whsec_${call.ctx.jobs.options.webhooks.secret}` } } };
};

const handlers: HandlersFor<operations> = {
  ideogramV2: submit,
  ideogramV2a: submit,
  ideogramV2aTurbo: submit,
  ideogramV3Turbo: submit,
  ideogramV3Balanced: submit,
  ideogramCharacter: submit,
  getPredictionResult: result,
  getPrediction: result,
  getWebhookSecret: webhookSecret,
};

export const wavespeed: VendorModule = {
  authMessages: { missing: 'Unauthorized: missing API key', invalid: 'Invalid authentication, please verify your API key' },
  // Every refusal in the API's envelope, its status as `code` (the body is not documented: NOTES.md).
  serialiseError: (e, status) => ({ status, headers: e.headers, body: { code: status, message: e.message, data: null } }),
  handlers,
  flow: () => wavespeedFlow,
};
