import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { LoadedSpec } from './load';

export type { ErrorObject, ValidateFunction };

export interface SchemaCompiler {
  /** Compiles the schema found at `ref` (a `#/...` pointer) inside the provider's document. */
  compile(provider: string, ref: string): ValidateFunction;
  /**
   * The same, compiled on first use: start-up then costs only parsing, and `warm()` compiles the
   * rest once the server is listening.
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
    lazy: (provider, ref) => lazyValidator(() => compiler.compile(provider, ref)),
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

function createAjv(spec: LoadedSpec, coerce: boolean) {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    verbose: true,
    coerceTypes: coerce ? 'array' : false,
    validateSchema: false,
    discriminator: true,
  });
  addFormats.default(ajv);
  ajv.addFormat('binary', true);
  ajv.addFormat('byte', true);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addSchema(spec.doc as object, specId(spec.provider));
  return ajv;
}

function specId(provider: string): string {
  return `https://specs.ideogram-contracts.local/${provider}.json`;
}
