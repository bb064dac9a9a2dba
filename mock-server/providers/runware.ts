/**
 * Runware: one endpoint taking an array of tasks, each answered under its own taskUUID
 * (https://runware.ai/docs/platform/authentication); async image inference through the shared job
 * engine, polled with getResponse tasks or delivered to webhookURL (https://runware.ai/docs/platform/task-polling,
 * https://runware.ai/docs/platform/webhooks). The WebSocket side is runware-socket.ts.
 */
import { randomUUID } from 'node:crypto';
import { MockError } from '../errors/catalogue';
import type { Call, OperationHandler } from '../context';
import type { Job } from '../state/records';
import type { Phase } from '../jobs/progress';
import type { VendorFlow } from '../jobs/engine';
import { ownerTag } from '../state/owner';
import { imagePath, renderPng } from '../images/render';
import type { JsonObject } from '../../core/model/load';
import type { operations } from '../../specs/runware/types';
import { createJob, seedFor } from './create-job';
import type { HandlersFor, VendorModule } from './vendor';
import { runwareSocket } from './runware-socket';
import { INVALID_API_KEY, invalidApiKey } from './runware-errors';

type Task = Record<string, unknown>;

const MISSING_API_KEY = 'Missing API key: send "Authorization: Bearer <API_KEY>" or an authentication task first in the array.';

/** Price per image by model family (the model pages: 3.0 $0.06, 2.0 $0.08); other Ideogram models are priced as 2.0. */
function costOf(model: unknown): number {
  return typeof model === 'string' && model.startsWith('ideogram:4@') ? 0.06 : 0.08;
}

/** What a task asked for that its images are rendered from, kept with its job. */
interface Render {
  taskUUID: string;
  numberResults: number;
  outputType: string;
  model: string;
  includeCost: boolean;
  checkNSFW: boolean;
}

function renderOf(task: Task): Render {
  return {
    taskUUID: String(task.taskUUID),
    numberResults: Number(task.numberResults ?? 1),
    outputType: String(task.outputType ?? 'URL'),
    model: String(task.model),
    includeCost: task.includeCost === true,
    checkNSFW: task.checkNSFW === true,
  };
}

/**
 * One answer per image, as image inference answers it: its UUID, the image as the task's outputType asks
 * (a URL on the mock, base64 or a data URI of a real PNG of the asked size), its seed, and cost and
 * NSFWContent when asked for. Each image's seed is the task's plus its index.
 */
/**
 * Images rendered inline (base64Data, dataURI) in one request, across its tasks: each is a PNG rendered now, up to 2048² (URLs render
 * when fetched), so a request of 100 tasks of 20 each would hold the render workers for minutes. The mock's bound: Runware documents none.
 */
const MAX_INLINE_IMAGES = 20;

/** Counts a task's inline images against the request's bound; past it, the request is refused naming numberResults. */
function spend(render: Render, budget: { left: number } | undefined) {
  if (!budget || render.outputType === 'URL') return;
  budget.left -= render.numberResults;
  if (budget.left < 0) {
    throw new MockError('validation', `At most ${MAX_INLINE_IMAGES} images a request as base64Data or dataURI: ask for URL output, or split the tasks.`, {
      field: 'numberResults',
    });
  }
}

async function images(render: Render, baseUrl: string, seed: number, size: { width: number; height: number }, extra: JsonObject = {}): Promise<JsonObject[]> {
  return Promise.all(
    Array.from({ length: render.numberResults }, async (_, i) => {
      const key = { ...size, seed: (seed + i) >>> 0, transparent: false };
      const image: JsonObject = { taskType: 'imageInference', taskUUID: render.taskUUID, ...extra, imageUUID: randomUUID() };
      if (render.outputType === 'URL') image.imageURL = baseUrl + imagePath(key);
      else {
        const data = (await renderPng(key)).toString('base64');
        if (render.outputType === 'base64Data') image.imageBase64Data = data;
        else image.imageDataURI = `data:image/png;base64,${data}`;
      }
      image.seed = seed + i;
      if (render.includeCost) image.cost = costOf(render.model);
      if (render.checkNSFW) image.NSFWContent = false;
      return image;
    }),
  );
}

