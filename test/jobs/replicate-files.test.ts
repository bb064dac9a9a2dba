/**
 * Replicate's model versions, files and account APIs over HTTP: every answer checked against the
 * spec, version ids that predictions accept, files kept with their bytes in the shared store
 * (bounded, scoped to the token) and served back only as an inert signed download.
 */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../mock-server/app';
import { MemoryStore } from '../../mock-server/state/memory';
import { manualClock } from '../../mock-server/jobs/clock';
import { downloadSignature } from '../../mock-server/providers/replicate/files';
import { MAX_METADATA_BYTES, uploadBytesHeld } from '../../mock-server/providers/replicate/upload';
import { conformsTo } from '../support/conformance';
import { JPEG_1x1, WEBP_1x1, png } from '../support/image-fixtures';

const KEY = { Authorization: 'Bearer r8_key_a' };
const OTHER = { Authorization: 'Bearer r8_key_b' };
const V2_VERSION = 'd07f7f3ad03f2ec100edeaa91e26ac731d7d00ec369e6a475b80c04bd1101d5d';
const MODELS = [
  'ideogram-v3-turbo',
  'ideogram-v3-balanced',
  'ideogram-v3-quality',
  'ideogram-v2',
  'ideogram-v2-turbo',
  'ideogram-v2a',
  'ideogram-v2a-turbo',
  'ideogram-character',
];
const SECRET = 'mock-webhook-secret';

const conforms = conformsTo('replicate');

describe('model versions', () => {
  it.each(MODELS)("%s: models.get's latest_version is listed, can be got, and creates a prediction", async (name) => {
    const app = createApp({ quiet: true });
    const model = await request(app).get(`/replicate/v1/models/ideogram-ai/${name}`).set(KEY);
    const latest = model.body.latest_version.id as string;
    expect(latest).toMatch(/^[0-9a-f]{64}$/);
    const listed = await request(app).get(`/replicate/v1/models/ideogram-ai/${name}/versions`).set(KEY);
    expect(listed.status).toBe(200);
    conforms('listModelVersions', listed);
    expect(listed.body.results[0].id).toBe(latest);
    const version = await request(app).get(`/replicate/v1/models/ideogram-ai/${name}/versions/${latest}`).set(KEY);
    expect(version.status).toBe(200);
    conforms('getModelVersion', version);
    expect(version.body.openapi_schema.components.schemas.Input).toEqual(model.body.latest_version.openapi_schema.components.schemas.Input);
    const input = name === 'ideogram-character' ? { prompt: 'x', character_reference_image: 'https://example.com/face.png' } : { prompt: 'x' };
    const created = await request(app).post('/replicate/v1/predictions').set(KEY).send({ version: latest, input });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ model: `ideogram-ai/${name}`, version: latest });
  });

  it('the published version ids are kept; an unknown version or model is a 404', async () => {
    const app = createApp({ quiet: true });
    const listed = await request(app).get('/replicate/v1/models/ideogram-ai/ideogram-v2/versions').set(KEY);
    expect(listed.body).toMatchObject({ next: null, previous: null, results: [{ id: V2_VERSION, cog_version: expect.any(String) }] });
    const unknown = await request(app)
      .get(`/replicate/v1/models/ideogram-ai/ideogram-v2/versions/${'f'.repeat(64)}`)
      .set(KEY);
    expect(unknown.status).toBe(404);
    conforms('getModelVersion', unknown);
    // A version of another model is not this model's.
    expect((await request(app).get(`/replicate/v1/models/ideogram-ai/ideogram-v3-turbo/versions/${V2_VERSION}`).set(KEY)).status).toBe(404);
    const noModel = await request(app).get('/replicate/v1/models/ideogram-ai/nope/versions').set(KEY);
    expect(noModel.status).toBe(404);
    conforms('listModelVersions', noModel);
    const badCursor = await request(app).get('/replicate/v1/models/ideogram-ai/ideogram-v2/versions?cursor=zz').set(KEY);
    expect(badCursor.status).toBe(422);
  });
});

