/**
 * A multipart form is read one way, whatever the client: a field sent as a text part or as a file part
 * (curl's `-F seed=@file`, kubb's and many clients' JSON `Blob`s named "blob") is read and validated
 * the same; JSON inside a part is held to a JSON body's strictness; form booleans read as FastAPI
 * reads them; nameless and undeclared parts are skipped; the part caps are Starlette's.
 */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../mock-server/app';
import { MAX_FORM_FILES, MAX_FORM_KEPT_BYTES } from '../../mock-server/uploads/form';
import { multipartBody, type Part } from '../support/raw-http';
import { png } from '../support/image-fixtures';

const app = createApp({ quiet: true });
const KEY = { 'Api-Key': 'test-key' };
const IMAGE = png(8, 8);
const BOUNDARY = 'formPartsBoundary3c1';

function post(path: string, parts: Part[]) {
  return request(app)
    .post(path)
    .set(KEY)
    .set('Content-Type', `multipart/form-data; boundary=${BOUNDARY}`)
    .send(multipartBody(parts, { boundary: BOUNDARY }));
}
const text = (name: string, value: string): Part => ({ name, value });
const asFile = (name: string, value: string, contentType = 'application/json', fileName = 'blob'): Part => ({ name, value, fileName, contentType });
const image = (name: string): Part => ({ name, value: IMAGE, fileName: 'image.png', contentType: 'image/png' });
const errorOf = (res: request.Response) => JSON.stringify(res.body);

const REMIX = '/ideogram/remix';
const GENERATE_V3 = '/ideogram/v1/ideogram-v3/generate';
const REQUEST = JSON.stringify({ prompt: 'a lighthouse', aspect_ratio: 'ASPECT_1_1', model: 'V_2' });

describe('a field sent as a file part is read like the same text sent as a field', () => {
  it('a required image_request sent as a JSON Blob (filename "blob") is read', async () => {
    const res = await post(REMIX, [asFile('image_request', REQUEST), image('image_file')]);
    expect(res.status, errorOf(res)).toBe(200);
    expect(res.body.data[0].prompt).toBe('a lighthouse');
  });

  it.each([
    ['text/plain', 'request.json'],
    ['application/octet-stream', 'file'],
    ['application/json', ''],
  ])('image_request as a file part of type %s named %j is read', async (type, fileName) => {
    const res = await post(REMIX, [asFile('image_request', REQUEST, type, fileName), image('image_file')]);
    expect(res.status, errorOf(res)).toBe(200);
  });

  it('an optional color_palette with invalid JSON is refused as a file part, as it is as a field', async () => {
    const asField = await post(GENERATE_V3, [text('prompt', 'a cat'), text('color_palette', '{"name": ')]);
    const asPart = await post(GENERATE_V3, [text('prompt', 'a cat'), asFile('color_palette', '{"name": ')]);
    expect(asField.status).toBe(400);
    expect(asPart.status, errorOf(asPart)).toBe(400);
    expect(asPart.body).toEqual(asField.body);
  });

  it('a color_palette given as a file part is applied (a wrong preset is refused, a right one accepted)', async () => {
    expect((await post(GENERATE_V3, [text('prompt', 'a cat'), asFile('color_palette', '{"name": "NOT_A_PRESET"}')])).status).toBe(400);
    const res = await post(GENERATE_V3, [text('prompt', 'a cat'), asFile('color_palette', '{"name": "PASTEL"}')]);
    expect(res.status, errorOf(res)).toBe(200);
  });

  it('-F seed=@file is validated like -F seed=...', async () => {
    const asField = await post(GENERATE_V3, [text('prompt', 'a cat'), text('seed', 'None')]);
    const asPart = await post(GENERATE_V3, [text('prompt', 'a cat'), asFile('seed', 'None', 'application/octet-stream', 'file')]);
    expect(asField.status).toBe(400);
    expect(asPart.status, errorOf(asPart)).toBe(400);
    expect(asPart.body).toEqual(asField.body);
    const good = await post(GENERATE_V3, [text('prompt', 'a cat'), asFile('seed', '4242\n', 'text/plain', 'seed.txt')]);
    expect(good.status, errorOf(good)).toBe(200);
    expect(good.body.data[0].seed).toBe(4242);
  });

  it('a text field sent as a file part that is not UTF-8 text is refused, not dropped', async () => {
    const res = await post(GENERATE_V3, [text('prompt', 'a cat'), image('seed')]);
    expect(res.status).toBe(400);
    expect(errorOf(res)).toContain('seed');
  });

  it('a text field sent as a file part longer than a text part may be: 413, as for the field', async () => {
    const long = 'x'.repeat(256 * 1024 + 1);
    expect((await post(GENERATE_V3, [text('prompt', long)])).status).toBe(413);
    expect((await post(GENERATE_V3, [asFile('prompt', long, 'text/plain')])).status).toBe(413);
  });
});

