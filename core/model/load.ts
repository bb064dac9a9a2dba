import { readdirSync, readFileSync, existsSync, statSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join, dirname, basename, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type * as Yaml from 'js-yaml';

/** The project's specs, found from this module whether it runs from source or from the CLI's bundle in dist/. */
export const SPECS_DIR = findSpecsDir(dirname(fileURLToPath(import.meta.url)));

const CACHE_DIR = join(SPECS_DIR, '..', 'node_modules', '.cache', 'ideogram-contracts', 'specs');

function findSpecsDir(from: string): string {
  const candidates = [join(from, '..', '..', 'specs'), join(from, '..', 'specs')];
  return candidates.find((dir) => existsSync(join(dir, 'CONVENTIONS.md'))) ?? candidates[0];
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface LoadedSpec {
  provider: string;
  file: string;
  doc: JsonObject;
  /**
   * A hash of the text the document was read from (its file's, and those of the documents its `$ref`s
   * inlined): the build's precompiled validators are used only for the spec text they were compiled from.
   */
  digest?: string;
}

/** Every `specs/<provider>/openapi.yaml`, parsed; the folder name is the provider id. */
export function loadSpecs(dir = SPECS_DIR, only?: readonly string[]): LoadedSpec[] {
  return (
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'openapi.yaml')))
      .filter((entry) => !only || only.includes(entry.name))
      // By code point: localeCompare's first call loads ICU's collation, a few milliseconds of every start.
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((entry) => {
        const file = join(dir, entry.name, 'openapi.yaml');
        return { provider: entry.name, file, ...readDocument(file, entry.name) };
      })
  );
}

/**
 * An OpenAPI document for a vendor the project does not know (`--spec`); its folder name is its
 * provider id, as for the project's own specs.
 */
function loadSpecFile(file: string): LoadedSpec {
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`--spec ${file}: no such file.`);
  const provider = basename(dirname(path));
  const { doc, digest } = readDocument(path, `spec-${createHash('sha1').update(path).digest('hex').slice(0, 12)}`);
  if (!doc || typeof doc !== 'object' || typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.'))
    throw new Error(`--spec ${file}: not an OpenAPI 3.x document (no "openapi: 3.x" field).`);
  return { provider, file: path, doc, digest };
}

/** The project's specs (or those of `only`) and any extra documents, refusing two vendors with one id. */
export function loadAllSpecs(options: { specsDir?: string; providers?: readonly string[]; specs?: readonly string[] } = {}): LoadedSpec[] {
  const all = [...loadSpecs(options.specsDir ?? SPECS_DIR, options.providers), ...(options.specs ?? []).map(loadSpecFile)];
  const seen = new Set<string>();
  for (const spec of all) {
    if (seen.has(spec.provider))
      throw new Error(`Two specs are for the vendor "${spec.provider}" (${spec.file}): put each --spec in a folder named after its vendor.`);
    seen.add(spec.provider);
  }
  return all;
}

/** RFC 6901 pointer segment escaping. */
export function pointer(...segments: (string | number)[]): string {
  return '#/' + segments.map((s) => escapeSegment(String(s))).join('/');
}

// Both run for every operation's responses at start-up, where most segments need no escaping at all.
function escapeSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

