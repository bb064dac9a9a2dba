import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { shorten } from './recorded';
import { summarise, summariseRequest } from './summary';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap used after a full collection, in MB. */
function liveMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** A long string as a request body's parser makes it: one flat string, not a rope. */
const parsedString = (char: string, length: number) => (JSON.parse(`{"v":"${char.repeat(length)}"}`) as { v: string }).v;

describe('shorten', () => {
  it('keeps a body with nothing long by reference: no copy on the hot path', () => {
    const body = { image_request: { prompt: 'a cat', colors: ['#fff'] } };
    expect(shorten(body)).toBe(body);
  });

  it('cuts long strings (base64 images) to their start, length and SHA-256, copying only what changed', () => {
    const nested = { prompt: 'a cat' };
    const body = { image: 'A'.repeat(5000), meta: nested };
    const short = shorten(body) as typeof body;
    expect(short.image).toBe(`${'A'.repeat(200)}… (5000 chars, sha256 ${sha256('A'.repeat(5000))})`);
    expect(short.meta).toBe(nested);
    expect(body.image).toHaveLength(5000);
  });

  it('shows no credential: fields named like a secret, and URLs with user-info or a token, even where the cut falls inside one', () => {
    const url = 'https://hook-user:hunter2-password@example.com/hook?token=tok-secret&kind=edit';
    const body = { webhook_url: url, api_key: 'plain-key-value', long: `${'x'.repeat(172)}${url}${'y'.repeat(100)}`, prompt: 'a cat' };
    const text = JSON.stringify(shorten(body)) + summariseRequest({ fields: body, files: {} });
    for (const secret of ['hook-user', 'hunter2', 'tok-secret', 'plain-key-value']) expect(text).not.toContain(secret);
    expect(shorten(body)).toMatchObject({
      webhook_url: 'https://<redacted>@example.com/hook?token=<redacted>&kind=edit',
      api_key: '<redacted>',
      prompt: 'a cat',
    });
  });

  it('is bounded by bytes however many short fields the body has: the rest are counted, not kept', () => {
    const body = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`field${i}`, 'x'.repeat(150)]));
    const short = shorten(body) as Record<string, string>;
    expect(JSON.stringify(short).length).toBeLessThan(20_000);
    expect(short.field0).toBe(body.field0);
    expect(short['…']).toMatch(/^\d+ more fields$/);
    const kept = Object.keys(short).length - 1;
    expect(short['…']).toBe(`${5000 - kept} more fields`);
  });

  it('keeps no part of the original strings alive: twenty 10 MB prompts cost the journal a few KB', () => {
    const before = liveMb();
    const kept: unknown[] = [];
    for (let i = 0; i < 20; i++) {
      const body = { prompt: parsedString(String.fromCharCode(97 + i), 10 * 1024 * 1024) };
      kept.push(shorten(body), summarise(JSON.stringify(body)));
    }
    // Twenty slices would keep all 200 MB (400 with the summaries); a copy keeps about 20 KB. The margin is the last body, which the optimiser may still hold.
    expect(liveMb() - before).toBeLessThan(50);
    expect(kept).toHaveLength(40);
  });
});

describe('long strings', () => {
  it('are summarised with the SHA-256 of their UTF-8, however long and wherever their surrogate pairs fall', () => {
    const text = `${'x'.repeat(65_535)}😀${'é'.repeat(70_000)}😀`;
    expect(shorten({ text })).toEqual({ text: expect.stringContaining(`(${text.length} chars, sha256 ${sha256(text)})`) });
  });
});
