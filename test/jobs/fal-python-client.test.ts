import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations } from '../../core/validator';
import { validator } from '../support/conformance';
import { startMock, type StartedMock } from '../support/start-mock';

/**
 * Every queue flow as fal's official Python client (`fal_client`, projects/fal_client in
 * github.com/fal-ai/fal) drives it: the URLs it builds, `logs` rendered by httpx as `true`/`false`,
 * and its status parser, which reads `data["logs"]` on IN_PROGRESS and COMPLETED (a KeyError if absent).
 */
const APP = 'fal-ai/ideogram/v2/edit';
const INPUT = {
  prompt: 'A knight in shining armour holding a greatshield with "FAL" on it',
  image_url: 'https://storage.googleapis.com/falserverless/flux-lora/example-images/knight.jpeg',
  mask_url: 'https://storage.googleapis.com/falserverless/flux-lora/example-images/mask_knight.jpeg',
};

type Status = { kind: 'Queued'; position: number } | { kind: 'InProgress'; logs: unknown } | { kind: 'Completed'; logs: unknown; metrics: unknown };
interface Handle {
  request_id: string;
  response_url: string;
  status_url: string;
  cancel_url: string;
}

/** `_BaseRequestHandle._parse_status`, with Python's KeyError made explicit. */
function parseStatus(data: Record<string, unknown>): Status {
  const key = (name: string) => {
    if (!(name in data)) throw new Error(`KeyError: '${name}' (status ${String(data.status)})`);
    return data[name];
  };
  if (data.status === 'IN_QUEUE') return { kind: 'Queued', position: key('queue_position') as number };
  if (data.status === 'IN_PROGRESS') return { kind: 'InProgress', logs: key('logs') };
  if (data.status === 'COMPLETED') return { kind: 'Completed', logs: key('logs'), metrics: data.metrics ?? {} };
  throw new Error(`ValueError: Unknown status: ${String(data.status)}`);
}

let mock: StartedMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

