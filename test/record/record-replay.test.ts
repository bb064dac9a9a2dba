/**
 * Record and replay end to end: record through a mock proxying to a second mock that stands in for Pixazo (a
 * sync generate and a whole background-removal job), stop that upstream, replay from the files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMock, type StartedMock } from '../support/start-mock';
import { departures } from '../support/conformance';
import { validator } from '../support/conformance';
import { stopAfterEach } from '../support/stop-after-each';
import { perTest } from '../support/per-test';
import type { SequenceFile } from '../../mock-server/record/recording';

const KEY = 'pixazo-subscription-7f3a9c51e2';
const GENERATE = '/pixazo/ideogramV_2/v1/generate';
const SUBMIT = '/pixazo/ideogram-remove-background/v1/ideogram-remove-background-request';
const generateBody = (prompt: string, seed: number) => ({ image_request: { prompt, model: 'V_2', aspect_ratio: 'ASPECT_1_1', seed } });

const stop = stopAfterEach();
const { started, tempDir } = perTest('record-replay-');

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

async function call(url: string, init: { method?: string; key?: string; body?: unknown } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'Ocp-Apim-Subscription-Key': init.key ?? KEY };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** An answer the recording mock gave, as the replaying mock must give it: the same, on its own origin. */
const movedTo = (answer: unknown, from: StartedMock, to: StartedMock) => JSON.parse(JSON.stringify(answer).replaceAll(from.url, to.url)) as unknown;

/** Records a sync generate and a job (submit + 3 polls) through a proxy to an upstream mock. */
async function recordSession() {
  const dir = tempDir();
  const upstream = await started({ keys: [KEY] });
  const recorder = await started({ proxy: { pixazo: `${upstream.url}/pixazo` }, record: dir });
  const generate = await call(recorder.url + GENERATE, { body: generateBody('a lighthouse at dusk', 7) });
  const submit = await call(recorder.url + SUBMIT, { body: { image_url: 'https://example.com/cat.jpeg' } });
  const polls: Answer[] = [];
  for (let i = 0; i < 3; i++) polls.push(await call(String(submit.body.polling_url)));
  return { dir, upstream, recorder, generate, submit, polls };
}

