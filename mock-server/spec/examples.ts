import { deref, pointer, refSegments, type Json, type JsonObject, type LoadedSpec } from './load';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** One documented example and the schema it must satisfy. */
export interface ExampleCase {
  provider: string;
  /** operationId, or `webhook:<name>` */
  operation: string;
  /** `request`, `response 200`, ... */
  where: string;
  mediaType: string;
  name: string;
  /** Pointer to the schema inside the provider's document. */
  schemaRef: string;
  value: Json;
}

interface MediaTypeObject {
  schema?: Json;
  example?: Json;
  examples?: Record<string, Json>;
  encoding?: Record<string, { contentType?: string }>;
}

/** Every request and response example in a spec, paired with its schema (paths and webhooks). */
export function collectExamples(spec: LoadedSpec): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const [section, label] of [['paths', ''], ['webhooks', 'webhook:']] as const) {
    const entries = (spec.doc[section] ?? {}) as Record<string, JsonObject>;
    for (const [path, rawItem] of Object.entries(entries)) {
      const item = deref(spec.doc, rawItem) ?? {};
      for (const method of HTTP_METHODS) {
        const op = item[method] as JsonObject | undefined;
        if (!op) continue;
        const operation = label ? `${label}${path}` : String(op.operationId ?? `${method} ${path}`);
        const opPointer = [section, path, method];
        const body = deref(spec.doc, op.requestBody);
        if (body) {
          const bodyPointer = typeof (op.requestBody as JsonObject).$ref === 'string' ? null : [...opPointer, 'requestBody'];
          addMedia(cases, spec, operation, 'request', body, bodyPointer ?? refSegments((op.requestBody as JsonObject).$ref as string));
        }
        for (const [status, rawResponse] of Object.entries((op.responses ?? {}) as JsonObject)) {
          const response = deref(spec.doc, rawResponse);
          if (!response) continue;
          const isRef = typeof (rawResponse as JsonObject).$ref === 'string';
          const base = isRef ? refSegments((rawResponse as JsonObject).$ref as string) : [...opPointer, 'responses', status];
          addMedia(cases, spec, operation, `response ${status}`, response, base);
        }
      }
    }
  }
  return cases;
}

function addMedia(cases: ExampleCase[], spec: LoadedSpec, operation: string, where: string, holder: JsonObject, base: string[]) {
  for (const [mediaType, rawMedia] of Object.entries((holder.content ?? {}) as Record<string, JsonObject>)) {
    const media = rawMedia as MediaTypeObject;
    if (!media.schema) continue;
    const schemaRef = pointer(...base, 'content', mediaType, 'schema');
    const named: [string, Json][] = Object.entries(media.examples ?? {}).map(([name, ex]) => {
      const example = deref(spec.doc, ex) as JsonObject;
      return [name, example?.value ?? null];
    });
    if (media.example !== undefined) named.push(['example', media.example]);
    for (const [name, value] of named) {
      cases.push({ provider: spec.provider, operation, where, mediaType, name, schemaRef, value: decodeParts(value, media.encoding) });
    }
  }
}

/** Multipart parts declared as JSON may be shown as JSON text in vendor docs: compare their meaning. */
export function decodeParts(value: Json, encoding: MediaTypeObject['encoding']): Json {
  if (!encoding || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: JsonObject = { ...value };
  for (const [field, enc] of Object.entries(encoding)) {
    const raw = out[field];
    if (typeof raw !== 'string' || !enc.contentType?.includes('json')) continue;
    try {
      out[field] = JSON.parse(raw) as Json;
    } catch {
      // Left as text: the schema check then reports that the part is not an object.
    }
  }
  return out;
}

