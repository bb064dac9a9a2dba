import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSpecs } from '../../core/model/load';
import { buildIndex } from '../../core/model/operations';
import type { ValidatorManifest } from '../../core/model/prebuilt';
import { authHeaders, pathFor } from '../support/documented-requests';
import { png } from '../support/image-fixtures';

// `npm start` in a checkout runs the bundle in dist/ and the validators the build precompiled from the
// specs; the bin rebuilds them when a source or a spec is newer. Checked in a copy of the checkout (its
// own dist/ and spec cache; node_modules linked package by package), so nothing here touches the
// repository's own build.
const ROOT = join(import.meta.dirname, '..', '..');
const copy = mkdtempSync(join(tmpdir(), 'bundle-freshness-'));
const ACME = `openapi: 3.1.0
info: { title: Acme (test), version: 1.0.0 }
paths:
  /images:
    post:
      operationId: createImage
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [prompt]
              properties:
                prompt: { type: string }
            examples:
              cat: { value: { prompt: a cat } }
      responses:
        '200':
          description: The image.
          content:
            application/json:
              examples:
                cat: { value: { id: img_1 } }
`;

beforeAll(() => {
  for (const path of ['bin', 'scripts', 'core', 'mock-server', 'lib', 'contracts', 'specs', 'ui', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, path), join(copy, path), { recursive: true, filter: (from) => !from.includes('/recordings/') });
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules')))
    if (name !== '.cache' && name !== '.bin') symlinkSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name));
  mkdirSync(join(copy, 'specs', 'acme'));
  writeFileSync(join(copy, 'specs', 'acme', 'openapi.yaml'), ACME);
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

/** The copy's `npm start` (its bin) on a free port; resolves with its banner once it listens. */
async function start(args: string[] = []): Promise<{ child: ChildProcess; origin: string; banner: string }> {
  const child = spawn(process.execPath, ['bin/ideogram-mock.js', '--port', '0', '--quiet', ...args], { cwd: copy, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let out = '';
  child.stderr!.on('data', (chunk) => (out += String(chunk)));
  for await (const chunk of child.stdout!) {
    out += String(chunk);
    const match = /listening on (https?:\/\/127\.0\.0\.1:\d+)/.exec(out);
    if (match) return { child, origin: match[1], banner: out };
  }
  throw new Error(`the CLI exited before listening: ${out}`);
}

/** Stopped as Ctrl-C stops `npm start`: the process exits by itself. */
async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const manifest = (provider: string) => JSON.parse(readFileSync(join(copy, 'dist', 'validators', provider, 'manifest.json'), 'utf8')) as ValidatorManifest;
const acme = (origin: string, prompt: unknown) =>
  fetch(`${origin}/acme/images`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt }) });

/** A start that builds waits for esbuild and for Ajv compiling every spec: seconds on a busy machine. */
const BUILDS = 180_000;