describe('proxy and record', () => {
  it('forwards to the upstream, points its URLs back at the mock, and keeps a job with its polls in one file without the key', async () => {
    const { dir, upstream, recorder, generate, submit, polls } = await recordSession();
    expect(generate.status).toBe(200);
    expect(departures(validator, 'pixazo', 'v2Generate', generate)).toBe('');
    const image = String((generate.body.data as { url: string }[])[0].url);
    expect(image.startsWith(`${recorder.url}/pixazo/`)).toBe(true);
    expect(submit.body.polling_url).toBe(`${recorder.url}/pixazo/v2/requests/status/${String(submit.body.request_id)}`);
    expect([submit, ...polls].map((a) => a.body.status)).toEqual(['QUEUED', 'PROCESSING', 'COMPLETED', 'COMPLETED']);
    // The upstream saw the polls: the client followed the rewritten URL through the recorder.
    expect((await upstream.journal()).map((e) => e.operationId)).toEqual([
      'v2Generate',
      'removeBackgroundSubmit',
      'requestStatusGet',
      'requestStatusGet',
      'requestStatusGet',
    ]);

    // The image URL the upstream handed out, rewritten, is forwarded to it too (and not recorded: it is bytes).
    const png = await fetch(image);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect((await upstream.journal()).at(-1)?.path).toBe(new URL(image).pathname);

    const written = files(dir);
    expect(written.map((f) => f.slice(dir.length + 1).replaceAll('\\', '/')).sort()).toEqual([
      'pixazo/removeBackgroundSubmit-1.json',
      'pixazo/v2Generate-1.json',
    ]);
    for (const file of written) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain(KEY);
      // Only `target` says where the exchange went; the URLs in it are vendor-relative.
      const exchanges = (JSON.parse(text) as SequenceFile).exchanges;
      expect(exchanges.every((e) => e.target === `${upstream.url}/pixazo`)).toBe(true);
      expect(JSON.stringify(exchanges.map((e) => [e.request, e.response]))).not.toContain(upstream.url);
    }
    const job = JSON.parse(readFileSync(join(dir, 'pixazo/removeBackgroundSubmit-1.json'), 'utf8')) as SequenceFile;
    expect(job.exchanges.map((e) => [e.operationId, (e.response.body as { status: string }).status])).toEqual([
      ['removeBackgroundSubmit', 'QUEUED'],
      ['requestStatusGet', 'PROCESSING'],
      ['requestStatusGet', 'COMPLETED'],
      ['requestStatusGet', 'COMPLETED'],
    ]);
    expect(job.exchanges[0].request.headers['ocp-apim-subscription-key']).toBe('<redacted>');
    expect((job.exchanges[0].response.body as { polling_url: string }).polling_url).toMatch(/^\{\{base\}\}\/v2\/requests\/status\//);
    expect(job.exchanges.some((e) => e.violations)).toBe(false);
  });

  it('leaves authentication to the upstream: a key it refuses comes back as its refusal', async () => {
    const upstream = await started({ keys: [KEY] });
    const recorder = await started({ proxy: { pixazo: `${upstream.url}/pixazo` } });
    const direct = await call(upstream.url + GENERATE, { key: 'wrong-key', body: generateBody('a lighthouse at dusk', 7) });
    const proxied = await call(recorder.url + GENERATE, { key: 'wrong-key', body: generateBody('a lighthouse at dusk', 7) });
    expect(direct.status).toBe(401);
    expect([proxied.status, proxied.body]).toEqual([direct.status, direct.body]);
    expect((await recorder.journal()).at(-1)?.note).toBe(`proxied to ${upstream.url}/pixazo`);
  });

  it('reports an answer that departs from the spec in the log and in the file', async () => {
    const upstream = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"created": 5}'));
    upstream.listen(0, '127.0.0.1');
    await once(upstream, 'listening');
    stop(() => new Promise<void>((resolve) => upstream.close(() => resolve())));
    const dir = tempDir();
    const lines: string[] = [];
    const port = (upstream.address() as { port: number }).port;
    const recorder = await started({ proxy: { pixazo: `http://127.0.0.1:${port}` }, record: dir, quiet: false, log: (line) => lines.push(line) });
    const answer = await call(recorder.url + GENERATE, { body: generateBody('a lighthouse at dusk', 7) });
    expect(answer.body).toEqual({ created: 5 });
    const [file] = files(dir);
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as SequenceFile;
    expect(recorded.exchanges[0].violations).toEqual(expect.arrayContaining([expect.stringContaining('/data')]));
    expect(lines.find((line) => line.startsWith('drift:'))).toContain('/data');
  });

  it('serves a proxied file inert whatever the upstream says, and a proxied PNG as an image', async () => {
    const upstream = createServer((req, res) => {
      const html = req.url!.endsWith('.html');
      res
        .writeHead(200, { 'Content-Type': html ? 'text/html' : 'image/png', 'Content-Disposition': 'inline' })
        .end(html ? '<script>fetch("/__admin/reset", {method: "POST"})</script>' : 'png');
    });
    upstream.listen(0, '127.0.0.1');
    await once(upstream, 'listening');
    stop(() => new Promise<void>((resolve) => upstream.close(() => resolve())));
    const recorder = await started({ proxy: { pixazo: `http://127.0.0.1:${(upstream.address() as { port: number }).port}/pixazo` } });
    const page = await fetch(`${recorder.url}/pixazo/__files/f1/page.html`);
    expect(page.headers.get('content-type')).toBe('text/html');
    expect([page.headers.get('x-content-type-options'), page.headers.get('content-security-policy'), page.headers.get('content-disposition')]).toEqual([
      'nosniff',
      'sandbox',
      'attachment',
    ]);
    const image = await fetch(`${recorder.url}/pixazo/__images/cat.png`);
    expect([image.headers.get('content-type'), image.headers.get('x-content-type-options'), image.headers.get('content-security-policy')]).toEqual([
      'image/png',
      'nosniff',
      null,
    ]);
  });

  it('keeps no secret in a recording: by name (plurals too), by shape, and whatever the client sent as one, wherever it recurs', async () => {
    const SIGNING = 'whsec_c2lnbmluZy1zZWNyZXQtb2YtdGhlLXVwc3RyZWFt';
    const TOKEN = 'r8_Zx91mQ2vLp7TnR4sK8wYc3Hd6Fj0Ab5Ue';
    // Stands for Replicate: the webhook secret as it answers it, and any other call echoed back.
    const upstream = createServer(async (req, res) => {
      let sent = '';
      for await (const chunk of req) sent += String(chunk);
      const body = req.url!.endsWith('/webhooks/default/secret')
        ? { key: SIGNING }
        : { id: 'p1', status: 'starting', echo: { sent, authorization: req.headers.authorization } };
      res
        .writeHead(req.method === 'POST' ? 201 : 200, { 'Content-Type': 'application/json', 'X-Api-Keys': 'upstream-key-0123456789' })
        .end(JSON.stringify(body));
    });
    upstream.listen(0, '127.0.0.1');
    await once(upstream, 'listening');
    stop(() => new Promise<void>((resolve) => upstream.close(() => resolve())));
    const dir = tempDir();
    const recorder = await started({ proxy: { replicate: `http://127.0.0.1:${(upstream.address() as { port: number }).port}/replicate` }, record: dir });
    const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
    const secret = await fetch(`${recorder.url}/replicate/v1/webhooks/default/secret`, { headers: auth });
    expect(await secret.json()).toEqual({ key: SIGNING });
    const input = {
      input: { prompt: 'a lighthouse', api_keys: ['ak-first-0001', 'ak-second-0002'], client_secrets: 'cs-0123456789', passwords: ['pw-0123456789'] },
      webhook: 'https://hook-user:hook-pass-0123@example.com/hook?token=tk-0123456789&kind=done',
      notes: 'callback at https://example.com/cb?key=ky-0123456789 signed with Key 1f2e3d4c5b6a7980:deadbeef01',
    };
    expect(
      (
        await fetch(`${recorder.url}/replicate/v1/predictions`, {
          method: 'POST',
          headers: { ...auth, 'X-Api-Keys': 'client-key-0123456789' },
          body: JSON.stringify(input),
        })
      ).status,
    ).toBe(201);
    const text = files(dir)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    for (const leaked of [
      SIGNING,
      'whsec_',
      TOKEN,
      'ak-first-0001',
      'ak-second-0002',
      'cs-0123456789',
      'pw-0123456789',
      'hook-pass-0123',
      'tk-0123456789',
      'ky-0123456789',
      '1f2e3d4c5b6a7980',
      'client-key-0123456789',
      'upstream-key-0123456789',
    ]) {
      expect(text, leaked).not.toContain(leaked);
    }
    // What is not a secret stays legible.
    expect(text).toContain('a lighthouse');
    expect(text).toContain('kind=done');
    expect(text).toContain('example.com/hook');
  });

  it("answers a 502 in the vendor's error shape when the upstream cannot be reached", async () => {
    const gone = await startMock();
    const base = `${gone.url}/pixazo`;
    await gone.close();
    const recorder = await started({ proxy: { pixazo: base } });
    const answer = await call(recorder.url + GENERATE, { body: generateBody('a lighthouse at dusk', 7) });
    expect(answer.status).toBe(502);
    expect(answer.body).toEqual({ error: 'Bad Gateway', message: expect.stringContaining(base) });
  });
});

