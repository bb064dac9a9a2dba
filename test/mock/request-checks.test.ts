/** Parameters and field combinations are refused the vendor's way, naming what was wrong. */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../mock-server/app';
import { conformsTo } from '../support/conformance';

const app = createApp({ quiet: true });
const FAL = { Authorization: 'Key fal-key-a' };
const INPUT = {
  prompt: 'A knight',
  image_url: 'https://storage.googleapis.com/falserverless/flux-lora/example-images/knight.jpeg',
  mask_url: 'https://storage.googleapis.com/falserverless/flux-lora/example-images/mask_knight.jpeg',
};

describe('header parameters', () => {
  it("validates them like query parameters: x-fal-queue-priority outside its enum is fal's 422", async () => {
    const res = await request(app).post('/fal-queue/fal-ai/ideogram/v2/edit').set(FAL).set('X-Fal-Queue-Priority', 'AAA').send(INPUT);
    expect(res.status).toBe(422);
    conformsTo('fal-queue')('submitEdit', res);
    expect(res.body.detail[0]).toMatchObject({ loc: ['header', 'x-fal-queue-priority'], msg: expect.stringContaining('normal, low') });
  });

  it('accepts a documented value in any header-name case', async () => {
    const res = await request(app).post('/fal-queue/fal-ai/ideogram/v2/edit').set(FAL).set('x-FAL-queue-priority', 'low').send(INPUT);
    expect(res.status).toBe(200);
  });
});

describe('fields the API does not accept together', () => {
  it.each([
    [{ aspect_ratio: '1x1', resolution: '1024x1024' }, 'aspect_ratio and resolution'],
    [{ style_codes: ['AAAAAAAA'], style_type: 'GENERAL' }, 'style_codes and style_type'],
  ])('names the fields combined (%o)', async (extra, named) => {
    const res = await request(app)
      .post('/ideogram/v1/ideogram-v3/generate')
      .set('Api-Key', 'k')
      .send({ prompt: 'a cat', ...extra });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(`cannot combine ${named}`);
  });
});
