import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadSpecs, resolvePointer, SPECS_DIR, type Json } from './load';
import { operationsOf } from './operations';
import { createSchemaCompiler, type ValidateFunction } from './ajv';
import { validatorKey, type ValidatorManifest } from './prebuilt';
import { writeValidators } from './standalone';

// The build's precompiled validators must judge every body and parameter exactly as Ajv compiling at run
// time does, errors included (the mock's refusals are phrased from them). Written under node_modules,
// from where their `require("ajv/dist/runtime/…")` resolves as in dist/.
const cacheRoot = join(SPECS_DIR, '..', 'node_modules', '.cache');
const dir = join(mkdtempSync(join(cacheRoot, 'standalone-test-')), 'validators');
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const specs = loadSpecs();
writeValidators(dir, specs);
const load = createRequire(import.meta.url);

function prebuilt(provider: string, coerce: boolean, ref: string): ValidateFunction {
  const manifest = JSON.parse(readFileSync(join(dir, provider, 'manifest.json'), 'utf8')) as ValidatorManifest;
  const [file, name] = manifest.validators[validatorKey(coerce, ref)] ?? [];
  expect(file, `${provider} ${coerce ? 'coercing' : 'strict'} ${ref}`).toBeDefined();
  return (load(join(dir, provider, file!)) as Record<string, ValidateFunction>)[name!];
}

/** What a caller sees of a verdict: the result, and each error's keyword, place, parameters, schema and data. */
function verdict(validate: ValidateFunction, data: unknown) {
  const copy = structuredClone(data);
  const ok = validate(copy);
  return { ok, copy, errors: (validate.errors ?? []).map((e) => [e.keyword, e.instancePath, e.params, e.schema, e.data]) };
}

/** The documented examples, and each with one field made a number, a string, or joined by an unknown field. */
function samples(examples: Json[]): unknown[] {
  const out: unknown[] = [{}, null, 42, 'text', [], ...examples];
  for (const example of examples) {
    if (!example || typeof example !== 'object' || Array.isArray(example)) continue;
    for (const key of Object.keys(example)) out.push({ ...example, [key]: 12345 }, { ...example, [key]: 'zz' }, { ...example, [key]: null });
    out.push({ ...example, not_a_documented_field: 1 });
  }
  return out;
}

describe('writeValidators', () => {
  it('records the digest of the spec text each vendor was compiled from', () => {
    for (const spec of specs) {
      const manifest = JSON.parse(readFileSync(join(dir, spec.provider, 'manifest.json'), 'utf8')) as ValidatorManifest;
      expect(manifest.digest).toBe(spec.digest);
    }
  });

  it.each(specs.map((spec) => [spec.provider, spec] as const))('%s: every body and parameter is judged as Ajv judges it at run time', (_provider, spec) => {
    const strict = createSchemaCompiler([spec]);
    const coercing = createSchemaCompiler([spec], { coerce: true });
    let compared = 0;
    for (const op of operationsOf(spec)) {
      for (const body of op.bodies) {
        if (resolvePointer(spec.doc, body.schemaRef) === undefined) continue; // documented by examples alone: no schema
        const before = strict.compile(spec.provider, body.schemaRef);
        const after = prebuilt(spec.provider, false, body.schemaRef);
        for (const sample of samples(body.examples.map((e) => e.decoded))) {
          expect(verdict(after, sample), `${op.operationId} ${JSON.stringify(sample)?.slice(0, 80)}`).toEqual(verdict(before, sample));
          compared++;
        }
      }
      for (const parameter of op.parameters) {
        const before = coercing.compile(spec.provider, parameter.schemaRef);
        const after = prebuilt(spec.provider, true, parameter.schemaRef);
        // Parameters arrive as text, which the coercing validators turn into the schema's types.
        for (const sample of ['1', 'true', 'abc', '', String(parameter.example ?? ''), ['a', 'b']]) {
          expect(verdict(after, sample), `${op.operationId} ${parameter.name}`).toEqual(verdict(before, sample));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