describe('replay', () => {
  it('answers recorded requests with the recorded answers on its own origin, polls in order, the rest from the spec', async () => {
    const session = await recordSession();
    await session.upstream.close();
    const replayer = await started({ replay: session.dir });
    const from = session.recorder;

    // The seed is volatile by default: another seed still matches.
    const generate = await call(replayer.url + GENERATE, { key: 'any-other-key', body: generateBody('a lighthouse at dusk', 8) });
    expect(generate.status).toBe(200);
    expect(generate.body).toEqual(movedTo(session.generate.body, from, replayer));

    const submit = await call(replayer.url + SUBMIT, { key: 'any-other-key', body: { image_url: 'https://example.com/cat.jpeg' } });
    expect(submit.body).toEqual(movedTo(session.submit.body, from, replayer));
    expect(String(submit.body.polling_url).startsWith(`${replayer.url}/pixazo/`)).toBe(true);
    const polls: Answer[] = [];
    for (let i = 0; i < 4; i++) polls.push(await call(String(submit.body.polling_url), { key: 'any-other-key' }));
    expect(polls.slice(0, 3).map((p) => p.body)).toEqual(session.polls.map((p) => movedTo(p.body, from, replayer)));
    expect(polls.map((p) => p.body.status)).toEqual(['PROCESSING', 'COMPLETED', 'COMPLETED', 'COMPLETED']);

    // Image URLs now point at the replaying mock, which renders them itself.
    const image = await fetch(String((generate.body.data as { url: string }[])[0].url));
    expect(image.headers.get('content-type')).toBe('image/png');

    const unrecorded = await call(replayer.url + GENERATE, { key: 'any-other-key', body: generateBody('a windmill at noon', 7) });
    expect(unrecorded.status).toBe(200);
    expect(departures(validator, 'pixazo', 'v2Generate', unrecorded)).toBe('');
    expect((unrecorded.body.data as { prompt: string }[])[0].prompt).toBe('a windmill at noon');
    // generate, submit, four polls; then the image and the unrecorded generate, which no recording answered.
    expect((await replayer.journal()).map((e) => e.note?.split(' ')[0])).toEqual([
      'replayed',
      'replayed',
      'replayed',
      'replayed',
      'replayed',
      'replayed',
      undefined,
      undefined,
    ]);
  });

  it('--replay-strict answers an unrecorded request with a 404 naming the closest recording and what differs', async () => {
    const session = await recordSession();
    await session.upstream.close();
    const replayer = await started({ replay: session.dir, replayStrict: true });
    const answer = await call(replayer.url + GENERATE, { body: generateBody('a windmill at noon', 7) });
    expect(answer.status).toBe(404);
    expect(answer.body.error).toBe('Not Found');
    expect(answer.body.message).toContain('pixazo/v2Generate-1.json #1');
    expect(answer.body.message).toContain('body /image_request/prompt: "a lighthouse at dusk" recorded, "a windmill at noon" sent');
  });
  it('refuses a body nested deeper than any schema before replay walks it, as validation does, never with a 500', async () => {
    const replayer = await started({ replay: tempDir(), replayStrict: true });
    const depth = 5000;
    const res = await fetch(`${replayer.url}/ideogram/v1/ideogram-v3/generate`, {
      method: 'POST',
      headers: { 'Api-Key': 'k', 'Content-Type': 'application/json' },
      body: `{"prompt":"x","style":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    });
    expect([res.status, await res.text()]).toEqual([400, JSON.stringify({ error: 'The body is nested more than 32 levels deep.' })]);
  });
});

describe('a job of another vendor', () => {
  const FAL_KEY = 'fal-key-3b9e40c1:5d2f8a77e6';
  const fal = (url: string, body?: unknown) =>
    fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Key ${FAL_KEY}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> }));

  /** Submit (with a webhook URL, which replay sets aside), status polls until COMPLETED, then the result. */
  async function walk(origin: string, webhook: string) {
    const submit = await fal(`${origin}/fal-queue/fal-ai/ideogram/v2?fal_webhook=${encodeURIComponent(webhook)}`, { prompt: 'a paper boat' });
    const statuses: Record<string, unknown>[] = [];
    while (statuses.at(-1)?.status !== 'COMPLETED' && statuses.length < 10) statuses.push((await fal(String(submit.body.status_url))).body);
    const result = await fal(String(submit.body.response_url));
    return { submit, statuses, result };
  }

  it("ties fal queue polls and the result to their submit through the spec's links, and replays them in order", async () => {
    const dir = tempDir();
    const upstream = await started({ keys: [FAL_KEY] });
    const recorder = await started({ proxy: { 'fal-queue': `${upstream.url}/fal-queue` }, record: dir });
    const recorded = await walk(recorder.url, 'http://127.0.0.1:9/first');
    expect(recorded.result.status).toBe(200);
    const [file] = files(dir);
    expect(readFileSync(file, 'utf8')).not.toContain('3b9e40c1');
    const sequence = JSON.parse(readFileSync(file, 'utf8')) as SequenceFile;
    expect(sequence.exchanges.map((e) => e.operationId)).toEqual(['submitV2', ...recorded.statuses.map(() => 'getStatus'), 'getResult']);
    await upstream.close();

    const replayer = await started({ replay: dir });
    const replayed = await walk(replayer.url, 'http://127.0.0.1:9/second');
    expect(replayed.statuses.map((s) => s.status)).toEqual(recorded.statuses.map((s) => s.status));
    expect(replayed.result.body).toEqual(movedTo(recorded.result.body, recorder, replayer));
  });
});
