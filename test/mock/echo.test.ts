/**
 * The mock's answers reflect the request: prompt and seed echoed, one item per requested image,
 * a resolution that follows aspect_ratio, and image URLs that resolve on the mock to real PNGs of
 * the stated size.
 */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { PNG } from 'pngjs';
import { createApp } from '../../mock-server/app';
import type { Json, JsonObject } from '../../core/model/load';
import { collectExamples } from '../../core/model/examples';
import { decodedFields, documentedPayload, FIXTURE_SIZE, mountPath, type Payload } from '../support/documented-requests';
import { expectDocumented, specValidator } from '../support/conformance';
import { isAsync, operationCases, clientRequest, type OperationCase } from '../support/operation-cases';
import { declaresProperty, enumAt } from '../support/request-schema';
import { textOf } from '../support/vendor-errors';

const app = createApp({ quiet: true });
const validator = specValidator(app);
const syncCases = operationCases(app).filter((c) => !isAsync(c.operation) && c.operation.body);

const SEED = 4242;
const URL_KEYS = ['url', 'edited_image', 'original_image', 'image_url', 'base_image_url', 'original_image_url'];

/** Where a request field lives: top level, or inside Ideogram's `image_request` object. */
function fieldHome(c: OperationCase, name: string): string[] | undefined {
  if (declaresProperty(app, c.operation, [name])) return [name];
  if (declaresProperty(app, c.operation, ['image_request', name])) return ['image_request', name];
  return undefined;
}

function withFields(c: OperationCase, values: Record<string, Json>): { payload: Payload; set: Record<string, boolean> } {
  const payload = documentedPayload(c.operation);
  payload.fields = decodedFields(c.operation, payload.fields);
  const set: Record<string, boolean> = {};
  for (const [name, value] of Object.entries(values)) {
    const home = fieldHome(c, name);
    if (!home) continue;
    let node = payload.fields as JsonObject;
    for (const key of home.slice(0, -1)) node = node[key] as JsonObject;
    node[home[home.length - 1]] = value;
    set[name] = true;
  }
  return { payload, set };
}

/** The spec's first example of the operation's first 2xx response (read with the example collector, not the mock's index). */
function firstSuccessExample(c: OperationCase): Json {
  const spec = app.mock.index.specs.find((s) => s.provider === c.operation.provider)!;
  const found = collectExamples(spec).find((e) => e.operation === c.operation.operationId && /^response 2/.test(e.where));
  return found ? found.value : null;
}

/** Every object in the body, depth first. */
function objects(body: unknown): JsonObject[] {
  const out: JsonObject[] = [];
  const stack = [body];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      out.push(node as JsonObject);
      stack.push(...Object.values(node));
    }
  }
  return out;
}

/** Arrays of image items (`data`, `images`) in the body. */
function imageLists(body: unknown): JsonObject[][] {
  return objects(body).flatMap((o) =>
    ['data', 'images'].map((k) => o[k]).filter((v): v is JsonObject[] => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object'),
  );
}

function promptOf(payload: Payload): unknown {
  const nested = payload.fields.image_request as JsonObject | undefined;
  return payload.fields.prompt ?? nested?.prompt;
}

async function fetchPng(path: string, host?: string) {
  let test = request(app).get(path);
  if (host) test = test.set('Host', host);
  const res = await test.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });
  expect(res.status, path).toBe(200);
  expect(res.headers['content-type']).toMatch(/^image\/png/);
  return PNG.sync.read(res.body as Buffer);
}

const stated = (item: JsonObject): { width: number; height: number } | undefined => {
  if (typeof item.resolution === 'string') {
    const [w, h] = item.resolution.split('x').map(Number);
    return { width: w, height: h };
  }
  if (typeof item.width === 'number' && typeof item.height === 'number') return { width: item.width, height: item.height };
  return undefined;
};