function sizeOf(task: Task): { width: number; height: number } {
  return { width: Number(task.width ?? 1024), height: Number(task.height ?? 1024) };
}

/** A task's failure, scoped to it (https://runware.ai/docs/platform/errors); codes other than invalidApiKey are the mock's. */
function taskError(task: Task, code: string, message: string, parameter?: string): JsonObject {
  const error: JsonObject = { code, message };
  if (parameter) error.parameter = parameter;
  error.taskType = String(task.taskType);
  if (typeof task.taskUUID === 'string') error.taskUUID = task.taskUUID;
  return error;
}

/** The failure a generation ends in when `Prefer: outcome=failed` (or a scenario) asks for one. */
function failure(task: Task): JsonObject {
  return { ...taskError(task, 'timeoutProvider', 'The provider did not return a result in time. Please try again.'), status: 'error' };
}

/** A job's id: its taskUUID, under its owner, so two keys choosing the same UUID never meet. */
function jobId(key: string, taskUUID: string): string {
  return `${ownerTag(key).slice(0, 16)}-${taskUUID}`;
}

/**
 * The key the request authenticates with: the Authorization header's (checked by the pipeline), else
 * an authentication task first in the array, checked here as the pipeline checks a header.
 */
function keyOf(call: Call, tasks: Task[]): string {
  if (call.key) return call.key;
  const first = tasks[0];
  if (first?.taskType !== 'authentication') throw new MockError('auth_missing', MISSING_API_KEY);
  const key = String(first.apiKey);
  if (call.ctx.options.keys && !call.ctx.options.keys.includes(key)) throw new MockError('auth_invalid', INVALID_API_KEY);
  return key;
}

async function imageInference(call: Call, task: Task, budget: { left: number }): Promise<{ data: JsonObject[]; errors: JsonObject[] }> {
  const render = renderOf(task);
  const seed = seedFor(task);
  if (task.deliveryMethod !== 'async' && task.webhookURL === undefined) {
    if (call.prefer.outcome && call.prefer.outcome !== 'completed') return { data: [], errors: [failure(task)] };
    spend(render, budget);
    return { data: await images(render, call.destination.baseUrl, seed, sizeOf(task)), errors: [] };
  }
  const id = jobId(call.key, render.taskUUID);
  const ack = { data: [{ taskType: 'imageInference', taskUUID: render.taskUUID }], errors: [] };
  // A taskUUID sent again (a retried submit, the suite re-run against one mock) is acknowledged again: the task it names goes on.
  if (await call.ctx.jobs.find(call.ns, id, call.operation.provider, call.key)) return ack;
  const webhook = typeof task.webhookURL === 'string' ? task.webhookURL : undefined;
  await createJob(call, id, seed, webhook, sizeOf(task), { ...render } as unknown as JsonObject);
  return ack;
}

async function getResponse(call: Call, task: Task, budget: { left: number }): Promise<{ data: JsonObject[]; errors: JsonObject[] }> {
  const taskUUID = String(task.taskUUID);
  const job = await call.ctx.jobs.find(call.ns, jobId(call.key, taskUUID), call.operation.provider, call.key);
  if (!job) return { data: [], errors: [taskError(task, 'taskNotFound', `No async task with taskUUID ${taskUUID} was found for this API key.`, 'taskUUID')] };
  const phase = await call.ctx.jobs.poll(job);
  return results(job, phase, budget);
}

/** What getResponse (and the webhook) shows of an async task at this phase. */
async function results(job: Job, phase: Phase, budget?: { left: number }): Promise<{ data: JsonObject[]; errors: JsonObject[] }> {
  const render = job.facts as unknown as Render;
  const task = { taskType: 'imageInference', taskUUID: render.taskUUID };
  if (phase.kind !== 'terminal') return { data: [{ ...task, status: 'processing' }], errors: [] };
  if (phase.terminal !== 'completed') return { data: [], errors: [failure(task)] };
  spend(render, budget);
  return { data: await images(render, job.baseUrl, job.seed, { width: job.width, height: job.height }, { status: 'success' }), errors: [] };
}

