import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:https';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { startMock, type RunningMock } from '../../mock-server/start';

const dir = mkdtempSync(join(tmpdir(), 'mock-tls-'));
const certFile = join(dir, 'mock.pem');
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ tls: true, certOut: certFile });
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

/** GET over HTTPS trusting only `ca`; resolves with the status, or the TLS error's code. */
function get(url: string, ca?: string): Promise<number | string> {
  return new Promise((resolve) => {
    request(url, { ca, headers: { 'Api-Key': 'k' } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    })
      .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
      .end();
  });
}

describe('--tls', () => {
  it('serves HTTPS with a certificate a client trusting only the written file accepts, for 127.0.0.1 and localhost', async () => {
    expect(mock.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const ca = readFileSync(certFile, 'utf8');
    expect(await get(`${mock.url}/__docs/specs/pixazo.json`, ca)).toBe(200);
    expect(await get(`${mock.url.replace('127.0.0.1', 'localhost')}/__docs/specs/pixazo.json`, ca)).toBe(200);
  });

  it('is refused by a client that does not trust it', async () => {
    expect(await get(`${mock.url}/__docs/specs/pixazo.json`)).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  it('is trusted through NODE_EXTRA_CA_CERTS by @fal-ai/client, configured as the README says', async () => {
    // The README's recipe, verbatim in substance: only fal's documented requestMiddleware, and Node's trust variable.
    const script = `import { fal } from '@fal-ai/client';
const HOSTS = { 'https://fal.run': ${JSON.stringify(mock.url)} + '/fal', 'https://queue.fal.run': ${JSON.stringify(mock.url)} + '/fal-queue', 'https://rest.fal.ai': ${JSON.stringify(mock.url)} + '/fal-rest' };
fal.config({ credentials: 'k', requestMiddleware: async (r) => ({ ...r, url: r.url.replace(/^https:\\/\\/(fal\\.run|queue\\.fal\\.run|rest\\.fal\\.ai)/, (host) => HOSTS[host]) }) });
const input = { prompt: 'a cat', image_url: 'https://example.com/cat.png', mask_url: 'https://example.com/mask.png' };
const run = await fal.run('fal-ai/ideogram/v2/edit', { input });
const queued = await fal.subscribe('fal-ai/ideogram/v2/edit', { input, pollInterval: 0 });
const uploaded = await fal.storage.upload(new Blob(['a mask'], { type: 'text/plain' }));
console.log(JSON.stringify({ run: run.data.images.length, queued: queued.data.images.length, uploaded: uploaded.startsWith(${JSON.stringify(mock.url)} + '/fal-rest/') }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: certFile },
    });
    expect(JSON.parse(stdout)).toEqual({ run: 1, queued: 1, uploaded: true });
    const polled = await mock.journal({ provider: 'fal-queue' });
    expect(polled.length).toBeGreaterThan(2);
    expect(polled.filter((e) => e.status >= 300)).toEqual([]);
  });

  it('serves a given certificate and key (--tls-cert/--tls-key)', async () => {
    const pair = await generate([{ name: 'commonName', value: 'localhost' }], {
      keyType: 'ec',
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    });
    writeFileSync(join(dir, 'given.pem'), pair.cert);
    writeFileSync(join(dir, 'given-key.pem'), pair.private);
    const given = await startMock({ certFile: join(dir, 'given.pem'), keyFile: join(dir, 'given-key.pem') });
    try {
      expect(await get(`${given.url}/__docs/specs/pixazo.json`, pair.cert)).toBe(200);
    } finally {
      await given.close();
    }
  });

  it('refuses a certificate with a key that is not its own, saying which files', async () => {
    await expect(startMock({ certFile, keyFile: join(dir, 'given-key.pem') })).rejects.toThrow(/given-key\.pem are not a usable PEM certificate and key/);
  });

  it('refuses half a pair', async () => {
    await expect(startMock({ certFile })).rejects.toThrow('--tls-cert and --tls-key go together');
  });
});
