import { describe, expect, it } from 'vitest';
import { liveBody, liveContext } from './live';
import type { Json } from '../../core/model/load';

interface Case {
  name: string;
  fields: Record<string, unknown>;
  example: Json;
  want: Json;
}

const NOW = new Date('2030-01-02T03:04:05.000Z');
const BASE = 'http://127.0.0.1:1/shop';

describe('live fill', () => {
  it.each<Case>([
    {
      name: 'the request’s prompt, seed and model are echoed; timestamps are now',
      fields: { prompt: 'a red fox', seed: 7, model: 'V_3' },
      example: { created: '2024-01-01T00:00:00Z', data: [{ prompt: 'example prompt', seed: 1, model_used: 'V_2', other: 'kept' }] },
      want: { created: NOW.toISOString(), data: [{ prompt: 'a red fox', seed: 7, model_used: 'V_3', other: 'kept' }] },
    },
    {
      name: 'one item per requested image, sized from the aspect ratio by the resolution table (responses/size.ts: 2x1 → 1408x704)',
      fields: { prompt: 'p', seed: 3, num_images: 2, aspect_ratio: '2x1' },
      example: { data: [{ width: 1, height: 1 }] },
      want: {
        data: [
          { width: 1408, height: 704 },
          { width: 1408, height: 704 },
        ],
      },
    },
    {
      name: 'a style the request did not pick is left out, not copied from the example',
      fields: { prompt: 'p', seed: 3 },
      example: { style_type: 'REALISTIC', count: 4 },
      want: { count: 4 },
    },
    {
      name: 'AUTO is echoed where the documented answer says AUTO (Ideogram 3.0’s reference)',
      fields: { prompt: 'p', seed: 3, style_type: 'AUTO' },
      example: { style_type: 'AUTO' },
      want: { style_type: 'AUTO' },
    },
    {
      name: 'image_request is folded in (Ideogram’s legacy body)',
      fields: { image_request: { prompt: 'nested', seed: 11 } },
      example: { prompt: 'x', seed: 0 },
      want: { prompt: 'nested', seed: 11 },
    },
  ])('$name', async ({ fields, example, want }) => {
    expect(await liveBody(example, liveContext(fields, {}, BASE, NOW))).toEqual(want);
  });

  it('AUTO is answered with a concrete style where the documented answer names one, the same for the same seed', async () => {
    const styleFor = async (seed: number) =>
      ((await liveBody({ style_type: 'REALISTIC' }, liveContext({ seed, style_type: 'AUTO' }, {}, BASE, NOW))) as { style_type: string }).style_type;
    const styles = await Promise.all(Array.from({ length: 12 }, (_, seed) => styleFor(seed)));
    expect(styles.every((style) => ['GENERAL', 'REALISTIC', 'DESIGN'].includes(style))).toBe(true);
    expect(new Set(styles).size).toBeGreaterThan(1);
    expect(await Promise.all(Array.from({ length: 12 }, (_, seed) => styleFor(seed)))).toEqual(styles);
  });

  it('image URLs point back at the mock, under the vendor’s prefix', async () => {
    const body = (await liveBody({ url: 'https://cdn.vendor.test/x.png' }, liveContext({ seed: 5 }, {}, BASE, NOW))) as { url: string };
    expect(body.url.startsWith(`${BASE}/__images/`)).toBe(true);
  });
});
