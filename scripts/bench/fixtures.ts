// Request bodies: real PNGs of noise (incompressible, so the size is what it says) and multipart forms built once.
import { PNG } from 'pngjs';

/** A deterministic xorshift PRNG: the same fixture bytes on every run. */
function noise(bytes: Buffer, seed: number): void {
  let x = seed >>> 0 || 1;
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes.writeUInt32LE(x >>> 0, i);
  }
}

/** A valid RGBA PNG of random pixels, side × side. Noise does not deflate, so it is ~4·side² bytes. */
export function noisyPng(side: number, seed = 42): Buffer {
  const png = new PNG({ width: side, height: side });
  noise(png.data, seed);
  return PNG.sync.write(png, { colorType: 6, deflateLevel: 1 });
}

/** The largest square noise PNG whose file is at most `maxBytes`. */
export function noisyPngUnder(maxBytes: number, seed = 42): Buffer {
  let side = Math.floor(Math.sqrt(maxBytes / 4));
  for (;;) {
    const png = noisyPng(side, seed);
    if (png.length <= maxBytes) return png;
    side -= Math.max(1, Math.ceil((png.length - maxBytes) / (8 * side)));
  }
}

export const BOUNDARY = '----ideogramMockBenchBoundary7d3f9a';

export interface Part {
  name: string;
  value: string | Buffer;
  fileName?: string;
  contentType?: string;
}

/** One multipart/form-data body as a single Buffer, with the fixed boundary. */
export function multipart(parts: Part[], boundary = BOUNDARY): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.fileName ? `; filename="${part.fileName}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.contentType ? `Content-Type: ${part.contentType}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), typeof part.value === 'string' ? Buffer.from(part.value, 'utf8') : part.value, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The Pixazo V2 edit form: image_file (PNG), prompt, model. */
export function editForm(png: Buffer): { body: Buffer; contentType: string } {
  return multipart([
    { name: 'image_file', value: png, fileName: 'bench.png', contentType: 'image/png' },
    { name: 'prompt', value: 'Replace the sky with a sunset' },
    { name: 'model', value: 'V_2' },
  ]);
}
