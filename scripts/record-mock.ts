// `npx tsx scripts/record-mock.ts [dir]` (default contracts/recordings)
// Records one documented request per vendor against the in-process mock (target "mock"), through the
// vendors' real URLs (lib/intercept.ts), redacted and saved as contracts/recordings/<provider>/…
// Mock recordings it made before for the same operations are replaced; live recordings are left alone.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { interceptVendors } from '../lib/intercept';
import { loadRecordings, recordFetch, redact, saveRecording } from '../core/recording';
import type { MockApp } from '../mock-server/app';
import type { Json } from '../core/model/load';
import { authHeaders, documentedPayload, TEST_KEY, type Payload } from '../test/support/documented-requests';
import type { Operation } from '../core/model/operations';

/** provider, operationId, the mount prefix to use (Magnific: its own host, not Freepik's). */
export const RECORDED: [provider: string, operationId: string, prefix: string][] = [
  ['pixazo', 'v2Generate', '/pixazo'],
  ['ideogram', 'legacyGenerate', '/ideogram'],
  ['magnific', 'createImageEdit', '/magnific'],
  ['fal', 'runEdit', '/fal'],
  ['fal-queue', 'submitEdit', '/fal-queue'],
  ['yutoai', 'edit', '/yutoai'],
];

/** YutoAI publishes no host; the recording shows this reserved name (it never resolves). */
export const YUTOAI_ORIGIN = 'https://yutoai.invalid';

function requestInit(op: Operation, payload: Payload): RequestInit {
  const headers: Record<string, string> = { ...authHeaders(op) };
  if (!op.body) return { method: op.method, headers };
  if (op.body.mediaType === 'application/json') {
    headers['content-type'] = 'application/json';
    return { method: op.method, headers, body: JSON.stringify(payload.fields) };
  }
  const form = new FormData();
  const text = (value: Json) => (typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));
  for (const [name, value] of Object.entries(payload.fields)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && !op.body.jsonParts.includes(name)) value.forEach((item) => form.append(name, text(item)));
    else form.append(name, text(value));
  }
  for (const [name, uploads] of Object.entries(payload.files)) {
    for (const upload of uploads) form.append(name, new Blob([new Uint8Array(upload.content)], { type: upload.contentType }), upload.filename);
  }
  return { method: op.method, headers, body: form };
}

/** Records RECORDED into `dir`; returns the files written. */
export async function recordMock(dir: string, app?: MockApp): Promise<string[]> {
  const interception = interceptVendors({ ...(app ? { app } : {}), origins: { [YUTOAI_ORIGIN]: '/yutoai' } });
  try {
    const index = interception.app.mock.index;
    for (const { file, recording } of loadRecordings(dir)) {
      if (recording.target === 'mock' && RECORDED.some(([p, o]) => p === recording.provider && o === recording.operationId)) rmSync(join(dir, file));
    }
    const written: string[] = [];
    for (const [provider, operationId, prefix] of RECORDED) {
      const mount = index.byPrefix.get(prefix);
      const op = mount?.routes.map((r) => r.operation).find((o) => o.operationId === operationId);
      if (!mount || !op) throw new Error(`The mock has no ${provider} ${operationId} under ${prefix}.`);
      if (op.path.includes('{')) throw new Error(`${provider} ${operationId} has path parameters; record it from a flow instead.`);
      const origin = mount.host ? `https://${mount.host}` : YUTOAI_ORIGIN;
      const { recording, response } = await recordFetch({ provider, operationId, target: 'mock' }, origin + op.path, requestInit(op, documentedPayload(op)));
      if (!response.ok) throw new Error(`${provider} ${operationId}: the mock answered ${response.status}: ${await response.text()}`);
      written.push(saveRecording(dir, redact(recording, [TEST_KEY])));
    }
    return written;
  } finally {
    interception.restore();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'contracts/recordings';
  const files = await recordMock(dir);
  for (const file of files) process.stdout.write(`${file} (${readFileSync(file).length} bytes)\n`);
}
