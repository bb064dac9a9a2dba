/**
 * The acceptance table, driven by the specs: for every operation on every mount, the
 * documented request succeeds with a documented body, and the usual client mistakes get the
 * vendor's status and error body.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../mock-server/app';
import type { Json } from '../../core/model/load';
import { oversizedPng, TEXT_AS_PNG } from '../support/image-fixtures';
import { clonePayload, decodedFields, documentedPayload, requestMedia, TEST_KEY } from '../support/documented-requests';
import { expectDocumented, specValidator } from '../support/conformance';
import { findEnumProperty, findEnumQuery, requiredProperties, setPath } from '../support/request-schema';
import { isAsync, isSubmit, operationCases, clientRequest, VALIDATION_STATUS, type OperationCase } from '../support/operation-cases';
import { textOf } from '../support/vendor-errors';

const app = createApp({ quiet: true });
/** The same mock restricted to one API key. */
const keyed = createApp({ quiet: true, keys: [TEST_KEY] });
const validator = specValidator(app);
const cases = operationCases(app);
const BAD_ENUM = 'NOT_A_DOCUMENTED_VALUE';

describe('the table covers the specs', () => {
  it('has every operation of every spec on at least one mount, and a mount for every server', () => {
    const mounted = new Set(cases.map((c) => `${c.operation.provider}:${c.operation.operationId}`));
    for (const spec of app.mock.index.specs) {
      for (const id of validator.operationIds(spec.provider)) expect(mounted, `${spec.provider} ${id}`).toContain(`${spec.provider}:${id}`);
    }
    expect(new Set(cases.map((c) => c.mount.provider))).toEqual(
      new Set(['ideogram', 'yutoai', 'pixazo', 'magnific', 'fal', 'fal-queue', 'fal-rest', 'replicate', 'kie', 'wavespeed', 'together', 'segmind', 'runware']),
    );
    expect(cases.map((c) => c.mount.prefix)).toContain('/freepik');
  });

  it('a mock restricted to one key (--keys) still accepts that key', async () => {
    const c = cases.find((x) => x.label === 'ideogram legacyGenerate')!;
    const res = await clientRequest(keyed, c, documentedPayload(c.operation));
    expect(res.status, textOf(res.body)).toBe(200);
  });

  it('has a documented request example for every operation that takes a body', () => {
    for (const c of cases.filter((x) => x.operation.body)) expect(requestMedia(c.operation)?.examples.length, c.label).toBeGreaterThan(0);
  });
});

const withSuccess = cases.filter((c) => !isAsync(c.operation) || isSubmit(c.operation));

describe.each(withSuccess)('$label: the documented request', (c: OperationCase) => {
  it('gets a 2xx whose body validates against the spec', async () => {
    const res = await clientRequest(app, c, documentedPayload(c.operation));
    expect(res.status, textOf(res.body)).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(300);
    expectDocumented(validator, c.operation, res);
  });
});

