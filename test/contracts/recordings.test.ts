import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonical, loadRecordings, REDACTED, redact, saveRecording, SECRET_HEADERS, validateRecording, type Recording } from '../../core/recording';
import { SpecValidator, formatViolations } from '../../core/validator';
import { recordMock, RECORDED } from '../../scripts/record-mock';
import { TEST_KEY } from '../support/documented-requests';
import { perTest } from '../support/per-test';

const validator = new SpecValidator();
const COMMITTED = join(import.meta.dirname, '../../contracts/recordings');
const committed = loadRecordings(COMMITTED);

const { tempDir } = perTest('recordings-');

/** Every string in a value, object keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

/** Every string a recording holds: its values, header names and body keys (not its own field names). */
function recordedStrings(r: Recording): string[] {
  return [
    r.provider,
    r.operationId,
    r.recordedAt,
    r.target,
    r.request.method,
    r.request.url,
    ...strings(r.request.headers),
    ...strings(r.request.body),
    ...strings(r.response.headers),
    ...strings(r.response.body),
  ];
}

function sample(overrides: Partial<Recording> = {}): Recording {
  return {
    provider: 'pixazo',
    operationId: 'v2Generate',
    recordedAt: '2026-01-02T03:04:05.000Z',
    target: 'live',
    request: {
      method: 'POST',
      url: 'https://gateway.pixazo.ai/ideogramV_2/v1/generate',
      headers: { 'content-type': 'application/json', 'ocp-apim-subscription-key': 'k-123456' },
      body: { image_request: { prompt: 'a cat' } },
    },
    response: {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { created: '2026-01-02T03:04:05Z', data: [{ is_image_safe: true, prompt: 'a cat', url: 'https://example.com/a.png' }] },
    },
    ...overrides,
  };
}

describe('committed recordings (contracts/recordings)', () => {
  it('exist: the folder holds at least one recording per vendor', () => {
    expect(committed.length).toBeGreaterThan(0);
    expect([...new Set(committed.map((r) => r.recording.provider))]).toEqual(expect.arrayContaining(RECORDED.map(([provider]) => provider)));
  });

  // One case per file; an empty folder fails the test above.
  it.each(committed.map((r) => [r.file, r.recording] as const))('%s matches its spec', (file, recording) => {
    expect(file.replaceAll('\\', '/')).toMatch(new RegExp(`^${recording.provider}/${recording.operationId}-\\d+\\.json$`));
    expect(formatViolations(validateRecording(validator, recording))).toBe('');
    for (const headers of [recording.request.headers, recording.response.headers]) {
      for (const [name, value] of Object.entries(headers)) if (SECRET_HEADERS.includes(name.toLowerCase())) expect(value, `${file} ${name}`).toBe(REDACTED);
    }
    expect(readFileSync(join(COMMITTED, file), 'utf8')).toBe(JSON.stringify(canonical(recording), null, 2) + '\n');
  });
});

describe('validateRecording', () => {
  const real = committed.find((r) => r.recording.provider === 'pixazo' && r.recording.operationId === 'v2Generate')!.recording;

  it('names the pointer of a renamed required field', () => {
    const drifted = structuredClone(real);
    const item = (drifted.response.body as { data: Record<string, unknown>[] }).data[0];
    item.image_url = item.url;
    delete item.url;
    const violations = validateRecording(validator, drifted);
    expect(violations.map((v) => v.pointer)).toContain('/data/0/url');
    expect(violations.every((v) => v.provider === 'pixazo' && v.operation === 'v2Generate')).toBe(true);
  });

  it('names the pointer of a retyped field', () => {
    const drifted = structuredClone(real);
    (drifted.response.body as { data: Record<string, unknown>[] }).data[0].is_image_safe = 'true';
    const violations = validateRecording(validator, drifted);
    expect(violations).toEqual([expect.objectContaining({ pointer: '/data/0/is_image_safe', expected: 'type boolean' })]);
  });

  it('refuses an undocumented status and an unknown operation', () => {
    expect(validateRecording(validator, { ...real, response: { ...real.response, status: 418 } }).map((v) => v.pointer)).toEqual(['status']);
    expect(validateRecording(validator, { ...real, operationId: 'v9Generate' }).map((v) => v.pointer)).toEqual(['operation']);
  });
});

