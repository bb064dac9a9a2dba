import { createHmac, randomInt } from 'node:crypto';
import { MockError } from '../errors/catalogue';
import type { Call, MockContext, OperationHandler, Reply } from '../context';
import type { Job } from '../state/records';
import type { Phase } from '../jobs/progress';
import type { VendorFlow } from '../jobs/engine';
import { checkFetchedUrls } from '../pipeline/fetched-urls';
import { imageUrl } from '../responses/live';
import { deref, type Json, type JsonObject } from '../../core/model/load';
import { readFetchedUrls, type FetchedUrl, type Operation, type SpecIndex } from '../../core/model/operations';
import type { operations } from '../../specs/kie/types';
import { createJob, seedFor } from './create-job';
import { example } from './documented-example';
import { jobLive } from './job-rendering';
import type { HandlersFor, VendorModule } from './vendor';

/**
 * Kie.ai's Market tasks: one createTask for every model, one recordInfo to poll, a callback when the
 * task ends. waiting → queuing → generating → success | fail (https://docs.kie.ai/market/common/get-task-detail).
 */

/** The output size of each `image_size` preset: fal's, whose field names and presets Kie's Ideogram models take (NOTES.md). */
const SIZES: Record<string, { width: number; height: number }> = {
  square: { width: 512, height: 512 },
  square_hd: { width: 1024, height: 1024 },
  portrait_4_3: { width: 768, height: 1024 },
  portrait_16_9: { width: 576, height: 1024 },
  landscape_4_3: { width: 1024, height: 768 },
  landscape_16_9: { width: 1024, height: 576 },
};

/** `getTaskDetail`'s documented examples, one per state: every answer and callback starts from the one for its state. */
type Examples = Record<string, JsonObject>;

function detailExamples(operations: Operation[]): Examples {
  const documented = operations.find((o) => o.operationId === 'getTaskDetail')?.responses.find((r) => r.status === 200)?.examples ?? [];
  return Object.fromEntries(documented.map((e) => [e.name, e.value as JsonObject]));
}

/** The task as recordInfo shows it (and the callback sends it): the documented example for its state, with this task's facts. */
async function detail(examples: Examples, job: Job, phase: Phase): Promise<JsonObject> {
  const documented = examples[phase.status];
  if (!documented) throw new MockError('internal', `specs/kie/openapi.yaml has no getTaskDetail example "${phase.status}"; the mock needs it.`);
  const body = structuredClone(documented);
  const data = body.data as JsonObject;
  const done = phase.kind === 'terminal';
  const finished = job.completedAt ?? job.updatedAt;
  Object.assign(data, {
    taskId: job.id,
    model: job.facts?.model ?? data.model,
    param: job.facts?.param ?? data.param,
    createTime: job.createdAt,
    updateTime: job.updatedAt,
    costTime: done ? finished - job.createdAt : 0,
    completeTime: done ? finished : 0,
  });
  if (done && phase.terminal === 'completed') data.resultJson = JSON.stringify({ resultUrls: await resultUrls(job) });
  return body;
}

/** One image URL on the mock per requested image, each its own seed. */
function resultUrls(job: Job): Promise<string[]> {
  const live = jobLive(job, new Date(job.updatedAt));
  return Promise.all(Array.from({ length: Number(job.facts?.images ?? 1) }, (_, i) => imageUrl({ ...live, seed: job.seed + i })));
}

/**
 * The callback's signature headers: base64 HMAC-SHA256 of `taskId.timestamp` under the account's webhookHmacKey (the mock's
 * --webhook-secret). Only the id and the time are signed (https://docs.kie.ai/common-api/webhook-verification).
 */
function signatureHeaders(job: Job) {
  return (_body: string, timestamp: number, _key: unknown, { secret }: { secret: string }): Record<string, string> => ({
    'X-Webhook-Timestamp': String(timestamp),
    'X-Webhook-Signature': createHmac('sha256', secret).update(`${job.id}.${timestamp}`).digest('base64'),
  });
}

function kieFlow(operations: Operation[]): VendorFlow {
  const examples = detailExamples(operations);
  return {
    provider: 'kie',
    // An estimate: Kie publishes no generation time for these models (specs/kie/NOTES.md).
    typicalMs: 20_000,
    queued: ['waiting', 'queuing'],
    running: 'generating',
    terminal: { completed: 'success', failed: 'fail', error: 'fail', cancelled: 'fail' },
    // Kie calls back once, when the task has finished, well or not.
    notify: (job, phase) =>
      phase.kind === 'terminal' ? { event: phase.status, sign: false, body: detail(examples, job, phase), signature: signatureHeaders(job) } : undefined,
  };
}

