/** What an operation's request schema declares (properties, enums, required fields), read from the spec the mock serves. */
import type { MockApp } from '../../mock-server/app';
import { deref, type Json, type JsonObject } from '../../core/model/load';
import type { Operation } from '../../core/model/operations';
import { requestMedia } from './documented-requests';

function specDoc(app: MockApp, provider: string): JsonObject {
  const spec = app.mock.index.specs.find((s) => s.provider === provider);
  if (!spec) throw new Error(`no spec for ${provider}`);
  return spec.doc;
}

export type Path = (string | number)[];

function enumOf(doc: JsonObject, schema: JsonObject | undefined): Json[] | undefined {
  if (!schema) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum;
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    for (const sub of (schema[key] ?? []) as Json[]) {
      const found = enumOf(doc, deref<JsonObject>(doc, sub));
      if (found) return found;
    }
  }
  return undefined;
}

/** Own properties plus those an `allOf` brings in (InitialImageRequest extends ImageRequest that way). */
function propertiesOf(doc: JsonObject, schema: JsonObject): [string, Json][] {
  return [
    ...Object.entries((schema.properties ?? {}) as Record<string, Json>),
    ...((schema.allOf ?? []) as Json[]).flatMap((sub) => propertiesOf(doc, deref<JsonObject>(doc, sub) ?? {})),
  ];
}

function propertySchema(app: MockApp, op: Operation, path: string[]): JsonObject | undefined {
  const doc = specDoc(app, op.provider);
  let schema: JsonObject | undefined = requestMedia(op)?.schema;
  for (const name of path) {
    if (!schema) return undefined;
    const found = propertiesOf(doc, schema).find(([key]) => key === name);
    if (!found) return undefined;
    schema = deref<JsonObject>(doc, found[1]) ?? {};
  }
  return schema;
}

/** Whether the request schema declares the property at `path` (`['image_request', 'seed']`). */
export function declaresProperty(app: MockApp, op: Operation, path: string[]): boolean {
  return propertySchema(app, op, path) !== undefined;
}

/** The enum the request schema gives the property at `path`, if any. */
export function enumAt(app: MockApp, op: Operation, path: string[]): Json[] | undefined {
  return enumOf(specDoc(app, op.provider), propertySchema(app, op, path));
}

/**
 * An enum-typed property of the request body (searched through nested objects such as
 * `image_request`), preferring one the documented example sets; undefined when the schema has none.
 */
export function findEnumProperty(app: MockApp, op: Operation, example: Record<string, Json>): { path: Path; allowed: Json[] } | undefined {
  const media = requestMedia(op);
  if (!media) return undefined;
  const doc = specDoc(app, op.provider);
  const found: { path: Path; allowed: Json[]; present: boolean }[] = [];
  const walk = (schema: JsonObject, at: Path, value: Json | undefined, depth: number) => {
    for (const [name, raw] of propertiesOf(doc, schema)) {
      const prop = deref<JsonObject>(doc, raw) ?? {};
      const child = value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject)[name] : undefined;
      const allowed = enumOf(doc, prop);
      if (allowed && allowed.every((v) => typeof v === 'string')) found.push({ path: [...at, name], allowed, present: child !== undefined });
      else if (prop.type === 'object' && depth < 3) walk(prop, [...at, name], child, depth + 1);
    }
  };
  walk(media.schema, [], example, 0);
  return found.find((f) => f.present) ?? found[0];
}

/** A query parameter with a declared enum (fal's `logs`), for operations without a body. */
export function findEnumQuery(app: MockApp, op: Operation): { name: string; allowed: Json[] } | undefined {
  const doc = specDoc(app, op.provider);
  for (const param of op.parameters) {
    const allowed = enumOf(doc, param.schema);
    if (param.in === 'query' && allowed) return { name: param.name, allowed };
  }
  return undefined;
}

export function setPath(target: Record<string, Json>, path: Path, value: Json) {
  let node = target as JsonObject;
  for (const key of path.slice(0, -1)) {
    const next = node[String(key)];
    if (!next || typeof next !== 'object' || Array.isArray(next)) node[String(key)] = {};
    node = node[String(key)] as JsonObject;
  }
  node[String(path[path.length - 1])] = value;
}

/** The request schema's top-level `required` list. */
export function requiredProperties(op: Operation): string[] {
  return ((requestMedia(op)?.schema.required ?? []) as string[]).slice();
}
