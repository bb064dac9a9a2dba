import type { Request, Response, NextFunction } from 'express';
import { parseImagePath, renderPng } from './render';

/** Serves `/__images/WxH/SEED.png` under any vendor prefix or host, so image URLs the mock hands out resolve. */
export async function serveImages(req: Request, res: Response, next: NextFunction) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return next();
  const at = req.path.indexOf('/__images/');
  // A relay's prefix may be several segments long (Cloudflare's `/cloudflare/v1/<32-hex account>/<gateway>/ideogram`); relay prefixes are at most 200 characters.
  if (at < 0 || at > 256) return next();
  const key = parseImagePath(req.path.slice(at));
  if (!key) return next();
  const png = await renderPng(key);
  res.setHeader('Content-Type', 'image/png');
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.end(req.method === 'HEAD' ? undefined : png);
}
