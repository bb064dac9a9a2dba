import { createHash } from 'node:crypto';
import type { MockContext } from '../../context';
import { createSchemaCompiler, type ValidateFunction } from '../../../core/model/ajv';
import { resolvePointer, type Json, type JsonObject, type LoadedSpec } from '../../../core/model/load';

/** One Ideogram model of the spec's `x-models` map. */
export interface ModelEntry {
  /** `owner/name` */
  name: string;
  official: boolean;
  versions: string[];
  /** Pointer to the model's input schema (`#/components/schemas/IdeogramV3Input`). */
  input: string;
  validate: ValidateFunction;
}

export interface Models {
  spec: LoadedSpec;
  byName: Map<string, ModelEntry>;
}

const cache = new WeakMap<MockContext, Models>();

/** The spec's `x-models`, each with a validator for its one input schema (compiled on first use). */
export function modelsOf(ctx: MockContext): Models {
  const known = cache.get(ctx);
  if (known) return known;
  const spec = ctx.index.specs.find((s) => s.provider === 'replicate');
  if (!spec) throw new Error('specs/replicate/openapi.yaml is not loaded');
  const compiler = createSchemaCompiler([spec]);
  const byName = new Map<string, ModelEntry>();
  for (const [name, raw] of Object.entries((spec.doc['x-models'] ?? {}) as Record<string, Json>)) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw) || typeof raw.input !== 'string') continue;
    const input = raw.input;
    byName.set(name, { name, official: raw.official === true, versions: (raw.versions ?? []) as string[], input, validate: compiler.lazy('replicate', input) });
  }
  const models = { spec, byName };
  cache.set(ctx, models);
  return models;
}

/**
 * What `version` names (`POST /v1/predictions`): a version id, `owner/name:id`, or an official
 * `owner/name`. The prediction then reports the id, or `hidden` for an official model.
 */
export function resolveVersion(models: Models, version: string): { model: ModelEntry; version: string } | undefined {
  const [ref, id] = version.includes(':') ? version.split(':', 2) : /^[0-9a-f]{64}$/.test(version) ? [undefined, version] : [version, undefined];
  const candidates = ref ? [models.byName.get(ref)].filter((m) => m !== undefined) : [...models.byName.values()];
  if (id === undefined) return candidates[0]?.official ? { model: candidates[0], version: 'hidden' } : undefined;
  const model = candidates.find((m) => versionIds(m).includes(id));
  return model ? { model, version: id } : undefined;
}

/**
 * The model's version ids, latest first: the spec's, else one stable stand-in (official models hide
 * theirs), which `models.get` hands out as `latest_version` and predictions therefore accept.
 */
export function versionIds(model: ModelEntry): string[] {
  return model.versions.length ? model.versions : [createHash('sha256').update(model.name).digest('hex')];
}

/** A documented version made this model's: its id, and its own input schema in `openapi_schema`. */
export function versionBody(models: Models, model: ModelEntry, id: string, documented: JsonObject): JsonObject {
  const version = structuredClone(documented);
  const schemas = ((version.openapi_schema as JsonObject).components as JsonObject).schemas as JsonObject;
  schemas.Input = inputSchema(models, model);
  version.id = id;
  return version;
}

/** The model's input schema with every `$ref` written in, as `models.get` hands it out in `openapi_schema`. */
function inputSchema(models: Models, model: ModelEntry): Json {
  const inline = (node: Json | undefined, depth: number): Json => {
    if (Array.isArray(node)) return node.map((item) => inline(item, depth));
    if (!node || typeof node !== 'object') return node ?? null;
    if (typeof node.$ref === 'string' && depth < 8) {
      const { $ref, ...rest } = node;
      return { ...(inline(resolvePointer(models.spec.doc, $ref as string), depth + 1) as JsonObject), ...(inline(rest, depth) as JsonObject) };
    }
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => !key.startsWith('x-'))
        .map(([key, value]) => [key, inline(value, depth)]),
    );
  };
  return inline(resolvePointer(models.spec.doc, model.input), 0);
}
