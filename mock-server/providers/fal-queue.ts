import { createHash } from 'node:crypto';
import { MockError } from '../errors/catalogue';
import type { Call, OperationHandler, Reply } from '../context';
import type { Job } from '../state/records';
import type { Phase } from '../jobs/progress';
import type { VendorFlow } from '../jobs/engine';
import type { Json, JsonObject } from '../../core/model/load';
import type { Operation } from '../../core/model/operations';
import { webhookMessage, type SigningKey } from '../jobs/ed25519';
import { liveBody } from '../responses/live';
import type { operations } from '../../specs/fal-queue/types';
import { createJob, seedFor } from './create-job';
import { example } from './documented-example';
import { jobLive } from './job-rendering';
import { falCommon, falError } from './fal';
import type { HandlersFor, VendorModule } from './vendor';

/** Status, result and cancel live under the app id, without the model's sub-path (https://fal.ai/docs/api-reference/inference-api). */
const APP = '/fal-ai/ideogram';
/** Two queued steps, so a poller sees the queue position fall (1, then 0) before the job runs. */
const QUEUED = ['IN_QUEUE', 'IN_QUEUE'];

function urls(job: Job) {
  const base = `${job.baseUrl}${APP}/requests/${job.id}`;
  return { response_url: base, status_url: `${base}/status`, cancel_url: `${base}/cancel` };
}

/** The model's output for a finished job, or the refusal fal answers instead. */
async function outcome(phase: Phase, render: () => Promise<Json>): Promise<{ status: number; body: Json; headers?: Record<string, string> }> {
  if (phase.kind !== 'terminal') return refusal(new MockError('job_not_ready', 'Request is still in progress'));
  switch (phase.terminal) {
    case 'completed':
      return { status: 200, body: await render() };
    case 'failed':
      return refusal(new MockError('job_failed', 'The image could not be processed.', { location: ['body', 'image_url'], type: 'image_load_error' }));
    case 'cancelled':
      return refusal(new MockError('job_cancelled', 'Request was cancelled'));
    default:
      return refusal(new MockError('internal', 'Internal server error'));
  }
}

/** A job's refusal in fal's shape, answered (result endpoint) or carried in a webhook rather than thrown. */
function refusal(error: MockError) {
  const reply = falError(error, error.status);
  return { status: reply.status, body: reply.body as Json, headers: reply.headers };
}

/**
 * IN_QUEUE (position 1, then 0) → IN_PROGRESS → COMPLETED; one webhook when it ends, carrying the result
 * and signed as fal signs (https://docs.fal.ai/model-apis/model-endpoints/webhooks).
 */
const falQueueFlow = (results: ResultTemplates): VendorFlow => ({
  provider: 'fal-queue',
  // An estimate: fal's Ideogram pages give no inference time (specs/fal-queue/NOTES.md).
  typicalMs: 10_000,
  queued: QUEUED,
  running: 'IN_PROGRESS',
  terminal: { completed: 'COMPLETED', failed: 'COMPLETED', error: 'COMPLETED', cancelled: 'COMPLETED' },
  notify: (job, phase) => {
    if (phase.kind !== 'terminal') return undefined;
    const ok = phase.terminal === 'completed';
    return {
      event: ok ? 'OK' : 'ERROR',
      sign: false,
      signature: (body, timestamp, key) => falSignature(key, job, timestamp, body),
      body: outcome(phase, () => resultFor(job, results(job))).then((result) => ({
        request_id: job.id,
        gateway_request_id: job.id,
        status: ok ? 'OK' : 'ERROR',
        payload: result.body,
        error: ok ? null : `Invalid status code: ${result.status}`,
      })),
    };
  },
});

/** The result example of the model a job ran. */
type ResultTemplates = (job: Job) => Json;

/**
 * getResult documents one example per model, named after the model's path below the app
 * (`v3-edit` for `fal-ai/ideogram/v3/edit`), so each job answers in its own model's shape.
 */
function resultTemplates(operations: Operation[]): ResultTemplates {
  const examples = operations.find((o) => o.operationId === 'getResult')?.responses.find((r) => r.status === 200)?.examples ?? [];
  const byOperation = new Map(
    operations
      .filter((o) => o.method === 'POST' && o.path.startsWith(`${APP}/`))
      .map((o) => [o.operationId, o.path.slice(APP.length + 1).replaceAll('/', '-')]),
  );
  return (job) => {
    const name = byOperation.get(job.operationId);
    const found = examples.find((e) => e.name === name);
    if (!found)
      throw new MockError('internal', `specs/fal-queue/openapi.yaml has no 200 example "${name}" on getResult for ${job.operationId}; the mock needs it.`);
    return found.value;
  };
}

/**
 * fal's webhook headers: an Ed25519 signature (hex) of `request_id\nuser_id\ntimestamp\nsha256hex(body)`.
 * The user id stands for the fal account behind the key; the mock derives one from the job's owner (the
 * key's digest), so it is stable per key and never echoes the key itself.
 */
