/**
 * Getting to a vendor (prefix or real host name), and the answers for requests that do not reach an
 * operation or cannot be read: 404, 405, malformed JSON. Always the vendor's shape, never 5xx.
 */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { PNG } from 'pngjs';
import { createApp } from '../../mock-server/app';
import type { JsonObject } from '../../core/model/load';
import type { Mount } from '../../core/model/operations';
import { authHeaders, documentedPayload, mountPath, pathFor } from '../support/documented-requests';
import { expectDocumented, specValidator } from '../support/conformance';
import { expectVendorErrorShape, textOf } from '../support/vendor-errors';
import { isAsync, isSubmit, operationCases, clientRequest, VALIDATION_STATUS, type OperationCase } from '../support/operation-cases';

const app = createApp({ quiet: true });
const validator = specValidator(app);
const cases = operationCases(app);
const mounts = app.mock.index.mounts;

/** The path of a relay's real base URL, its `{account_id}`-like segments filled in. */
function relayBasePath(mount: Mount): string {
  return mount.relay ? new URL(mount.relay.server.replace(/\{([^}]+)\}/g, 'my-$1')).pathname : '';
}

describe("routing by the vendor's real host name (no prefix)", () => {
  // One operation per host that is expected to answer 2xx (job-backed ones only through their submit).
  const byHost = mounts
    .filter((m) => m.host)
    .map((m) => cases.find((c) => c.mount === m && c.operation.body && (!isAsync(c.operation) || isSubmit(c.operation)))!)
    .filter(Boolean);

  it('has a host for every vendor with a fixed base URL', () => {
    expect(byHost.map((c) => c.mount.host).sort()).toEqual([
      'aihubmix.com',
      'api.freepik.com',
      'api.ideogram.ai',
      'api.kie.ai',
      'api.magnific.com',
      'api.replicate.com',
      'api.runware.ai',
      'api.segmind.com',
      'api.together.ai',
      'api.together.xyz',
      'api.wavespeed.ai',
      'fal.run',
      'gateway.ai.cloudflare.com',
      'gateway.pixazo.ai',
      'queue.fal.run',
      'rest.fal.ai',
    ]);
  });

  it.each(byHost.map((c) => ({ ...c, host: c.mount.host })))('Host: $host reaches $label', async (c: OperationCase) => {
    const res = await clientRequest(app, c, documentedPayload(c.operation), {
      // A relay's real base URL has a path of its own (`https://aihubmix.com/ideogram`), ahead of the vendor's path.
      url: relayBasePath(c.mount) + pathFor(c.mount, c.operation).slice(mountPath(c.mount).length),
      headers: { Host: c.mount.host },
    });
    expect(res.status, textOf(res.body)).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(300);
    expectDocumented(validator, c.operation, res);
  });

  it('Host: gateway.pixazo.ai without a prefix reaches pixazo, and its image URLs resolve on that host', async () => {
    const c = cases.find((x) => x.label === 'pixazo v2Generate')!;
    const res = await clientRequest(app, c, documentedPayload(c.operation), { url: c.operation.path, headers: { Host: 'gateway.pixazo.ai' } });
    expect(res.status, textOf(res.body)).toBe(200);
    expectDocumented(validator, c.operation, res);
    const [item] = res.body.data as JsonObject[];
    const url = new URL(String(item.url));
    expect(url.host).toBe('gateway.pixazo.ai');
    const image = await request(app)
      .get(url.pathname)
      .set('Host', 'gateway.pixazo.ai')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(image.status).toBe(200);
    const decoded = PNG.sync.read(image.body as Buffer);
    expect(`${decoded.width}x${decoded.height}`).toBe(item.resolution);
  });

  it('the host name matches with a port and in any case', async () => {
    const c = cases.find((x) => x.label === 'pixazo v2Generate')!;
    const res = await clientRequest(app, c, documentedPayload(c.operation), { url: c.operation.path, headers: { Host: 'Gateway.Pixazo.AI:443' } });
    expect(res.status, textOf(res.body)).toBe(200);
    expectDocumented(validator, c.operation, res);
  });

  it("the control API is not reachable through a vendor host: the vendor's 404", async () => {
    const res = await request(app).get('/__admin').set('Host', 'gateway.pixazo.ai');
    expect(res.status).toBe(404);
    expectVendorErrorShape(app, validator, 'pixazo', res);
  });

  it("either Magnific key header works on either host, as the spec's security alternatives say", async () => {
    const freepik = cases.find((x) => x.label === 'magnific (/freepik) createImageEdit')!;
    for (const [host, header] of [
      ['api.freepik.com', 'x-magnific-api-key'],
      ['api.magnific.com', 'x-freepik-api-key'],
      ['api.freepik.com', 'x-freepik-api-key'],
    ]) {
      const res = await clientRequest(app, freepik, documentedPayload(freepik.operation), {
        auth: false,
        url: freepik.operation.path,
        headers: { Host: host, [header]: 'k' },
      });
      expect(res.status, `${host} ${header}`).toBe(200);
      expectDocumented(validator, freepik.operation, res);
    }
    const none = await clientRequest(app, freepik, documentedPayload(freepik.operation), {
      auth: false,
      url: freepik.operation.path,
      headers: { Host: 'api.freepik.com', 'x-api-key': 'k' },
    });
    expect(none.status).toBe(401);
  });
});