/** Kie's task ids: `task_<family>_<milliseconds>` on its pages; three random digits keep two tasks of one millisecond apart. */
function taskId(now: number): string {
  return `task_ideogram_${now}${String(randomInt(1000)).padStart(3, '0')}`;
}

/** Each model's `input` fields that hold URLs Kie downloads (`x-fetched-url` in its branch of the spec), read once per spec index. */
const fetched = new WeakMap<object, Map<string, FetchedUrl[]>>();

function models(index: SpecIndex): Map<string, FetchedUrl[]> {
  let byModel = fetched.get(index);
  if (!byModel) {
    const spec = index.specs.find((s) => s.provider === 'kie')!;
    const schemas = (spec.doc.components as JsonObject).schemas as JsonObject;
    const branches = (deref<JsonObject>(spec.doc, schemas.CreateTaskRequest)?.oneOf ?? []) as Json[];
    byModel = new Map(
      branches.map((branch) => {
        const properties = (deref<JsonObject>(spec.doc, branch)?.properties ?? {}) as Record<string, JsonObject>;
        const input = deref<JsonObject>(spec.doc, properties.input) ?? {};
        return [String(properties.model?.const), readFetchedUrls(spec, (input.properties ?? {}) as Record<string, Json>)];
      }),
    );
    fetched.set(index, byModel);
  }
  return byModel;
}

/** Image URLs in `input` must be ones Kie could download; the refusal names the field as `input.<name>`. */
function checkInputUrls(call: Call, model: string, input: JsonObject) {
  const marked = (models(call.ctx.index).get(model) ?? []).map((field) => ({ ...field, name: `input.${field.name}` }));
  checkFetchedUrls(Object.fromEntries(marked.map((field) => [field.name, input[field.name.slice('input.'.length)]])), marked);
}

/** An unknown model is named with the ones Kie serves here, before the schema check's word for a failed discriminator. */
function checkModel({ ctx, fields }: { ctx: MockContext; fields: Record<string, unknown> }) {
  const known = [...models(ctx.index).keys()];
  if (typeof fields.model !== 'string' || known.includes(fields.model)) return;
  throw new MockError('validation', `model must be one of ${known.join(', ')} (got ${JSON.stringify(fields.model.slice(0, 80))}).`, {
    field: 'model',
    location: ['body', 'model'],
    type: 'enum',
  });
}

const createTask: OperationHandler = Object.assign(
  async (call: Call): Promise<Reply> => {
    const { fields } = call;
    const model = String(fields.model);
    const input = fields.input as JsonObject;
    checkInputUrls(call, model, input);
    const callBackUrl = typeof fields.callBackUrl === 'string' ? fields.callBackUrl : undefined;
    const size = SIZES[String(input.image_size)] ?? SIZES.square_hd;
    const job = await createJob(call, taskId(call.ctx.clock.now()), seedFor(input, input.image_url), callBackUrl, size, {
      model,
      // recordInfo shows the request back as a JSON string.
      param: JSON.stringify(fields),
      images: Number(input.num_images ?? 1),
    });
    const body = example(call, 'createTask', 200, 'created');
    (body.data as JsonObject).taskId = job.id;
    return { status: 200, body };
  },
  { precheck: checkModel },
);

const getTaskDetail: OperationHandler = async (call) => {
  const job = await call.ctx.jobs.find(call.ns, String(call.query.taskId), call.operation.provider, call.key);
  if (!job) throw new MockError('not_found', 'Task not found');
  const phase = await call.ctx.jobs.poll(job);
  return { status: 200, body: await detail(detailExamples([call.operation]), job, phase) };
};

const handlers: HandlersFor<operations> = { createTask, getTaskDetail };

/** Kie's answer to a missing or wrong Authorization header, as its quick-start page prints it (https://docs.kie.ai). */
const UNAUTHORIZED = 'You do not have access permissions';

export const kie: VendorModule = {
  authMessages: { missing: UNAUTHORIZED, invalid: UNAUTHORIZED },
  // "422 Validation Error - The request parameters failed validation checks."
  validationStatus: 422,
  // Every refusal is Kie's envelope, its code the status (NOTES.md, "HTTP status").
  serialiseError: (e, status) => ({ status, headers: e.headers, body: { code: status, msg: e.message } }),
  handlers,
  flow: kieFlow,
};
