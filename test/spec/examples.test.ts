import { describe, expect, it } from 'vitest';
import { loadSpecs } from '../../core/model/load';
import { createSchemaCompiler } from '../../core/model/ajv';
import { collectExamples, type ExampleCase } from '../../core/model/examples';
import { deref, resolvePointer, type Json, type JsonObject } from '../../core/model/load';

/** The top-level `required` list of the example's schema (after following `$ref`s). */
function requiredOf(c: ExampleCase): string[] {
  const doc = specs.find((s) => s.provider === c.provider)!.doc;
  const schema = deref<JsonObject>(doc, resolvePointer(doc, c.schemaRef));
  return Array.isArray(schema?.required) ? (schema.required as string[]) : [];
}

const specs = loadSpecs();
const compiler = createSchemaCompiler(specs);
const cases = specs.flatMap(collectExamples);
const validate = (c: ExampleCase, value: Json = c.value) => {
  const check = compiler.compile(c.provider, c.schemaRef);
  return { ok: check(value), errors: check.errors };
};

describe('every documented example validates against its schema', () => {
  it('finds examples in every spec', () => {
    for (const spec of specs) expect(cases.filter((c) => c.provider === spec.provider).length, spec.provider).toBeGreaterThan(0);
  });
  it.each(cases.map((c) => [`${c.provider} ${c.operation} ${c.where} ${c.name}`, c] as const))('%s', (_label, c) => {
    const result = validate(c);
    expect(result.errors ?? []).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

/** First object in the value (depth-first) that has a property whose schema is an enum or that is required. */
function findMutation(value: Json, kind: 'enum' | 'required'): { mutated: Json; what: string } | undefined {
  const copy = structuredClone(value);
  const stack: JsonObject[] = copy && typeof copy === 'object' && !Array.isArray(copy) ? [copy] : [];
  while (stack.length) {
    const node = stack.shift()!;
    for (const [key, child] of Object.entries(node)) {
      if (kind === 'enum' && typeof child === 'string' && /^[A-Z][A-Z0-9_]+$/.test(child)) {
        node[key] = `${child}_NOT_A_VALUE`;
        return { mutated: copy, what: `${key}=${child}` };
      }
      if (child && typeof child === 'object' && !Array.isArray(child)) stack.push(child);
    }
  }
  if (kind === 'required' && copy && typeof copy === 'object' && !Array.isArray(copy)) {
    const [first] = Object.keys(copy);
    if (first === undefined) return undefined;
    delete (copy as JsonObject)[first];
    return { mutated: copy, what: first };
  }
  return undefined;
}

describe('the schemas are strict enough to catch a broken example', () => {
  const enumCases = cases.filter((c) => c.where.startsWith('response 2') && findMutation(c.value, 'enum'));
  it('has status/enum-bearing examples to mutate', () => expect(enumCases.length).toBeGreaterThan(10));
  it.each(enumCases.map((c) => [`${c.provider} ${c.operation} ${c.name}`, c] as const))('changing an enum value fails: %s', (_label, c) => {
    const mutation = findMutation(c.value, 'enum')!;
    expect(validate(c, mutation.mutated).ok, `mutated ${mutation.what}`).toBe(false);
  });

  const requiredCases = cases.flatMap((c) =>
    requiredOf(c)
      .filter((field) => c.value && typeof c.value === 'object' && field in (c.value as JsonObject))
      .map((field) => [`${c.provider} ${c.operation} ${c.where} ${c.name} without ${field}`, c, field] as const),
  );
  it('has required fields to drop', () => expect(requiredCases.length).toBeGreaterThan(50));
  it.each(requiredCases)('dropping a required field fails: %s', (_label, c, field) => {
    const copy = structuredClone(c.value) as JsonObject;
    delete copy[field];
    expect(validate(c, copy).ok).toBe(false);
  });
});