describe('account', () => {
  it('GET /v1/account: a user per token, named without showing the token; 401 without one', async () => {
    const app = createApp({ quiet: true });
    const a = await request(app).get('/replicate/v1/account').set(KEY);
    expect(a.status).toBe(200);
    conforms('getAccount', a);
    expect(a.body).toEqual({ type: 'user', username: expect.stringMatching(/^mock-[0-9a-f]{12}$/), name: a.body.username, github_url: null });
    expect(JSON.stringify(a.body)).not.toContain('r8_key_a');
    expect((await request(app).get('/replicate/v1/account').set(KEY)).body).toEqual(a.body);
    expect((await request(app).get('/replicate/v1/account').set(OTHER)).body.username).not.toBe(a.body.username);
    expect((await request(app).get('/replicate/v1/account')).status).toBe(401);
  });
});

/** A text file and a PNG, uploaded as Python's client sends them (metadata as a text field). */
async function upload(app: ReturnType<typeof createApp>, bytes: Buffer, filename: string, type: string, headers = KEY, metadata?: string) {
  const req = request(app).post('/replicate/v1/files').set(headers);
  if (metadata !== undefined) req.field('metadata', metadata);
  return req.attach('content', bytes, { filename, contentType: type });
}

function downloadPath(owner: string, id: string, expiry: number, secret = SECRET) {
  const signature = downloadSignature(secret, owner, id, String(expiry));
  return `/replicate/v1/files/${id}/download?owner=${owner}&expiry=${expiry}&signature=${encodeURIComponent(signature)}`;
}