/** The client's constants (`RUN_URL_FORMAT`, `QUEUE_URL_FORMAT`) pointed at the mock, as a user would. */
function client() {
  const runUrl = `${mock.origin}/fal/`;
  const queueUrl = `${mock.origin}/fal-queue/`;
  const headers = { Authorization: 'Key fal-key-a', 'User-Agent': 'fal-client/0.0.0 (python)' };
  const call = async (method: string, url: string, body?: unknown, extra: Record<string, string> = {}) => {
    const res = await fetch(url, {
      method,
      headers: { ...headers, ...extra, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await res.json()) as Record<string, unknown>;
    // `_raise_for_status`: any 4xx/5xx raises with `detail`.
    if (res.status >= 400) throw new Error(`FalClientHTTPError ${res.status}: ${JSON.stringify(json.detail ?? json)}`);
    return { status: res.status, body: json, headers: res.headers };
  };

  const status = async (handle: Handle, withLogs: boolean): Promise<Status> => {
    const url = new URL(handle.status_url);
    url.searchParams.set('logs', withLogs ? 'true' : 'false'); // httpx renders a bool param as true/false
    const res = await call('GET', url.href);
    expect(
      formatViolations(validator.validateResponse('fal-queue', 'getStatus', { status: res.status, headers: Object.fromEntries(res.headers), body: res.body })),
    ).toBe('');
    return parseStatus(res.body);
  };
  const iterEvents = async (handle: Handle, withLogs: boolean, seen: Status[] = []) => {
    for (let polls = 0; polls < 20; polls++) {
      const event = await status(handle, withLogs);
      seen.push(event);
      if (event.kind === 'Completed') return seen;
    }
    throw new Error('the request never completed');
  };
  const get = async (handle: Handle) => {
    await iterEvents(handle, false);
    return (await call('GET', handle.response_url)).body;
  };
  /** `SyncRequestHandle.from_request_id`: the app's owner/alias, without the `v2/edit` path. */
  const fromRequestId = (requestId: string): Handle => {
    const base = `${queueUrl}fal-ai/ideogram/requests/${requestId}`;
    return { request_id: requestId, response_url: base, status_url: `${base}/status`, cancel_url: `${base}/cancel` };
  };
  const submit = async () => (await call('POST', queueUrl + APP, INPUT, { 'X-Fal-Queue-Priority': 'normal' })).body as unknown as Handle;
  return {
    run: async () => (await call('POST', runUrl + APP, INPUT)).body,
    submit,
    status,
    iterEvents,
    get,
    fromRequestId,
    cancel: async (handle: Handle) => call('PUT', handle.cancel_url),
    subscribe: async (withLogs: boolean, events?: Status[]) => {
      const handle = await submit();
      if (events) await iterEvents(handle, withLogs, events);
      return get(handle);
    },
  };
}

const images = (result: Record<string, unknown>) => (result.images as { url: string }[]).map((image) => image.url);

describe("fal's Python client (fal_client) against the queue", () => {
  it('run: POSTs to fal.run and gets the images', async () => {
    const result = await client().run();
    expect(images(result)[0]).toContain(`${mock.origin}/fal/`);
  });

  it('subscribe with logs: every status parses, logs are lists once the request runs', async () => {
    const events: Status[] = [];
    const result = await client().subscribe(true, events);
    expect(events.map((e) => e.kind)).toEqual(['Queued', 'InProgress', 'Completed']);
    expect(events.slice(1).map((e) => Array.isArray((e as { logs: unknown }).logs))).toEqual([true, true]);
    expect(images(result)[0]).toContain(`${mock.origin}/fal-queue/`);
  });

  it('subscribe without logs: logs is null on every status, and the result comes back', async () => {
    const events: Status[] = [];
    const result = await client().subscribe(false, events);
    expect(events.filter((e) => e.kind !== 'Queued').map((e) => (e as { logs: unknown }).logs)).toEqual([null, null]);
    expect(images(result)).toHaveLength(1);
  });

  it('submit → status → result and get, through handles rebuilt from the request id', async () => {
    const fal = client();
    const { request_id } = await fal.submit();
    const handle = fal.fromRequestId(request_id);
    expect(await fal.status(handle, false)).toEqual({ kind: 'Queued', position: 0 });
    expect(await fal.status(handle, true)).toMatchObject({ kind: 'InProgress', logs: expect.any(Array) });
    const result = await fal.get(handle); // `fal_client.result()` is `handle.get()`
    expect(images(result)).toHaveLength(1);
    expect(await fal.status(handle, false)).toMatchObject({ kind: 'Completed', logs: null });
  });

  it('cancel: PUT on the cancel URL of a queued request, after which its status is COMPLETED', async () => {
    const fal = client();
    const handle = fal.fromRequestId((await fal.submit()).request_id);
    const cancelled = await fal.cancel(handle);
    expect(cancelled.status).toBe(202);
    expect(await fal.status(handle, true)).toMatchObject({ kind: 'Completed', logs: expect.any(Array) });
  });

  it.each(['1', '0', 'true', 'false'])('accepts logs=%s, as FastAPI reads a boolean', async (value) => {
    const fal = client();
    const handle = await fal.submit();
    const res = await fetch(`${handle.status_url}?logs=${value}`, { headers: { Authorization: 'Key fal-key-a' } });
    expect(res.status).toBe(202);
    expect((await res.json()) as object).toHaveProperty('logs', value === '1' || value === 'true' ? [] : null);
  });

  it('refuses logs=maybe with a 422 naming the query parameter', async () => {
    const handle = await client().submit();
    const res = await fetch(`${handle.status_url}?logs=maybe`, { headers: { Authorization: 'Key fal-key-a' } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { detail: { loc: string[] }[] }).detail[0].loc).toEqual(['query', 'logs']);
  });
});
