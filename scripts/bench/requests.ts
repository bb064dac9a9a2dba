// The requests every case sends, and the fal queue round trip (submit, then GET its status_url)
// that the throughput and job-scale cases share.
import { exchange, type CannonRequest } from './http';
import type { Server } from './servers';

export const PIXAZO_KEY = { 'Ocp-Apim-Subscription-Key': 'k' };
export const FAL_KEY = { Authorization: 'Key k' };
export const GENERATE_PATH = '/ideogramV_2/v1/generate';
export const EDIT_PATH = '/ideogramV_2/v1/edit';
export const SUBMIT_PATH = '/fal-ai/ideogram/v2/edit';
export const GENERATE_BODY = JSON.stringify({ image_request: { prompt: 'A lighthouse on a rocky coast at dusk', model: 'V_2' } });
export const SUBMIT_BODY = JSON.stringify({
  prompt: 'A knight in shining armour holding a greatshield with "FAL" on it',
  image_url: 'https://storage.googleapis.com/falserverless/flux-lora/example-images/knight.jpeg',
  mask_url: 'https://storage.googleapis.com/falserverless/flux-lora/example-images/mask_knight.jpeg',
});
const JOB_STATES = new Set(['IN_QUEUE', 'IN_PROGRESS', 'COMPLETED']);

/** The path to GET for a `status_url`: as given when it points at this server, else the vendor path under its prefix. */
function statusPath(statusUrl: string, origin: string, prefix: string): string {
  const url = new URL(statusUrl, origin);
  if (url.origin === origin) return url.pathname + url.search;
  return prefix + url.pathname + url.search;
}

export function snippet(body: Buffer | string): string {
  const text = body.toString().replace(/\s+/g, ' ');
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

export function json(body: Buffer | string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(body.toString()) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

// fal queue: does the server answer a submit and its status poll?

interface FalProbe {
  ok: boolean;
  reason?: string;
  submit?: { status: number; headers: Record<string, unknown>; body: Buffer };
  poll?: { status: number; headers: Record<string, unknown>; body: Buffer };
}

export async function probeFal(server: Server): Promise<FalProbe> {
  const { child, falQueue } = server;
  const submit = () =>
    exchange({
      port: child.port,
      method: 'POST',
      path: falQueue + SUBMIT_PATH,
      headers: { ...FAL_KEY, 'Content-Type': 'application/json' },
      body: SUBMIT_BODY,
    });
  const first = await submit();
  if (first.status >= 300) return { ok: false, reason: `submit answered ${first.status}: ${snippet(first.body)}` };
  const answer = json(first.body);
  if (typeof answer?.status_url !== 'string' || typeof answer.request_id !== 'string')
    return { ok: false, reason: `submit answer has no status_url/request_id: ${snippet(first.body)}` };
  const path = statusPath(answer.status_url, child.origin, falQueue);
  const poll = await exchange({ port: child.port, method: 'GET', path, headers: FAL_KEY });
  if (poll.status >= 300) return { ok: false, reason: `GET status_url (${path}) answered ${poll.status}: ${snippet(poll.body)}` };
  const state = json(poll.body)?.status;
  if (typeof state !== 'string' || !JOB_STATES.has(state))
    return { ok: false, reason: `GET status_url answered status ${JSON.stringify(state)}: ${snippet(poll.body)}` };
  return { ok: true, submit: first, poll };
}

export function falSequence(server: Server, onJob?: (path: string) => void): CannonRequest[] {
  const { child, falQueue } = server;
  return [
    {
      label: 'submit',
      method: 'POST',
      path: falQueue + SUBMIT_PATH,
      headers: { ...FAL_KEY, 'Content-Type': 'application/json' },
      body: SUBMIT_BODY,
      onResponse: (status, body, context) => {
        context.statusPath = undefined;
        if (status >= 300) return;
        const url = json(body)?.status_url;
        if (typeof url !== 'string') return;
        const path = statusPath(url, child.origin, falQueue);
        context.statusPath = path;
        onJob?.(path);
      },
    },
    {
      label: 'poll',
      method: 'GET',
      headers: FAL_KEY,
      // No status_url (failed submit): start the sequence over.
      setupRequest: (request, context) => (typeof context.statusPath === 'string' ? { ...request, path: context.statusPath } : null),
    },
  ];
}
