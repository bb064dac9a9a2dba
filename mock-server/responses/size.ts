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
  '1x3': [512, 1536],
  '3x1': [1536, 512],
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

/** Ideogram 3.0's output sizes (`ResolutionV3` in specs/ideogram): the grid every Ideogram image is rendered on. */
const RENDER_GRID: Size[] = (
  '512x1536 576x1408 576x1472 576x1536 640x1344 640x1408 640x1472 640x1536 704x1152 704x1216 704x1280 704x1344 704x1408 704x1472 736x1312 768x1088 768x1216 768x1280 768x1344 800x1280 ' +
  '832x960 832x1024 832x1088 832x1152 832x1216 832x1248 864x1152 896x960 896x1024 896x1088 896x1120 896x1152 960x832 960x896 960x1024 960x1088 1024x832 1024x896 1024x960 1024x1024 ' +
  '1088x768 1088x832 1088x896 1088x960 1120x896 1152x704 1152x832 1152x864 1152x896 1216x704 1216x768 1216x832 1248x832 1280x704 1280x768 1280x800 1312x736 1344x640 1344x704 1344x768 ' +
  '1408x576 1408x640 1408x704 1472x576 1472x640 1472x704 1536x512 1536x576 1536x640'
)
  .split(' ')
  .map((s) => ({ width: Number(s.split('x')[0]), height: Number(s.split('x')[1]) }));

/**
 * The grid size closest in shape (then in area) to an uploaded image's: an edit of an odd-sized
 * upload comes back at a size the vendor can render, which is what the response schemas allow.
 */
export function nearestRenderSize(size: Size): Size {
  const shape = (s: Size) => Math.log(s.width / s.height);
  const area = (s: Size) => Math.log(s.width * s.height);
  let best = RENDER_GRID[0];
  let bestCost = Infinity;
  for (const candidate of RENDER_GRID) {
    const cost = Math.abs(shape(candidate) - shape(size)) * 1000 + Math.abs(area(candidate) - area(size));
    if (cost < bestCost) [best, bestCost] = [candidate, cost];
  }
  return { ...best };
}
