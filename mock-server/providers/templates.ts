import { createHash, randomInt } from 'node:crypto';
import { isMockPath } from '../jobs/webhooks';
import { MockError } from '../errors/catalogue';
import type { Call } from '../context';
import type { JsonObject } from '../../core/model/load';
import type { LiveContext } from '../responses/live';
import type { Job } from '../state/records';
import { noRoomMessage } from '../state/policy';
import { ownerTag } from '../state/owner';

/** A documented example of one of the provider's operations, by status and name: job answers start from the spec too. */
export function example(call: Call, operationId: string, status: number, name: string): JsonObject {
  const operation = call.ctx.index.operations.find((o) => o.provider === call.operation.provider && o.operationId === operationId);
  const found = operation?.responses.find((r) => r.status === status)?.examples.find((e) => e.name === name);
  if (!found || !found.value || typeof found.value !== 'object') {
    throw new MockError('internal', `specs/${call.operation.provider}/openapi.yaml has no ${status} example "${name}" on ${operationId}; the mock needs it.`);
  }
  return structuredClone(found.value) as JsonObject;
}

/** The live context a job's answers are rendered with (images, timestamps), rebuilt from the compact job. */
export function jobLive(job: Job, now: Date, transparent = false): LiveContext {
  return {
    request: {},
    files: {},
    baseUrl: job.baseUrl,
    now,
    seed: job.seed,
    size: { width: job.width, height: job.height },
    count: job.count,
    inline: false,
    transparent,
  };
}

/** The seed the request asked for, else a stable one from a text (an image URL), else a random one. */
export function seedFor(fields: Record<string, unknown>, basis?: unknown): number {
  if (Number.isSafeInteger(fields.seed)) return Number(fields.seed);
  if (typeof basis === 'string' && basis) return createHash('sha256').update(basis).digest().readUInt32BE(0) >>> 1;
  return randomInt(0, 2 ** 31 - 1);
}

/**
 * A job for this request: owned by its key (kept as the key's digest), ending as `Prefer: outcome=` (or a scenario) asks, and
 * rendering a 1024x1024 image on the mock (the vendors do not document output sizes for these flows).
 */
export async function createJob(call: Call, id: string, seed: number, webhookUrl?: string, size = { width: 1024, height: 1024 }, facts?: JsonObject): Promise<Job> {
  if (webhookUrl !== undefined) refuseOwnPath(call, webhookUrl);
  const job = await call.ctx.jobs.create(call.ns, {
    id,
    provider: call.operation.provider,
    operationId: call.operation.operationId,
    owner: ownerTag(call.key),
    outcome: call.prefer.outcome ?? 'completed',
    pace: call.prefer.pace ?? 'normal',
    durationMs: call.prefer.duration,
    seed,
    width: size.width,
    height: size.height,
    count: 1,
    baseUrl: call.destination.baseUrl,
    webhookUrl,
    facts,
  });
  if (job) return job;
  throw new MockError('rate_limited', noRoomMessage(call.ctx.options.maxJobs), {
    headers: retryAfter(call),
  });
}

/**
 * A webhook at the mock's own paths is refused as the vendor refuses a bad webhook URL (its validation
 * error, naming the field the URL came in), before any job exists.
 */
function refuseOwnPath(call: Call, webhookUrl: string) {
  if (!URL.canParse(webhookUrl) || !isMockPath(new URL(webhookUrl))) return;
  const field = Object.keys(call.query).find((name) => call.query[name] === webhookUrl);
  const name = field ?? Object.keys(call.fields).find((key) => call.fields[key] === webhookUrl) ?? 'webhook';
  throw new MockError('validation', `${name} must not point at the mock's own paths (${new URL(webhookUrl).pathname.slice(0, 80)}): give the URL of your webhook receiver.`, {
    field: name,
    location: [field ? 'query' : 'body', name],
    type: 'value_error',
  });
}

/** Retry-After as the operation's 429 documents it, where it does. */
function retryAfter(call: Call): Record<string, string> {
  const documented = call.operation.responses.find((r) => r.status === 429)?.headers ?? {};
  const name = Object.keys(documented).find((h) => h.toLowerCase() === 'retry-after');
  return name ? { 'Retry-After': documented[name] } : {};
}

export function iso(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString();
}

/** A time-ordered id like the `019d…` ones Pixazo hands out (UUIDv7 layout). */
export function uuidv7(now: number): string {
  const hex = now.toString(16).padStart(12, '0') + crypto.randomUUID().replace(/-/g, '').slice(12);
  const chars = hex.split('');
  chars[12] = '7';
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${chars.slice(12, 16).join('')}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
