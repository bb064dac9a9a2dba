/**
 * Requests built from the operation model alone: the documented payload of an operation, its path
 * with documented parameter values, and the credential it expects. Shared by the tests and the
 * scripts (scripts/record-mock.ts); it imports nothing from vitest, so a script can run it.
 */
import type { Json, JsonObject } from '../../core/model/load';
import type { Mount, Operation } from '../../core/model/operations';
import { png } from '../../core/sample-png';

/** Dimensions of the image fixtures sent for file parts (not square, so sizes that follow the input show). */
export const FIXTURE_SIZE = { width: 96, height: 64 } as const;

interface RequestMedia {
  schema: JsonObject;
  examples: { name: string; value: JsonObject }[];
}

/** The request body's schema and named examples as the spec documents them (the operation model's). */
export function requestMedia(op: Operation): RequestMedia | undefined {
  if (!op.body) return undefined;
  return { schema: op.body.schema, examples: op.body.examples.map((e) => ({ name: e.name, value: (e.value ?? {}) as JsonObject })) };
}

export interface Upload {
  content: Buffer;
  filename: string;
  contentType: string;
}

/** What one request carries: body fields (JSON body or multipart text parts) and file parts. */
export interface Payload {
  fields: Record<string, Json>;
  files: Record<string, Upload[]>;
  query: Record<string, string>;
}

export const pngUpload = (width: number = FIXTURE_SIZE.width, height: number = FIXTURE_SIZE.height, name = 'image.png'): Upload => ({
  content: png(width, height),
  filename: name,
  contentType: 'image/png',
});

/**
 * The operation's first documented request: JSON as is; for multipart, the text fields as written and
 * each file part (named in the example, or required) replaced by a real PNG of FIXTURE_SIZE; required
 * query parameters with their documented value.
 */
export function documentedPayload(op: Operation): Payload {
  const payload: Payload = { fields: {}, files: {}, query: {} };
  for (const p of op.parameters) if (p.in === 'query' && p.required && p.example !== undefined) payload.query[p.name] = String(p.example);
  const media = requestMedia(op);
  if (!media || !op.body) return payload;
  const example = structuredClone(media.examples[0]?.value ?? {});
  // A body that is an array (Runware's tasks) is sent as it is.
  if (Array.isArray(example)) return { ...payload, fields: example as unknown as Payload['fields'] };
  const fileParts = new Map(op.body.files.map((f) => [f.name, f]));
  for (const [name, value] of Object.entries(example)) {
    const part = fileParts.get(name);
    if (!part) {
      payload.fields[name] = value;
      continue;
    }
    const count = part.multiple && Array.isArray(value) ? Math.max(1, value.length) : 1;
    payload.files[name] = Array.from({ length: count }, (_, i) => pngUpload(FIXTURE_SIZE.width, FIXTURE_SIZE.height, `${name}-${i}.png`));
  }
  for (const part of op.body.files)
    if (part.required && !payload.files[part.name]) payload.files[part.name] = [pngUpload(FIXTURE_SIZE.width, FIXTURE_SIZE.height, `${part.name}.png`)];
  return payload;
}

/** A deep copy whose uploads stay Buffers (structuredClone would turn them into plain Uint8Arrays). */
export function clonePayload(payload: Payload): Payload {
  const files = Object.fromEntries(Object.entries(payload.files).map(([name, list]) => [name, list.map((u) => ({ ...u }))]));
  return { fields: structuredClone(payload.fields), files, query: { ...payload.query } };
}

/** Multipart JSON parts the seeds show as JSON text, parsed so they can be changed. */
export function decodedFields(op: Operation, fields: Record<string, Json>): Record<string, Json> {
  const decoded = structuredClone(fields);
  for (const name of op.body?.jsonParts ?? []) {
    if (typeof decoded[name] === 'string') decoded[name] = JSON.parse(decoded[name] as string) as Json;
  }
  return decoded;
}

/** The first documented value of each path parameter (`{request_id}` → the spec's example id). */
export function pathFor(mount: Mount, op: Operation): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const param = op.parameters.find((p) => p.name === name && p.in === 'path');
    return encodeURIComponent(String(param?.example ?? 'test-id'));
  });
  return mountPath(mount) + path;
}

/** The mount's prefix as a client sends it: a relay's `{account_id}`-like segments filled in (`my-account_id`). */
export function mountPath(mount: Mount): string {
  return mount.prefix.replace(/\{([^}]+)\}/g, 'my-$1');
}

export const TEST_KEY = 'test-key-123';

/** The credential the operation's first scheme expects on this mount (`Authorization: Key …`, `Api-Key: …`). */
export function authHeaders(op: Operation): Record<string, string> {
  const scheme = op.auth[0];
  if (!scheme) return {};
  return { [scheme.header]: `${scheme.prefix ?? ''}${TEST_KEY}` };
}
