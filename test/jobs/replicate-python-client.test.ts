import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations } from '../../core/validator';
import { validator } from '../support/conformance';
import { startMock, type StartedMock } from '../support/start-mock';
import { startReceiver, type Receiver } from '../support/webhook-receiver';
import { png } from '../support/image-fixtures';

/**
 * Replicate's official Python client (`replicate` 1.0.7, github.com/replicate/replicate-python)
 * replayed request by request as its source sends them, with its pydantic models' checks:
 * - `Client(base_url=…)` is an httpx base URL the client appends `/v1/…` paths to (so it is given
 *   the mock's `…/replicate`, without `/v1`); headers `User-Agent: replicate-python/1.0.7`,
 *   `Authorization: Bearer <token>`; any 4xx/5xx raises `ReplicateError` (`_raise_for_status`).
 * - `run("owner/name:<id>")`: `POST /v1/predictions` `{input, version}` with `Prefer: wait`, then
 *   always `GET /v1/models/{owner}/{name}/versions/{id}` (run.py), then polls unless the answer is
 *   not `starting`; `run("owner/name")`: `POST /v1/models/{owner}/{name}/predictions`, no lookup.
 * - file inputs (an open file, a `Path`) with the default encoding: `POST /v1/files` for each,
 *   multipart `content` = (file name, bytes, type guessed from the name), `metadata` as a text field
 *   only when given (file.py `_create_file_params`); the input then holds `urls["get"]` (helpers.py).
 * - `models.get(…).latest_version`, `versions.get/list`, `files.get/list/delete`, `accounts.current()`.
 */
const TOKEN = 'r8_python_token';
const V2 = 'd07f7f3ad03f2ec100edeaa91e26ac731d7d00ec369e6a475b80c04bd1101d5d';

let mock: StartedMock;
beforeAll(async () => {
  mock = await startMock({ quiet: true });
});
afterAll(() => mock.close());

type Json = Record<string, unknown>;

/** pydantic's view of an answer: the fields a model requires, with their types (`Optional` may be null). */
function model(name: string, body: Json, fields: Record<string, 'str' | 'int' | 'dict' | 'datetime' | 'str?' | 'dict?' | 'status'>): Json {
  for (const [field, type] of Object.entries(fields)) {
    const value = body[field];
    const optional = type.endsWith('?');
    if (optional && (value === null || value === undefined)) continue;
    const ok =
      type === 'status'
        ? ['starting', 'processing', 'succeeded', 'failed', 'canceled'].includes(value as string)
        : type.startsWith('str')
          ? typeof value === 'string'
          : type === 'int'
            ? Number.isInteger(value)
            : type === 'datetime'
              ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
              : value !== null && typeof value === 'object' && !Array.isArray(value);
    if (!ok) throw new Error(`pydantic ValidationError: ${name}.${field} is not a valid ${type} (${JSON.stringify(value)})`);
  }
  return body;
}
const prediction = (body: Json) =>
  model('Prediction', body, {
    id: 'str',
    model: 'str',
    version: 'str',
    status: 'status',
    input: 'dict?',
    logs: 'str?',
    error: 'str?',
    metrics: 'dict?',
    urls: 'dict?',
  });
const version = (body: Json) => model('Version', body, { id: 'str', created_at: 'datetime', cog_version: 'str', openapi_schema: 'dict' });
const file = (body: Json) =>
  model('File', body, {
    id: 'str',
    name: 'str',
    content_type: 'str',
    size: 'int',
    etag: 'str',
    checksums: 'dict',
    metadata: 'dict',
    created_at: 'str',
    expires_at: 'str?',
    urls: 'dict',
  });

