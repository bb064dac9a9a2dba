import { MockError } from '../errors/catalogue';
import type { Call, OperationHandler, Reply } from '../context';
import type { Job } from '../jobs/store';
import type { Phase } from '../jobs/progress';
import type { VendorFlow } from '../jobs/engine';
import { imageUrl } from '../responses/live';
import { createJob, example, iso, jobLive, seedFor, uuidv7 } from './templates';

/** Background removal: QUEUED → PROCESSING → COMPLETED | FAILED | ERROR (seed 002). */
export const pixazoFlow: VendorFlow = {
  provider: 'pixazo',
  queued: ['QUEUED'],
  running: 'PROCESSING',
  terminal: { completed: 'COMPLETED', failed: 'FAILED', error: 'ERROR', cancelled: 'FAILED' },
};

const MODEL = 'ideogram-remove-background';

const submit: OperationHandler = async (call) => {
  const { fields, ctx, target } = call;
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
  const job = createJob(call, `${MODEL}_${uuidv7(ctx.clock.now())}`, seed);
  const body = example(call, 'removeBackgroundSubmit', 200, 'queued');
  Object.assign(body, { request_id: job.id, status: 'QUEUED', polling_url: `${target.baseUrl}/v2/requests/status/${job.id}` });
  return { status: 200, body };
};

const status: OperationHandler = (call) => {
  const job = call.ctx.jobs.store.find(call.params.request_id, 'pixazo', call.key);
  if (!job) throw new MockError('not_found', 'Request ID not found');
  return statusReply(call, job, call.ctx.jobs.poll(job));
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

export const pixazoHandlers: Record<string, OperationHandler> = {
  removeBackgroundSubmit: submit,
  requestStatusGet: status,
  requestStatusPost: status,
};
