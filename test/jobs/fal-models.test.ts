import { afterEach, describe, expect, it } from 'vitest';
import { createHash, createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { createFalClient } from '@fal-ai/client';
import { departures } from '../../kit/conformance';
import { SpecValidator } from '../../contracts/support/validator';
import { png } from '../../contracts/support/fixtures';
import { startMock, startReceiver, type RunningMock } from '../support/server';

const validator = new SpecValidator();
const KEY = { Authorization: 'Key fal-key-a' };

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

async function mockWithClient() {
  const mock = await startMock();
  cleanups.push(mock.close);
  const calls: string[] = [];
  const submitted: string[] = [];
  // The client has no base-URL setting; its fetch option is the documented seam.
  const rewrite = (url: string) =>
    url.replace('https://queue.fal.run', `${mock.origin}/fal-queue`).replace('https://rest.fal.ai', `${mock.origin}/fal-rest`).replace('https://fal.run', `${mock.origin}/fal`);
  const fal = createFalClient({
    credentials: 'fal-key-a',
    fetch: (input, init) => {
      const url = rewrite(String(input instanceof Request ? input.url : input));
      calls.push(`${init?.method ?? 'GET'} ${new URL(url).pathname}`);
      if (url.includes('/fal-queue/fal-ai/ideogram/') && init?.method === 'POST') submitted.push(String(init.body));
      return fetch(url, init);
    },
  });
  return { mock, fal, calls, submitted };
}

/** The model's documented request, from the synchronous spec its queue submit references. */
function documentedInput(mock: RunningMock, runOperationId: string): Record<string, unknown> {
  const operation = mock.app.mock.index.operations.find((o) => o.provider === 'fal' && o.operationId === runOperationId)!;
  return structuredClone(operation.body!.examples[0].value) as Record<string, unknown>;
}

describe('fal queue, every Ideogram model, with the unmodified @fal-ai/client', () => {
  it.each([
    ['fal-ai/ideogram/v3', 'runV3'],
    ['fal-ai/ideogram/v2a', 'runV2a'],
    ['fal-ai/ideogram/character', 'runCharacter'],
    ['fal-ai/ideogram/upscale', 'runUpscale'],
    ['fal-ai/ideogram/remove-background', 'runRemoveBackground'],
  ])('subscribe on %s answers in that model\'s output shape', async (model, runOperationId) => {
    const { mock, fal } = await mockWithClient();
    const result = await fal.subscribe(model, { input: documentedInput(mock, runOperationId), pollInterval: 1 });
    expect(departures(validator, 'fal', runOperationId, { status: 200, headers: { 'content-type': 'application/json', 'x-fal-request-id': result.requestId }, body: result.data })).toBe('');
  });

  it('uploads Blob image and mask inputs through the storage API, then edits with v3/edit', async () => {
    const { mock, fal, calls, submitted } = await mockWithClient();
    const input = { ...documentedInput(mock, 'runV3Edit'), image_url: new Blob([png(64, 64)], { type: 'image/png' }), mask_url: new Blob([png(64, 64)], { type: 'image/png' }) };
    const result = await fal.subscribe('fal-ai/ideogram/v3/edit', { input, pollInterval: 1 });
    expect(departures(validator, 'fal', 'runV3Edit', { status: 200, headers: { 'content-type': 'application/json', 'x-fal-request-id': result.requestId }, body: result.data })).toBe('');
    expect(calls.filter((c) => c === 'POST /fal-rest/storage/upload/initiate')).toHaveLength(2);
    expect(calls.filter((c) => c.startsWith('PUT /fal-rest/__files/'))).toHaveLength(2);
    const sent = JSON.parse(submitted[0]) as { image_url: string; mask_url: string };
    expect(sent.image_url).toMatch(new RegExp(`^${mock.origin}/fal-rest/__files/`));
    const image = await fetch(sent.mask_url);
    expect(Buffer.from(await image.arrayBuffer()).equals(png(64, 64))).toBe(true);
  });

  it('fal.storage.upload returns a URL that serves the same bytes with their content type', async () => {
    const { fal } = await mockWithClient();
    const bytes = png(5, 7);
    const url = await fal.storage.upload(new Blob([bytes], { type: 'image/png' }));
    const served = await fetch(url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
