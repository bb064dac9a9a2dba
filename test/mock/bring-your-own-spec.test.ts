/**
 * A vendor the project does not know, mounted from its own OpenAPI file (`--spec`, `createApp({ specs })`)
 * beside the built-in vendors: routing, auth from its securitySchemes, validation, examples, Prefer and
 * its own documented error bodies — and the contract suite checking a server against that spec.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../mock-server/app';
import { formatSummary } from '../../contracts/summary';
import { runContracts } from '../../lib/contracts';
import { png } from '../support/image-fixtures';
import { startMock } from '../support/start-mock';
import { startCli, stopClis } from '../support/cli-process';

const ACME = join(import.meta.dirname, '..', 'fixtures', 'acme', 'openapi.yaml');
const app = createApp({ quiet: true, specs: [ACME] });
const KEY = { 'X-Acme-Key': 'k' };
const UNAUTHORIZED = { fault: { code: 'UNAUTHORIZED', text: 'Missing or invalid X-Acme-Key.' } };

afterEach(stopClis);

describe('a vendor from --spec', () => {
  it('is mounted at /<its folder name> when no server names an x-mock-prefix, beside the built-in vendors', async () => {
    expect(app.mock.index.mounts.map((m) => m.prefix)).toEqual(expect.arrayContaining(['/acme', '/ideogram', '/pixazo', '/fal-queue']));
    const res = await request(app).post('/acme/images').set(KEY).send({ prompt: 'a cat' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'img_1', size: 'small' });
    const builtIn = await request(app).post('/ideogram/generate').send({});
    expect(builtIn.status).toBe(401);
    expect(builtIn.body).toEqual({ error: expect.any(String) });
  });

  it('routes by method and path: 404 and 405 for what the spec does not list', async () => {
    expect((await request(app).post('/acme/nowhere').set(KEY).send({})).status).toBe(404);
    const wrong = await request(app).delete('/acme/images').set(KEY);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('POST');
  });

  it('refuses a missing or unknown key with the spec’s own documented 401 body', async () => {
    const missing = await request(app).post('/acme/images').send({ prompt: 'a cat' });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual(UNAUTHORIZED);
    const keyed = createApp({ quiet: true, specs: [ACME], keys: ['right'] });
    const wrong = await request(keyed).post('/acme/images').set('X-Acme-Key', 'wrong').send({ prompt: 'a cat' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(UNAUTHORIZED);
  });

  it('reads an apiKey scheme in the query, and answers problem+json where the spec documents no body', async () => {
    const refused = await request(app).get('/acme/account');
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 403, title: 'Forbidden', detail: expect.stringContaining('api_key') });
    const ok = await request(app).get('/acme/account?api_key=k');
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ credits: 42 });
  });

  it('validates JSON bodies against the schema and answers with the documented 400 body', async () => {
    for (const body of [{ prompt: '' }, { prompt: 'x', size: 'huge' }, { prompt: 'x', extra: 1 }, {}]) {
      const res = await request(app).post('/acme/images').set(KEY).send(body);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ fault: { code: 'INVALID_REQUEST', text: 'The request is invalid.' } });
    }
  });

  it('reads multipart bodies: file parts, JSON parts and text fields, path parameters checked', async () => {
    const ok = await request(app)
      .post('/acme/images/img_1/variations')
      .set(KEY)
      .attach('image', png(8, 8), 'a.png')
      .field('strength', '0.5')
      .field('options', '{"seed": 7}');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: 'img_3' });
    const noFile = await request(app).post('/acme/images/img_1/variations').set(KEY).field('strength', '0.5');
    expect(noFile.status).toBe(400);
    expect(noFile.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(noFile.body.detail).toContain('image');
    const tooStrong = await request(app).post('/acme/images/img_1/variations').set(KEY).attach('image', png(8, 8), 'a.png').field('strength', '2');
    expect(tooStrong.status).toBe(400);
    const badId = await request(app).post('/acme/images/nope/variations').set(KEY).attach('image', png(8, 8), 'a.png').field('strength', '0.5');
    expect(badId.status).toBe(400);
    expect(badId.body.detail).toContain('id');
  });

  it('serves any documented example or status with Prefer', async () => {
    const dog = await request(app).post('/acme/images').set(KEY).set('Prefer', 'example=dog').send({ prompt: 'a dog' });
    expect(dog.body).toMatchObject({ id: 'img_2', size: 'large' });
    const documented401 = await request(app).post('/acme/images').set(KEY).set('Prefer', 'code=401').send({ prompt: 'a dog' });
    expect(documented401.status).toBe(401);
    expect(documented401.body).toEqual(UNAUTHORIZED);
  });

  it('refuses a file that is not an OpenAPI 3 document, and a second spec for a vendor already served', () => {
    expect(() => createApp({ quiet: true, specs: [join(import.meta.dirname, '..', '..', 'package.json')] })).toThrow(/not an OpenAPI 3\.x document/);
    expect(() => createApp({ quiet: true, specs: [ACME, ACME] })).toThrow(/Two specs are for the vendor "acme"/);
    expect(() => createApp({ quiet: true, specs: ['no/such/openapi.yaml'] })).toThrow(/no such file/);
  });

  it('is a CLI option (repeatable) of the mock', async () => {
    const { origin } = await startCli(['--spec', ACME]);
    const res = await fetch(`${origin}/acme/images`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"prompt":"x"}' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual(UNAUTHORIZED);
  });
});

describe('the contract suite with --spec', () => {
  it('checks the embedded mock against a vendor spec it does not know, and passes', async () => {
    const run = await runContracts({ providers: ['acme'], specs: [ACME] });
    expect(run.outcomes.every((o) => o.provider === 'acme')).toBe(true);
    expect(new Set(run.outcomes.map((o) => o.operation))).toEqual(new Set(['createImage', 'createVariation', 'getAccount']));
    expect(run.failed, formatSummary(run)).toBe(0);
    expect(run.passed).toBeGreaterThanOrEqual(8);
  });

  it('fails a server whose answers depart from that spec', async () => {
    // The built-in mock does not serve acme at all: every check of it must fail, none pass by default.
    const other = await startMock();
    try {
      const run = await runContracts({ target: other.origin, providers: ['acme'], specs: [ACME] });
      expect(run.failed).toBeGreaterThan(0);
      expect(run.ok).toBe(false);
    } finally {
      await other.close();
    }
  });
});
