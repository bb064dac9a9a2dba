import { png } from '../../core/sample-png';

export { png };

/** Smallest valid progressive JPEG (1x1), ending in its EOI marker. */
export const JPEG_1x1 = Buffer.concat([
  Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  ),
  Buffer.from([0xff, 0xd9]),
]);

/** Smallest valid lossy WebP (1x1). */
export const WEBP_1x1 = Buffer.from('UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=', 'base64');

/** Text that only pretends to be an image by its name. */
export const TEXT_AS_PNG = Buffer.from('this is not an image, whatever its name says\n');

/** A PNG signature followed by junk: sniffers that stop at the magic bytes are fooled by it. */
export const PNG_HEADER_GARBAGE = Buffer.concat([png(8, 8).subarray(0, 16), Buffer.alloc(2048, 0x41)]);

/** A PNG padded past 10 MB (a valid image whose file is simply too big). */
export function oversizedPng(bytes = 10 * 1024 * 1024 + 1): Buffer {
  const head = png(16, 16);
  return Buffer.concat([head, Buffer.alloc(Math.max(0, bytes - head.length))]);
}