describe('redact', () => {
  it('replaces every credential header, whatever its case, and keeps everything else', () => {
    const headers = Object.fromEntries(SECRET_HEADERS.map((h, i) => [i % 2 ? h.toUpperCase() : h, `value-${i}`]));
    const input = sample({
      request: { ...sample().request, headers: { ...headers, accept: 'application/json' } },
      response: { ...sample().response, headers: { 'Set-Cookie': ['a=1', 'b=2'], 'x-fal-request-id': 'r1' } },
    });
    const out = redact(input, []);
    for (const name of Object.keys(headers)) expect(out.request.headers[name]).toBe(REDACTED);
    expect(out.request.headers.accept).toBe('application/json');
    expect(out.response.headers).toEqual({ 'Set-Cookie': REDACTED, 'x-fal-request-id': 'r1' });
    expect(out.request.body).toEqual(input.request.body);
    expect(out.response.body).toEqual(input.response.body);
    expect(input.request.headers.authorization).toBe('value-0'); // the input is left as it was
  });

  it('leaves no secret in any string: headers, URL query (any encoding), nested bodies, keys', () => {
    const secret = fc.string({
      minLength: 1,
      maxLength: 24,
      unit: fc.oneof(fc.constantFrom(...'<>redacted %+&="\\/\n'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
    });
    fc.assert(
      fc.property(fc.uniqueArray(secret, { minLength: 1, maxLength: 3 }), fc.string({ maxLength: 8 }), (secrets, noise) => {
        const [a, b = a, c = a] = secrets;
        const query = new URLSearchParams({ key: a, other: noise });
        // Noise that spells a secret once its form encoding is percent-decoded (" >" → "+%3E" → "+>") leaks nothing.
        fc.pre(!secrets.some((s) => decodeURIComponent(new URLSearchParams({ noise }).toString().slice(6)).includes(s)));
        const exchange = sample({
          target: `https://${noise.length}.example/${encodeURIComponent(c)}`,
          request: {
            method: 'POST',
            url: `https://gateway.pixazo.ai/v2/requests/status/${encodeURIComponent(b)}?${query}&raw=${a}&enc=${encodeURIComponent(c)}`,
            headers: { authorization: `Bearer ${a}`, 'x-trace': `${noise}${b}${noise}`, [`x-${c}`]: 'named after it' },
            body: { image_request: { prompt: `${noise}${a}`, nested: [{ deep: [`${b}${b}`] }], [c]: 1, json: JSON.stringify({ k: a }) } },
          },
          response: {
            status: 200,
            headers: { location: `https://x.example/?token=${encodeURIComponent(a)}`, 'x-echo': c },
            body: { data: [{ url: `https://x.example/${b}`, prompt: `${noise}${c}${noise}` }], text: `${a}${noise}${b}` },
          },
        });
        const out = redact(exchange, secrets);
        for (const text of recordedStrings(out)) {
          for (const s of secrets) expect(text.includes(s), `${JSON.stringify(s)} survives in ${JSON.stringify(text)}`).toBe(false);
        }
        // Nor once the URL's path and query pieces are decoded (the secret went in percent- and form-encoded too).
        const cut = out.request.url.indexOf('?');
        const pieces = [cut < 0 ? out.request.url : out.request.url.slice(0, cut), ...(cut < 0 ? [] : out.request.url.slice(cut + 1).split(/[&=]/))];
        const decoded = pieces.flatMap((piece) => {
          try {
            return [decodeURIComponent(piece), decodeURIComponent(piece.replaceAll('+', ' '))];
          } catch {
            return []; // not valid percent-encoding: holds no encoded secret either
          }
        });
        for (const text of decoded)
          for (const s of secrets) expect(text.includes(s), `${JSON.stringify(s)} survives decoded in ${JSON.stringify(text)}`).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('saveRecording and loadRecordings', () => {
  it('numbers files per operation, never overwrites, and loads them back', () => {
    const dir = tempDir();
    const safe = redact(sample(), []);
    const first = saveRecording(dir, safe);
    const second = saveRecording(dir, { ...safe, recordedAt: '2026-02-02T00:00:00.000Z' });
    expect([first, second].map((f) => f.slice(dir.length + 1).replaceAll('\\', '/'))).toEqual(['pixazo/v2Generate-1.json', 'pixazo/v2Generate-2.json']);
    const loaded = loadRecordings(dir);
    expect(loaded.map((l) => [l.file.replaceAll('\\', '/'), l.recording.recordedAt])).toEqual([
      ['pixazo/v2Generate-1.json', '2026-01-02T03:04:05.000Z'],
      ['pixazo/v2Generate-2.json', '2026-02-02T00:00:00.000Z'],
    ]);
    expect(loaded[0].recording).toEqual(safe);
  });

  it('writes the same text whatever order the keys came in', () => {
    const dir = tempDir();
    const safe = redact(sample(), []);
    const shuffled: Recording = {
      response: {
        body: { data: [{ url: 'https://example.com/a.png', prompt: 'a cat', is_image_safe: true }], created: '2026-01-02T03:04:05Z' },
        headers: safe.response.headers,
        status: 200,
      },
      request: {
        body: safe.request.body,
        headers: { 'ocp-apim-subscription-key': REDACTED, 'content-type': 'application/json' },
        url: safe.request.url,
        method: 'POST',
      },
      target: 'live',
      recordedAt: safe.recordedAt,
      operationId: 'v2Generate',
      provider: 'pixazo',
    };
    const [a, b] = [saveRecording(dir, safe), saveRecording(dir, shuffled)].map((f) => readFileSync(f, 'utf8'));
    expect(b).toBe(a);
    expect(a.split('\n').slice(1, 5)).toEqual([
      '  "provider": "pixazo",',
      '  "operationId": "v2Generate",',
      '  "recordedAt": "2026-01-02T03:04:05.000Z",',
      '  "target": "live",',
    ]);
  });

  it('refuses to write a credential header that was not redacted', () => {
    const dir = tempDir();
    expect(() => saveRecording(dir, sample())).toThrow(/ocp-apim-subscription-key is not redacted/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a file that is not a recording, naming it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'pixazo'));
    writeFileSync(join(dir, 'pixazo', 'v2Generate-1.json'), JSON.stringify({ provider: 'pixazo', operationId: 'v2Generate' }));
    expect(() => loadRecordings(dir)).toThrow(/pixazo[/\\]v2Generate-1\.json: not a recording/);
  });
});

describe('scripts/record-mock.ts', () => {
  it('records one documented exchange per vendor, valid, redacted, and replaces its earlier ones', async () => {
    const dir = tempDir();
    await recordMock(dir);
    const files = await recordMock(dir); // a second run replaces the first
    expect(files).toHaveLength(RECORDED.length);
    const loaded = loadRecordings(dir);
    expect(loaded.map((l) => `${l.recording.provider}:${l.recording.operationId}`).sort()).toEqual(RECORDED.map(([p, o]) => `${p}:${o}`).sort());
    for (const { file, recording } of loaded) {
      expect(recording.target).toBe('mock');
      expect(formatViolations(validateRecording(validator, recording)), file).toBe('');
      expect(readFileSync(join(dir, file), 'utf8')).not.toContain(TEST_KEY);
    }
    const edit = loaded.find((l) => l.recording.provider === 'yutoai')!.recording;
    expect(edit.request.body).toMatch(/^<multipart \d+ bytes>$/);
    expect(new URL(edit.request.url).pathname).toBe('/ideogram/edit');
  });
});
