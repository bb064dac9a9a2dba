/**
 * Rules that let generic generators (orval, kubb, openapi-generator) take the specs as they are:
 * no component name shared with a document the spec imports from (orval copies the imported
 * document's components in beside its own: duplicate identifiers), `type: object` beside a
 * `oneOf`/`anyOf` of objects (orval serialises an untyped union in a form as `[object Object]`),
 * success schemas that an error body fails, and the headers the vendors always send marked required.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deref, parseYaml, type Json, type JsonObject } from '../../core/model/load';
import { operationsOf } from '../../core/model/operations';
import { createSchemaCompiler } from '../../core/model/ajv';
import { loadAllSpecs } from '../../core/model/load';

const SPECS_DIR = resolve(__dirname, '../../specs');
const PROVIDERS = ['ideogram', 'yutoai', 'pixazo', 'magnific', 'fal', 'fal-queue', 'fal-rest', 'replicate', 'kie', 'wavespeed'];
/** Each spec as written, before external `$ref`s are inlined. */
const written = new Map(PROVIDERS.map((p) => [p, parseYaml(readFileSync(join(SPECS_DIR, p, 'openapi.yaml'), 'utf8'))]));

/** Every `$ref` in a document. */
function refsOf(node: Json, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => refsOf(item, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out.push(value);
      else refsOf(value, out);
    }
  }
  return out;
}

/** The document a `$ref` names and the JSON it points at (`#/...` inside `doc` when local). */
function follow(provider: string, ref: string): { provider: string; node: JsonObject | undefined } {
  const [file, fragment = ''] = ref.split('#');
  const target = file ? PROVIDERS.find((p) => resolve(SPECS_DIR, provider, file) === join(SPECS_DIR, p, 'openapi.yaml'))! : provider;
  let node: Json | undefined = written.get(target);
  for (const segment of fragment.split('/').slice(1)) node = (node as JsonObject | undefined)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  return { provider: target, node: node as JsonObject | undefined };
}

/** What a schema holds, through `$ref` and `allOf`: `object` when every way it can be is an object. */
function isObjectSchema(provider: string, schema: JsonObject | undefined, depth = 0): boolean {
  if (!schema || depth > 10) return false;
  if (typeof schema.$ref === 'string') {
    const next = follow(provider, schema.$ref);
    return isObjectSchema(next.provider, next.node, depth + 1);
  }
  if (schema.type === 'object') return true;
  if (schema.type !== undefined) return false;
  if (schema.properties) return true;
  const allOf = schema.allOf as JsonObject[] | undefined;
  if (allOf?.some((part) => isObjectSchema(provider, part, depth + 1))) return true;
  const union = (schema.oneOf ?? schema.anyOf) as JsonObject[] | undefined;
  return Boolean(union?.length && union.every((branch) => isObjectSchema(provider, branch, depth + 1)));
}

