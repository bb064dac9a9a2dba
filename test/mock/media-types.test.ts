import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../mock-server/app';
import { SpecValidator, formatViolations } from '../../core/validator';

const validator = new SpecValidator();

describe('an operation documenting several request media types', () => {
  it('Ideogram v3 generate answers a JSON body and a multipart body alike', async () => {
    const app = createApp({ quiet: true });
    const json = await request(app).post('/ideogram/v1/ideogram-v3/generate').set('Api-Key', 'k').send({ prompt: 'a lighthouse', num_images: 2, seed: 7 });
    const form = await request(app)
      .post('/ideogram/v1/ideogram-v3/generate')
      .set('Api-Key', 'k')
      .field('prompt', 'a lighthouse')
      .field('num_images', '2')
      .field('seed', '7');
    for (const res of [json, form]) {
      expect(res.status).toBe(200);
      expect(formatViolations(validator.validateResponse('ideogram', 'v3Generate', { status: res.status, headers: res.headers, body: res.body }))).toBe('');
      expect(res.body.data).toHaveLength(2);
      expect(res.body.data[0]).toMatchObject({ prompt: 'a lighthouse', seed: 7 });
    }
  });

  it('validates a JSON body against the JSON schema (a bad enum is named)', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app).post('/ideogram/v1/ideogram-v3/generate').set('Api-Key', 'k').send({ prompt: 'x', rendering_speed: 'WARP' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/^rendering_speed must be one of/);
  });
});

describe('responses documented under other JSON media types', () => {
  it('Prefer: example= picks Magnific’s problem+json example and serves it with that type', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app)
      .post('/magnific/v1/ai/ideogram-image-edit')
      .set('x-magnific-api-key', 'k')
      .set('Prefer', 'example=invalid-page-problem')
      .send({ prompt: 'p', image: 'https://example.com/a.png', mask: 'https://example.com/m.png' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.invalid_params[0]).toMatchObject({ name: 'page' });
  });
});
