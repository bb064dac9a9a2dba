// The floor: a bare Express app that reads each request body to the end and answers with bytes
// captured from the mock beforehand. No routing tables from specs, no auth, no validation.
// Config: BENCH_FLOOR_ROUTES = JSON [{ method, path ('*' = any path), status, contentType, body (base64) }].
import express, { type Request, type Response } from 'express';
import type { AddressInfo } from 'node:net';

export interface FloorRoute {
  method: string;
  path: string;
  status: number;
  contentType: string;
  body: string;
}

const routes = JSON.parse(process.env.BENCH_FLOOR_ROUTES ?? '[]') as FloorRoute[];
const app = express();
app.disable('x-powered-by');
app.set('etag', false);

for (const route of routes) {
  const bytes = Buffer.from(route.body, 'base64');
  const reply = (req: Request, res: Response) => {
    // Consume the body (a 1 MB multipart upload must still cross the socket), then replay.
    req.on('data', () => {});
    req.on('end', () => {
      res.statusCode = route.status;
      res.setHeader('Content-Type', route.contentType);
      res.setHeader('Content-Length', bytes.length);
      res.end(bytes);
    });
  };
  if (route.path === '*') app.use((req, res, next) => (req.method === route.method ? reply(req, res) : next()));
  else app.all(route.path, (req, res, next) => (req.method === route.method ? reply(req, res) : next()));
}
app.use((_req, res) => {
  res.statusCode = 404;
  res.end();
});

const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`floor listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
server.keepAliveTimeout = 5_000;