describe.each(syncCases)('$label echoes the request', (c: OperationCase) => {
  const { payload, set } = withFields(c, { seed: SEED, num_images: 3 });

  it('documented 2xx with the sent seed (and prompt) on every item, one item per requested image', async () => {
    const res = await clientRequest(app, c, payload);
    expect(res.status, textOf(res.body)).toBe(200);
    expectDocumented(validator, c.operation, res);
    const lists = imageLists(res.body);
    if (set.num_images) {
      expect(lists.length).toBeGreaterThan(0);
      for (const list of lists) expect(list).toHaveLength(3);
    }
    const seeded = objects(res.body).filter((o) => 'seed' in o);
    if (set.seed) {
      // Where the documented answer reports a seed, the answer reports the one sent.
      if (objects(firstSuccessExample(c)).some((o) => 'seed' in o)) expect(seeded.length).toBeGreaterThan(0);
      for (const o of seeded) expect(o.seed).toBe(SEED);
    }
    const prompt = promptOf(payload);
    if (typeof prompt === 'string') for (const o of objects(res.body).filter((x) => typeof x.prompt === 'string')) expect(o.prompt).toBe(prompt);
  });

  it('hands out image URLs on the mock that serve a real PNG of the stated size', async () => {
    const res = await clientRequest(app, c, payload);
    expect(res.status).toBe(200);
    const origin = new URL(res.request.url).origin;
    const found: { url: string; key: string; item: JsonObject }[] = [];
    for (const item of objects(res.body)) for (const key of URL_KEYS) if (typeof item[key] === 'string') found.push({ url: item[key] as string, key, item });
    // Describe answers text, and so does magic-prompt: an operation whose documented answer holds no image URL hands out none.
    const documentsImages = objects(firstSuccessExample(c)).some((o) => URL_KEYS.some((k) => typeof o[k] === 'string'));
    if (c.operation.operationId.toLowerCase().includes('describe') || !documentsImages) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.length, textOf(res.body)).toBeGreaterThan(0);
    for (const { url, key, item } of found) {
      expect(url.startsWith(`${origin}${mountPath(c.mount)}/`), url).toBe(true);
      const image = await fetchPng(new URL(url).pathname);
      // The original is the upload itself; the output is what `resolution` (or width/height) says.
      const size = key === 'original_image' ? FIXTURE_SIZE : stated(item);
      if (size) expect({ width: image.width, height: image.height }).toEqual({ width: size.width, height: size.height });
    }
  });
});

describe('resolution follows aspect_ratio', () => {
  const ratio = (value: string) => {
    const m = /(\d+)\D+(\d+)$/.exec(value)!;
    return Number(m[1]) / Number(m[2]);
  };
  const withAspect = syncCases.filter((c) => {
    const home = fieldHome(c, 'aspect_ratio');
    return home && enumAt(app, c.operation, home);
  });

  it('finds operations taking aspect_ratio in every Ideogram-compatible generate API', () => {
    const labels = withAspect.map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['ideogram legacyGenerate', 'ideogram v3Generate', 'pixazo v2Generate']));
  });

  const table = withAspect.flatMap((c) =>
    enumAt(app, c.operation, fieldHome(c, 'aspect_ratio')!)!.map((aspect) => ({ label: `${c.label} ${String(aspect)}`, c, aspect: String(aspect) })),
  );

  // The images themselves are fetched in the per-operation URL test above (rendering every size here costs seconds).
  it.each(table)('$label: a documented resolution of that shape', async ({ c, aspect }) => {
    const { payload } = withFields(c, { aspect_ratio: aspect, seed: SEED });
    // aspect_ratio and resolution cannot be combined; drop a documented resolution if the example had one.
    const nested = payload.fields.image_request as JsonObject | undefined;
    delete payload.fields.resolution;
    if (nested) delete nested.resolution;
    const res = await clientRequest(app, c, payload);
    expect(res.status, textOf(res.body)).toBe(200);
    expectDocumented(validator, c.operation, res);
    for (const list of imageLists(res.body)) {
      for (const item of list) {
        const size = stated(item)!;
        expect(Math.abs(size.width / size.height - ratio(aspect)) / ratio(aspect), `${aspect} → ${String(item.resolution)}`).toBeLessThan(0.04);
      }
    }
  });

  it("pixazo: the seed's ASPECT_10_16 request gets the seed's documented resolution", async () => {
    const c = syncCases.find((x) => x.label === 'pixazo v2Generate')!;
    const doc = app.mock.index.specs.find((s) => s.provider === 'pixazo')!;
    const documented = collectExamples(doc).find((e) => e.operation === 'v2Generate' && e.where === 'response 200')!.value as JsonObject;
    const request_ = documentedPayload(c.operation);
    expect((request_.fields.image_request as JsonObject).aspect_ratio).toBe('ASPECT_10_16');
    const res = await clientRequest(app, c, request_);
    const wanted = objects(documented).find((o) => typeof o.resolution === 'string')!.resolution;
    for (const list of imageLists(res.body)) for (const item of list) expect(item.resolution).toBe(wanted);
  });
});

