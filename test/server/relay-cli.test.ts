/** `--relay` as users type it: a relay of a served vendor, and every malformed value refused with a sentence saying what to do (exit 2, never a crash). */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { startCli, stopClis } from '../support/cli-process';

afterEach(stopClis);

function refusal(args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['bin/ideogram-mock.js', '--port', '0', '--quiet', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stderr: run.stderr };
}

describe('ideogram-mock --relay', () => {
  it('serves a relay of Ideogram under its prefix with its own key header', async () => {
    const { origin } = await startCli(['--relay', 'edge=ideogram,prefix=/edge/v1/{tenant}/ideogram,auth=X-Edge-Key,server=https://edge.example.com/ideogram']);
    const generate = (headers: Record<string, string>) =>
      fetch(`${origin}/edge/v1/acme/ideogram/generate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ image_request: { prompt: 'a kite' } }),
      });
    const ok = await generate({ 'X-Edge-Key': 'k' });
    expect(ok.status).toBe(200);
    expect(String(((await ok.json()) as { data: { url: string }[] }).data[0].url)).toContain(`${origin}/edge/v1/acme/ideogram/__images/`);
    expect((await generate({ 'Api-Key': 'k' })).status).toBe(401);
    const journal = (await (await fetch(`${origin}/__admin/requests?provider=edge`)).json()) as { requests: unknown[] };
    expect(journal.requests).toHaveLength(2);
  });

  it.each(
    (
      [
        [['--relay', 'ideogram'], 'it must start with <id>=<vendor>'],
        [['--relay', '=ideogram'], 'it must start with <id>=<vendor>'],
        [['--relay', 'edge='], 'it must start with <id>=<vendor>'],
        [['--relay', 'edge=ideogram,auth'], 'each setting is name=value'],
        [['--relay', 'edge=ideogram,colour=blue'], 'the settings are prefix, auth and server'],
        [['--relay', 'edge=nobody'], 'no vendor "nobody" is served to relay'],
        [['--relay', 'Edge Relay=ideogram'], 'relay id "Edge Relay" must be'],
        [['--relay', 'edge=ideogram,prefix=/ideogram'], 'the prefix /ideogram is already taken'],
        [['--relay', 'edge=ideogram,prefix=edge'], 'must be a path like /my-relay'],
        [['--relay', 'edge=ideogram,prefix=/edge/../__admin'], 'must be a path like /my-relay'],
        [['--relay', 'edge=ideogram,auth=X Edge: Key'], 'is not a header name'],
        [['--relay', 'edge=ideogram,server=javascript:alert(1)'], 'must be an https:// or http:// URL'],
        [['--relay', 'a=ideogram', '--relay', 'b=ideogram,prefix=/a/b'], 'the prefix /a is already taken'],
        [['--relay', 'a=ideogram', '--relay', 'a=ideogram,prefix=/b'], 'relay id "a" already names'],
        [['--relay', 'pixazo=ideogram,prefix=/p'], 'relay id "pixazo" already names'],
        [['--relay', 'edge=ideogram,prefix=/edge/..'], 'must be a path like /my-relay'],
        [['--relay', `${'x'.repeat(5000)}=ideogram`], 'must be 1 to 40 lower-case letters'],
      ] as [string[], string][]
    ).map(([args, message]) => ({ args, message, shown: JSON.stringify(args).slice(0, 80) })),
  )('refuses $shown at start with a sentence saying what to change', ({ args, message }) => {
    const { status, stderr } = refusal(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr.length).toBeLessThan(600);
  });
});
