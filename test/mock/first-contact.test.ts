/**
 * What a newcomer runs into first: an undocumented `Prefer: code=` on any spec, a documented 5xx fault
 * with its documented headers, a scenario not spent by a refused request, webhook credentials never
 * shown by the control API or the log, and the browser's favicon request kept out of the journal.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../mock-server/app';
import { SpecValidator, formatViolations } from '../../core/validator';
import type { JsonObject } from '../../core/model/load';
import { png } from '../support/image-fixtures';
import { startMock } from '../support/start-mock';
import { startReceiver } from '../support/webhook-receiver';
import { stopAfterEach } from '../support/stop-after-each';

const ACME = join(import.meta.dirname, '..', 'fixtures', 'acme', 'openapi.yaml');
const SKETCHY = join(import.meta.dirname, '..', 'fixtures', 'sketchy', 'openapi.yaml');
const app = createApp({ quiet: true, specs: [ACME, SKETCHY] });
const stopAfterTest = stopAfterEach();

/** One operation per mounted vendor that a JSON body (its first documented example) or no body reaches. */
function oneOperationPerVendor() {
  return app.mock.index.mounts.flatMap((mount) => {
    const route = mount.routes.find(
      ({ operation: op }) =>
        !op.path.includes('{') &&
        !op.parameters.some((p) => p.required) &&
        (op.body ? op.body.mediaType === 'application/json' && op.body.examples.length > 0 : true),
    );
    return route ? [{ prefix: mount.prefix, operation: route.operation }] : [];
  });
}

describe('Prefer: code= for a code the operation does not document', () => {
  const cases = oneOperationPerVendor();

  it('covers every vendor, those from --spec too', () => {
    expect(cases.map((c) => c.operation.provider)).toEqual(
      expect.arrayContaining(['ideogram', 'pixazo', 'magnific', 'fal', 'fal-queue', 'fal-rest', 'replicate', 'acme', 'sketchy']),
    );
  });

  it.each(cases.map((c) => [c.operation.provider, c.operation.operationId, c] as const))(
    '%s %s answers with the list of documented codes',
    async (_provider, operationId, { prefix, operation }) => {
      const auth = operation.auth[0];
      let call = request(app)[operation.method.toLowerCase() as 'post'](`${prefix}${operation.path}`).set('Prefer', 'code=599');
      if (auth) call = call.set(auth.header, `${auth.prefix ?? ''}k`);
      const res = await (operation.body ? call.send(operation.body.examples[0].value as JsonObject) : call);
      expect(res.text).toContain(`code=599 is not documented for ${operationId}; documented codes: ${operation.responses.map((r) => r.status).join(', ')}`);
    },
  );

  it('yutoai (multipart only) answers with the list too', async () => {
    const image = png(8, 8);
    const res = await request(app)
      .post('/yutoai/ideogram/edit')
      .set('Authorization', 'Bearer k')
      .set('Prefer', 'code=599')
      .attach('image_file', image, 'a.png')
      .attach('mask', image, 'm.png')
      .field('prompt', 'cat')
      .field('model', 'V_2_TURBO')
      .field('magic_prompt_option', 'AUTO');
    expect(res.text).toContain('code=599 is not documented for edit; documented codes:');
  });
});

describe('a documented 5xx fault', () => {
  const validator = new SpecValidator();

  it.each([
    ['fal', '/fal/fal-ai/ideogram/v2', 'runV2'],
    ['fal-queue', '/fal-queue/fal-ai/ideogram/v2', 'submitV2'],
  ])('%s: every documented 5xx carries X-Fal-Error-Type equal to the body error_type', async (provider, path, operationId) => {
    const op = app.mock.index.operations.find((o) => o.provider === provider && o.operationId === operationId)!;
    const codes = op.responses.filter((r) => r.status >= 500).map((r) => r.status);
    expect(codes).toContain(500);
    for (const code of codes) {
      const res = await request(app).post(path).set('Authorization', 'Key k').set('Prefer', `code=${code}`).send({ prompt: 'a cat' });
      expect([code, res.status]).toEqual([code, code]);
      expect([code, res.headers['x-fal-error-type']]).toEqual([code, res.body.error_type]);
      expect(res.headers['x-fal-error-type']).toMatch(/^[a-z_]+$/);
      expect(formatViolations(validator.validateResponse(provider, operationId, { status: res.status, headers: res.headers, body: res.body }))).toBe('');
    }
  });

  it.each([0, 0.5, 0.99])('fault=5xx picks one of them (draw %s), its headers included', async (draw) => {
    const drawn = createApp({ quiet: true, random: () => draw });
    const res = await request(drawn).post('/fal/fal-ai/ideogram/v2').set('Authorization', 'Key k').set('Prefer', 'fault=5xx').send({ prompt: 'a cat' });
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(res.headers['x-fal-error-type']).toBe(res.body.error_type);
  });
});

