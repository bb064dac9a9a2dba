import { MockError } from '../errors/catalogue';
import type { Call, OperationHandler, Reply } from '../context';
import type { Job } from '../state/records';
import type { Phase } from '../jobs/progress';
import type { VendorFlow } from '../jobs/engine';
import { imageUrl } from '../responses/live';
import { renderPng, MAX_RENDER_SIDE } from '../images/render';
import { checkImageData } from '../pipeline/image-data';
import type { JsonObject } from '../../core/model/load';
import type { operations } from '../../specs/segmind/types';
import { createJob, seedFor } from './create-job';
import { jobLive } from './job-rendering';
import type { HandlersFor, VendorModule } from './vendor';

/**
 * QUEUED → PROCESSING → COMPLETED | FAILED, the statuses of Segmind's async inference
 * (https://docs.segmind.com/docs/serverless-api/async-inference). Segmind sends no webhook for
 * serverless requests (its webhooks cover fine-tuning and PixelFlow only).
 */
const segmindFlow: VendorFlow = {
  provider: 'segmind',
  // The model pages' typical time for ideogram-3 (~10.3 s; specs/segmind/NOTES.md).
  typicalMs: 10_300,
  queued: ['QUEUED'],
  running: 'PROCESSING',
  terminal: { completed: 'COMPLETED', failed: 'FAILED', error: 'FAILED', cancelled: 'FAILED' },
};

/** The reason a failed request carries in the mock (Segmind's SDK tests show a validation message of the model). */
const FAILURE = 'Inference failed: the model could not generate an image for this request.';

/** `WxH` from `resolution` (Ideogram 3.0's list), else Ideogram's default square. */
function sizeOf(fields: Record<string, unknown>): { width: number; height: number } {
  const match = typeof fields.resolution === 'string' ? /^(\d+)x(\d+)$/.exec(fields.resolution) : null;
  if (!match) return { width: 1024, height: 1024 };
  const [width, height] = [Number(match[1]), Number(match[2])];
  return width <= MAX_RENDER_SIDE && height <= MAX_RENDER_SIDE ? { width, height } : { width: 1024, height: 1024 };
}

/** Segmind decodes the images it is given: base64 ones are judged by their bytes before anything runs. */
function checkImages(call: Call): Promise<void> {
  return checkImageData(call.fields, call.operation.body?.fetchedUrls ?? []);
}

/**
 * v1 answers the image itself, as Segmind's SDK reads it (`response.content`) and its pages say ("Returns: Image"). Without
 * a seed the image follows from the input image or the prompt, so a replay (which keeps no image bytes) renders the same one.
 */
const runSync: OperationHandler = async (call) => {
  const { fields } = call;
  await checkImages(call);
  const png = await renderPng({ ...sizeOf(fields), seed: seedFor(fields, fields.image ?? fields.prompt) >>> 0, transparent: false });
  return { status: 200, body: null, bytes: png, contentType: 'image/png' };
};

const urls = (call: Call, id: string) => ({
  status_url: `${call.destination.baseUrl}/v2/requests/${id}/status`,
  response_url: `${call.destination.baseUrl}/v2/requests/${id}`,
});

const submit: OperationHandler = async (call) => {
  const { fields, destination } = call;
  await checkImages(call);
  const job = await createJob(call, crypto.randomUUID(), seedFor(fields, fields.image ?? fields.prompt), undefined, sizeOf(fields));
  return {
    status: 200,
    body: { request_id: job.id, status: 'QUEUED', poll_url: `${destination.baseUrl}/v1/requests/${job.id}`, ...urls(call, job.id) },
  };
};

async function findJob(call: Call): Promise<Job> {
  const id = call.params.request_id;
  const job = await call.ctx.jobs.find(call.ns, id, call.operation.provider, call.key);
  if (!job) throw new MockError('not_found', `Request ${id.slice(0, 80)} not found`);
  return job;
}

/** Seconds from submission to the end, as Segmind's `metrics.inference_time`; nothing while the request runs. */
function metrics(job: Job, phase: Phase): JsonObject {
  if (phase.kind !== 'terminal') return {};
  return { inference_time: Math.round(((job.completedAt ?? job.updatedAt) - job.createdAt) / 10) / 100 };
}

/** A FAILED request under HTTP 422, on the status and the result endpoints alike. */
function failed(job: Job, phase: Phase): Reply {
  return { status: 422, body: { status: 'FAILED', error: FAILURE, metrics: metrics(job, phase), request_id: job.id } };
}

const isFailed = (phase: Phase) => phase.kind === 'terminal' && phase.terminal !== 'completed';

/** The lightweight poll: moves the job on a step (poll mode) and shows its status and metrics. */
const status: OperationHandler = async (call) => {
  const job = await findJob(call);
  const phase = await call.ctx.jobs.poll(job);
  if (isFailed(phase)) return failed(job, phase);
  const links = phase.kind === 'terminal' ? {} : urls(call, job.id);
  return { status: 200, body: { status: phase.status, request_id: job.id, ...links, metrics: metrics(job, phase) } };
};

/** The result: the image's URL once COMPLETED; before that the status, as the status endpoint shows it. */
const result: OperationHandler = async (call) => {
  const job = await findJob(call);
  const phase = await call.ctx.jobs.show(job);
  if (isFailed(phase)) return failed(job, phase);
  const running: Reply = { status: 200, body: { status: phase.status, request_id: job.id, metrics: {} } };
  if (phase.kind !== 'terminal') return running;
  const output = await imageUrl(jobLive(job, new Date(call.ctx.clock.now())));
  return { status: 200, body: { status: phase.status, request_id: job.id, error: null, metrics: metrics(job, phase), output } };
};

const handlers: HandlersFor<operations> = {
  v1Ideogram3: runSync,
  v1Ideogram3Remix: runSync,
  v1Ideogram3Reframe: runSync,
  v1Ideogram3ReplaceBackground: runSync,
  v2Ideogram3: submit,
  v2Ideogram3Remix: submit,
  v2Ideogram3Reframe: submit,
  v2Ideogram3ReplaceBackground: submit,
  getRequestStatus: status,
  getRequestResult: result,
};

export const segmind: VendorModule = {
  // Segmind's two 401 sentences (https://docs.segmind.com/docs/get-started/authentication).
  authMessages: { missing: 'Missing Authorization or x-api-key in header', invalid: 'Unauthorized. API key is invalid or may have expired.' },
  // "422 Validation Error: invalid or missing parameters in the request body" (https://docs.segmind.com/docs/serverless-api).
  validationStatus: 422,
  serialiseError(e, status, operation) {
    // A body that is not JSON: 406 "Invalid content type", the status Segmind's table gives it.
    if (e.kind === 'unsupported_media_type') return { status: 406, headers: e.headers, body: { error: `Invalid content type. ${e.message}` } };
    // v2 answers a refused or failed request with `status: FAILED` beside the reason.
    if (status === 422 && operation?.path.startsWith('/v2/')) return { status, headers: e.headers, body: { status: 'FAILED', error: e.message } };
    return { status, headers: e.headers, body: { error: e.message } };
  },
  handlers,
  flow: () => segmindFlow,
};