describe('JSON inside a part is validated as strictly as a JSON body', () => {
  it.each([
    ['"seed": true', { seed: true }],
    ['"seed": null', { seed: null }],
    ['"seed": "5"', { seed: '5' }],
    ['"prompt": 123', { prompt: 123 }],
    ['"num_images": "2"', { num_images: '2' }],
  ])('image_request with %s is refused, as the same JSON body to /generate is', async (_label, change) => {
    const value = JSON.stringify({ prompt: 'a lighthouse', aspect_ratio: 'ASPECT_1_1', ...change });
    const json = await request(app)
      .post('/ideogram/generate')
      .set(KEY)
      .send({ image_request: JSON.parse(value) });
    expect(json.status).toBe(400);
    for (const part of [text('image_request', value), asFile('image_request', value)]) {
      const res = await post(REMIX, [part, image('image_file')]);
      expect(res.status, errorOf(res)).toBe(400);
    }
  });
});

describe('form text is typed as FastAPI reads it', () => {
  it.each(['true', 'True', 'TRUE', '1', 'yes', 'Yes', 'on', 'ON', 'false', 'False', '0', 'no', 'off', 'OFF'])('a boolean field takes %j', async (word) => {
    const res = await post('/ideogram/magic-prompt', [text('prompt', 'a cat'), text('magic_prompt_version', 'V_0_4'), text('classify_prompt_category', word)]);
    expect(res.status, errorOf(res)).toBe(200);
  });

  it('a boolean field refuses other words', async () => {
    const res = await post('/ideogram/magic-prompt', [
      text('prompt', 'a cat'),
      text('magic_prompt_version', 'V_0_4'),
      text('classify_prompt_category', 'maybe'),
    ]);
    expect(res.status).toBe(400);
    expect(errorOf(res)).toContain('classify_prompt_category');
  });

  it('an integer field takes digits (around spaces too) and refuses other text', async () => {
    expect((await post(GENERATE_V3, [text('prompt', 'a cat'), text('seed', ' 17 ')])).body.data?.[0].seed).toBe(17);
    expect((await post(GENERATE_V3, [text('prompt', 'a cat'), text('seed', '1.5')])).status).toBe(400);
    expect((await post(GENERATE_V3, [text('prompt', 'a cat'), text('seed', 'true')])).status).toBe(400);
  });
});

describe('parts the schema does not name are skipped', () => {
  it('a part with an empty name, or none, is ignored like an undeclared part', async () => {
    const nameless = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data\r\n\r\nhello\r\n`);
    for (const extra of [text('', 'x'), asFile('', 'x', 'text/plain', 'x.txt'), image('')]) {
      const res = await post(GENERATE_V3, [text('prompt', 'a cat'), extra]);
      expect(res.status, errorOf(res)).toBe(200);
    }
    const body = Buffer.concat([nameless, multipartBody([text('prompt', 'a cat')], { boundary: BOUNDARY })]);
    const res = await request(app).post(GENERATE_V3).set(KEY).set('Content-Type', `multipart/form-data; boundary=${BOUNDARY}`).send(body);
    expect(res.status, errorOf(res)).toBe(200);
  });

  it('a hundred undeclared text fields are ignored, not refused', async () => {
    const res = await post(GENERATE_V3, [text('prompt', 'a cat'), ...Array.from({ length: 100 }, (_, i) => text(`extra_${i}`, 'x'))]);
    expect(res.status, errorOf(res)).toBe(200);
  });
});

describe('the part caps are what the vendor allows', () => {
  it('17 style reference images are read (the old cap was 16 files)', async () => {
    const res = await post(GENERATE_V3, [text('prompt', 'a cat'), ...Array.from({ length: 17 }, () => image('style_reference_images'))]);
    expect(res.status, errorOf(res)).toBe(200);
  });

  it(`more than ${MAX_FORM_FILES} files: 413 "too many parts"`, async () => {
    const tiny: Part = { name: 'unused', value: 'x', fileName: 'x.txt', contentType: 'text/plain' };
    const res = await post(GENERATE_V3, [text('prompt', 'a cat'), ...Array.from({ length: MAX_FORM_FILES + 1 }, () => tiny)]);
    expect(res.status).toBe(413);
    expect(errorOf(res)).toContain('too many parts');
  });

  it('a form whose declared parts would keep more than the byte bound: 413, however they are sent', async () => {
    const part = 'x'.repeat(200 * 1024);
    const count = Math.ceil(MAX_FORM_KEPT_BYTES / part.length) + 1;
    const asFields = await post(
      GENERATE_V3,
      Array.from({ length: count }, () => text('negative_prompt', part)),
    );
    const asFiles = await post(
      GENERATE_V3,
      Array.from({ length: count }, () => asFile('negative_prompt', part, 'text/plain')),
    );
    expect([asFields.status, asFiles.status]).toEqual([413, 413]);
  });

  it('a documented maxItems is enforced as the parts arrive', async () => {
    const res = await post('/ideogram/v1/edit', [text('prompt', 'a cat'), ...Array.from({ length: 11 }, () => image('images'))]);
    expect(res.status).toBe(400);
    expect(errorOf(res)).toContain('images');
  });
});
