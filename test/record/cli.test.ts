import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startMock } from '../support/start-mock';
import { startCli, stopClis } from '../support/cli-process';
import { stopAfterEach } from '../support/stop-after-each';

const stop = stopAfterEach();
afterEach(stopClis);

function refusal(args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['bin/ideogram-mock.js', '--port', '0', ...args], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('ideogram-mock --proxy / --record / --replay', () => {
  it.each([
    [['--proxy', 'pixazo'], '--proxy must be <provider>=<http(s) base URL>'],
    [['--proxy', 'pixazo=ftp://example.com'], '--proxy must be <provider>=<http(s) base URL>'],
    [['--proxy', 'nobody=http://127.0.0.1:9'], '--proxy names nobody, not served here'],
    [['--record', 'somewhere'], '--record saves proxied exchanges'],
    [['--replay-strict'], '--replay-strict needs --replay'],
    [['--replay', '/nonexistent/recordings'], 'no such folder'],
  ])('refuses %j at start', (args, message) => {
    const { status, stderr } = refusal(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });

  it('records through the proxy the CLI was started with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-record-'));
    stop(() => rmSync(dir, { recursive: true, force: true }));
    const upstream = await startMock();
    stop(() => upstream.close());
    const { origin } = await startCli(['--proxy', `pixazo=${upstream.url}/pixazo`, '--record', dir]);
    const res = await fetch(`${origin}/pixazo/ideogramV_2/v1/generate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Ocp-Apim-Subscription-Key': 'cli-key-0001' },
      body: JSON.stringify({ image_request: { prompt: 'a kite', model: 'V_2' } }),
    });
    expect(res.status).toBe(200);
    expect(await upstream.journal()).toHaveLength(1);
    expect(existsSync(join(dir, 'pixazo', 'v2Generate-1.json'))).toBe(true);
  });
});
