/**
 * Faults: `Prefer: fault=reset|timeout|malformed|5xx` for one request, `--faults <rate>` for a share
 * of them; each is journaled. A timeout is held by an injected sleep, never by real time.
 */
import { describe, expect, it, vi } from 'vitest';
import { startMock, type StartedMock } from '../support/start-mock';
import { authHeaders, documentedPayload, pathFor } from '../support/documented-requests';
import { perTest } from '../support/per-test';
import { gate } from '../support/request-gate';

const { started: mockWith } = perTest();

/** The operation's documented JSON request, sent with `headers` added. */
function send(mock: StartedMock, provider: string, operationId: string, headers: Record<string, string> = {}, signal?: AbortSignal) {
  const mount = mock.app.mock.index.mounts.find((m) => m.provider === provider)!;
  const operation = mount.routes.map((r) => r.operation).find((o) => o.operationId === operationId)!;
  return fetch(`${mock.origin}${pathFor(mount, operation)}`, {
    method: operation.method,
    headers: { ...authHeaders(operation), 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(documentedPayload(operation).fields),
    signal,
  });
}

const journaled = async (mock: StartedMock, note: RegExp) => {
  await vi.waitFor(async () => expect((await mock.journal()).find((e) => e.note && note.test(e.note))).toBeDefined());
  return (await mock.journal()).find((e) => e.note && note.test(e.note))!;
};

describe('Prefer: fault=', () => {
  it('reset: the connection drops with no answer; the journal says so', async () => {
    const mock = await mockWith();
    await expect(send(mock, 'ideogram', 'legacyGenerate', { Prefer: 'fault=reset' })).rejects.toThrow();
    const entry = await journaled(mock, /fault: reset/);
    expect(entry).toMatchObject({ status: 0, note: 'fault: reset (Prefer)', operationId: 'legacyGenerate' });
  });

  it('timeout: the request is held unanswered until the client gives up', async () => {
    const held = gate();
    const mock = await mockWith({ sleep: held.sleep });
    const client = new AbortController();
    const pending = send(mock, 'ideogram', 'legacyGenerate', { Prefer: 'fault=timeout' }, client.signal).catch((error: Error) => error);
    await held.reached(1);
    client.abort();
    expect(await pending).toBeInstanceOf(Error);
    expect(await journaled(mock, /fault: timeout/)).toMatchObject({ status: 0 });
  });

  it('timeout: held at most the fault timeout, then the connection is closed', async () => {
    const mock = await mockWith({ sleep: async () => {}, faultTimeoutMs: 5 });
    await expect(send(mock, 'ideogram', 'legacyGenerate', { Prefer: 'fault=timeout' })).rejects.toThrow();
  });

  it('malformed: a 200 whose JSON is cut off', async () => {
    const mock = await mockWith();
    const res = await send(mock, 'ideogram', 'legacyGenerate', { Prefer: 'fault=malformed' });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(text.startsWith('{"created"') || text.startsWith('{"data"')).toBe(true);
    expect((await journaled(mock, /fault: malformed/)).status).toBe(200);
  });

  it("5xx: one of the operation's documented 5xx answers, body and headers (fal)", async () => {
    // The last documented 5xx is drawn: fal's 504, whose error type is documented.
    const mock = await mockWith({ random: () => 0.99 });
    const operation = mock.app.mock.index.operations.find((o) => o.provider === 'fal' && o.responses.some((r) => r.status === 504))!;
    const res = await send(mock, 'fal', operation.operationId, { Prefer: 'fault=5xx' });
    const documented = operation.responses.find((r) => r.status === res.status);
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(documented, `status ${res.status} is documented`).toBeDefined();
    expect(await res.json()).toEqual(documented!.examples[0].value);
    expect(res.status).toBe(504);
    expect(res.headers.get('x-fal-error-type')).toBe((documented!.examples[0].value as { error_type: string }).error_type);
  });

  it('5xx where the operation documents none: 503 in the vendor error shape', async () => {
    const mock = await mockWith();
    const res = await send(mock, 'ideogram', 'legacyGenerate', { Prefer: 'fault=5xx' });
    expect(res.status).toBe(503);
    expect(Object.keys((await res.json()) as object)).toEqual(['error']);
  });

  it('an unknown fault is refused, naming the known ones', async () => {
    const mock = await mockWith();
    const res = await send(mock, 'ideogram', 'legacyGenerate', { Prefer: 'fault=explode' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('reset, timeout, malformed, 5xx');
  });
});

describe('--faults', () => {
  it('a rate of 100% with one kind fails every request that way; the journal names --faults', async () => {
    const mock = await mockWith({ faults: '100%:malformed' });
    const texts = await Promise.all([1, 2, 3].map(async () => (await send(mock, 'ideogram', 'legacyGenerate')).text()));
    for (const text of texts) expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect((await mock.journal()).map((e) => e.note)).toEqual(Array(3).fill('fault: malformed (--faults)'));
  });

  it('draws from the random source: above the rate, no fault', async () => {
    const mock = await mockWith({ faults: '5%', random: () => 0.05 });
    const res = await send(mock, 'ideogram', 'legacyGenerate');
    expect(res.status).toBe(200);
    expect(await res.json()).toHaveProperty('data');
  });

  it('a bad rate stops the start with the syntax', async () => {
    await expect(startMock({ faults: 'often' })).rejects.toThrow(/percentage like 5%/);
  });
});
