import { STATUS_CODES } from 'node:http';
import { MockError } from '../errors/catalogue';
import type { Call, OperationHandler, Reply } from '../context';
import type { Job } from '../state/records';
import type { Phase } from '../jobs/progress';
import type { VendorFlow } from '../jobs/engine';
import { imageUrl } from '../responses/live';
import type { operations } from '../../specs/pixazo/types';
import { createJob, seedFor } from './create-job';
import { example } from './documented-example';
import { iso } from './iso-time';
import { jobLive } from './job-rendering';
import type { HandlersFor, VendorModule } from './vendor';
import type { ErrorReply } from '../errors/serialise';

/** Background removal: QUEUED → PROCESSING → COMPLETED | FAILED | ERROR, the statuses Pixazo documents (https://www.pixazo.ai/models/ideogram). */
const pixazoFlow: VendorFlow = {
  provider: 'pixazo',
  // An estimate: Pixazo publishes no timing for background removal (specs/pixazo/NOTES.md).
  typicalMs: 5000,
  queued: ['QUEUED'],
  running: 'PROCESSING',
  terminal: { completed: 'COMPLETED', failed: 'FAILED', error: 'ERROR', cancelled: 'FAILED' },
};

const MODEL = 'ideogram-remove-background';

const submit: OperationHandler = async (call) => {
  const { fields, ctx, destination } = call;
  const seed = seedFor(fields, fields.image_url);
  if (fields.sync_mode === true) {
    const now = ctx.clock.now();
    const body = example(call, 'removeBackgroundSubmit', 200, 'sync-mode');
    const live = { ...call.live, seed, size: { width: 1024, height: 1024 }, transparent: true, inline: true };
    Object.assign(body, {
      request_id: `${MODEL}_${uuidv7(now)}`,
      status: 'COMPLETED',
      model_id: MODEL,
      error: null,
      output: { media_url: [await imageUrl(live)], media_type: 'image/png' },
      created_at: iso(now),
      updated_at: iso(now),
      completed_at: iso(now),
    });
    return { status: 200, body };
  }
  const job = await createJob(call, `${MODEL}_${uuidv7(ctx.clock.now())}`, seed);
  const body = example(call, 'removeBackgroundSubmit', 200, 'queued');
  Object.assign(body, { request_id: job.id, status: 'QUEUED', polling_url: `${destination.baseUrl}/v2/requests/status/${job.id}` });
  return { status: 200, body };
};

const status: OperationHandler = async (call) => {
  const job = await call.ctx.jobs.find(call.ns, call.params.request_id, call.operation.provider, call.key);
  if (!job) throw new MockError('not_found', 'Request ID not found');
  return statusReply(call, job, await call.ctx.jobs.poll(job));
};

async function statusReply(call: Call, job: Job, phase: Phase): Promise<Reply> {
  const name = phase.status.toLowerCase();
  const body = example(call, 'requestStatusGet', 200, name);
  const done = phase.kind === 'terminal';
  const completed = done && phase.terminal === 'completed';
  Object.assign(body, {
    request_id: job.id,
    status: phase.status,
    model_id: MODEL,
    error: done && !completed ? body.error : null,
    output: completed ? { media_url: [await imageUrl(jobLive(job, new Date(call.ctx.clock.now()), true))], media_type: 'image/png' } : null,
    created_at: iso(job.createdAt),
    updated_at: iso(job.updatedAt),
    completed_at: done && phase.terminal !== 'error' ? iso(job.completedAt) : null,
  });
  return { status: 200, body };
}

/** `{statusCode, message}` from the gateway's rate limiter, `{error, message}` from everything behind it. */
function pixazoError(e: MockError, status: number): ErrorReply {
  if (e.kind === 'rate_limited' || e.kind === 'limit_exceeded') return { status, headers: e.headers, body: { statusCode: status, message: e.message } };
  // The seed's answer for an image URL it cannot download: `{"error": "Invalid image_url", "message": ...}`.
  const error = e.type === 'file_download_error' ? `Invalid ${e.field}` : (STATUS_CODES[status] ?? 'Error');
  return { status, headers: e.headers, body: { error, message: e.message } };
}

/** The gateway's one sentence for any key problem, Pixazo's documented 401 body (https://www.pixazo.ai/models/ideogram). */
const KEY_REFUSED = 'Missing or invalid Ocp-Apim-Subscription-Key header.';

export const pixazo: VendorModule = {
  authMessages: { missing: KEY_REFUSED, invalid: KEY_REFUSED },
  serialiseError: pixazoError,
  handlers: { removeBackgroundSubmit: submit, requestStatusGet: status, requestStatusPost: status } satisfies HandlersFor<operations>,
  flow: () => pixazoFlow,
};

/** A time-ordered id like the `019d…` ones Pixazo hands out (UUIDv7 layout). */
function uuidv7(now: number): string {
  const hex = now.toString(16).padStart(12, '0') + crypto.randomUUID().replace(/-/g, '').slice(12);
  const chars = hex.split('');
  chars[12] = '7';
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${chars.slice(12, 16).join('')}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