function falSignature(key: SigningKey, job: Job, timestamp: number, body: string): Record<string, string> {
  const userId = createHash('sha256').update(job.owner).digest('hex').slice(0, 16);
  return {
    'X-Fal-Webhook-Request-Id': job.id,
    'X-Fal-Webhook-User-Id': userId,
    'X-Fal-Webhook-Timestamp': String(timestamp),
    'X-Fal-Webhook-Signature': key.sign(webhookMessage(job.id, userId, timestamp, body)).toString('hex'),
  };
}

/** The spec's result example with this job's seed and image. */
function resultFor(job: Job, template: Json): Promise<Json> {
  return liveBody(template, jobLive(job, new Date(job.completedAt ?? job.updatedAt)));
}

const submit: OperationHandler = async (call) => {
  const webhookUrl = typeof call.query.fal_webhook === 'string' ? call.query.fal_webhook : undefined;
  const job = await createJob(call, crypto.randomUUID(), seedFor(call.fields), webhookUrl);
  const body = example(call, call.operation.operationId, 200, webhookUrl ? 'with-webhook' : 'in-queue');
  Object.assign(body, { status: 'IN_QUEUE', request_id: job.id, ...urls(job), queue_position: QUEUED.length - 1 });
  if ('gateway_request_id' in body) body.gateway_request_id = job.id;
  return { status: 200, body, headers: { 'x-fal-request-id': job.id } };
};

async function find(call: Call): Promise<Job> {
  const job = await call.ctx.jobs.find(call.ns, call.params.request_id, call.operation.provider, call.key);
  if (!job) throw new MockError('not_found', 'Request not found', { type: 'request_not_found' });
  return job;
}

const STATUS_EXAMPLE: Record<Phase['kind'], [number, string]> = { queued: [202, 'in-queue'], running: [202, 'in-progress'], terminal: [200, 'completed'] };

const status: OperationHandler = async (call) => {
  const job = await find(call);
  const phase = await call.ctx.jobs.poll(job);
  const [code, name] = STATUS_EXAMPLE[phase.kind];
  const template = example(call, 'getStatus', code, name);
  const body: JsonObject = { ...template, status: phase.status, request_id: job.id, ...urls(job) };
  if (phase.kind === 'queued') body.queue_position = phase.position;
  // Always present, like fal's: its Python client reads `data["logs"]` on every IN_PROGRESS and COMPLETED status.
  body.logs = wantsLogs(call.query.logs) ? logsFor(call, job, phase, template.logs) : null;
  if (phase.kind === 'terminal') body.metrics = { inference_time: Math.max(0.01, ((job.completedAt ?? job.updatedAt) - job.createdAt) / 1000) };
  return { status: code, body };
};

/** `?logs=` as FastAPI reads a boolean: the JS client sends 1/0, the Python client true/false (the spec admits both). */
function wantsLogs(value: unknown): boolean {
  return value === '1' || value === 'true';
}

/** The documented log lines, as many as the job has reached, stamped with its own times. */
function logsFor(call: Call, job: Job, phase: Phase, documented: Json | undefined): Json {
  if (phase.kind === 'queued' || !Array.isArray(documented)) return [];
  const lines = phase.kind === 'running' ? documented.slice(0, 1) : documented;
  return lines.map((line, i) => ({ ...(line as JsonObject), timestamp: new Date(i === 0 ? job.createdAt : call.ctx.clock.now()).toISOString() }));
}

const result: OperationHandler = async (call) => {
  const job = await find(call);
  const phase = await call.ctx.jobs.show(job);
  const results = resultTemplates(call.ctx.index.operations.filter((o) => o.provider === call.operation.provider));
  const reply = await outcome(phase, () => resultFor(job, results(job)));
  return { status: reply.status, body: reply.body, headers: { ...reply.headers, 'x-fal-request-id': job.id } } satisfies Reply;
};

const cancel: OperationHandler = async (call) => {
  const job = await find(call);
  const { changed } = await call.ctx.jobs.finish(job, 'cancelled');
  if (!changed) throw new MockError('already_completed', 'The request has already completed.');
  return { status: 202, body: example(call, 'cancel', 202, 'cancellation-requested') };
};

/** Every model's submit is the same queue entry; the job remembers which model it ran. */
const submits = Object.fromEntries(
  (
    [
      'submitEdit',
      'submitV2',
      'submitV2Turbo',
      'submitV2TurboEdit',
      'submitV2Remix',
      'submitV2TurboRemix',
      'submitV2a',
      'submitV2aTurbo',
      'submitV2aRemix',
      'submitV2aTurboRemix',
      'submitV3',
      'submitV3Edit',
      'submitV3Remix',
      'submitV3Reframe',
      'submitV3ReplaceBackground',
      'submitV3GenerateTransparent',
      'submitV3LayerizeText',
      'submitCharacter',
      'submitCharacterEdit',
      'submitCharacterRemix',
      'submitUpscale',
      'submitRemoveBackground',
    ] satisfies (keyof operations)[]
  ).map((id) => [id, submit]),
);

const handlers: HandlersFor<operations> = {
  ...submits,
  getStatus: status,
  getResult: result,
  cancel,
};

/** queue.fal.run: fal's shapes and request ids, with the queue's job flow. */
export const falQueue: VendorModule = {
  ...falCommon,
  handlers,
  flow: (operations) => falQueueFlow(resultTemplates(operations)),
};
