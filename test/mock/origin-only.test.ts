/**
 * Clients that take only an origin: unprefixed paths reach the one vendor that serves them,
 * an ambiguous one gets a 404 naming the prefixes, and `vendorPorts` / `--vendor-ports` give a vendor
 * an origin of its own whose answers point back at it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../mock-server/app';
import { startMock, type RunningMock } from '../../mock-server/start';
import type { JsonObject } from '../../core/model/load';
import { documentedPayload, mountPath, pathFor } from '../support/documented-requests';
import { expectDocumented, specValidator } from '../support/conformance';
import { expectVendorErrorShape, textOf } from '../support/vendor-errors';
import { operationCases, clientRequest, type OperationCase } from '../support/operation-cases';

const app = createApp({ quiet: true });
const validator = specValidator(app);
const { index } = app.mock;

/** One case per vendor operation (a vendor mounted twice answers from its first mount). */
const firstMountCases = operationCases(app).filter((c) => c.mount === index.mounts.find((m) => m.provider === c.mount.provider));
const sharedBy = (c: OperationCase) =>
  new Set(firstMountCases.filter((o) => o.operation.method === c.operation.method && o.operation.path === c.operation.path).map((o) => o.mount.provider));
const startsWithPrefix = (path: string) => index.byPrefix.has(`/${path.split('/')[1]}`);
const unique = firstMountCases.filter((c) => sharedBy(c).size === 1 && !startsWithPrefix(c.operation.path));
const ambiguous = firstMountCases.filter((c) => sharedBy(c).size > 1);

