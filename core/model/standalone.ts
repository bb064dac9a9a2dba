// The build's half of prebuilt.ts: every validator the mock makes from a spec (request bodies strict,
// parameters coercing, Replicate's `x-models` inputs), compiled by Ajv now and written as standalone
// code (Ajv's own output, needing only its small runtime helpers), so a mock started from the bundle
// loads neither Ajv nor a spec's schemas to answer its first request. scripts/build.js runs it.
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpecs, resolvePointer, type Json, type LoadedSpec } from './load';
import { operationsOf } from './operations';
import { createAjv, OPENAPI_FORMATS, specId } from './ajv';
import { validatorKey, type ValidatorManifest } from './prebuilt';

/** One module's validators: pointers compiled strictly (bodies) and with coercion (parameters). */
interface Group {
  strict: string[];
  coercing: string[];
}

/**
 * Writes `<dir>/formats.cjs` and, per spec, `<dir>/<provider>/<n>.cjs` (one operation's validators)
 * with its manifest.json; the whole folder is written aside and renamed into place.
 */
export function writeValidators(dir: string, specs: LoadedSpec[] = loadSpecs()): void {
  const partial = `${dir}.${process.pid}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, 'formats.cjs'), formatsModule());
  for (const spec of specs) writeSpec(join(partial, spec.provider), spec);
  const old = `${dir}.${process.pid}.old`;
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(dir, old);
  } catch {
    // None yet.
  }
  renameSync(partial, dir);
  rmSync(old, { recursive: true, force: true });
}

function writeSpec(dir: string, spec: LoadedSpec) {
  mkdirSync(dir, { recursive: true });
  const has = (ref: string) => resolvePointer(spec.doc, ref) !== undefined;
  const groups: Group[] = operationsOf(spec).map((op) => ({
    strict: op.bodies.map((b) => b.schemaRef).filter(has),
    coercing: op.parameters.map((p) => p.schemaRef),
  }));
  // Replicate's models: `POST /v1/predictions` checks `input` against the model's schema.
  const models = Object.values((spec.doc['x-models'] ?? {}) as Record<string, Json>).flatMap((m) =>
    m && typeof m === 'object' && !Array.isArray(m) && typeof m.input === 'string' && has(m.input) ? [m.input] : [],
  );
  if (models.length) groups.push({ strict: models, coercing: [] });
  const strict = createAjv(spec, false, { source: true, formats: _`formats` });
  const coercing = createAjv(spec, true, { source: true, formats: _`formats` });
  const manifest: ValidatorManifest = { digest: spec.digest ?? '', validators: {} };
  groups.forEach((group, n) => {
    const file = `${n}.cjs`;
    const sections = [
      section(strict, spec, group.strict, 's', n, (ref, name) => (manifest.validators[validatorKey(false, ref)] ??= [file, name])),
      section(coercing, spec, group.coercing, 'c', n, (ref, name) => (manifest.validators[validatorKey(true, ref)] ??= [file, name])),
    ];
    writeFileSync(join(dir, file), `"use strict";\nconst formats = require("../formats.cjs");\n${sections.join('\n')}\n`);
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

/** Ajv's standalone code for these pointers, exported as `<prefix><i>`, in a scope of its own. */
function section(
  ajv: ReturnType<typeof createAjv>,
  spec: LoadedSpec,
  refs: string[],
  prefix: string,
  group: number,
  record: (ref: string, name: string) => void,
): string {
  if (!refs.length) return '';
  const exports: Record<string, string> = {};
  refs.forEach((ref, i) => {
    const name = `${prefix}${i}`;
    // The key Ajv knows the schema by while compiling; the module exports it as `name`.
    const key = `${prefix}${group}-${i}`;
    ajv.addSchema({ $ref: specId(spec.provider) + ref }, key);
    exports[name] = key;
    record(ref, name);
  });
  return `(function (exports) {\n${standaloneCode(ajv, exports)}\n})(module.exports);`;
}

/** ajv-formats' formats with OPENAPI_FORMATS over them, as the compiling Ajv had them. */
function formatsModule(): string {
  const own = Object.entries(OPENAPI_FORMATS).map(([name, format]) =>
    format === true
      ? `${JSON.stringify(name)}: true`
      : `${JSON.stringify(name)}: { type: ${JSON.stringify(format.type)}, validate: ${String(format.validate)} }`,
  );
  return `"use strict";\nmodule.exports = Object.assign({}, require("ajv-formats/dist/formats").fullFormats, {\n  ${own.join(',\n  ')}\n});\n`;
}
