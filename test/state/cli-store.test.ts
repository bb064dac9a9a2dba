import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { startMock } from '../support/start-mock';
import { systemClock } from '../../mock-server/jobs/clock';
import { stopAfterEach } from '../support/stop-after-each';
import { freePort, openTestStore, redisUrl } from '../support/redis';
import { startCli, stopClis } from '../support/cli-process';

const url = redisUrl();
const stopLater = stopAfterEach();
afterAll(stopClis);

function run(...args: string[]) {
  return spawnSync(process.execPath, ['bin/ideogram-mock.js', '--port', '0', ...args], { encoding: 'utf8', timeout: 20_000 });
}

describe('--store', () => {
  it('refuses a URL that names no Redis, saying what one looks like', () => {
    const result = run('--store', 'localhost:6379');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--store: The store localhost:6379 is not supported: only redis:// and rediss:// URLs are');
  });

  it('stops the start when Redis cannot be reached, naming it without its password', async () => {
    const port = await freePort();
    const result = run('--store', `redis://:hunter2@127.0.0.1:${port}/3`);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--store: Cannot reach the state store at redis://127.0.0.1:${port}/3: connect ECONNREFUSED`);
    expect(result.stderr).not.toContain('hunter2');
  });

  it.skipIf(!url)('shares its jobs with another mock on the same Redis: a job made on the CLI is polled in-process', async () => {
    const store = await openTestStore(url!, systemClock);
    const inProcess = await startMock({ store });
    stopLater(async () => {
      await inProcess.close();
      await store.close();
    });
    const shared = new URL(url!);
    shared.searchParams.set('prefix', store.prefix);
    const { origin } = await startCli(['--store', shared.href]);
    const headers = { 'Ocp-Apim-Subscription-Key': 'key-1', 'content-type': 'application/json' };
    const submitted = await fetch(`${origin}/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ image_url: 'https://example.com/cat.jpeg' }),
    });
    expect(submitted.status).toBe(200);
    const { polling_url } = (await submitted.json()) as { polling_url: string };
    const polled = await fetch(`${inProcess.origin}${new URL(polling_url).pathname}`, { headers });
    expect(polled.status).toBe(200);
    expect(await polled.json()).toMatchObject({ status: 'PROCESSING' });
  });
});
