import { PNG } from 'pngjs';

/** A real PNG of the given size (solid colour): what the suite uploads where a vendor wants a file. */
export function png(width = 64, height = 64, rgb: [number, number, number] = [40, 120, 200]): Buffer {
  const image = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) image.data.set([...rgb, 255], i * 4);
  return PNG.sync.write(image);
}