/** One RFC 6901 segment, unescaped (`~1` → `/`, `~0` → `~`). */
export function unescapeSegment(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

/** The unescaped segments of a local `$ref` (`#/components/schemas/A~1B` → `['components', 'schemas', 'A/B']`). */
function refSegments(ref: string): string[] {
  return ref.slice(2).split('/').map(unescapeSegment);
}

/** Where a node's content sits: the target of its `$ref`, else where it was written. */
export function locate(raw: Json | undefined, written: string[]): string[] {
  const ref = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw.$ref : undefined;
  return typeof ref === 'string' ? refSegments(ref) : written;
}

/** Follows one local `$ref` (the specs only use `#/components/...`). */
export function deref<T = JsonObject>(doc: JsonObject, node: Json | undefined): T | undefined {
  let current = node;
  for (let hops = 0; current && typeof current === 'object' && !Array.isArray(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${current.$ref}`);
    current = resolvePointer(doc, current.$ref);
  }
  return current as T | undefined;
}

export function resolvePointer(doc: JsonObject, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`);
  let node: Json | undefined = doc;
  for (const key of refSegments(ref)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, Json>)[key];
  }
  return node;
}

/**
 * A document with every `$ref` into another document (`../fal/openapi.yaml#/components/schemas/V3Input`)
 * replaced by a copy of its target, so the rest of the mock sees one self-contained document. Specs are
 * separate documents, but a vendor served on two hosts (fal.run and queue.fal.run) shares its model
 * schemas and examples by reference instead of by copy. Local `$ref`s inside a copied node point into
 * its own document, so they are inlined too. The document itself is not changed (it may be cached).
 */
function inlineExternalRefs(parsed: Parsed, file: string): { doc: JsonObject; digest: string; sources: string[] } {
  const docs = new Map<string, Parsed>([[resolve(file), parsed]]);
  const load = (path: string) => {
    if (!docs.has(path)) docs.set(path, cachedParse(path, `ref-${createHash('sha1').update(path).digest('hex').slice(0, 12)}`));
    return docs.get(path)!.doc;
  };
  const walk = (node: Json, from: string, external: boolean, depth: number): Json => {
    if (!node || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((item) => walk(item, from, external, depth));
    const ref = node.$ref;
    if (typeof ref === 'string' && (external || !ref.startsWith('#'))) {
      if (depth > 50) throw new Error(`${from}: $ref ${ref} nests too deeply (a loop?).`);
      const [target, fragment = ''] = ref.split('#');
      const path = target ? resolve(dirname(from), target) : from;
      const found = resolvePointer(load(path), `#${fragment}`);
      if (found === undefined) throw new Error(`${from}: $ref ${ref} points at nothing.`);
      const { $ref: _, ...siblings } = node;
      const copied = walk(found, path, path !== resolve(file), depth + 1);
      return copied && typeof copied === 'object' && !Array.isArray(copied) ? { ...copied, ...walkObject(siblings, from, external, depth, walk) } : copied;
    }
    return walkObject(node, from, external, depth, walk);
  };
  const doc = walk(parsed.doc, resolve(file), false, 0) as JsonObject;
  const digest = createHash('sha1')
    .update([...docs.values()].map((d) => d.digest).join(' '))
    .digest('hex');
  return { doc, digest, sources: [...docs.keys()] };
}

/**
 * A document, `$ref`s into other documents inlined, and its digest. A document with such `$ref`s is
 * cached inlined as well, valid while every file it was made from keeps its size and time: the
 * inlining walks the whole document, the most a start spent on one spec.
 */
function readDocument(file: string, id: string): { doc: JsonObject; digest: string } {
  const cache = join(CACHE_DIR, `${id}.inlined.json`);
  try {
    const hit = JSON.parse(readFileSync(cache, 'utf8')) as { sources: [string, number, number][]; digest: string; doc: JsonObject };
    if (hit.sources[0]?.[0] === resolve(file) && hit.sources.every(([path, mtimeMs, size]) => sameFile(path, mtimeMs, size)))
      return { doc: hit.doc, digest: hit.digest };
  } catch {
    // None (the document has no such `$ref`s, or was never read), or an unreadable one.
  }
  const parsed = cachedParse(file, id);
  if (!parsed.externalRefs) return { doc: parsed.doc, digest: parsed.digest };
  const { doc, digest, sources } = inlineExternalRefs(parsed, file);
  const stats = sources.map((path) => {
    const { mtimeMs, size } = statSync(path);
    return [path, mtimeMs, size];
  });
  writeCache(cache, `{"sources":${JSON.stringify(stats)},"digest":"${digest}","doc":${JSON.stringify(doc)}}`);
  return { doc, digest };
}

function sameFile(path: string, mtimeMs: number, size: number): boolean {
  const stat = statSync(path);
  return stat.mtimeMs === mtimeMs && stat.size === size;
}

/** Written aside and renamed: parallel test workers must never read a half-written cache. The cache is best effort. */
function writeCache(path: string, text: string) {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, path);
  } catch {
    // A read-only install still works, just without the cache.
  }
}

function walkObject(
  node: JsonObject,
  from: string,
  external: boolean,
  depth: number,
  walk: (node: Json, from: string, external: boolean, depth: number) => Json,
): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = walk(value, from, external, depth);
  return out;
}

/** js-yaml's core schema: four times faster than `yaml` at start-up, and dates stay strings as in JSON. */
export function parseYaml(text: string): JsonObject {
  // Loaded on the first YAML parse only: a start that reads every spec from the cache never needs it.
  const yaml = createRequire(import.meta.url)('js-yaml') as typeof Yaml;
  return yaml.load(text, { schema: yaml.CORE_SCHEMA }) as JsonObject;
}

/** A parsed document, whether it has a `$ref` into another document (found once, when parsed), and its text's hash. */
interface Parsed {
  doc: JsonObject;
  externalRefs: boolean;
  digest: string;
}

/**
 * YAML parsing is most of the specs' share of start-up; a JSON copy keyed by the file's size and
 * modification time is read instead while the YAML is unchanged. The cache is best effort.
 */
function cachedParse(file: string, provider: string): Parsed {
  const { mtimeMs, size } = statSync(file);
  const cache = join(CACHE_DIR, `${provider}.json`);
  try {
    const hit = JSON.parse(readFileSync(cache, 'utf8')) as {
      file: string;
      mtimeMs: number;
      size: number;
      externalRefs?: boolean;
      digest?: string;
      doc: JsonObject;
    };
    if (hit.file === file && hit.mtimeMs === mtimeMs && hit.size === size && typeof hit.externalRefs === 'boolean' && typeof hit.digest === 'string')
      return { doc: hit.doc, externalRefs: hit.externalRefs, digest: hit.digest };
  } catch {
    // No cache yet, or an unreadable one: parse the YAML.
  }
  const source = readFileSync(file, 'utf8');
  const doc = parseYaml(source);
  const digest = createHash('sha1').update(source).digest('hex');
  const text = JSON.stringify(doc);
  const externalRefs = /"\$ref":"[^#]/.test(text);
  writeCache(
    cache,
    `{"file":${JSON.stringify(file)},"mtimeMs":${mtimeMs},"size":${size},"externalRefs":${externalRefs},"digest":"${digest}","doc":${text ?? 'null'}}`,
  );
  return { doc, externalRefs, digest };
}