describe('a scenario', () => {
  const PIXAZO = { 'Ocp-Apim-Subscription-Key': 'k' };
  const GENERATE = { image_request: { prompt: 'a lighthouse', model: 'V_2' } };

  it('is used by the request that reaches its answer, not by one refused on the way', async () => {
    const fresh = createApp({ quiet: true });
    await request(fresh).post('/__admin/scenarios').send({ operationId: 'v2Generate', count: 1, code: 429 });
    const noKey = await request(fresh).post('/pixazo/ideogramV_2/v1/generate').send(GENERATE);
    expect(noKey.status).toBe(401);
    const invalid = await request(fresh).post('/pixazo/ideogramV_2/v1/generate').set(PIXAZO).send({ image_request: {} });
    expect(invalid.status).toBe(400);
    const valid = await request(fresh).post('/pixazo/ideogramV_2/v1/generate').set(PIXAZO).send(GENERATE);
    expect(valid.status).toBe(429);
    const after = await request(fresh).post('/pixazo/ideogramV_2/v1/generate').set(PIXAZO).send(GENERATE);
    expect(after.status).toBe(200);
  });
});

describe('webhook URLs with credentials', () => {
  it('are delivered with them, and shown nowhere: /__admin/webhooks, /__admin/jobs, the journal, the log', async () => {
    const receiver = await startReceiver();
    const lines: string[] = [];
    const mock = await startMock({ quiet: false, log: (line) => lines.push(line) });
    stopAfterTest(
      () => mock.close(),
      () => receiver.close(),
    );
    const secretUrl = receiver.url.replace('http://', 'http://hook-user:hunter2-pw@') + '?token=tok-secret-1&kind=edit';
    const submit = await fetch(`${mock.url}/magnific/v1/ai/ideogram-image-edit`, {
      method: 'POST',
      headers: { 'x-magnific-api-key': 'k', 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'p', image: 'https://example.com/a.png', mask: 'https://example.com/m.png', webhook_url: secretUrl }),
    });
    const taskId = ((await submit.json()) as { data: { task_id: string } }).data.task_id;
    const [hook] = await receiver.waitFor(1);
    expect(hook.headers.authorization).toBe(`Basic ${Buffer.from('hook-user:hunter2-pw').toString('base64')}`);
    const shown = [
      await (await fetch(`${mock.url}/__admin/webhooks`)).text(),
      await (await fetch(`${mock.url}/__admin/jobs`)).text(),
      await (await fetch(`${mock.url}/__admin/jobs/${taskId}`)).text(),
      JSON.stringify((await mock.journal()).filter((e) => e.method === 'WEBHOOK')),
      lines.filter((l) => l.includes('webhook')).join('\n'),
    ];
    for (const text of shown) {
      expect(text).toContain('<redacted>@127.0.0.1');
      for (const secret of ['hook-user', 'hunter2-pw', 'tok-secret-1']) expect(text).not.toContain(secret);
    }
    expect(shown[0]).toContain('kind=edit');
  });
});

describe('the browser’s /favicon.ico', () => {
  it('is answered without a body, a journal entry or a vendor miss', async () => {
    const fresh = createApp({ quiet: true });
    const res = await request(fresh).get('/favicon.ico');
    expect([204, 404]).toContain(res.status);
    expect(res.text ?? '').toBe('');
    expect((await request(fresh).get('/__admin/requests')).body.requests).toEqual([]);
  });
});
