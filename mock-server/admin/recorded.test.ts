import { describe, expect, it } from 'vitest';
import { shorten } from './recorded';

describe('shorten', () => {
  it('keeps a body with nothing long by reference: no copy on the hot path', () => {
    const body = { image_request: { prompt: 'a cat', colors: ['#fff'] } };
    expect(shorten(body)).toBe(body);
  });

  it('cuts long strings (base64 images) to their start and length, copying only what changed', () => {
    const nested = { prompt: 'a cat' };
    const body = { image: 'A'.repeat(5000), meta: nested };
    const short = shorten(body) as typeof body;
    expect(short.image).toBe(`${'A'.repeat(200)}… (5000 chars)`);
    expect(short.meta).toBe(nested);
    expect(body.image).toHaveLength(5000);
  });
});
