/**
 * Image URLs the vendor downloads (`x-fetched-url` in the specs) are checked as the vendor would:
 * http(s) only, plus data: URIs or base64 where the vendor takes them. The mock never fetches them.
 */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../mock-server/app';
import type { Json } from '../../core/model/load';
import { png } from '../support/image-fixtures';
import { documentedPayload } from '../support/documented-requests';
import { expectDocumented, specValidator } from '../support/conformance';
import { operationCases, clientRequest, VALIDATION_STATUS, type OperationCase } from '../support/operation-cases';
import { textOf } from '../support/vendor-errors';

const app = createApp({ quiet: true });
const validator = specValidator(app);
const marked = operationCases(app).flatMap((c) => (c.operation.body?.fetchedUrls ?? []).map((field) => ({ c, field, label: `${c.label} ${field.name}` })));

function withValue(c: OperationCase, name: string, multiple: boolean, value: string) {
  const payload = documentedPayload(c.operation);
  payload.fields[name] = (multiple ? [value] : value) as Json;
  return payload;
}

describe('URL inputs the vendor downloads', () => {
  it('are marked in every spec that has them (Pixazo, fal, Magnific, Together, Segmind)', () => {
    expect(new Set(marked.map((m) => m.c.operation.provider))).toEqual(new Set(['pixazo', 'fal', 'fal-queue', 'magnific', 'together', 'segmind']));
  });

  describe.each(marked)('$label', ({ c, field }) => {
    it.each(['file:///etc/passwd', 'ftp://example.com/cat.png', 'http://', 'javascript:alert(1)'])(
      "refuses %s with the vendor's answer naming the field",
      async (bad) => {
        const res = await clientRequest(app, c, withValue(c, field.name, field.multiple, bad));
        expect(res.status, textOf(res.body)).toBe(VALIDATION_STATUS[c.operation.provider]);
        expectDocumented(validator, c.operation, res);
        expect(textOf(res.body)).toContain(field.name);
      },
    );

    it('accepts an https URL', async () => {
      const res = await clientRequest(app, c, withValue(c, field.name, field.multiple, 'https://example.com/cat.png'));
      expect(res.status, textOf(res.body)).toBeLessThan(300);
    });
  });

  it("answers Pixazo's documented body for a file: URL", async () => {
    const res = await request(app)
      .post('/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request')
      .set('Ocp-Apim-Subscription-Key', 'k')
      .send({ image_url: 'file:///etc/passwd' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('Invalid image_url');
    expect(res.body.message).toMatch(/^The provided image_url is malformed or unreachable/);
  });

  it('takes a data: URI on fal and base64 on Magnific, where the vendors document them', async () => {
    const dataUri = `data:image/png;base64,${png(8, 8).toString('base64')}`;
    const fal = await request(app)
      .post('/fal/fal-ai/ideogram/v2/edit')
      .set('Authorization', 'Key k')
      .send({ prompt: 'a cat', image_url: dataUri, mask_url: dataUri });
    expect(fal.status, textOf(fal.body)).toBe(200);
    const base64 = png(8, 8).toString('base64');
    const magnific = await request(app)
      .post('/magnific/v1/ai/ideogram-image-edit')
      .set('x-magnific-api-key', 'k')
      .send({ prompt: 'a cat', image: base64, mask: base64 });
    expect(magnific.status, textOf(magnific.body)).toBe(200);
    const pixazo = await request(app)
      .post('/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request')
      .set('Ocp-Apim-Subscription-Key', 'k')
      .send({ image_url: dataUri });
    expect(pixazo.status).toBe(400);
  });
});