describe('the bundle a checkout starts from', () => {
  it(
    'is built at the first start, with every spec’s validators, and answers every vendor’s documented JSON requests',
    async () => {
      const { child, origin } = await start();
      const specs = loadSpecs(join(copy, 'specs'));
      for (const spec of specs) expect(manifest(spec.provider).digest, spec.provider).toBe(spec.digest);
      const failures: string[] = [];
      for (const mount of buildIndex(specs).mounts) {
        for (const { operation: op } of mount.routes) {
          const example = op.body?.mediaType === 'application/json' ? op.body.examples[0]?.value : undefined;
          if (example === undefined || op.path.includes('{')) continue;
          const res = await fetch(origin + pathFor(mount, op), {
            method: op.method,
            headers: { 'content-type': 'application/json', ...authHeaders(op) },
            body: JSON.stringify(example),
          });
          if (res.status >= 300) failures.push(`${mount.prefix} ${op.operationId}: ${res.status} ${(await res.text()).slice(0, 200)}`);
        }
      }
      expect(failures).toEqual([]);
      await stop(child);
      // In ASCII, which the code cache's runner reads as Latin-1: a character beyond would be garbled.
      for (const bundle of ['ideogram-mock.cjs', 'library.cjs'])
        expect(readFileSync(join(copy, 'dist', bundle), 'latin1'), bundle).not.toMatch(/[^\p{ASCII}]/u);
      // Its code cache, left on the way out for the next start.
      expect(readdirSync(join(copy, 'dist', '.code-cache'))).toEqual([expect.stringMatching(/^ideogram-mock\.cjs-\d+-\d+-[0-9a-f]{8}-\d+$/)]);
    },
    BUILDS,
  );

  it(
    'runs an edited source at the next start, not the bundle built before it, nor that bundle’s code cache',
    async () => {
      // Of the same length: V8 checks a code cache against its source's length only.
      const file = join(copy, 'mock-server', 'banner.ts');
      writeFileSync(file, readFileSync(file, 'utf8').replace('Ideogram-compatible mock listening on', 'IDEOGRAM-COMPATIBLE mock listening on'));
      const { child, banner } = await start();
      expect(banner).toContain('IDEOGRAM-COMPATIBLE mock listening on');
      await stop(child);
      expect(readdirSync(join(copy, 'dist', '.code-cache')).filter((name) => name.startsWith('ideogram-mock.cjs-'))).toHaveLength(1);
    },
    BUILDS,
  );

  it(
    'rebuilds the validators when a spec is edited, and they enforce the edit',
    async () => {
      const before = await start();
      expect((await acme(before.origin, 'a lighthouse at dusk')).status).toBe(200);
      await stop(before.child);
      const { digest } = manifest('acme');
      writeFileSync(join(copy, 'specs', 'acme', 'openapi.yaml'), ACME.replace('prompt: { type: string }', 'prompt: { type: string, maxLength: 5 }'));
      const after = await start();
      expect(manifest('acme').digest).not.toBe(digest);
      expect(manifest('acme').digest).toBe(loadSpecs(join(copy, 'specs'), ['acme'])[0].digest);
      expect((await acme(after.origin, 'a cat')).status).toBe(200);
      const refused = await acme(after.origin, 'a lighthouse at dusk');
      expect(refused.status).toBe(400);
      expect(await refused.text()).toMatch(/prompt/);
    },
    BUILDS,
  );

  it('runs the library behind dist/index.js from a code cache of its own, read by the next process', async () => {
    const script = `
      const { startMock } = await import(${JSON.stringify(pathToFileURL(join(copy, 'dist', 'index.js')).href)});
      const mock = await startMock();
      const res = await fetch(mock.url + '/ideogram/v1/ideogram-v3/generate', { method: 'POST', headers: { 'Api-Key': 'k', 'Content-Type': 'application/json' }, body: '{"prompt":"x"}' });
      await res.arrayBuffer();
      await mock.close();
      process.stdout.write(String(res.status));
    `;
    const library = () => readdirSync(join(copy, 'dist', '.code-cache')).filter((name) => name.startsWith('library.cjs-'));
    const run = () => execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: copy, encoding: 'utf8', timeout: 60_000 });
    expect(run()).toBe('200');
    const [written] = library();
    expect(written).toMatch(/^library\.cjs-\d+-\d+-[0-9a-f]{8}-\d+$/);
    const { mtimeMs } = statSync(join(copy, 'dist', '.code-cache', written));
    expect(run()).toBe('200');
    expect(library()).toEqual([written]);
    expect(statSync(join(copy, 'dist', '.code-cache', written)).mtimeMs).toBe(mtimeMs);
  });

  it('loads what it imports on demand when run from its code cache: the certificate maker, the upload inspector', async () => {
    expect(readdirSync(join(copy, 'dist', '.code-cache')).filter((name) => name.startsWith('ideogram-mock.cjs-'))).toHaveLength(1);
    const tls = await start(['--tls']);
    expect(tls.origin).toMatch(/^https:/);
    await stop(tls.child);
    const { origin } = await start();
    const form = new FormData();
    for (const name of ['image_file', 'mask']) form.append(name, new Blob([png(8, 8)], { type: 'image/png' }), `${name}.png`);
    form.append('prompt', 'cat');
    form.append('model', 'V_2_TURBO');
    const res = await fetch(`${origin}/yutoai/ideogram/edit`, { method: 'POST', headers: { authorization: 'Bearer k' }, body: form });
    expect(res.status).toBe(200);
  });

  it('validates a --spec file the build never saw, compiling its validators when used', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'bundle-freshness-spec-'));
    try {
      mkdirSync(join(elsewhere, 'zeta'));
      writeFileSync(join(elsewhere, 'zeta', 'openapi.yaml'), ACME.replace('prompt: { type: string }', 'prompt: { type: string, enum: [cat, dog] }'));
      const { origin } = await start(['--spec', join(elsewhere, 'zeta', 'openapi.yaml')]);
      expect(existsSync(join(copy, 'dist', 'validators', 'zeta'))).toBe(false);
      const post = (prompt: string) =>
        fetch(`${origin}/zeta/images`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt }) });
      expect((await post('cat')).status).toBe(200);
      const refused = await post('a lighthouse');
      expect(refused.status).toBe(400);
      expect(await refused.text()).toMatch(/cat, dog/);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