describe.each(mounts.map((m) => ({ ...m, label: `${m.provider} (${m.prefix})` })))('$label: requests that reach no operation', (mount) => {
  const first = mount.routes[0].operation;
  const key = authHeaders(first);

  it('an unknown path: 404 in the vendor shape, naming the path', async () => {
    const res = await request(app).get(`${mount.prefix}/no/such/endpoint`).set(key);
    expect(res.status).toBe(404);
    expectVendorErrorShape(app, validator, mount.provider, res);
    expect(textOf(res.body)).toContain('/no/such/endpoint');
  });

  it('a method the path does not have: 405 in the vendor shape, with Allow listing the documented methods', async () => {
    const documented = mount.routes.filter((r) => r.operation.path === first.path).map((r) => r.operation.method);
    const res = await request(app)
      .delete(`${mount.prefix}${first.path.replace(/\{[^}]+\}/g, 'some-id')}`)
      .set(key);
    expect(res.status).toBe(405);
    expectVendorErrorShape(app, validator, mount.provider, res);
    expect(String(res.headers.allow).split(/,\s*/).sort()).toEqual([...documented].sort());
  });
});

describe('requests for no vendor', () => {
  it('an unknown prefix: 404 JSON naming the mounted prefixes', async () => {
    const res = await request(app).get('/no-such-vendor/generate');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/json/);
    for (const m of mounts) expect(textOf(res.body)).toContain(m.prefix);
  });
});

const jsonCases = cases.filter((c) => c.operation.body?.mediaType === 'application/json');

describe.each(jsonCases)('$label: unreadable JSON bodies', (c: OperationCase) => {
  const op = c.operation;
  const url = pathFor(c.mount, op);
  const status = VALIDATION_STATUS[op.provider];

  it(`malformed JSON: ${status} in the vendor shape (never 5xx)`, async () => {
    const res = await request(app).post(url).set(authHeaders(op)).set('Content-Type', 'application/json').send('{"prompt": "a cat", ');
    expect(res.status, textOf(res.body)).toBe(status);
    expectDocumented(validator, op, res);
  });

  it(`a JSON array instead of an object: ${status} in the vendor shape`, async () => {
    const res = await request(app).post(url).set(authHeaders(op)).set('Content-Type', 'application/json').send('[]');
    expect(res.status, textOf(res.body)).toBe(status);
    expectDocumented(validator, op, res);
  });

  // An optional body left out is no error (Pixazo's status POST): test/jobs/pixazo.test.ts covers it.
  it.runIf(op.body!.required)(`no body at all: ${status} in the vendor shape`, async () => {
    const res = await request(app).post(url).set(authHeaders(op));
    expect(res.status, textOf(res.body)).toBe(status);
    expectDocumented(validator, op, res);
  });

  it('a text/plain body: a 4xx in the vendor shape naming application/json', async () => {
    const res = await request(app)
      .post(url)
      .set(authHeaders(op))
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify(documentedPayload(op).fields));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expectVendorErrorShape(app, validator, op.provider, res);
    expect(textOf(res.body)).toContain('application/json');
  });
});
