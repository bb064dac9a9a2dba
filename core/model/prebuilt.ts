import type { ValidateFunction } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadedSpec } from './load';

/**
 * What the build wrote for one spec in `dist/validators/<provider>/manifest.json` (standalone.ts):
 * the digest of the spec text it compiled, and where each validator is, by `s` (strict) or `c`
 * (coercing) followed by the schema's pointer: `[file, export]`.
 */
export interface ValidatorManifest {
  digest: string;
  validators: Record<string, [string, string]>;
}

/**
 * Beside the bundles only (dist/validators, next to dist/chunks/ or the entry files): code run from the
 * sources compiles its validators itself, as the build and its Ajv options may not match them.
 */
const DIR = [join(dirname(fileURLToPath(import.meta.url)), '..', 'validators'), join(dirname(fileURLToPath(import.meta.url)), 'validators')].find((dir) =>
  existsSync(join(dir, 'formats.cjs')),
);
const load = createRequire(import.meta.url);
const manifests = new Map<string, ValidatorManifest | undefined>();

export function validatorKey(coerce: boolean, ref: string): string {
  return `${coerce ? 'c' : 's'}${ref}`;
}

/**
 * The build's precompiled validator of `ref` in this spec, when the build compiled this very spec text
 * (a spec edited since, or a `--spec` file, has none: Ajv compiles it then). One module per operation,
 * so a first request loads its own operation's code only.
 */
export function prebuiltValidator(spec: LoadedSpec, coerce: boolean, ref: string): ValidateFunction | undefined {
  if (!DIR || !spec.digest) return undefined;
  if (!manifests.has(spec.provider)) manifests.set(spec.provider, readManifest(join(DIR, spec.provider, 'manifest.json')));
  const manifest = manifests.get(spec.provider);
  const entry = manifest?.digest === spec.digest ? manifest.validators[validatorKey(coerce, ref)] : undefined;
  if (!entry) return undefined;
  return (load(join(DIR, spec.provider, entry[0])) as Record<string, ValidateFunction>)[entry[1]];
}

function readManifest(file: string): ValidatorManifest | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ValidatorManifest;
  } catch {
    return undefined;
  }
}
