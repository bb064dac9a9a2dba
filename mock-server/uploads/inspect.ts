import { crc32 } from 'node:zlib';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** No vendor renders or accepts images anywhere near this; larger header values mean a corrupt file. */
const MAX_PLAUSIBLE_SIDE = 16_384;
const ACCEPTED = new Map([
  ['image/jpeg', 'JPEG'],
  ['image/png', 'PNG'],
  ['image/webp', 'WebP'],
]);

interface ImageInfo {
  mime: string;
  width: number;
  height: number;
}

/** An image part as the pipeline read it: what a vendor's answer may depend on. */
export interface UploadedImage {
  field: string;
  fileName: string;
  size: number;
  /** SHA-256 of the file's head and size (not of the whole file): identifies it for deterministic answers. */
  fingerprint: string;
  image: ImageInfo;
}

export type ImageVerdict = { ok: true; image: ImageInfo } | { ok: false; reason: string };

/** Judges an upload by its bytes, never its name or declared type: JPEG, PNG or WebP, readable dimensions. */
/** The sniffers load on the first upload, not at start-up (together ~40 ms of module loading). */
const sniffers = () =>
  Promise.all([import('file-type'), import('image-size')]).then(([fileType, imageSize]) => ({
    fileTypeFromBuffer: fileType.fileTypeFromBuffer,
    imageSize: imageSize.imageSize,
  }));
let loaded: ReturnType<typeof sniffers> | undefined;

export async function inspectImage(head: Buffer, size: number, broken?: string): Promise<ImageVerdict> {
  const { fileTypeFromBuffer, imageSize } = await (loaded ??= sniffers());
  if (size === 0) return { ok: false, reason: 'is empty' };
  if (size > MAX_IMAGE_BYTES) return { ok: false, reason: `is ${size} bytes; the limit is ${MAX_IMAGE_BYTES} bytes (10 MB)` };
  const type = await fileTypeFromBuffer(head);
  if (!type || !ACCEPTED.has(type.mime)) {
    const seen = type ? `${type.mime}` : 'not a recognisable image';
    return { ok: false, reason: `must be a JPEG, PNG or WebP image (its content is ${seen})` };
  }
  try {
    if (type.mime === 'image/png' && !pngHeaderIntact(head)) throw new Error('bad IHDR');
    const { width, height } = imageSize(head);
    if (!width || !height || width > MAX_PLAUSIBLE_SIDE || height > MAX_PLAUSIBLE_SIDE) throw new Error('implausible dimensions');
    if (broken) return { ok: false, reason: `is not a valid image: ${broken}` };
    return { ok: true, image: { mime: type.mime, width, height } };
  } catch {
    return { ok: false, reason: `starts like a ${ACCEPTED.get(type.mime)} but its dimensions cannot be read: the file is corrupt or truncated` };
  }
}

/** The IHDR chunk (bytes 12–28) carries its own CRC: a signature glued to junk fails it. */
function pngHeaderIntact(head: Buffer): boolean {
  if (head.length < 33 || head.toString('latin1', 12, 16) !== 'IHDR') return false;
  return crc32(head.subarray(12, 29)) === head.readUInt32BE(29);
}