/** Every `oneOf`/`anyOf` of objects with no `type` of its own (a `not`'s combination of `required` rules is not a type). */
function untypedObjectUnions(provider: string): string[] {
  const found: string[] = [];
  const visit = (node: Json, path: string) => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}/${i}`));
    if (!node || typeof node !== 'object') return;
    for (const key of ['oneOf', 'anyOf']) {
      const branches = node[key] as JsonObject[] | undefined;
      if (Array.isArray(branches) && node.type === undefined && branches.every((b) => isObjectSchema(provider, b))) found.push(`${path}/${key}`);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'not' && key !== 'examples' && key !== 'example') visit(value, `${path}/${key}`);
  };
  visit(written.get(provider)!, '#');
  return found;
}

describe('component names', () => {
  it.each(PROVIDERS)('%s declares no component under a name a document it imports from declares too', (provider) => {
    const doc = written.get(provider)!;
    const imported = new Set(
      refsOf(doc)
        .filter((ref) => !ref.startsWith('#'))
        .map((ref) => follow(provider, ref).provider),
    );
    const clashes: string[] = [];
    for (const other of imported) {
      const theirs = (written.get(other)!.components ?? {}) as Record<string, JsonObject>;
      // Security schemes are named, not generated: `security` can only name the document's own.
      for (const [section, ours] of Object.entries((doc.components ?? {}) as Record<string, JsonObject>)) {
        if (section === 'securitySchemes') continue;
        for (const name of Object.keys(ours ?? {})) if (theirs[section]?.[name] !== undefined) clashes.push(`${section}/${name} (also in ${other})`);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('unions of objects', () => {
  it('the rule sees an untyped union of objects (checks itself)', () => {
    written.set('probe', { components: { schemas: { A: { type: 'object' }, U: { oneOf: [{ $ref: '#/components/schemas/A' }, { properties: {} }] } } } });
    try {
      expect(untypedObjectUnions('probe')).toEqual(['#/components/schemas/U/oneOf']);
    } finally {
      written.delete('probe');
    }
  });

  it.each(PROVIDERS)('%s: every oneOf/anyOf whose branches are all objects says type: object', (provider) => {
    expect(untypedObjectUnions(provider)).toEqual([]);
  });
});

describe('success schemas', () => {
  const specs = loadAllSpecs();
  it.each(PROVIDERS)("%s: no 2xx JSON schema accepts one of the spec's documented error bodies", (provider) => {
    const spec = specs.find((s) => s.provider === provider)!;
    const compiler = createSchemaCompiler([spec]);
    const operations = operationsOf(spec);
    const errors = operations.flatMap((op) => op.responses.filter((r) => r.status >= 400).flatMap((r) => r.examples.map((e) => e.value)));
    const errorObjects = [...new Map(errors.filter((e) => e && typeof e === 'object' && !Array.isArray(e)).map((e) => [JSON.stringify(e), e])).values()];
    expect(errorObjects.length).toBeGreaterThan(0);
    const accepting: string[] = [];
    for (const op of operations) {
      for (const response of op.responses.filter((r) => r.status >= 200 && r.status < 300 && r.schemaRef)) {
        const validate = compiler.compile(provider, response.schemaRef!);
        const passes = errorObjects.find((body) => validate(body));
        if (passes) accepting.push(`${op.operationId} ${response.status} accepts ${JSON.stringify(passes).slice(0, 80)}`);
      }
    }
    expect(accepting).toEqual([]);
  });
});

/** Headers a vendor sends with every answer of that kind, by its documents. */
const ALWAYS_SENT: { provider: string; status: (status: number) => boolean; header: string; why: string }[] = [
  { provider: 'fal', status: (s) => s >= 200 && s < 300, header: 'x-fal-request-id', why: "fal's clients read it from every answer (fal-js response.ts)" },
  { provider: 'fal-queue', status: (s) => s >= 200 && s < 300, header: 'x-fal-request-id', why: 'the queue names the request it answers for' },
  {
    provider: 'fal',
    status: (s) => s === 503 || s === 504,
    header: 'x-fal-error-type',
    why: 'request errors carry it beside error_type (fal request-errors page)',
  },
  {
    provider: 'fal-queue',
    status: (s) => s === 503 || s === 504,
    header: 'x-fal-error-type',
    why: 'request errors carry it beside error_type (fal request-errors page)',
  },
  { provider: 'pixazo', status: (s) => s === 429, header: 'retry-after', why: "Azure API Management's rate-limit answer always carries it" },
];

describe('response headers', () => {
  it.each(ALWAYS_SENT.map((rule) => [`${rule.provider} ${rule.header}`, rule] as const))('%s is marked required wherever it is documented', (_label, rule) => {
    const { doc } = loadAllSpecs({ providers: [rule.provider] })[0];
    const documented = Object.values((doc.paths ?? {}) as Record<string, JsonObject>).flatMap((item) =>
      Object.values(item).flatMap((op) =>
        Object.entries(((op as JsonObject).responses ?? {}) as Record<string, Json>)
          .filter(([code]) => rule.status(Number(code)))
          .flatMap(([code, raw]) => {
            const headers = (deref<JsonObject>(doc, raw)?.headers ?? {}) as Record<string, Json>;
            return Object.entries(headers)
              .filter(([name]) => name.toLowerCase() === rule.header)
              .map(([, header]) => ({
                where: `${String((op as JsonObject).operationId)} ${code}`,
                required: deref<JsonObject>(doc, header)?.required === true,
              }));
          }),
      ),
    );
    expect(documented.length, rule.why).toBeGreaterThan(0);
    expect(
      documented.filter((d) => !d.required).map((d) => d.where),
      rule.why,
    ).toEqual([]);
  });
});
