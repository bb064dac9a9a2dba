import type { Job } from '../../state/records';
import type { Phase } from '../../jobs/progress';
import type { VendorFlow } from '../../jobs/engine';
import { imageUrl } from '../../responses/live';
import type { JsonObject } from '../../../core/model/load';
import { iso } from '../iso-time';
import { jobLive } from '../job-rendering';

export type WebhookEvent = 'start' | 'output' | 'logs' | 'completed';

/** What a prediction carries beyond the engine's compact job (its `facts`); dropped with the job. */
export interface PredictionFacts {
  model: string;
  /** The version id, or `hidden` for an official model run by name. */
  version: string;
  input: JsonObject;
  webhook?: string;
  filter?: WebhookEvent[];
  /** When the status was first seen as `processing`. */
  startedAt?: number;
}

/** The facts as the job keeps them: plain JSON values, which a shared store can serialise. */
export function predictionFacts(known: PredictionFacts): JsonObject {
  return known as unknown as JsonObject;
}

function factsOf(job: Job): PredictionFacts {
  if (!job.facts) throw new Error(`Replicate job ${job.id} has no prediction facts`);
  return job.facts as unknown as PredictionFacts;
}

/** Errors a failed prediction reports: the spec's failed example, and Replicate's retryable interruption. */
const ERRORS = {
  failed: 'The input or output was flagged as sensitive. Please try again with different inputs. (E005)',
  error: 'Prediction interrupted; please retry (code: PA)',
};

/** The status shown right after creation, and after a `Prefer: wait` that ran out. */
export const STARTING: Phase = { kind: 'queued', status: 'starting', position: 0, step: 0 };

/** starting → processing → succeeded | failed | canceled (error is a failed prediction too). */
export const replicateFlow: VendorFlow = {
  provider: 'replicate',
  // The example run on replicate.com/ideogram-ai/ideogram-v3-turbo took about 6 s (specs/replicate/NOTES.md).
  typicalMs: 6000,
  queued: ['starting'],
  running: 'processing',
  terminal: { completed: 'succeeded', failed: 'failed', error: 'failed', cancelled: 'canceled' },
  notify: (job, phase) => {
    const event = eventFor(phase, factsOf(job).filter);
    return event ? { event, sign: true, body: predictionBody(job, phase) } : undefined;
  },
};

/**
 * The webhook a status change sends, within `webhook_events_filter` (no filter: every event).
 * Processing is `start` (or, without it, the first `logs`); the end is `completed` (or, without it,
 * the `output` of a success).
 */
function eventFor(phase: Phase, filter: WebhookEvent[] = ['start', 'output', 'logs', 'completed']): WebhookEvent | undefined {
  if (phase.kind === 'running') return filter.includes('start') ? 'start' : filter.includes('logs') ? 'logs' : undefined;
  if (phase.kind !== 'terminal') return undefined;
  if (filter.includes('completed')) return 'completed';
  return phase.terminal === 'completed' && filter.includes('output') ? 'output' : undefined;
}

/** The prediction as `GET /v1/predictions/{id}` and the webhooks show it, with URLs back to the mock. */
export async function predictionBody(job: Job, phase: Phase): Promise<JsonObject> {
  const known = factsOf(job);
  const get = `${job.baseUrl}/v1/predictions/${job.id}`;
  const body: JsonObject = {
    id: job.id,
    model: known.model,
    version: known.version,
    input: known.input,
    logs: logsFor(job, phase, known),
    output: null,
    data_removed: false,
    error: null,
    source: 'api',
    status: phase.status,
    created_at: iso(job.createdAt),
    urls: { web: `${job.baseUrl}/p/${job.id}`, get, cancel: `${get}/cancel` },
  };
  if (known.webhook) Object.assign(body, { webhook: known.webhook }, known.filter ? { webhook_events_filter: known.filter } : {});
  if (phase.kind === 'queued') return body;
  if (phase.kind === 'running') known.startedAt ??= job.updatedAt;
  const started = startedAt(job, phase, known);
  body.started_at = iso(started);
  if (phase.kind === 'running') return body;
  const completed = job.completedAt ?? job.updatedAt;
  body.completed_at = iso(completed);
  body.metrics = { predict_time: started === undefined ? 0 : seconds(completed - started), total_time: seconds(completed - job.createdAt) };
  if (phase.terminal === 'completed') body.output = await imageUrl(jobLive(job, new Date(completed)));
  if (phase.terminal === 'failed' || phase.terminal === 'error') body.error = ERRORS[phase.terminal];
  return body;
}

/** When it started: as seen, else halfway to its end; never, for one canceled before it ran. */
function startedAt(job: Job, phase: Phase, known: PredictionFacts): number | undefined {
  if (known.startedAt !== undefined) return known.startedAt;
  if (phase.kind === 'terminal' && phase.terminal === 'cancelled') return undefined;
  const end = job.completedAt ?? job.updatedAt;
  return job.createdAt + (end - job.createdAt) / 2;
}

function logsFor(job: Job, phase: Phase, known: PredictionFacts): string {
  if (phase.kind === 'queued') return '';
  const lines = [`Running ${known.model} (seed ${job.seed})`];
  if (phase.kind === 'terminal' && phase.terminal === 'completed') lines.push(`Generated 1 image, ${job.width}x${job.height}`);
  return lines.map((line) => `${line}\n`).join('');
}

function seconds(ms: number): number {
  return Math.max(0, Math.round(ms) / 1000);
}
