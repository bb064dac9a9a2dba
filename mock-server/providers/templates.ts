import { createHash, randomInt } from 'node:crypto';
import { MockError } from '../errors/catalogue';
import type { Call } from '../context';
import type { Json, JsonObject } from '../spec/load';
import { liveBody, type LiveContext } from '../responses/live';
import type { Job } from '../jobs/store';

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
export function jobLive(call: Call, job: Job, transparent = false): LiveContext {
  return {
    request: {},
    files: {},
    baseUrl: job.baseUrl,
    now: new Date(call.ctx.clock.now()),
    seed: job.seed,
    size: { width: job.width, height: job.height },
    count: job.count,
    inline: false,
    transparent,
  };
}

export function render(call: Call, job: Job, template: Json, transparent = false): JsonObject {
  return liveBody(template, jobLive(call, job, transparent)) as JsonObject;
}

/** The seed the request asked for, else a stable one from a text (an image URL), else a random one. */
export function seedFor(fields: Record<string, unknown>, basis?: unknown): number {
  if (Number.isSafeInteger(fields.seed)) return Number(fields.seed);
  if (typeof basis === 'string' && basis) return createHash('sha256').update(basis).digest().readUInt32BE(0) >>> 1;
  return randomInt(0, 2 ** 31 - 1);
}

/** The outcome a request asked for (Prefer: outcome=..., or a scenario), completed by default. */
export function outcomeOf(call: Call) {
  return (call.prefer.outcome ?? 'completed') as Job['outcome'];
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
