/**
 * File parts: what the mock accepts (JPEG, PNG, WebP by content) and refuses (mismatched masks,
 * disguised or broken files, broken multipart bodies), always in the vendor's shape and never 5xx.
 */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../mock-server/app';
import { JPEG_1x1, PNG_HEADER_GARBAGE, WEBP_1x1, png } from '../support/image-fixtures';
import {
  authHeaders,
  clonePayload,
  decodedFields,
  documentedPayload,
  FIXTURE_SIZE,
  pathFor,
  pngUpload,
  type Payload,
  type Upload,
} from '../support/documented-requests';
import { expectDocumented, specValidator } from '../support/conformance';
import { expectVendorErrorShape, textOf } from '../support/vendor-errors';
import { operationCases, clientRequest, VALIDATION_STATUS, type OperationCase } from '../support/operation-cases';

const app = createApp({ quiet: true });
const validator = specValidator(app);
// Image parts: a part whose encoding takes any type (Replicate's file upload) is not an image to judge.
const withFiles = operationCases(app).filter((c) => c.operation.body?.files.some((f) => !f.anyFile));
const multipart = operationCases(app).filter((c) => c.operation.body?.mediaType === 'multipart/form-data');

/** The documented request with every upload replaced by `upload` (so masks keep matching their images). */
function allFilesAs(c: OperationCase, upload: Upload): Payload {
  const payload = documentedPayload(c.operation);
  payload.fields = decodedFields(c.operation, payload.fields);
  for (const name of Object.keys(payload.files)) payload.files[name] = payload.files[name].map(() => ({ ...upload }));
  return payload;
}

describe('the table has uploads to test', () => {
  it('covers the multipart operations of Ideogram, YutoAI and Pixazo', () => {
    expect(new Set(withFiles.map((c) => c.operation.provider))).toEqual(new Set(['ideogram', 'yutoai', 'pixazo']));
  });
});

describe.each(withFiles)('$label uploads', (c: OperationCase) => {
  const op = c.operation;
  const status = VALIDATION_STATUS[op.provider];
  const main = op.body!.files.find((f) => f.required) ?? op.body!.files[0];

  it('accepts JPEG files', async () => {
    const res = await clientRequest(app, c, allFilesAs(c, { content: JPEG_1x1, filename: 'photo.jpg', contentType: 'image/jpeg' }));
    expect(res.status, textOf(res.body)).toBe(200);
    expectDocumented(validator, op, res);
  });

  it('accepts WebP files', async () => {
    const res = await clientRequest(app, c, allFilesAs(c, { content: WEBP_1x1, filename: 'photo.webp', contentType: 'image/webp' }));
    expect(res.status, textOf(res.body)).toBe(200);
    expectDocumented(validator, op, res);
  });

  it('judges by content, not by name or declared type (a PNG named .jpg is fine)', async () => {
    const res = await clientRequest(
      app,
      c,
      allFilesAs(c, { content: png(FIXTURE_SIZE.width, FIXTURE_SIZE.height), filename: 'really-a-png.jpg', contentType: 'application/octet-stream' }),
    );
    expect(res.status, textOf(res.body)).toBe(200);
  });

  it(`refuses a file with a PNG signature and junk after it (${main.name})`, async () => {
    const payload = documentedPayload(op);
    payload.files[main.name] = [{ content: PNG_HEADER_GARBAGE, filename: 'broken.png', contentType: 'image/png' }];
    const res = await clientRequest(app, c, payload);
    expect(res.status, textOf(res.body)).toBe(status);
    expectDocumented(validator, op, res);
    expect(textOf(res.body)).toContain(main.name);
  });

  it(`refuses an empty file (${main.name})`, async () => {
    const payload = documentedPayload(op);
    payload.files[main.name] = [{ content: Buffer.alloc(0), filename: 'empty.png', contentType: 'image/png' }];
    const res = await clientRequest(app, c, payload);
    expect(res.status, textOf(res.body)).toBe(status);
    expectDocumented(validator, op, res);
    expect(textOf(res.body)).toContain(main.name);
  });

  it(`refuses a ${main.name} whose PNG data is corrupt or cut short, naming the file in UTF-8`, async () => {
    const intact = png(FIXTURE_SIZE.width, FIXTURE_SIZE.height);
    const corrupt = Buffer.from(intact);
    corrupt[corrupt.length - 20] ^= 0xff;
    for (const content of [corrupt, intact.subarray(0, intact.length - 12)]) {
      const payload = documentedPayload(op);
      payload.files[main.name] = [{ content, filename: 'photo-café-東京.png', contentType: 'image/png' }];
      const res = await clientRequest(app, c, payload);
      expect(res.status, textOf(res.body)).toBe(status);
      expectDocumented(validator, op, res);
      expect(textOf(res.body)).toContain('is not a valid image');
      expect(textOf(res.body)).toContain('photo-café-東京.png');
    }
  });

  it('ignores a file part the operation does not take, like any field its schema does not name', async () => {
    const payload = documentedPayload(op);
    payload.files.not_a_part = [{ content: Buffer.from('not even an image'), filename: 'notes.txt', contentType: 'text/plain' }];
    const res = await clientRequest(app, c, payload);
    expect(res.status, textOf(res.body)).toBe(200);
    expectDocumented(validator, op, res);
  });

  if (!main.multiple) {
    it(`refuses ${main.name} sent twice`, async () => {
      const payload = documentedPayload(op);
      payload.files[main.name] = [pngUpload(), pngUpload()];
      const res = await clientRequest(app, c, payload);
      expect(res.status, textOf(res.body)).toBe(status);
      expectDocumented(validator, op, res);
      expect(textOf(res.body)).toContain(main.name);
    });
  }

  for (const part of op.body!.files.filter((f) => f.sameDimensionsAs)) {
    it(`refuses a ${part.name} whose dimensions differ from ${part.sameDimensionsAs}, naming both`, async () => {
      const payload = clonePayload(documentedPayload(op));
      payload.files[part.sameDimensionsAs!] = [pngUpload(FIXTURE_SIZE.width, FIXTURE_SIZE.height)];
      payload.files[part.name] = [pngUpload(FIXTURE_SIZE.height, FIXTURE_SIZE.height, 'mask.png')];
      const res = await clientRequest(app, c, payload);
      expect(res.status, textOf(res.body)).toBe(status);
      expectDocumented(validator, op, res);
      expect(textOf(res.body)).toContain(part.name);
      expect(textOf(res.body)).toContain(part.sameDimensionsAs);
    });

    it(`accepts a ${part.name} of the same dimensions in another format (JPEG image, PNG mask)`, async () => {
      const payload = documentedPayload(op);
      payload.files[part.sameDimensionsAs!] = [{ content: JPEG_1x1, filename: 'image.jpg', contentType: 'image/jpeg' }];
      payload.files[part.name] = [pngUpload(1, 1, 'mask.png')];
      const res = await clientRequest(app, c, payload);
      expect(res.status, textOf(res.body)).toBe(200);
      expectDocumented(validator, op, res);
    });
  }
});