describe('files', () => {
  it('create → get → list → delete, every byte kept and described by its checksums', async () => {
    const app = createApp({ quiet: true });
    const text = Buffer.from('Hello, world!');
    const created = await upload(app, text, 'hello.txt', 'text/plain', KEY, '{"customer_reference_id": 123}');
    expect(created.status).toBe(201);
    conforms('createFile', created);
    const origin = new URL(created.request.url).origin;
    expect(created.body).toMatchObject({
      name: 'hello.txt',
      content_type: 'text/plain',
      size: 13,
      etag: '6cd3556deb0da54bca060b4c39479839',
      checksums: { md5: '6cd3556deb0da54bca060b4c39479839', sha256: '315f5bdb76d078c43b8ac0064e4a0164612b1fce77c869345bfc94c75894edd3' },
      metadata: { customer_reference_id: 123 },
      urls: { get: `${origin}/replicate/v1/files/${created.body.id}` },
    });
    expect(Date.parse(created.body.expires_at) - Date.parse(created.body.created_at)).toBe(24 * 60 * 60 * 1000);
    const got = await request(app).get(new URL(created.body.urls.get).pathname).set(KEY);
    conforms('getFile', got);
    // supertest serves each request on a port of its own: only the origin of urls.get differs.
    expect({ ...got.body, urls: undefined }).toEqual({ ...created.body, urls: undefined });
    const second = await upload(app, png(8, 8), 'face.png', 'image/png');
    const listed = await request(app).get('/replicate/v1/files').set(KEY);
    conforms('listFiles', listed);
    expect(listed.body.results.map((f: { id: string }) => f.id)).toEqual([second.body.id, created.body.id]);
    const deleted = await request(app).delete(`/replicate/v1/files/${created.body.id}`).set(KEY);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const gone = await request(app).get(`/replicate/v1/files/${created.body.id}`).set(KEY);
    expect(gone.status).toBe(404);
    conforms('getFile', gone);
    expect(gone.body.detail).toBe('File not found');
    expect((await request(app).delete(`/replicate/v1/files/${created.body.id}`).set(KEY)).status).toBe(404);
    expect((await request(app).get('/replicate/v1/files').set(KEY)).body.results).toHaveLength(1);
  });

  it("another token's files are not found, listed, deleted or downloaded", async () => {
    const app = createApp({ quiet: true });
    const mine = await upload(app, Buffer.from('secret plans'), 'plans.txt', 'text/plain');
    expect((await request(app).get(`/replicate/v1/files/${mine.body.id}`).set(OTHER)).status).toBe(404);
    expect((await request(app).delete(`/replicate/v1/files/${mine.body.id}`).set(OTHER)).status).toBe(404);
    expect((await request(app).get('/replicate/v1/files').set(OTHER)).body.results).toEqual([]);
    const other = (await request(app).get('/replicate/v1/account').set(OTHER)).body.username as string;
    expect((await request(app).get(downloadPath(other, mine.body.id, 2_000_000_000))).status).toBe(404);
    expect((await request(app).get(`/replicate/v1/files/${mine.body.id}`).set(KEY)).status).toBe(200);
  });

  it('the JS client form: a Buffer part without a type, metadata as a JSON file part', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app)
      .post('/replicate/v1/files')
      .set(KEY)
      .attach('content', Buffer.from([1, 2, 3]), { filename: 'buffer_1', contentType: 'application/octet-stream' })
      .attach('metadata', Buffer.from('{"a":[1]}'), { filename: 'blob', contentType: 'application/json' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'buffer_1', content_type: 'application/octet-stream', size: 3, metadata: { a: [1] } });
    // filename and type fields win over the part's own.
    const named = await request(app)
      .post('/replicate/v1/files')
      .set(KEY)
      .field('filename', 'notes.md')
      .field('type', 'text/markdown')
      .attach('content', Buffer.from('# hi'), { filename: 'x.bin', contentType: 'application/octet-stream' });
    expect(named.body).toMatchObject({ name: 'notes.md', content_type: 'text/markdown', metadata: {} });
  });

  it.each([
    ['no content part', (r: request.Test) => r.field('metadata', '{}'), 'content is required'],
    [
      'metadata that is not JSON',
      (r: request.Test) => r.field('metadata', '{oops').attach('content', Buffer.from('x'), 'x.txt'),
      'metadata must be valid JSON',
    ],
    ['metadata that is not an object', (r: request.Test) => r.field('metadata', '[1]').attach('content', Buffer.from('x'), 'x.txt'), '- metadata: '],
    [
      'a filename over 255 bytes',
      (r: request.Test) => r.field('filename', 'é'.repeat(128)).attach('content', Buffer.from('x'), 'x.txt'),
      'filename must be at most 255 bytes',
    ],
    ['a type that is no media type', (r: request.Test) => r.field('type', 'text/html\r\nX-Evil: 1').attach('content', Buffer.from('x'), 'x.txt'), '- type: '],
  ])("refuses %s with Replicate's 422", async (_, build, message) => {
    const app = createApp({ quiet: true });
    const res = await build(request(app).post('/replicate/v1/files').set(KEY));
    expect(res.status).toBe(422);
    conforms('createFile', res);
    expect(res.body.detail).toContain(message);
  });

  it('holds upload bytes only while a request is answered: a metadata part past its bound is cut off, and nothing stays held', async () => {
    const app = createApp({ quiet: true });
    const big = await request(app)
      .post('/replicate/v1/files')
      .set(KEY)
      .attach('content', Buffer.from('x'), 'x.txt')
      .attach('metadata', Buffer.alloc(MAX_METADATA_BYTES + 1, 0x20), { filename: 'blob', contentType: 'application/json' });
    expect(big.status).toBe(422);
    expect(big.body.detail).toContain(`metadata must be at most ${MAX_METADATA_BYTES} bytes`);
    const ok = await upload(app, Buffer.alloc(300_000, 1), 'big.bin', 'application/octet-stream');
    expect(ok.status).toBe(201);
    expect(ok.body.size).toBe(300_000);
    // The answer has closed each response: every byte held for them is given back.
    await new Promise((resolve) => setImmediate(resolve));
    expect(uploadBytesHeld()).toBe(0);
  });

  it('a JSON body is refused (multipart only), never stored', async () => {
    const app = createApp({ quiet: true });
    const res = await request(app).post('/replicate/v1/files').set(KEY).send({ content: 'x' });
    expect(res.status).toBe(422);
    expect((await request(app).get('/replicate/v1/files').set(KEY)).body.results).toEqual([]);
  });

  it('are bounded by count and bytes in the shared store: the oldest go first', async () => {
    const clock = manualClock();
    const app = createApp({ quiet: true, clock, store: new MemoryStore(clock, { maxFiles: 2, maxFileBytes: 10 }) });
    const ids: string[] = [];
    for (const name of ['a', 'b', 'c']) ids.push((await upload(app, Buffer.from('1234'), `${name}.txt`, 'text/plain')).body.id);
    expect((await request(app).get('/replicate/v1/files').set(KEY)).body.results.map((f: { id: string }) => f.id)).toEqual([ids[2], ids[1]]);
    // 4 + 8 bytes pass the 10-byte bound: the older file goes.
    const big = await upload(app, Buffer.from('12345678'), 'd.txt', 'text/plain');
    expect(big.status).toBe(201);
    expect((await request(app).get('/replicate/v1/files').set(KEY)).body.results.map((f: { id: string }) => f.id)).toEqual([big.body.id]);
    const tooBig = await upload(app, Buffer.alloc(11), 'e.bin', 'application/octet-stream');
    expect(tooBig.status).toBe(413);
    conforms('createFile', tooBig);
    expect(tooBig.body.detail).toContain('Files must be less than 100MB in size');
    clock.advance(24 * 60 * 60 * 1000 + 1);
    expect((await request(app).get(`/replicate/v1/files/${big.body.id}`).set(KEY)).status).toBe(404);
  });
});

