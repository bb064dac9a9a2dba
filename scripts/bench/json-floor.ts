// The express.json floors: the least an Express app does to answer the Pixazo generate for real. It
// parses the body with express.json() and answers the same shape as the mock (fresh timestamp,
// random seed, the prompt echoed, an image URL) with res.json(), or with `--end` with
// res.end(JSON.stringify(…)) and the same headers, which skips Express's own send. No spec, no auth,
// no validation.
import express from 'express';
import { randomInt } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { GENERATE_PATH } from './requests';

const end = process.argv.includes('--end');
const app = express();
app.disable('x-powered-by');
app.set('etag', false);

app.post(GENERATE_PATH, express.json(), (req, res) => {
  const request = (req.body?.image_request ?? {}) as { prompt?: unknown };
  const seed = randomInt(0, 2 ** 31 - 1);
  const answer = {
    created: new Date().toISOString(),
    data: [
      {
        is_image_safe: true,
        prompt: request.prompt,
        resolution: '1024x1024',
        seed,
        url: `${req.protocol}://${req.get('host')}/__images/1024x1024/${seed}.png`,
      },
    ],
  };
  if (!end) return res.json(answer);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(answer));
});
app.use((_req, res) => {
  res.statusCode = 404;
  res.end();
});

const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`json floor${end ? ' (res.end)' : ''} listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
server.keepAliveTimeout = 5_000;
