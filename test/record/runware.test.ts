/** Runware through --proxy/--record and back through --replay: the task array recorded without its key (header or authentication task), answered again from the file. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StartedMock } from '../support/start-mock';
import { perTest } from '../support/per-test';

const KEY = 'rw-record-key-5e1d0c';
const TASK = {
  taskType: 'imageInference',
  taskUUID: '0f9c1f5e-2b1a-4c3d-9e8f-7a6b5c4d3e2f',
  positivePrompt: 'a lighthouse',
  model: 'ideogram:4@1',
  width: 1024,
  height: 1024,
};

const { started, tempDir } = perTest('runware-record-');

function post(mock: StartedMock, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${mock.url}/runware/v1`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('Runware record and replay', () => {
  it('records a task array without the key, wherever it was sent, and replays the answer on its own origin', async () => {
    const dir = tempDir();
    const upstream = await started({ keys: [KEY] });
    const recorder = await started({ proxy: { runware: `${upstream.url}/runware` }, record: dir });
    const byHeader = await post(recorder, [TASK], { authorization: `Bearer ${KEY}` });
    expect(byHeader.status).toBe(200);
    const recorded = (await byHeader.json()) as { data: { imageURL: string }[] };
    expect(recorded.data[0].imageURL.startsWith(`${recorder.url}/runware/`)).toBe(true);
    const byTask = await post(recorder, [
      { taskType: 'authentication', apiKey: KEY },
      { ...TASK, positivePrompt: 'a windmill' },
    ]);
    expect(byTask.status).toBe(200);
    const files = readdirSync(join(dir, 'runware'));
    expect(files).toHaveLength(2);
    for (const file of files) expect(readFileSync(join(dir, 'runware', file), 'utf8')).not.toContain(KEY);
    await upstream.close();

    const replayer = await started({ replay: dir });
    const replayed = await post(replayer, [TASK], { authorization: 'Bearer another-key' });
    expect(replayed.status).toBe(200);
    expect(await replayed.json()).toEqual(JSON.parse(JSON.stringify(recorded).replaceAll(recorder.url, replayer.url)));
    expect((await replayer.journal()).at(-1)?.note).toMatch(/^replayed/);
  });
});