describe('sizes that follow the upload', () => {
  it("an edit without resolution or aspect_ratio comes back in the upload's shape", async () => {
    const c = syncCases.find((x) => x.label === 'ideogram legacyEdit')!;
    const res = await clientRequest(app, c, documentedPayload(c.operation));
    const [item] = imageLists(res.body)[0];
    const size = stated(item)!;
    expect(size.width / size.height).toBeCloseTo(FIXTURE_SIZE.width / FIXTURE_SIZE.height, 1);
  });

  it('v3 edit of an odd-sized upload states a resolution the spec allows (Ideogram 3.0 grid)', async () => {
    const c = syncCases.find((x) => x.label === 'ideogram v3Edit')!;
    const res = await clientRequest(app, c, documentedPayload(c.operation));
    expect(res.status).toBe(200);
    expectDocumented(validator, c.operation, res);
  });
});

describe('fal sync_mode', () => {
  it('returns the image inline as a PNG data URI', async () => {
    const c = syncCases.find((x) => x.label === 'fal runEdit')!;
    const payload = documentedPayload(c.operation);
    payload.fields.sync_mode = true;
    payload.fields.seed = SEED;
    const res = await clientRequest(app, c, payload);
    expect(res.status, textOf(res.body)).toBe(200);
    expectDocumented(validator, c.operation, res);
    expect(res.body.seed).toBe(SEED);
    const url = String(res.body.images[0].url);
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    const image = PNG.sync.read(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
    expect(image.width).toBeGreaterThan(0);
    expect(image.height).toBeGreaterThan(0);
  });
});

describe('the image route', () => {
  it('serves the same bytes for the same URL (seeded), different bytes for another seed', async () => {
    const a = await fetchPng('/ideogram/__images/64x32/1.png');
    const b = await fetchPng('/ideogram/__images/64x32/1.png');
    const other = await fetchPng('/ideogram/__images/64x32/2.png');
    expect([a.width, a.height]).toEqual([64, 32]);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    expect(Buffer.from(a.data).equals(Buffer.from(other.data))).toBe(false);
  });

  it('answers an out-of-range image path with the vendor 404, not a render', async () => {
    const res = await request(app).get('/pixazo/__images/99999x99999/1.png');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/json/);
  });
});

describe('values the request did not ask for are not copied from the examples', () => {
  const exampleValues = (key: string) => {
    const doc = app.mock.index.specs.find((s) => s.provider === 'ideogram')!;
    return new Set(
      collectExamples(doc)
        .flatMap((e) => objects(e.value as Json))
        .map((o) => o[key])
        .filter((v) => typeof v === 'string'),
    );
  };

  it('a 16:9 generate states an upscaled resolution of its own shape, and no style it was not asked for', async () => {
    const res = await request(app)
      .post('/ideogram/generate')
      .set('Api-Key', 'k')
      .send({ image_request: { prompt: 'a cat', aspect_ratio: 'ASPECT_16_9' } });
    expect(res.status).toBe(200);
    for (const item of res.body.data) {
      expect(item.resolution).toBe('1312x736');
      expect(item.upscaled_resolution).toBe('5248x2944');
      expect(item).not.toHaveProperty('style_type');
    }
    const styled = await request(app)
      .post('/ideogram/generate')
      .set('Api-Key', 'k')
      .send({ image_request: { prompt: 'a cat', style_type: 'ANIME' } });
    expect(styled.body.data[0].style_type).toBe('ANIME');
  });

  it('a Pixazo generate with style_type AUTO names a concrete style: seed 212 answers REALISTIC, as Pixazo documents', async () => {
    const image_request = { prompt: 'a serene tropical beach', model: 'V_2', aspect_ratio: 'ASPECT_10_16', seed: 212, style_type: 'AUTO' };
    const res = await request(app).post('/pixazo/ideogramV_2/v1/generate').set('Ocp-Apim-Subscription-Key', 'k').send({ image_request });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data[0]).toMatchObject({ seed: 212, style_type: 'REALISTIC', resolution: '800x1280' });
  });

  it.each(['ideogram legacyReframe', 'ideogram v3Reframe'])(
    '%s (no prompt in the request) captions its own image instead of echoing the example prompt',
    async (label) => {
      const c = syncCases.find((x) => x.label === label)!;
      const res = await clientRequest(app, c, documentedPayload(c.operation));
      expect(res.status, textOf(res.body)).toBe(200);
      expectDocumented(validator, c.operation, res);
      const documented = exampleValues('prompt');
      for (const item of imageLists(res.body)[0]) {
        expect(documented.has(item.prompt as string), String(item.prompt)).toBe(false);
        expect(item.prompt).toMatch(/image of/);
      }
    },
  );
});