describe("an unprefixed path on the mock's origin", () => {
  it.each(unique)('$label: reaches its vendor without the prefix', async (c: OperationCase) => {
    const url = pathFor(c.mount, c.operation).slice(mountPath(c.mount).length);
    const res = await clientRequest(app, c, documentedPayload(c.operation), { url });
    const [entry] = (await app.mock.store.journal.list(undefined, { path: url })).slice(-1);
    expect({ provider: entry.provider, operationId: entry.operationId }, textOf(res.body)).toEqual({
      provider: c.operation.provider,
      operationId: c.operation.operationId,
    });
  });

  it('answers like the prefixed path, and its image URLs carry the prefix so they resolve whatever else is mounted', async () => {
    const c = unique.find((x) => x.label === 'ideogram v3Generate')!;
    const res = await clientRequest(app, c, documentedPayload(c.operation), { url: '/v1/ideogram-v3/generate' });
    expect(res.status, textOf(res.body)).toBe(200);
    expectDocumented(validator, c.operation, res);
    const url = new URL(String((res.body.data as JsonObject[])[0].url));
    expect(url.pathname).toMatch(/^\/ideogram\/__images\//);
    const image = await request(app).get(url.pathname);
    expect(image.status).toBe(200);
  });

  it('a method the one vendor lacks: its 405, not a 404', async () => {
    const res = await request(app).get('/v1/ideogram-v3/generate');
    expect(res.status).toBe(405);
    expectVendorErrorShape(app, validator, 'ideogram', res);
  });

  it.each(ambiguous)('$label: served by several vendors, a 404 naming each candidate prefix in a sentence', async (c: OperationCase) => {
    const res = await clientRequest(app, c, documentedPayload(c.operation), { url: pathFor(c.mount, c.operation).slice(mountPath(c.mount).length) });
    expect(res.status).toBe(404);
    const message = textOf(res.body);
    for (const provider of sharedBy(c)) expect(message).toContain(index.mounts.find((m) => m.provider === provider)!.prefix);
    expect(message).toMatch(/more than one vendor.*prefix of the one you mean/);
  });

  it('the ambiguity the issue names: fal and fal-queue both serve POST /fal-ai/ideogram/v2/edit', () => {
    expect(ambiguous.filter((c) => c.operation.path === '/fal-ai/ideogram/v2/edit').map((c) => c.mount.prefix)).toEqual(['/fal', '/fal-queue']);
  });

  it('a path no vendor serves: 404 naming the mounted prefixes', async () => {
    const res = await request(app).post('/v9/nothing');
    expect(res.status).toBe(404);
    for (const m of index.mounts) expect(textOf(res.body)).toContain(m.prefix);
  });

  it("the control API, the docs and the mock's image paths keep priority", async () => {
    expect((await request(app).get('/__admin')).body).toHaveProperty('providers');
    expect((await request(app).get('/__docs/')).status).toBe(200);
    const image = await request(app).get('/__images/64x32/7.png');
    expect([image.status, image.headers['content-type']]).toEqual([200, 'image/png']);
  });
});

describe('vendorPorts: a vendor on an origin of its own', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ vendorPorts: { ideogram: 0, 'fal-queue': 0, freepik: 0 } });
  });
  afterAll(() => mock?.close());

  it('each named vendor gets its own origin', () => {
    expect(Object.keys(mock.origins).sort()).toEqual(['fal-queue', 'freepik', 'ideogram']);
    expect(new Set([mock.url, ...Object.values(mock.origins)]).size).toBe(4);
  });

  it("serves the vendor's paths unprefixed, with image URLs on that origin", async () => {
    const form = new FormData();
    form.set('prompt', 'a lighthouse');
    const res = await fetch(`${mock.origins.ideogram}/v1/ideogram-v3/generate`, { method: 'POST', headers: { 'Api-Key': 'k' }, body: form });
    expect(res.status).toBe(200);
    const url = String((((await res.json()) as JsonObject).data as JsonObject[])[0].url);
    expect(url.startsWith(`${mock.origins.ideogram}/__images/`)).toBe(true);
    const image = await fetch(url);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
  });

  it('a path its vendor serves and others share is unambiguous there; job URLs point back at the origin', async () => {
    const origin = mock.origins['fal-queue'];
    const submit = await fetch(`${origin}/fal-ai/ideogram/v2/edit`, {
      method: 'POST',
      headers: { Authorization: 'Key k', 'Content-Type': 'application/json' },
      body: JSON.stringify({ prompt: 'a hat', image_url: 'https://example.com/a.png', mask_url: 'https://example.com/m.png' }),
    });
    expect(submit.status).toBe(200);
    const { status_url } = (await submit.json()) as { status_url: string };
    expect(status_url.startsWith(`${origin}/`)).toBe(true);
    expect((await fetch(status_url, { headers: { Authorization: 'Key k' } })).status).toBeLessThan(300);
  });

  it('a name may be a prefix (freepik) as well as a provider id', async () => {
    const res = await fetch(`${mock.origins.freepik}/v1/ai/ideogram-image-edit`, { headers: { 'x-freepik-api-key': 'k' } });
    expect(res.status).toBe(200);
  });

  it("other paths, the prefixed ones and the control API are not there: the vendor's 404", async () => {
    for (const path of ['/ideogram/v1/ideogram-v3/generate', '/__admin', '/fal-ai/ideogram/v2/edit']) {
      const res = await request(mock.origins.ideogram).post(path).set('Api-Key', 'k');
      expect(res.status, path).toBe(404);
      expectVendorErrorShape(app, validator, 'ideogram', res);
    }
  });

  it('an unknown name is refused with the names there are', async () => {
    await expect(startMock({ vendorPorts: { nope: 0 } })).rejects.toThrow(/No vendor "nope".*ideogram/);
  });

  it('a busy port rejects, and the listeners already open are closed again', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      await expect(startMock({ vendorPorts: { ideogram: port } })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      busy.close();
    }
  });

  it('close() closes every listener', async () => {
    const other = await startMock({ vendorPorts: { pixazo: 0 } });
    const ports = [other.url, other.origins.pixazo].map((u) => Number(new URL(u).port));
    await other.close();
    expect(await Promise.all(ports.map(portOpen))).toEqual([false, false]);
  });
});

describe('npm start --vendor-ports', () => {
  it('prints both kinds of URL, serves the vendor origin, and SIGTERM frees every port', async () => {
    const child = spawn(process.execPath, ['bin/ideogram-mock.js', '--port', '0', '--quiet', '--vendor-ports', 'pixazo=0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let out = '';
      for await (const chunk of child.stdout!) {
        out += String(chunk);
        if (out.includes('  admin ')) break;
      }
      const main = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1];
      expect(out).toContain(`${main}/pixazo`);
      expect(out).toMatch(/unprefixed paths .* go to the one vendor that serves them/);
      const own = /(http:\/\/127\.0\.0\.1:\d+) +\(its own origin: paths without \/pixazo\)/.exec(out)![1];
      const res = await fetch(`${own}/ideogramV_2/v1/generate`, {
        method: 'POST',
        headers: { 'Ocp-Apim-Subscription-Key': 'k', 'Content-Type': 'application/json' },
        body: JSON.stringify({ image_request: { prompt: 'a lighthouse', model: 'V_2' } }),
      });
      expect(res.status).toBe(200);
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(await Promise.all([main, own].map((u) => portOpen(Number(new URL(u).port))))).toEqual([false, false]);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}