/** The client as a user would configure it: `Client(api_token=…, base_url="<mock>/replicate")`. */
function client() {
  const base = `${mock.origin}/replicate`;
  const journal: string[] = [];
  const request = async (method: string, path: string, init: { json?: unknown; form?: FormData; headers?: Record<string, string> } = {}) => {
    const url = path.startsWith('http') ? path : base + path;
    journal.push(`${method} ${new URL(url).pathname.replace('/replicate', '')}`);
    const headers: Record<string, string> = { 'User-Agent': 'replicate-python/1.0.7', Authorization: `Bearer ${TOKEN}`, Accept: '*/*', ...init.headers };
    if (init.json !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(url, { method, headers, body: init.form ?? (init.json === undefined ? undefined : JSON.stringify(init.json)) });
    if (res.status >= 400) throw new Error(`ReplicateError ${res.status}: ${await res.text()}`);
    return res;
  };
  const json = async (method: string, path: string, init?: Parameters<typeof request>[2]) => (await (await request(method, path, init)).json()) as Json;

  /** `Files.create`: the name's guessed type (`mimetypes.guess_type`), metadata as a text field when given. */
  const createFile = async (name: string, bytes: Buffer, metadata?: Json) => {
    const form = new FormData();
    if (metadata) form.append('metadata', JSON.stringify(metadata));
    form.append('content', new Blob([new Uint8Array(bytes)], { type: name.endsWith('.png') ? 'image/png' : 'application/octet-stream' }), name);
    return file(await json('POST', '/v1/files', { form }));
  };
  /** `encode_json`: every file in the input uploaded, replaced by its `urls["get"]`. */
  const encode = async (input: Json) => {
    const out: Json = {};
    for (const [key, value] of Object.entries(input)) out[key] = Buffer.isBuffer(value) ? ((await createFile(`${key}.png`, value)).urls as Json).get : value;
    return out;
  };
  const poll = async (created: Json) => {
    let current = created;
    for (let polls = 0; !['succeeded', 'failed', 'canceled'].includes(current.status as string); polls++) {
      if (polls > 20) throw new Error('the prediction never finished');
      current = prediction(await json('GET', `/v1/predictions/${String(current.id)}`));
    }
    return current;
  };
  const versions = {
    get: async (owner: string, name: string, id: string) => version(await json('GET', `/v1/models/${owner}/${name}/versions/${id}`)),
    list: async (owner: string, name: string) => {
      const page = await json('GET', `/v1/models/${owner}/${name}/versions`);
      return { ...page, results: (page.results as Json[]).map(version) };
    },
  };
  return {
    journal,
    versions,
    /** `run(ref, input)` with its default `wait=True`. */
    run: async (ref: string, input: Json) => {
      const [, owner, name, id] = /^([^/]+)\/([^/:]+)(?::(.+))?$/.exec(ref)!;
      const body = await encode(input);
      const created = prediction(
        id
          ? await json('POST', '/v1/predictions', { json: { input: body, version: id }, headers: { Prefer: 'wait' } })
          : await json('POST', `/v1/models/${owner}/${name}/predictions`, { json: { input: body }, headers: { Prefer: 'wait' } }),
      );
      if (id) await versions.get(owner, name, id);
      const done = created.status === 'starting' ? await poll(created) : created;
      if (done.status === 'failed') throw new Error(`ModelError: ${String(done.error)}`);
      return done.output;
    },
    createPrediction: async (id: string, input: Json, extra: Json = {}) =>
      poll(prediction(await json('POST', '/v1/predictions', { json: { input: await encode(input), version: id, ...extra } }))),
    getModel: async (ref: string) => {
      const body = await json('GET', `/v1/models/${ref}`);
      model('Model', body, { url: 'str', owner: 'str', name: 'str', description: 'str?', run_count: 'int', cover_image_url: 'str?' });
      return { ...body, latest_version: version(body.latest_version as Json) };
    },
    createFile,
    files: {
      get: async (id: string) => file(await json('GET', `/v1/files/${id}`)),
      list: async () => ((await json('GET', '/v1/files')).results as Json[]).map(file),
      delete: async (id: string) => (await request('DELETE', `/v1/files/${id}`)).status === 204,
    },
    account: async () => model('Account', await json('GET', '/v1/account'), { type: 'str', username: 'str', name: 'str', github_url: 'str?' }),
  };
}

const conforms = (operationId: string, status: number, body: unknown) =>
  expect(formatViolations(validator.validateResponse('replicate', operationId, { status, headers: { 'content-type': 'application/json' }, body }))).toBe('');

describe("Replicate's Python client against the mock", () => {
  it('run(owner/name:version): creates by version, then looks the version up (the step that raised on a 404)', async () => {
    const replicate = client();
    const output = await replicate.run(`ideogram-ai/ideogram-v2:${V2}`, { prompt: 'a shoe', style_type: 'Anime' });
    expect(String(output)).toMatch(new RegExp(`^${mock.origin}/replicate/__images/`));
    expect(replicate.journal).toEqual(['POST /v1/predictions', `GET /v1/models/ideogram-ai/ideogram-v2/versions/${V2}`]);
  });

  it.each(['ideogram-v3-turbo', 'ideogram-v3-balanced', 'ideogram-v3-quality', 'ideogram-v2', 'ideogram-v2-turbo', 'ideogram-v2a', 'ideogram-v2a-turbo'])(
    'models.get(ideogram-ai/%s).latest_version.id creates a prediction, and run() with it looks it up',
    async (name) => {
      const replicate = client();
      const { latest_version } = await replicate.getModel(`ideogram-ai/${name}`);
      const done = await replicate.createPrediction(latest_version.id as string, { prompt: 'x' });
      expect(done).toMatchObject({ status: 'succeeded', model: `ideogram-ai/${name}`, version: latest_version.id });
      await expect(replicate.run(`ideogram-ai/${name}:${String(latest_version.id)}`, { prompt: 'x' })).resolves.toEqual(expect.any(String));
    },
  );

  it('model.versions.list() and .get(id) parse as Version and Page', async () => {
    const replicate = client();
    const page = await replicate.versions.list('ideogram-ai', 'ideogram-v2');
    expect(page).toMatchObject({ next: null, previous: null });
    expect((page.results as Json[]).map((v) => v.id)).toEqual([V2]);
    const got = await replicate.versions.get('ideogram-ai', 'ideogram-v2', V2);
    expect(((got.openapi_schema as Json).components as Json).schemas).toMatchObject({ Input: { required: ['prompt'] }, Output: { type: 'string' } });
  });

  it('run(ideogram-character) with an open file: uploaded with POST /v1/files, its urls.get taken as the input', async () => {
    const replicate = client();
    const output = await replicate.run('ideogram-ai/ideogram-character', { prompt: 'a knight', character_reference_image: png(8, 8) });
    expect(String(output)).toContain('/replicate/__images/');
    expect(replicate.journal).toEqual(['POST /v1/files', 'POST /v1/models/ideogram-ai/ideogram-character/predictions']);
    const [uploaded] = await replicate.files.list();
    expect(uploaded).toMatchObject({ name: 'character_reference_image.png', content_type: 'image/png', size: png(8, 8).length, metadata: {} });
  });

  it('files.create (with metadata) → get → list → delete (True) → get raises', async () => {
    const replicate = client();
    const created = await replicate.createFile('hello.txt', Buffer.from('Hello, world!'), { foo: 'bar' });
    conforms('createFile', 201, created);
    expect(created).toMatchObject({
      name: 'hello.txt',
      size: 13,
      metadata: { foo: 'bar' },
      urls: { get: `${mock.origin}/replicate/v1/files/${String(created.id)}` },
    });
    expect(await replicate.files.get(created.id as string)).toMatchObject({ id: created.id, checksums: created.checksums });
    expect((await replicate.files.list()).map((f) => f.id)).toContain(created.id);
    expect(await replicate.files.delete(created.id as string)).toBe(true);
    await expect(replicate.files.get(created.id as string)).rejects.toThrow(/ReplicateError 404/);
  });

  it('accounts.current() parses as Account', async () => {
    const account = await client().account();
    conforms('getAccount', 200, account);
    expect(account.type).toBe('user');
  });

  describe('webhooks', () => {
    let receiver: Receiver;
    beforeAll(async () => {
      receiver = await startReceiver();
    });
    afterAll(() => receiver.close());

    it('predictions.create(webhook=…, webhook_events_filter=["start","completed"]) is answered by both', async () => {
      const before = receiver.hooks.length;
      const done = await client().createPrediction(V2, { prompt: 'x' }, { webhook: receiver.url, webhook_events_filter: ['start', 'completed'] });
      const hooks = (await receiver.waitFor(before + 2)).slice(before);
      expect(hooks.map((h) => (h.body as Json).id)).toEqual([done.id, done.id]);
      expect(hooks.map((h) => (h.body as Json).status).sort()).toEqual(['processing', 'succeeded']);
    });
  });
});