describe('file downloads', () => {
  async function stored(bytes: Buffer, name: string, type: string) {
    const clock = manualClock();
    const app = createApp({ quiet: true, clock });
    const file = await upload(app, bytes, name, type);
    const owner = (await request(app).get('/replicate/v1/account').set(KEY)).body.username as string;
    const expiry = Math.floor(clock.now() / 1000) + 60;
    return { app, clock, id: file.body.id as string, owner, expiry };
  }

  it('serves the bytes of a signed URL as an attachment that is never sniffed', async () => {
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const { app, id, owner, expiry } = await stored(html, 'page "1".html', 'text/html');
    const res = await request(app)
      .get(downloadPath(owner, id, expiry))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(html);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''page%20%221%22.html`);
  });

  it('a PNG, JPEG or WebP (judged by its bytes) is served inline as that image; a text named .png is not', async () => {
    for (const [bytes, type] of [
      [png(8, 8), 'image/png'],
      [JPEG_1x1, 'image/jpeg'],
      [WEBP_1x1, 'image/webp'],
    ] as const) {
      const image = await stored(bytes, 'face.txt', 'text/plain');
      const res = await request(image.app).get(downloadPath(image.owner, image.id, image.expiry));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['content-disposition']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    const fake = await stored(Buffer.from('not an image'), 'fake.png', 'image/png');
    const served = await request(fake.app).get(downloadPath(fake.owner, fake.id, fake.expiry));
    expect(served.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('a wrong signature, another secret or a past expiry is the 404', async () => {
    const { app, clock, id, owner, expiry } = await stored(Buffer.from('x'), 'x.txt', 'text/plain');
    const wrong = await request(app).get(downloadPath(owner, id, expiry, 'another-secret'));
    expect(wrong.status).toBe(404);
    conforms('downloadFile', wrong);
    expect((await request(app).get(downloadPath(owner, id, expiry).replace(`expiry=${expiry}`, `expiry=${expiry + 1}`))).status).toBe(404);
    clock.advance(61_000);
    const late = await request(app).get(downloadPath(owner, id, expiry));
    expect(late.status).toBe(404);
    expect(late.body.detail).toContain('expired');
  });
});
