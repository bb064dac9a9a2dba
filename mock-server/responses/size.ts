/** Output sizes Ideogram renders for each aspect ratio (the seed shows ASPECT_10_16 → 800x1280). */
const ASPECT_SIZES: Record<string, [number, number]> = {
  '1x1': [1024, 1024],
  '10x16': [800, 1280],
  '16x10': [1280, 800],
  '9x16': [736, 1312],
  '16x9': [1312, 736],
  '3x2': [1248, 832],
  '2x3': [832, 1248],
  '4x3': [1152, 864],
  '3x4': [864, 1152],
  '1x3': [576, 1728],
  '3x1': [1728, 576],
  '1x2': [704, 1408],
  '2x1': [1408, 704],
  '4x5': [896, 1120],
  '5x4': [1120, 896],
};

export interface Size {
  width: number;
  height: number;
}

/** `RESOLUTION_1024_1024`, `1024x1024` → size; `ASPECT_16_9`, `16x9`, `16:9` → Ideogram's size for it. */
export function sizeFrom(resolution: unknown, aspect: unknown): Size | undefined {
  if (typeof resolution === 'string') {
    const m = /(\d{2,4})\D+(\d{2,4})/.exec(resolution);
    if (m) return { width: Number(m[1]), height: Number(m[2]) };
  }
  if (typeof aspect === 'string') {
    const m = /(\d{1,2})\D+(\d{1,2})/.exec(aspect);
    if (!m) return undefined;
    const key = `${m[1]}x${m[2]}`;
    const known = ASPECT_SIZES[key];
    if (known) return { width: known[0], height: known[1] };
    const ratio = Number(m[1]) / Number(m[2]);
    const width = Math.round(Math.sqrt(1024 * 1024 * ratio) / 16) * 16;
    return { width, height: Math.round(width / ratio / 16) * 16 };
  }
  return undefined;
}
