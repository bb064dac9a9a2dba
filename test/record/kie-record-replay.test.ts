/** Kie through --record and --replay: a task and its recordInfo polls in one file without the key, replayed in order. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { perTest } from '../support/per-test';
import type { SequenceFile } from '../../mock-server/record/recording';

const KEY = 'kie-live-key-5e8b21f0c4';
const BODY = { model: 'ideogram/character', input: { prompt: 'A knight', reference_image_urls: ['https://example.com/ref.webp'] } };

const { started, tempDir } = perTest('kie-record-');

async function call(url: string, body?: unknown): Promise<{ code: number; data: Record<string, string> }> {
  const res = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${KEY}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as { code: number; data: Record<string, string> };
}

/** createTask, then recordInfo until success: the states seen. */
async function walk(origin: string): Promise<string[]> {
  const { data } = await call(`${origin}/kie/api/v1/jobs/createTask`, BODY);
  const states: string[] = [];
  for (let i = 0; i < 3; i++) states.push((await call(`${origin}/kie/api/v1/jobs/recordInfo?taskId=${data.taskId}`)).data.state);
  return states;
}

describe('Kie.ai through --record and --replay', () => {
  it('records a task with its polls, keeps no key, and replays the states in order', async () => {
    const dir = tempDir();
    const upstream = await started({ keys: [KEY] });
    const recorder = await started({ proxy: { kie: `${upstream.url}/kie` }, record: dir });
    const recorded = await walk(recorder.url);
    expect(recorded).toEqual(['queuing', 'generating', 'success']);
    const names = readdirSync(join(dir, 'kie'));
    expect(names).toEqual(['createTask-1.json']);
    const text = readFileSync(join(dir, 'kie', names[0]), 'utf8');
    expect(text).not.toContain(KEY);
    const sequence = JSON.parse(text) as SequenceFile;
    expect(sequence.exchanges.map((e) => e.operationId)).toEqual(['createTask', 'getTaskDetail', 'getTaskDetail', 'getTaskDetail']);
    expect(sequence.exchanges[0].request.headers.authorization).toBe('<redacted>');
    await upstream.close();

    const replayer = await started({ replay: dir });
    expect(await walk(replayer.url)).toEqual(recorded);
  });
});
