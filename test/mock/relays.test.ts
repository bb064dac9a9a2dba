/**
 * Relays: Ideogram's own paths under AIHubMix's and Cloudflare's AI Gateway's base URLs and key
 * headers (the spec's `x-mock-relays`), and a user's own relay (`relays` in MockOptions): served by
 * Ideogram's operations, refused the relay's way, journaled under the relay's name, reachable by
 * the relay's real host name, checked by the contract suite, and recorded with its header redacted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { PNG } from 'pngjs';
import { createApp } from '../../mock-server/app';
import { interceptVendors } from '../../lib/intercept';
import { planChecks } from '../../contracts/checks';
import { MOCK_KEY, type ProviderTarget } from '../../contracts/target';
import { SpecValidator, formatViolations } from '../../core/validator';
import { startMock } from '../support/start-mock';
import { stopAfterEach } from '../support/stop-after-each';
import { localTarget, wrongServer } from '../support/wrong-server';
import { expectDocumented, specValidator } from '../support/conformance';

const app = createApp({ quiet: true, keys: ['relay-key-1'] });
const documented = specValidator(app);
const v3Generate = app.mock.index.operations.find((o) => o.provider === 'ideogram' && o.operationId === 'v3Generate')!;
const legacyGenerate = app.mock.index.operations.find((o) => o.provider === 'ideogram' && o.operationId === 'legacyGenerate')!;
const CLOUDFLARE = '/cloudflare/v1/0123456789abcdef0123456789abcdef/my-gateway/ideogram';
const generateBody = { image_request: { prompt: 'a lighthouse', model: 'V_2' } };

/** The request on AIHubMix's page: a multipart Ideogram 3.0 generate with `Api-Key: sk-***`. */
function aihubmixGenerate(headers: Record<string, string>) {
  return request(app)
    .post('/aihubmix/ideogram/v1/ideogram-v3/generate')
    .set(headers)
    .field('prompt', 'Delicate 3D cover design with the text "One Gateway, Infinite Models"')
    .field('rendering_speed', 'QUALITY')
    .field('num_images', '2')
    .field('aspect_ratio', '2x1');
}

async function png(url: string) {
  const res = await request(app).get(new URL(url).pathname).responseType('blob');
  expect(res.status).toBe(200);
  return PNG.sync.read(res.body as Buffer);
}

