/**
 * WaveSpeed through --record and --replay: a task (submit, then polls of urls.get) recorded through a
 * proxy to a second mock is one file, tied by the spec's link on `data.id`, without the Bearer key, and
 * replays in order on the replaying mock's own origin once the upstream is gone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { perTest } from '../support/per-test';
import type { SequenceFile } from '../../mock-server/record/recording';

const KEY = 'wavespeed-key-5d1c0e77a9';
const SUBMIT = '/wavespeed/api/v3/ideogram-ai/ideogram-v3-turbo';

const { started, tempDir } = perTest('wavespeed-record-');

async function call(url: string, body?: unknown): Promise<{ status: number; body: { data: { id: string; status: string; urls: { get: string } } } }> {
  const res = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${KEY}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as never };
}

/** Submit and poll urls.get until the task ends: the statuses seen, in order. */
async function walk(origin: string): Promise<string[]> {
  const created = await call(origin + SUBMIT, { prompt: 'A poster that reads "WAVE"' });
  const statuses = [created.body.data.status];
  for (let poll = 0; poll < 3 && !['completed', 'failed'].includes(statuses.at(-1)!); poll++) {
    statuses.push((await call(created.body.data.urls.get)).body.data.status);
  }
  expect(created.body.data.urls.get.startsWith(`${origin}/wavespeed/`)).toBe(true);
  return statuses;
}

describe('WaveSpeed record and replay', () => {
  it('records a task with its polls in one file without the key, and replays it in order', async () => {
    const dir = tempDir();
    const upstream = await started({ keys: [KEY] });
    const recorder = await started({ proxy: { wavespeed: `${upstream.url}/wavespeed` }, record: dir });
    const recorded = await walk(recorder.url);
    expect(recorded).toEqual(['created', 'processing', 'completed']);
    const written = readdirSync(join(dir, 'wavespeed'));
    expect(written).toEqual(['ideogramV3Turbo-1.json']);
    const text = readFileSync(join(dir, 'wavespeed', written[0]), 'utf8');
    expect(text).not.toContain(KEY);
    const sequence = JSON.parse(text) as SequenceFile;
    expect(sequence.exchanges.map((e) => e.operationId)).toEqual(['ideogramV3Turbo', 'getPredictionResult', 'getPredictionResult']);
    expect(sequence.exchanges[0].request.headers.authorization).toBe('<redacted>');
    await upstream.close();

    const replayer = await started({ replay: dir });
    expect(await walk(replayer.url)).toEqual(recorded);
  });
});
