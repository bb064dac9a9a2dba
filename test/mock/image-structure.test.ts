import { describe, expect, it } from 'vitest';
import { structureChecker } from '../../mock-server/uploads/structure';
import { JPEG_1x1, WEBP_1x1, png } from '../support/image-fixtures';

/** Feeds the file in pieces of `size` bytes, as a slow upload would arrive. */
function check(file: Buffer, size: number): string | undefined {
  const checker = structureChecker();
  for (let at = 0; at < file.length; at += size) checker.push(file.subarray(at, at + size));
  return checker.problem();
}

function flipped(file: Buffer, at: number): Buffer {
  const copy = Buffer.from(file);
  copy[at] ^= 0x5a;
  return copy;
}

const PNG = png(64, 48);
const SPLITS = [1, 3, 7, 64, 1 << 20];

describe('streaming structure check', () => {
  it.each(SPLITS)('accepts intact PNG, JPEG and WebP files fed %i bytes at a time', (size) => {
    expect([check(PNG, size), check(JPEG_1x1, size), check(WEBP_1x1, size)]).toEqual([undefined, undefined, undefined]);
  });

  it.each(SPLITS)('finds a flipped byte in a PNG data chunk (%i-byte pieces)', (size) => {
    expect(check(flipped(PNG, PNG.length - 20), size)).toMatch(/IDAT fails its CRC/);
  });

  it('finds a PNG cut short, and one whose IEND is missing', () => {
    expect(check(PNG.subarray(0, PNG.length - 30), 64)).toMatch(/truncated/);
    expect(check(PNG.subarray(0, PNG.length - 12), 64)).toMatch(/before its IEND/);
  });

  it('finds a JPEG without its end-of-image marker and one with a broken segment', () => {
    expect(check(JPEG_1x1.subarray(0, JPEG_1x1.length - 2), 5)).toMatch(/end-of-image/);
    expect(check(flipped(JPEG_1x1, 20), 5)).toMatch(/JPEG/);
  });

  it('finds a WebP whose RIFF size is not its length', () => {
    expect(check(WEBP_1x1.subarray(0, WEBP_1x1.length - 4), 8)).toMatch(/RIFF header says 44 bytes but the file has 40/);
    expect(check(Buffer.concat([WEBP_1x1, Buffer.alloc(10)]), 8)).toMatch(/RIFF/);
  });

  it('leaves other formats to type sniffing', () => {
    expect(check(Buffer.from('GIF89a, or any other file at all'), 4)).toBeUndefined();
  });
});
