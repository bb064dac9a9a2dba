import { PNG } from 'pngjs';

/** Largest side the mock renders: the vendors' own outputs stay under it, and it bounds CPU per request. */
export const MAX_SIDE = 2048;

export interface ImageKey {
  width: number;
  height: number;
  seed: number;
  transparent: boolean;
}

const cache = new Map<string, Buffer>();
const CACHE_ENTRIES = 32;

/** A real PNG of the stated size whose colours follow from the seed: same seed, same bytes. */
export function renderPng(key: ImageKey): Buffer {
  const id = `${key.width}x${key.height}/${key.seed}/${key.transparent ? 't' : 'o'}`;
  const hit = cache.get(id);
  if (hit) {
    cache.delete(id);
    cache.set(id, hit);
    return hit;
  }
  const png = draw(key);
  cache.set(id, png);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  return png;
}

function draw({ width, height, seed, transparent }: ImageKey): Buffer {
  const png = new PNG({ width, height, colorType: transparent ? 6 : 2, inputHasAlpha: true });
  const [r0, g0, b0, r1, g1, b1] = palette(seed);
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.min(width, height) * 0.35;
  for (let y = 0; y < height; y++) {
    const t = height > 1 ? y / (height - 1) : 0;
    const r = Math.round(r0 + (r1 - r0) * t);
    const g = Math.round(g0 + (g1 - g0) * t);
    const b = Math.round(b0 + (b1 - b0) * t);
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      // Background removal output: only a centred disc stays opaque.
      const inside = (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
      png.data[i + 3] = transparent && !inside ? 0 : 255;
    }
  }
  return PNG.sync.write(png, { colorType: transparent ? 6 : 2, deflateLevel: 6 });
}

/** Two colours from the seed (a 32-bit mix, so neighbouring seeds look different). */
function palette(seed: number): number[] {
  let h = (seed >>> 0) ^ 0x9e3779b9;
  const out: number[] = [];
  for (let i = 0; i < 6; i++) {
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    h = Math.imul(h ^ (h >>> 13), 0x45d9f3b);
    h ^= h >>> 16;
    out.push(h & 0xff);
  }
  return out;
}

/** `/__images/1024x768/42.png` and `/__images/1024x768/42-transparent.png` → key; anything else → null. */
export function parseImagePath(path: string): ImageKey | null {
  const match = /^\/__images\/(\d{1,4})x(\d{1,4})\/(\d{1,10})(-transparent)?\.png$/.exec(path);
  if (!match) return null;
  const width = Number(match[1]);
  const height = Number(match[2]);
  const seed = Number(match[3]);
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || seed > 0xffffffff) return null;
  return { width, height, seed, transparent: Boolean(match[4]) };
}

export function imagePath(key: ImageKey): string {
  return `/__images/${key.width}x${key.height}/${key.seed}${key.transparent ? '-transparent' : ''}.png`;
}