describe.each(cases)('$label: client mistakes', (c: OperationCase) => {
  const op = c.operation;
  const status = VALIDATION_STATUS[op.provider];

  if (op.auth.length === 0) {
    it('is public (security: []): answers without a credential', async () => {
      const res = await clientRequest(app, c, documentedPayload(op), { auth: false });
      // A public lookup of something a client was handed (a signed download) finds nothing in a fresh mock: its documented 404.
      expect(res.status, textOf(res.body)).toBe(isAsync(op) && !isSubmit(op) ? 404 : 200);
      expectDocumented(validator, op, res);
    });
  } else {
    it('without a credential: the documented auth failure (401/403) in the vendor shape', async () => {
      const res = await clientRequest(app, c, documentedPayload(op), { auth: false });
      expect([401, 403]).toContain(res.status);
      expect(op.responses.map((r) => r.status)).toContain(res.status);
      expectDocumented(validator, op, res);
    });

    it('with a credential in the wrong form: refused the same way', async () => {
      const scheme = op.auth[0];
      // A bare key where a prefix is required, or an empty value where none is.
      const value = scheme.prefix ? 'test-key-123' : ' ';
      const res = await clientRequest(app, c, documentedPayload(op), { auth: false, headers: { [scheme.header]: value } });
      expect([401, 403]).toContain(res.status);
      expectDocumented(validator, op, res);
    });

    it('with a key the mock was not configured to accept (--keys): the documented auth failure', async () => {
      const res = await clientRequest(keyed, c, documentedPayload(op), {
        auth: false,
        headers: { [op.auth[0].header]: `${op.auth[0].prefix ?? ''}not-${TEST_KEY}` },
      });
      expect([401, 403]).toContain(res.status);
      expectDocumented(validator, op, res);
    });
  }

  const payload = documentedPayload(op);
  const fields = op.body ? decodedFields(op, payload.fields) : {};
  const enumProp = op.body ? findEnumProperty(app, op, fields) : undefined;
  const enumQuery = op.body ? undefined : findEnumQuery(app, op);

  if (enumProp) {
    it(`with a wrong enum (${enumProp.path.join('.')}): ${status} in the vendor shape, naming the field`, async () => {
      const bad = structuredClone(fields);
      setPath(bad, enumProp.path, BAD_ENUM);
      const res = await clientRequest(app, c, { ...payload, fields: bad });
      expect(res.status, textOf(res.body)).toBe(status);
      expectDocumented(validator, op, res);
      expect(textOf(res.body)).toContain(String(enumProp.path[enumProp.path.length - 1]));
    });
  } else if (enumQuery) {
    it(`with a wrong enum in the query (${enumQuery.name}): ${status} in the vendor shape, naming the parameter`, async () => {
      const res = await clientRequest(app, c, { ...payload, query: { [enumQuery.name]: '7' } });
      expect(res.status, textOf(res.body)).toBe(status);
      expectDocumented(validator, op, res);
      expect(textOf(res.body)).toContain(enumQuery.name);
    });
  } else {
    it('declares no enum-typed request field or query parameter (wrong-enum case does not apply)', () => {
      expect(findEnumProperty(app, op, fields)).toBeUndefined();
      expect(findEnumQuery(app, op)).toBeUndefined();
    });
  }

  const required = op.body ? requiredProperties(op) : [];
  if (required.length) {
    // A text field when there is one (files have their own cases below), else the required file.
    const fileNames = new Set(op.body!.files.map((f) => f.name));
    const dropped = required.find((name) => !fileNames.has(name)) ?? required[0];
    it(`without the required field ${dropped}: ${status} in the vendor shape, naming the field`, async () => {
      const without = clonePayload(payload);
      delete without.fields[dropped];
      delete without.files[dropped];
      const res = await clientRequest(app, c, without);
      expect(res.status, textOf(res.body)).toBe(status);
      expectDocumented(validator, op, res);
      expect(textOf(res.body)).toContain(dropped);
    });
  } else {
    it(`${op.body ? 'has no required body field' : 'takes no request body'} (missing-field case does not apply)`, () => {
      expect(requiredProperties(op)).toEqual([]);
    });
  }

  const filePart = op.body?.files.find((f) => f.required) ?? op.body?.files[0];
  const withFile = (content: Buffer, filename: string) => {
    const changed = clonePayload(payload);
    changed.fields = decodedFields(op, payload.fields) as Record<string, Json>;
    changed.files[filePart!.name] = [{ content, filename, contentType: 'image/png' }];
    return changed;
  };
  if (filePart?.anyFile) {
    it(`takes any file as ${filePart.name} (its encoding's contentType is not images only): a text file named .png is stored`, async () => {
      const res = await clientRequest(app, c, withFile(TEXT_AS_PNG, 'picture.png'));
      expect(res.status, textOf(res.body)).toBeLessThan(300);
      expectDocumented(validator, op, res);
    });
  } else if (filePart) {
    it(`with an 11 MB ${filePart.name}: ${status} in the vendor shape, naming the part`, async () => {
      const res = await clientRequest(app, c, withFile(oversizedPng(11 * 1024 * 1024), 'huge.png'));
      expect(res.status, textOf(res.body)).toBe(status);
      expectDocumented(validator, op, res);
      expect(textOf(res.body)).toContain(filePart.name);
    });

    it(`with a text file named .png as ${filePart.name}: ${status} in the vendor shape, naming the part`, async () => {
      const res = await clientRequest(app, c, withFile(TEXT_AS_PNG, 'picture.png'));
      expect(res.status, textOf(res.body)).toBe(status);
      expectDocumented(validator, op, res);
      expect(textOf(res.body)).toContain(filePart.name);
    });
  } else {
    const takesImages = Object.keys(op.body?.properties ?? {}).some((name) => /image|mask/.test(name));
    const why = !op.body ? 'no request body' : takesImages ? 'JSON body takes images as URLs/base64' : 'JSON body without images';
    it(`has no file parts (${why}): the 11 MB and text-as-png cases do not apply`, () => {
      expect(op.body?.files ?? []).toEqual([]);
    });
  }
});
