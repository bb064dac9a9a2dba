import { createHash, randomBytes } from 'node:crypto';
import { MockError } from '../errors/catalogue';
import type { OperationHandler } from '../context';
import type { Job } from '../state/records';
import type { VendorFlow } from '../jobs/engine';
import { webhookMessage, type SigningKey } from '../jobs/ed25519';
import { liveBody } from '../responses/live';
import type { Json, JsonObject } from '../../core/model/load';
import type { Operation } from '../../core/model/operations';
import { createJob, seedFor } from './create-job';
import { example } from './documented-example';
import { iso } from './iso-time';
import { jobLive } from './job-rendering';

/** Ideogram 4.0's asynchronous generations: `pending` → `completed` | `failed`, and a signed webhook when completed. */

/** A URL-safe base64 id of 22 characters, like `xtdZiqPwRxqY1Y7NExFmzB` on the pages. */
function urlSafeId(bytes: Buffer): string {
  return bytes.subarray(0, 16).toString('base64url');
}

/** The account id deliveries name, from the job's owner (its key's digest): stable per API key, so a receiver can match it to the key it used. */
function userIdOf(owner: string): string {
  return urlSafeId(createHash('sha256').update(owner).digest());
}

/**
 * Signed like fal's: generation id, user id, timestamp, body SHA-256. The page's list of the four values
 * was cut off in every stored copy: the order follows its header table (NOTES.md).
 */
function signatureHeaders(job: Job) {
  return (body: string, timestamp: number, key: SigningKey): Record<string, string> => {
    const userId = userIdOf(job.owner);
    return {
      'X-Ideogram-Webhook-Generation-Id': job.id,
      'X-Ideogram-Webhook-User-Id': userId,
      'X-Ideogram-Webhook-Timestamp': String(timestamp),
      'X-Ideogram-Webhook-Key-Id': key.kid,
      'X-Ideogram-Webhook-Signature': key.sign(webhookMessage(job.id, userId, timestamp, body)).toString('hex'),
    };
  };
}

/** The generation as `getGeneration` shows it: the spec's example for its status, made live. */
async function generationBody(documented: Json, job: Job): Promise<JsonObject> {
  const live = { ...jobLive(job, new Date(job.updatedAt)), request: { prompt: job.facts?.prompt } };
  const body = (await liveBody(documented, live)) as JsonObject;
  return { ...body, generation_id: job.id, created: iso(job.createdAt) };
}

/** The flow; the webhook carries the completed generation (`completed` example) as the synchronous answer has it, plus its id. */
export function generationFlow(operations: Operation[]): VendorFlow {
  const get = operations.find((o) => o.operationId === 'getGeneration');
  const completed = get?.responses.find((r) => r.status === 200)?.examples.find((e) => e.name === 'completed')?.value;
  if (!completed) throw new Error('specs/ideogram/openapi.yaml has no getGeneration example "completed"; the mock needs it.');
  return {
    provider: 'ideogram',
    // An estimate: Ideogram publishes no generation time for v4 (specs/ideogram/NOTES.md).
    typicalMs: 10_000,
    queued: ['pending'],
    running: 'pending',
    terminal: { completed: 'completed', failed: 'failed', error: 'failed', cancelled: 'failed' },
    // The page describes deliveries of finished images only: a failed generation sends nothing.
    notify: (job, phase) => {
      if (phase.kind !== 'terminal' || phase.terminal !== 'completed') return undefined;
      const body = generationBody(completed, job).then(({ generation_id, created, data }) => ({ generation_id, created, data }));
      return { event: 'completed', sign: false, body, signature: signatureHeaders(job) };
    },
  };
}

export const generateAsync: OperationHandler = async (call) => {
  const { fields } = call;
  const webhookUrl = typeof call.query.webhook_url === 'string' ? call.query.webhook_url : undefined;
  // The prompt the generation echoes travels with the job.
  const prompt = typeof fields.text_prompt === 'string' ? fields.text_prompt : typeof fields.prompt === 'string' ? fields.prompt : undefined;
  const job = await createJob(call, urlSafeId(randomBytes(16)), seedFor(fields), webhookUrl, undefined, prompt === undefined ? undefined : { prompt });
  const body = example(call, 'v4GenerateAsync', 200, 'accepted');
  return { status: 200, body: { ...body, generation_id: job.id } };
};

export const getGeneration: OperationHandler = async (call) => {
  const job = await call.ctx.jobs.find(call.ns, call.params.generation_id, call.operation.provider, call.key);
  if (!job) throw new MockError('not_found', 'Generation not found.');
  const phase = await call.ctx.jobs.poll(job);
  return { status: 200, body: await generationBody(example(call, 'getGeneration', 200, phase.status), job) };
};

/** The JWKS of the key the mock signs webhooks with. */
export const webhookKeys: OperationHandler = (call) => ({ status: 200, body: call.ctx.signingKey().jwks() as unknown as Json });