describe.each(multipart)('$label: broken multipart bodies get a 4xx in the vendor shape', (c: OperationCase) => {
  const op = c.operation;
  const url = pathFor(c.mount, op);
  const part = op.body!.files[0]?.name ?? 'prompt';
  const status = VALIDATION_STATUS[op.provider];

  it(`a body cut off in the middle of a file part: ${status}`, async () => {
    const boundary = 'mock-test-boundary';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="prompt"\r\n\r\na cat\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part}"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`),
      png(32, 32).subarray(0, 40),
    ]);
    const res = await request(app).post(url).set(authHeaders(op)).set('Content-Type', `multipart/form-data; boundary=${boundary}`).send(body);
    expect(res.status, textOf(res.body)).toBe(status);
    expectDocumented(validator, op, res);
  });

  it(`a multipart Content-Type without a boundary: ${status}`, async () => {
    const res = await request(app).post(url).set(authHeaders(op)).set('Content-Type', 'multipart/form-data').send(Buffer.from('prompt=a+cat'));
    expect(res.status, textOf(res.body)).toBe(status);
    expectDocumented(validator, op, res);
  });

  // Ideogram's v3 generate documents a JSON body too; for the others JSON is the wrong type.
  it.skipIf(op.bodies.some((b) => b.mediaType === 'application/json'))(
    'a JSON body where only multipart is documented: a 4xx naming multipart/form-data',
    async () => {
      const res = await request(app).post(url).set(authHeaders(op)).send({ prompt: 'a cat' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expectVendorErrorShape(app, validator, op.provider, res);
      expect(textOf(res.body)).toContain('multipart/form-data');
    },
  );

  if (op.body!.jsonParts.length) {
    const jsonPart = op.body!.jsonParts.find((name) => (documentedPayload(op).fields[name] ?? null) !== null) ?? op.body!.jsonParts[0];
    it(`a ${jsonPart} part that is not JSON: ${status} naming the part`, async () => {
      const payload = clonePayload(documentedPayload(op));
      payload.fields[jsonPart] = '{"prompt": "a cat",';
      const res = await clientRequest(app, c, payload);
      expect(res.status, textOf(res.body)).toBe(status);
      expectDocumented(validator, op, res);
      expect(textOf(res.body)).toContain(jsonPart);
    });
  }
});
