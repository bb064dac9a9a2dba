import type Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import type addFormats from 'ajv-formats';
import { createRequire } from 'node:module';
import type { LoadedSpec } from './load';
import { prebuiltValidator } from './prebuilt';

export type { ErrorObject, ValidateFunction };

export interface SchemaCompiler {
  /** Compiles the schema found at `ref` (a `#/...` pointer) inside the provider's document. */
  compile(provider: string, ref: string): ValidateFunction;
  /**
   * The same, made on first use: the build's precompiled validator when it was compiled from this very
   * spec text (prebuilt.ts), else compiled then. Start-up then costs only parsing, and `warm()` makes
   * the rest once the server is listening.
   */
  lazy(provider: string, ref: string): ValidateFunction;
}

/** A validator whose compilation waits for its first call (or an explicit warm-up). */
function lazyValidator(compile: () => ValidateFunction): ValidateFunction {
  let compiled: ValidateFunction | undefined;
  const validate = ((data: unknown) => {
    compiled ??= compile();
    const ok = compiled(data);
    validate.errors = compiled.errors;
    return ok;
  }) as ValidateFunction;
  Object.defineProperty(validate, 'warm', { value: () => void (compiled ??= compile()) });
  return validate;
}

/** Compiles a lazy validator now (no-op for compiled ones). */
export function warmValidator(validate: ValidateFunction) {
  (validate as ValidateFunction & { warm?: () => void }).warm?.();
}

/**
 * Ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses) holding a spec as a schema resource, so `$ref`s inside
 * it resolve without a bundling step. One Ajv per spec, made on its first compile: indexing a document
 * costs time a request to another vendor never needs, so the first request costs its own spec's share
 * whatever the number of specs (their cross-document `$ref`s are inlined when loaded, so none reaches
 * another spec's Ajv).
 * `coerce` turns path, query and header text into the schema's types (never a body: form text is
 * typed by pipeline/form-text.ts, so JSON inside a part is held to a JSON body's strictness).
 */
export function createSchemaCompiler(specs: LoadedSpec[], { coerce = false } = {}): SchemaCompiler {
  const instances = new Map<string, InstanceType<typeof Ajv2020>>();
  const ajvFor = (provider: string) => {
    let ajv = instances.get(provider);
    if (!ajv) {
      const spec = specs.find((s) => s.provider === provider);
      if (!spec) throw new Error(`No spec is loaded for the vendor "${provider}".`);
      ajv = createAjv(spec, coerce);
      instances.set(provider, ajv);
    }
    return ajv;
  };
  const cache = new Map<string, ValidateFunction>();
  const compiler: SchemaCompiler = {
    lazy: (provider, ref) =>
      lazyValidator(() => {
        const spec = specs.find((s) => s.provider === provider);
        return (spec && prebuiltValidator(spec, coerce, ref)) ?? compiler.compile(provider, ref);
      }),
    compile(provider, ref) {
      const key = `${provider}${ref}`;
      let validate = cache.get(key);
      if (!validate) {
        validate = ajvFor(provider).compile({ $ref: specId(provider) + ref });
        cache.set(key, validate);
      }
      return validate;
    },
  };
  return compiler;
}

/**
 * OpenAPI's formats on top of ajv-formats' (binary and byte: any string). Plain functions: the build
 * writes them into its precompiled validators as source text (standalone.ts).
 */
export const OPENAPI_FORMATS = {
  binary: true,
  byte: true,
  int32: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 },
  int64: { type: 'number', validate: (n: number) => Number.isInteger(n) },
  float: { type: 'number', validate: () => true },
  double: { type: 'number', validate: () => true },
} as const;

// Loaded on the first compile only: a mock served by the build's precompiled validators never needs Ajv.
const load = createRequire(import.meta.url);

/** An Ajv holding one spec; `code` is for the build, which turns what it compiles into source (standalone.ts). */
export function createAjv(spec: LoadedSpec, coerce: boolean, code?: Options['code']) {
  const Ajv = (load('ajv/dist/2020.js') as { default: typeof Ajv2020 }).default;
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    verbose: true,
    coerceTypes: coerce ? 'array' : false,
    validateSchema: false,
    discriminator: true,
    code,
  });
  (load('ajv-formats') as { default: typeof addFormats }).default(ajv);
  for (const [name, format] of Object.entries(OPENAPI_FORMATS)) ajv.addFormat(name, format);
  ajv.addSchema(spec.doc as object, specId(spec.provider));
  return ajv;
}

export function specId(provider: string): string {
  return `https://specs.ideogram-contracts.local/${provider}.json`;
}