describe('AIHubMix: Ideogram under https://aihubmix.com/ideogram with Api-Key', () => {
  it("answers AIHubMix's documented request as Ideogram does, with image URLs on the relay's mount", async () => {
    const res = await aihubmixGenerate({ 'Api-Key': 'relay-key-1' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expectDocumented(documented, v3Generate, res);
    expect(res.body.data).toHaveLength(2);
    const url = String(res.body.data[0].url);
    expect(new URL(url).pathname).toMatch(/^\/aihubmix\/ideogram\/__images\//);
    expect((await png(url)).width).toBeGreaterThan(0);
  });

  it('refuses a missing key, a wrong key, and a key sent in a header it does not take', async () => {
    for (const headers of [{}, { 'Api-Key': 'not-the-key' }, { Authorization: 'Bearer relay-key-1' }]) {
      const res = await request(app).post('/aihubmix/ideogram/generate').set(headers).send(generateBody);
      expect(res.status).toBe(401);
      expectDocumented(documented, legacyGenerate, res);
    }
  });

  it("journals the relay's requests under its own name", async () => {
    const probe = createApp({ quiet: true });
    await request(probe).post('/aihubmix/ideogram/generate').set('Api-Key', 'k').send(generateBody);
    await request(probe).post('/aihubmix/ideogram/generate').send(generateBody);
    const { body } = await request(probe).get('/__admin/requests?provider=aihubmix');
    expect(body.requests.map((e: { provider: string; operationId?: string; status: number }) => [e.provider, e.operationId, e.status])).toEqual([
      ['aihubmix', 'legacyGenerate', 200],
      ['aihubmix', 'legacyGenerate', 401],
    ]);
  });
});

describe("Cloudflare's AI Gateway: Ideogram passed through /v1/{account_id}/{gateway_id}/ideogram", () => {
  it("serves any account and gateway, with the user's Ideogram key and URLs back on that path", async () => {
    const res = await request(app).post(`${CLOUDFLARE}/generate`).set('Api-Key', 'relay-key-1').send(generateBody);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expectDocumented(documented, legacyGenerate, res);
    const url = String(res.body.data[0].url);
    expect(new URL(url).pathname.startsWith(`${CLOUDFLARE}/__images/`)).toBe(true);
    expect((await png(url)).width).toBe(1024);
  });

  it('takes a well-formed cf-aig-authorization, and refuses a malformed one with the gateway’s own 401', async () => {
    const ok = await request(app)
      .post(`${CLOUDFLARE}/generate`)
      .set({ 'Api-Key': 'relay-key-1', 'cf-aig-authorization': 'Bearer cf-token-123' })
      .send(generateBody);
    expect(ok.status).toBe(200);
    for (const token of ['Basic abc', 'Bearer ', 'cf-token-123']) {
      const res = await request(app).post(`${CLOUDFLARE}/generate`).set({ 'Api-Key': 'relay-key-1', 'cf-aig-authorization': token }).send(generateBody);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ success: false, result: [], messages: [], error: [{ code: 2009, message: 'Unauthorized' }] });
    }
  });

  it("passes a missing or wrong Ideogram key through to Ideogram's own refusal", async () => {
    for (const headers of [{ 'cf-aig-authorization': 'Bearer cf-token-123' }, { 'Api-Key': 'wrong' }]) {
      const res = await request(app).post(`${CLOUDFLARE}/generate`).set(headers).send(generateBody);
      expect(res.status).toBe(401);
      expect(Object.keys(res.body)).toEqual(['error']);
    }
  });

  it('is a 404 in the vendor shape for a path that is not the gateway’s layout', async () => {
    const res = await request(app).post('/cloudflare/v1/only-account/generate').set('Api-Key', 'relay-key-1').send(generateBody);
    expect(res.status).toBe(404);
  });
});

describe('a relay of your own (MockOptions.relays)', () => {
  const own = createApp({ quiet: true, relays: [{ id: 'myrelay', vendor: 'ideogram', prefix: '/my/relay/ideogram', auth: { header: 'X-Relay' } }] });

  it('serves the vendor under its prefix with its header, and refuses the vendor’s header', async () => {
    const ok = await request(own).post('/my/relay/ideogram/generate').set('X-Relay', 'k').send(generateBody);
    expect(ok.status).toBe(200);
    expect(String(ok.body.data[0].url)).toContain('/my/relay/ideogram/__images/');
    const refused = await request(own).post('/my/relay/ideogram/generate').set('Api-Key', 'k').send(generateBody);
    expect(refused.status).toBe(401);
    expect(refused.body.error).toContain('x-relay');
  });

  it('is listed by the control API and the API reference', async () => {
    const { body } = await request(own).get('/__admin');
    expect(body.providers.filter((p: { relayOf?: string }) => p.relayOf === 'ideogram').map((p: { provider: string }) => p.provider)).toEqual([
      'aihubmix',
      'cloudflare',
      'myrelay',
    ]);
    const docs = await request(own).get('/__docs/specs/ideogram.json');
    const urls = docs.body.servers.map((s: { url: string }) => new URL(s.url.replace(/[{}]/g, '')).pathname);
    expect(urls).toEqual(expect.arrayContaining(['/aihubmix/ideogram', '/cloudflare/v1/account_id/gateway_id/ideogram', '/my/relay/ideogram']));
  });

  it.each([
    [{ id: 'Bad Id', vendor: 'ideogram' }, 'relay id "Bad Id" must be'],
    [{ id: 'r', vendor: 'nobody' }, 'no vendor "nobody" is served to relay'],
    [{ id: 'r', vendor: 'ideogram', prefix: '/pixazo' }, 'the prefix /pixazo is already taken'],
    [{ id: 'r', vendor: 'ideogram', prefix: '/r/__admin' }, 'must be a path like'],
    [{ id: 'r', vendor: 'ideogram', prefix: '/{account}/x' }, 'must start with a fixed segment'],
    [{ id: 'r', vendor: 'ideogram', auth: { header: 'Bad Header:' } }, 'is not a header name'],
    [{ id: 'r', vendor: 'ideogram', server: 'ftp://x' }, 'must be an https:// or http:// URL'],
  ])('refuses %j with a sentence saying what to change', (relay, message) => {
    expect(() => createApp({ quiet: true, relays: [relay] })).toThrow(message);
  });
});

describe("interceptVendors: the relays' real host names", () => {
  const { app: intercepting, restore } = interceptVendors();
  afterEach(() => intercepting.mock.jobs.reset());

  it('answers https://aihubmix.com/ideogram/… and https://gateway.ai.cloudflare.com/v1/…/ideogram/… in-process, images included', async () => {
    try {
      const aihubmix = await fetch('https://aihubmix.com/ideogram/generate', {
        method: 'POST',
        headers: { 'Api-Key': 'k', 'Content-Type': 'application/json' },
        body: JSON.stringify(generateBody),
      });
      expect(aihubmix.status).toBe(200);
      const image = String(((await aihubmix.json()) as { data: { url: string }[] }).data[0].url);
      expect(image.startsWith('https://aihubmix.com/ideogram/__images/')).toBe(true);
      expect((await fetch(image)).headers.get('content-type')).toBe('image/png');

      const form = new FormData();
      form.set('prompt', 'a lighthouse');
      const cloudflare = await fetch('https://gateway.ai.cloudflare.com/v1/acct/gw/ideogram/v1/ideogram-v3/generate', {
        method: 'POST',
        headers: { 'Api-Key': 'k' },
        body: form,
      });
      expect(cloudflare.status).toBe(200);
      const url = String(((await cloudflare.json()) as { data: { url: string }[] }).data[0].url);
      expect(url.startsWith('https://gateway.ai.cloudflare.com/v1/acct/gw/ideogram/__images/')).toBe(true);
      expect((await fetch('https://aihubmix.com/generate', { method: 'POST' })).status).toBe(404);
    } finally {
      restore();
    }
  });
});

describe('the contract suite through a relay', () => {
  const validator = new SpecValidator();
  const spec = validator.specs.find((s) => s.provider === 'ideogram')!;
  const stop = stopAfterEach();

  async function served(server: Parameters<typeof request>[0]) {
    const { createServer } = await import('node:http');
    const listening = createServer(server as never);
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    stop(() => new Promise<void>((resolve) => listening.close(() => resolve())));
    return `http://127.0.0.1:${(listening.address() as { port: number }).port}`;
  }

  const target = (origin: string): ProviderTarget => ({
    ...localTarget('ideogram', `${origin}/aihubmix/ideogram`),
    relay: 'aihubmix',
    auth: { header: 'Api-Key', prefix: '' },
  });

  it("passes Ideogram's checks and its v4 async flow against the mock, with the relay's key header", async () => {
    const origin = await served(createApp({ quiet: true, keys: [MOCK_KEY] }));
    const checks = planChecks(target(origin), spec, validator).filter((c) => c.operation === 'legacyGenerate' || c.operation === 'flow');
    expect(checks.map((c) => c.check)).toEqual(expect.arrayContaining(['no key → documented auth failure', 'wrong key → documented auth failure']));
    for (const check of checks) {
      const outcome = await check.run();
      expect(outcome.provider).toBe('aihubmix');
      expect(outcome.status, formatViolations(outcome.violations)).toBe('pass');
    }
  });

  it('fails against a server that drifted', async () => {
    const origin = await served(wrongServer('drop-required'));
    const check = planChecks(target(origin), spec, validator).find((c) => c.operation === 'legacyGenerate' && /documented request/.test(c.check))!;
    const outcome = await check.run();
    expect(outcome.status).toBe('fail');
    expect(formatViolations(outcome.violations)).toContain('/created: expected a required property');
  });
});

describe('record and replay through a relay', () => {
  const stop = stopAfterEach();

  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
  }

  it("proxies a relay by its id and redacts the relay's own header, even one not named like a secret", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-record-'));
    stop(() => rmSync(dir, { recursive: true, force: true }));
    const relays = [{ id: 'myrelay', vendor: 'ideogram', auth: { header: 'X-Relay' } }];
    const upstream = await startMock({ relays });
    stop(() => upstream.close());
    const recorder = await startMock({ relays, proxy: { myrelay: `${upstream.url}/myrelay`, cloudflare: `${upstream.url}${CLOUDFLARE}` }, record: dir });
    stop(() => recorder.close());
    const credential = 'relay-credential-5e1f0a';
    const gatewayToken = 'cf-gateway-token-9a8b7c';
    const viaRelay = await fetch(`${recorder.url}/myrelay/generate`, {
      method: 'POST',
      headers: { 'X-Relay': credential, 'Content-Type': 'application/json' },
      body: JSON.stringify(generateBody),
    });
    expect(viaRelay.status).toBe(200);
    const viaGateway = await fetch(`${recorder.url}${CLOUDFLARE}/generate`, {
      method: 'POST',
      headers: { 'Api-Key': credential, 'cf-aig-authorization': `Bearer ${gatewayToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(generateBody),
    });
    expect(viaGateway.status).toBe(200);
    expect((await upstream.journal()).map((e) => e.provider)).toEqual(['myrelay', 'cloudflare']);
    const written = files(dir).map((file) => readFileSync(file, 'utf8'));
    expect(written).toHaveLength(2);
    for (const text of written) {
      expect(text).not.toContain(credential);
      expect(text).not.toContain(gatewayToken);
    }
    expect(written.join('\n')).toMatch(/"x-relay": "<redacted>"/);

    const replaying = await startMock({ relays, replay: dir, replayStrict: true });
    stop(() => replaying.close());
    const replayed = await fetch(`${replaying.url}/myrelay/generate`, {
      method: 'POST',
      headers: { 'X-Relay': 'any', 'Content-Type': 'application/json' },
      body: JSON.stringify(generateBody),
    });
    expect(replayed.status).toBe(200);
    expect(String(((await replayed.json()) as { data: { url: string }[] }).data[0].url).startsWith(`${replaying.url}/myrelay/`)).toBe(true);
  });
});
