// Renders PNGs for images/render.ts off the event loop. Plain JavaScript so that Node runs it as it is,
// both beside the TypeScript sources (tests) and copied next to the bundle (npm start).
import { parentPort } from 'node:worker_threads';
import pngjs from 'pngjs';

parentPort.on('message', ({ id, key }) => {
  const png = draw(key);
  parentPort.postMessage({ id, png }, [png.buffer]);
});

/** A real PNG of the stated size whose colours follow from the seed: same seed, same bytes. */
function draw({ width, height, seed, transparent }) {
  const png = new pngjs.PNG({ width, height, colorType: transparent ? 6 : 2, inputHasAlpha: true });
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
  // A copy that owns its memory, so it can be transferred rather than cloned.
  return new Uint8Array(pngjs.PNG.sync.write(png, { colorType: transparent ? 6 : 2, deflateLevel: 6 }));
}

/** Two colours from the seed (a 32-bit mix, so neighbouring seeds look different). */
function palette(seed) {
  let h = (seed >>> 0) ^ 0x9e3779b9;
  const out = [];
  for (let i = 0; i < 6; i++) {
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
    h = Math.imul(h ^ (h >>> 13), 0x45d9f3b);
    h ^= h >>> 16;
    out.push(h & 0xff);
  }
  return out;
}
