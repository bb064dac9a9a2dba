/**
 * A job for a vendor's submit: its seed and the stored job, refused as the vendor refuses a bad
 * webhook URL or a full mock.
 */
import { createHash, randomInt } from 'node:crypto';
import { isMockPath } from '../jobs/webhooks';
import { MockError } from '../errors/catalogue';
import type { Call } from '../context';
import type { JsonObject } from '../../core/model/load';
import type { Job } from '../state/records';
import { noRoomMessage } from '../state/policy';
import { ownerTag } from '../state/owner';

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
export async function createJob(
  call: Call,
  id: string,
  seed: number,
  webhookUrl?: string,
  size = { width: 1024, height: 1024 },
  facts?: JsonObject,
): Promise<Job> {
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
  throw new MockError(
    'validation',
    `${name} must not point at the mock's own paths (${new URL(webhookUrl).pathname.slice(0, 80)}): give the URL of your webhook receiver.`,
    {
      field: name,
      location: [field ? 'query' : 'body', name],
      type: 'value_error',
    },
  );
}

/** Retry-After as the operation's 429 documents it, where it does. */
function retryAfter(call: Call): Record<string, string> {
  const documented = call.operation.responses.find((r) => r.status === 429)?.headers ?? {};
  const name = Object.keys(documented).find((h) => h.toLowerCase() === 'retry-after');
  return name ? { 'Retry-After': documented[name] } : {};
}
