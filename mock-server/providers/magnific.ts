import { MockError } from '../errors/catalogue';
import type { Call, OperationHandler } from '../context';
import type { Job } from '../state/records';
import type { Phase } from '../jobs/progress';
import type { VendorFlow } from '../jobs/engine';
import { ownerTag } from '../state/owner';
import { imageUrl } from '../responses/live';
import type { JsonObject } from '../../core/model/load';
import type { operations } from '../../specs/magnific/types';
import { createJob, seedFor } from './create-job';
import { example } from './documented-example';
import { jobLive } from './job-rendering';
import type { HandlersFor, VendorModule } from './vendor';

/** Example names in the spec, by status. */
const EXAMPLE = { CREATED: 'created', IN_PROGRESS: 'in-progress', COMPLETED: 'completed', FAILED: 'failed' } as Record<string, string>;

/** The task as Magnific shows it (inside `data` on GET, bare in webhooks). */
function task(job: Job, phase: Phase, images: string[]): JsonObject {
  const completed = phase.kind === 'terminal' && phase.terminal === 'completed';
  return { task_id: job.id, status: phase.status, generated: completed ? images : [] };
}

/**
 * CREATED → IN_PROGRESS → COMPLETED | FAILED, for edit and expand tasks alike; a webhook on every status change, as Magnific documents
 * (https://docs.magnific.com/api-reference/ideogram-image-edit/overview, https://docs.freepik.com/webhooks).
 */
const magnificFlow: VendorFlow = {
  provider: 'magnific',
  // An estimate: Magnific publishes no task timing (specs/magnific/NOTES.md).
  typicalMs: 15_000,
  queued: ['CREATED'],
  running: 'IN_PROGRESS',
  terminal: { completed: 'COMPLETED', failed: 'FAILED', error: 'FAILED', cancelled: 'FAILED' },
  notify: (job, phase) => ({
    event: phase.status,
    sign: true,
    body: task(job, phase, [`${job.baseUrl}/__images/${job.width}x${job.height}/${job.seed >>> 0}.png`]),
  }),
};

/** Image edit and image expand are separate task families: each GET and list sees only its own tasks. */
type Family = 'edit' | 'expand';
const OPERATIONS: Record<Family, { create: string; get: string }> = {
  edit: { create: 'createImageEdit', get: 'getImageEdit' },
  expand: { create: 'createImageExpand', get: 'getImageExpand' },
};

/** The family a task belongs to, by the operation that created it. */
function familyOf(job: Job): Family {
  return job.operationId === OPERATIONS.expand.create ? 'expand' : 'edit';
}

function create(family: Family): OperationHandler {
  return async (call) => {
    const { fields } = call;
    const job = await createJob(call, crypto.randomUUID(), seedFor(fields), typeof fields.webhook_url === 'string' ? fields.webhook_url : undefined);
    const body = example(call, OPERATIONS[family].create, 200, 'created');
    body.data = { ...(body.data as JsonObject), task_id: job.id, status: 'CREATED', generated: [] };
    return { status: 200, body };
  };
}

function get(family: Family): OperationHandler {
  return async (call) => {
    const job = await call.ctx.jobs.find(call.ns, call.params['task-id'], call.operation.provider, call.key);
    if (!job || familyOf(job) !== family) throw new MockError('not_found', 'Not found');
    const phase = await call.ctx.jobs.poll(job);
    const body = example(call, OPERATIONS[family].get, 200, EXAMPLE[phase.status]);
    body.data = { ...(body.data as JsonObject), ...task(job, phase, await images(call, job)) };
    return { status: 200, body };
  };
}

/** The list shows the key's newest edit tasks, newest first, at most this many (the vendor documents no pagination). */
const LIST_SIZE = 100;

/** The key's tasks read at most to fill the list: expand tasks share the key's index. */
const LIST_SCAN = 10 * LIST_SIZE;

const list: OperationHandler = async (call) => {
  const index = { ns: call.ns, provider: call.operation.provider, owner: ownerTag(call.key) };
  const jobs: Job[] = [];
  let after: number | undefined;
  for (let read = 0; jobs.length < LIST_SIZE && read < LIST_SCAN; read += LIST_SIZE) {
    const page = await call.ctx.jobs.page(index, { limit: LIST_SIZE, after, newestFirst: true });
    jobs.push(...page.jobs.filter((job) => familyOf(job) === 'edit'));
    if (page.next === undefined) break;
    after = page.next;
  }
  jobs.length = Math.min(jobs.length, LIST_SIZE);
  const body = example(call, 'listImageEdits', 200, 'tasks-list');
  body.data = await Promise.all(jobs.map(async (job) => ({ task_id: job.id, status: (await call.ctx.jobs.show(job)).status })));
  return { status: 200, body };
};

function images(call: Call, job: Job): Promise<string[]> {
  const live = jobLive(job, new Date(call.ctx.clock.now()));
  return Promise.all(Array.from({ length: job.count }, () => imageUrl(live)));
}

const handlers: HandlersFor<operations> = {
  createImageEdit: create('edit'),
  getImageEdit: get('edit'),
  listImageEdits: list,
  createImageExpand: create('expand'),
  getImageExpand: get('expand'),
};

export const magnific: VendorModule = {
  authMessages: { missing: 'Missing API key', invalid: 'Invalid API key' },
  serialiseError(e, status) {
    // Schema failures name the parameter the way Magnific's problem+json does.
    if (e.kind === 'validation' && e.field) {
      return {
        status,
        headers: e.headers,
        body: { problem: { message: 'Your request has invalid parameters.', invalid_params: [{ name: e.field, reason: e.message }] } },
      };
    }
    return { status, headers: e.headers, body: { message: e.message } };
  },
  handlers,
  flow: () => magnificFlow,
};
