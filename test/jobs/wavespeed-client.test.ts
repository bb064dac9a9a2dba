/**
 * WaveSpeed's own npm client (`wavespeed`), unmodified, against the mock on a loopback port, configured
 * only through its `baseUrl` option: run (submit, then poll the result), sync mode, a failed task read
 * as the client reads it, and runNoThrow. The client sleeps `pollInterval` seconds between polls: 0 here,
 * and the mock's jobs advance per poll, so nothing waits on real time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, WavespeedPredictionException, WavespeedSubmissionException } from 'wavespeed';
import { PNG } from 'pngjs';
import { startMock, type StartedMock } from '../support/start-mock';
import { interceptVendors } from '../../lib/intercept';

const KEY = 'ws-client-key';
const PROMPT = 'A lighthouse at dusk with the words "Open late" painted on it';
const NOW = { pollInterval: 0 };

let mock: StartedMock;
let client: Client;

beforeAll(async () => {
  mock = await startMock({ quiet: true });
  client = new Client(KEY, { baseUrl: `${mock.origin}/wavespeed` });
});
afterAll(() => mock.close());

async function image(url: string) {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return PNG.sync.read(Buffer.from(await res.arrayBuffer()));
}

describe('the wavespeed npm client', () => {
  it.each([
    ['ideogram-ai/ideogram-v3-turbo', { aspect_ratio: '16:9' }, [1312, 736]],
    ['ideogram-ai/ideogram-v2', { style: 'Anime', aspect_ratio: '3:4' }, [864, 1152]],
    ['ideogram-ai/ideogram-character', { image: 'https://example.com/c.png' }, [1024, 1024]],
  ] as const)('run(%s) polls the task to completed and returns an image URL the mock serves', async (model, extra, [width, height]) => {
    const { outputs } = await client.run(model, { prompt: PROMPT, ...extra }, NOW);
    expect(outputs).toHaveLength(1);
    expect(String(outputs[0]).startsWith(`${mock.origin}/wavespeed/`)).toBe(true);
    const png = await image(outputs[0] as string);
    expect([png.width, png.height]).toEqual([width, height]);
  });

  it('run with enableSyncMode takes the outputs from the submit answer (the client never polls in sync mode)', async () => {
    const { outputs } = await client.run('ideogram-ai/ideogram-v3-balanced', { prompt: PROMPT }, { ...NOW, enableSyncMode: true });
    expect(outputs).toHaveLength(1);
    expect((await image(outputs[0] as string)).width).toBe(1024);
  });

  it('a failed task (an HTTP 200 with status failed) makes run throw with its error, and runNoThrow report it', async () => {
    const failing = new Client(KEY, { baseUrl: `${mock.origin}/wavespeed` });
    const scenario = await fetch(`${mock.origin}/__admin/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'wavespeed', operationId: 'ideogramV3Turbo', outcome: 'failed', count: 2 }),
    });
    expect(scenario.ok).toBe(true);
    await expect(failing.run('ideogram-ai/ideogram-v3-turbo', { prompt: PROMPT }, NOW)).rejects.toThrow(
      /Prediction failed \(task_id: [0-9a-f]{32}\): The task execution failed/,
    );
    const result = await failing.runNoThrow('ideogram-ai/ideogram-v3-turbo', { prompt: PROMPT }, NOW);
    expect(result.outputs).toBeNull();
    expect(result.detail.status).toBe('failed');
    expect(result.detail.error).toBeInstanceOf(WavespeedPredictionException);
    expect(result.detail.taskId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('a refused submit is a WavespeedSubmissionException carrying the status and the envelope', async () => {
    const error = await client.run('ideogram-ai/ideogram-v3-turbo', { aspect_ratio: '1:1' }, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WavespeedSubmissionException);
    expect(String((error as Error).message)).toMatch(/HTTP 400: \{"code":400,"message":"[^"]*prompt/);
  });

  it('reaches the mock through interceptVendors with no baseUrl at all', async () => {
    const { restore } = interceptVendors();
    try {
      const { outputs } = await new Client(KEY).run('ideogram-ai/ideogram-v2a-turbo', { prompt: PROMPT }, NOW);
      expect(String(outputs[0]).startsWith('https://api.wavespeed.ai/')).toBe(true);
    } finally {
      restore();
    }
  });
});
