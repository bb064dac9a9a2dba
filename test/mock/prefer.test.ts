/**
 * `Prefer: code=…` and `Prefer: example=…` pick documented responses; asking for something the
 * spec does not document is a clear error that lists what exists.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../mock-server/app';
import type { Json, JsonObject } from '../../core/model/load';
import { collectExamples, type ExampleCase } from '../../core/model/examples';
import { documentedPayload } from '../support/documented-requests';
import { expectDocumented, specValidator } from '../support/conformance';
import { isAsync, operationCases, clientRequest, type OperationCase } from '../support/operation-cases';
import { textOf } from '../support/vendor-errors';

const app = createApp({ quiet: true });
const validator = specValidator(app);
// Job-backed operations (pixazo remove-background and status, magnific, fal-queue) are being reworked
// into a job engine whose answers Prefer will steer differently: not covered here.
const cases = operationCases(app).filter((c) => !isAsync(c.operation));

/**
 * The spec's named application/json response examples of an operation, read with the example
 * collector (not the mock's index). Examples under other media types (Magnific's
 * application/problem+json `invalid-page-problem`) are not served by the mock.
 */
function responseExamples(c: OperationCase): (ExampleCase & { status: number })[] {
  const spec = app.mock.index.specs.find((s) => s.provider === c.operation.provider)!;
  return collectExamples(spec)
    .filter((e) => e.operation === c.operation.operationId && e.where.startsWith('response ') && e.mediaType === 'application/json')
    .map((e) => ({ ...e, status: Number(e.where.slice('response '.length)) }));
}

const keys = (value: Json) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).sort() : []);

describe.each(cases)('$label: Prefer', (c: OperationCase) => {
  const examples = responseExamples(c);
  const documented429 = examples.find((e) => e.status === 429);

  if (documented429) {
    it('code=429: the documented rate-limit answer, verbatim, with its documented headers', async () => {
      const res = await clientRequest(app, c, documentedPayload(c.operation), { headers: { Prefer: 'code=429' } });
      expect(res.status).toBe(429);
      expectDocumented(validator, c.operation, res);
      expect(res.body).toEqual(documented429.value);
      const spec = c.operation.responses.find((r) => r.status === 429)!;
      for (const name of Object.keys(spec.headers)) expect(res.headers[name.toLowerCase()], name).toBeDefined();
    });
  }

  it.each(examples.map((e) => ({ ...e, label: `example=${e.name} (${e.status})` })))('$label: that status, that example', async (example) => {
    const res = await clientRequest(app, c, documentedPayload(c.operation), { headers: { Prefer: `example=${example.name}` } });
    expect(res.status, textOf(res.body)).toBe(example.status);
    expectDocumented(validator, c.operation, res);
    if (example.status >= 300) {
      // Error examples are replayed as written.
      expect(res.body).toEqual(example.value);
    } else {
      // Success examples are filled in with the request's facts but keep their documented shape.
      expect(keys(res.body)).toEqual(keys(example.value));
    }
  });

  it('example=<unknown>: a clear 400 that lists every documented example', async () => {
    const res = await clientRequest(app, c, documentedPayload(c.operation), { headers: { Prefer: 'example=no-such-example' } });
    expect(res.status).toBe(400);
    const text = textOf(res.body);
    expect(text).toContain('no-such-example');
    for (const e of examples) expect(text).toContain(e.name);
  });

  it('code=<undocumented>: a clear 400 that lists the documented codes', async () => {
    const res = await clientRequest(app, c, documentedPayload(c.operation), { headers: { Prefer: 'code=418' } });
    expect(res.status).toBe(400);
    const text = textOf(res.body);
    expect(text).toContain('418');
    for (const status of new Set(examples.map((e) => e.status))) expect(text).toContain(String(status));
  });
});

describe('Prefer details', () => {
  const legacyGenerate = cases.find((c) => c.label === 'ideogram legacyGenerate')!;
  const pixazoGenerate = cases.find((c) => c.label === 'pixazo v2Generate')!;

  it('example=unsafe-image keeps what makes it that example: is_image_safe false and no url', async () => {
    const res = await clientRequest(app, legacyGenerate, documentedPayload(legacyGenerate.operation), { headers: { Prefer: 'example=unsafe-image' } });
    expect(res.status).toBe(200);
    expectDocumented(validator, legacyGenerate.operation, res);
    for (const item of res.body.data as JsonObject[]) {
      expect(item.is_image_safe).toBe(false);
      expect(item.url).toBeNull();
    }
  });

  it('code and example together pick the example under that code', async () => {
    const [first, second] = responseExamples(pixazoGenerate).filter((e) => e.status === 401);
    expect(second, 'pixazo documents two 401 bodies').toBeDefined();
    const res = await clientRequest(app, pixazoGenerate, documentedPayload(pixazoGenerate.operation), {
      headers: { Prefer: `code=401, example=${second.name}` },
    });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(second.value);
    expect(res.body).not.toEqual(first.value);
  });

  it('an example that exists under another code is refused, naming the examples of the asked code', async () => {
    const under401 = responseExamples(pixazoGenerate).filter((e) => e.status === 401);
    const res = await clientRequest(app, pixazoGenerate, documentedPayload(pixazoGenerate.operation), {
      headers: { Prefer: 'code=429; example=unauthorized' },
    });
    expect(res.status).toBe(400);
    expect(textOf(res.body)).toContain('429');
    expect(under401.map((e) => e.name)).toContain('unauthorized');
  });

  it('a malformed code is a 400 in the vendor shape, not a 5xx', async () => {
    const res = await clientRequest(app, legacyGenerate, documentedPayload(legacyGenerate.operation), { headers: { Prefer: 'code=abc' } });
    expect(res.status).toBe(400);
    expectDocumented(validator, legacyGenerate.operation, res);
    expect(textOf(res.body)).toContain('code=abc');
  });

  it('Prefer does not bypass authentication', async () => {
    const res = await clientRequest(app, legacyGenerate, documentedPayload(legacyGenerate.operation), { auth: false, headers: { Prefer: 'code=200' } });
    expect(res.status).toBe(401);
    expectDocumented(validator, legacyGenerate.operation, res);
  });

  it('Prefer does not bypass request validation', async () => {
    const res = await clientRequest(
      app,
      legacyGenerate,
      { fields: { image_request: { model: 'V_2' } }, files: {}, query: {} },
      { headers: { Prefer: 'code=200' } },
    );
    expect(res.status).toBe(400);
    expectDocumented(validator, legacyGenerate.operation, res);
    expect(textOf(res.body)).toContain('prompt');
  });

  it('preferences the mock does not know (return=minimal) are ignored', async () => {
    const res = await clientRequest(app, legacyGenerate, documentedPayload(legacyGenerate.operation), { headers: { Prefer: 'return=minimal' } });
    expect(res.status).toBe(200);
    expectDocumented(validator, legacyGenerate.operation, res);
  });
});
