/**
 * What a recording keeps of a request: credentials gone by name (the spec's security schemes plus the
 * usual secret names, core/secrets.ts) and by value (every credential seen is scrubbed
 * wherever it recurs, and anything shaped like one, by core/recording.ts's `redact`),
 * multipart files described instead of kept.
 */
import { createHash } from 'node:crypto';
import { REDACTED, redactQuery, type Redacted } from '../../core/recording';
import { isSecretName, leavesOf } from '../../core/secrets';
import type { Operation } from '../../core/model/operations';

/** Header and query names that carry a key for these operations (their security schemes), lower case. */
export function schemeNames(operations: Operation[]): Set<string> {
  return new Set(operations.flatMap((o) => o.auth.map((a) => a.header.toLowerCase())));
}

/** The secret itself and, for `Bearer x` / `Key x` / `Basic x`, the credential after the scheme word. */
function secretsOf(value: string): string[] {
  const parts = value.trim().split(/\s+/);
  return parts.length > 1 ? [value, parts.at(-1)!] : [value];
}

export function redactHeaders(headers: Record<string, string | string[]>, schemes: Set<string>): Redacted<Record<string, string | string[]>> {
  const secrets: string[] = [];
  const value = Object.fromEntries(
    Object.entries(headers).map(([name, v]) => {
      if (!isSecretName(name, schemes)) return [name, v];
      for (const each of [v].flat()) secrets.push(...secretsOf(each));
      return [name, REDACTED];
    }),
  );
  return { value, secrets };
}

/** Every field named like a secret, at any depth, becomes `<redacted>`. */
export function redactJson(value: unknown, schemes: Set<string> = new Set()): Redacted<unknown> {
  const secrets: string[] = [];
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => {
        if (!isSecretName(k, schemes)) return [k, walk(v)];
        secrets.push(...leavesOf(v));
        return [k, REDACTED];
      }),
    );
  };
  return { value: walk(value), secrets };
}

/** A file part as a recording keeps it: enough to tell two uploads apart, none of the bytes. */
interface DescribedFile {
  name: string;
  fileName: string;
  type: string;
  size: number;
  sha256: string;
}

/** A multipart body as a recording keeps it: text fields (secrets redacted) and files described. */
interface DescribedForm {
  fields: Record<string, string | string[]>;
  files: DescribedFile[];
}

/**
 * The request body as a recording keeps it: JSON parsed, URL-encoded forms as text, multipart as a
 * DescribedForm (parsed by undici's FormData, the one Node ships), anything else as a size summary.
 */
export async function describeRequestBody(bytes: Buffer, contentType: string, schemes: Set<string>): Promise<Redacted<unknown>> {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    const { value, secrets } = redactQuery(bytes.toString('utf8'), schemes);
    return { value: value.replace(/^\?/, ''), secrets };
  }
  if (type === 'multipart/form-data') return describeMultipart(bytes, contentType, schemes);
  if (type.includes('json')) {
    try {
      return redactJson(JSON.parse(bytes.toString('utf8')), schemes);
    } catch {
      return { value: bytes.toString('utf8'), secrets: [] };
    }
  }
  if (type.startsWith('text/')) return { value: bytes.toString('utf8'), secrets: [] };
  return { value: `<${type || 'application/octet-stream'} ${bytes.length} bytes>`, secrets: [] };
}

async function describeMultipart(bytes: Buffer, contentType: string, schemes: Set<string>): Promise<Redacted<unknown>> {
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return { value: `<multipart ${bytes.length} bytes, unreadable>`, secrets: [] };
  }
  const fields: Record<string, string | string[]> = {};
  const files: DescribedFile[] = [];
  const secrets: string[] = [];
  for (const [name, part] of form) {
    if (typeof part === 'string') {
      const kept = isSecretName(name, schemes) ? REDACTED : part;
      if (kept !== part) secrets.push(part);
      const had = fields[name];
      fields[name] = had === undefined ? kept : [had, kept].flat();
      continue;
    }
    const content = Buffer.from(await part.arrayBuffer());
    files.push({ name, fileName: part.name, type: part.type, size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
  }
  return { value: { fields, files } satisfies DescribedForm, secrets };
}