/** Each task answered in order; a request whose every task failed takes the first failure's status (400). */
const runTasks: OperationHandler = async (call) => {
  const tasks = call.fields as unknown as Task[];
  const own: Call = { ...call, key: keyOf(call, tasks) };
  const data: JsonObject[] = [];
  const errors: JsonObject[] = [];
  const budget = { left: MAX_INLINE_IMAGES };
  for (const task of tasks) {
    const answer =
      task.taskType === 'imageInference'
        ? await imageInference(own, task, budget)
        : task.taskType === 'getResponse'
          ? await getResponse(own, task, budget)
          : task.taskType === 'ping'
            ? { data: [{ taskType: 'ping', pong: true }], errors: [] }
            : // An authentication task has done its work: over HTTP it has no answer of its own.
              { data: [], errors: [] };
    data.push(...answer.data);
    errors.push(...answer.errors);
  }
  const body: JsonObject = errors.length === 0 ? { data } : data.length ? { data, errors } : { errors };
  return { status: errors.length && !data.length ? 400 : 200, body };
};

/**
 * queued → processing → success | error. A webhook once the task ends: the complete response as JSON, unsigned
 * (Runware authenticates webhooks by URL parameters only: https://runware.ai/docs/platform/webhooks).
 */
const runwareFlow: VendorFlow = {
  provider: 'runware',
  // An estimate: Runware publishes no timing for Ideogram models (specs/runware/NOTES.md).
  typicalMs: 10_000,
  queued: ['queued'],
  running: 'processing',
  terminal: { completed: 'success', failed: 'error', error: 'error', cancelled: 'error' },
  notify: (job, phase) => (phase.kind === 'terminal' ? { event: phase.status, sign: false, body: results(job, phase).then(withoutEmpty) } : undefined),
};

function withoutEmpty(answer: { data: JsonObject[]; errors: JsonObject[] }): JsonObject {
  return answer.errors.length ? { errors: answer.errors } : { data: answer.data };
}

const handlers: HandlersFor<operations> = { runTasks };

/** `0.providerSettings.ideogram.styleType` → `providerSettings.ideogram.styleType`: Runware names a task's parameter. */
function parameterOf(field: string | undefined): string | undefined {
  const named = field?.replace(/^\d+\.?/, '');
  return named && named !== 'body' ? named : undefined;
}

export const runware: VendorModule = {
  authMessages: { missing: MISSING_API_KEY, invalid: INVALID_API_KEY },
  serialiseError(e, status) {
    if (e.kind === 'auth_missing' || e.kind === 'auth_invalid') return { status, headers: e.headers, body: { errors: [invalidApiKey(e.message)] } };
    const parameter = e.kind === 'validation' ? parameterOf(e.field) : undefined;
    const error: JsonObject = { code: codeOf(e.kind, parameter, e.type), message: e.message };
    if (parameter) error.parameter = parameter;
    return { status, headers: e.headers, body: { errors: [error] } };
  },
  handlers,
  flow: () => runwareFlow,
  socket: runwareSocket,
};

/** Runware's codes are camelCase words (`invalidApiKey`); beyond that one the mock's own, after its pattern. */
function codeOf(kind: string, parameter: string | undefined, type: string | undefined): string {
  if (parameter) {
    const name = parameter.split('.').at(-1)!;
    return `${type === 'missing' ? 'missing' : 'invalid'}${name[0].toUpperCase()}${name.slice(1)}`;
  }
  if (kind === 'rate_limited' || kind === 'limit_exceeded') return 'tooManyRequests';
  if (kind === 'validation' || kind === 'malformed_body' || kind === 'unsupported_media_type') return 'invalidPayload';
  return kind.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
}
