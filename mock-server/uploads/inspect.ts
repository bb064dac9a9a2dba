import { fileTypeFromBuffer } from 'file-type';
import { imageSize } from 'image-size';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
const ACCEPTED = new Map([
  ['image/jpeg', 'JPEG'],
  ['image/png', 'PNG'],
  ['image/webp', 'WebP'],
]);

export interface ImageInfo {
  mime: string;
  width: number;
  height: number;
}

export type ImageVerdict = { ok: true; image: ImageInfo } | { ok: false; reason: string };

/** Judges an upload by its bytes, never its name or declared type: JPEG, PNG or WebP, readable dimensions. */
export async function inspectImage(head: Buffer, size: number): Promise<ImageVerdict> {
  if (size === 0) return { ok: false, reason: 'is empty' };
  if (size > MAX_IMAGE_BYTES) return { ok: false, reason: `is ${size} bytes; the limit is ${MAX_IMAGE_BYTES} bytes (10 MB)` };
  const type = await fileTypeFromBuffer(head);
  if (!type || !ACCEPTED.has(type.mime)) {
    const seen = type ? `${type.mime}` : 'not a recognisable image';
    return { ok: false, reason: `must be a JPEG, PNG or WebP image (its content is ${seen})` };
  }
  try {
    const { width, height } = imageSize(head);
    if (!width || !height) throw new Error('no dimensions');
    return { ok: true, image: { mime: type.mime, width, height } };
  } catch {
    return { ok: false, reason: `starts like a ${ACCEPTED.get(type.mime)} but its dimensions cannot be read: the file is corrupt or truncated` };
  }
}
