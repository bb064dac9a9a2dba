import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { HTTP_METHODS } from '../../core/model/operations';
import { deref, loadSpecs, resolvePointer, type Json, type JsonObject, type LoadedSpec } from '../../core/model/load';

// What tools that do not follow nested $refs or read extensions (client generators, Redoc, Schemathesis)
// need from the specs: they are the users' tools, not ours.

const specs = loadSpecs();

interface Op {
  spec: LoadedSpec;
  path: string;
  op: JsonObject;
}

const operations: Op[] = specs.flatMap((spec) =>
  Object.entries((spec.doc.paths ?? {}) as Record<string, JsonObject>).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((m) => ({ spec, path, op: item[m] as JsonObject })),
  ),
);

const multipart = operations.flatMap(({ spec, op }) => {
  const media = (deref<JsonObject>(spec.doc, op.requestBody)?.content as Record<string, JsonObject> | undefined)?.['multipart/form-data'];
  return media ? [{ spec, id: `${spec.provider} ${String(op.operationId)}`, media }] : [];
});

/** The media type's schema after at most one `$ref`, which every tool follows. */
function partsOf(spec: LoadedSpec, media: JsonObject): Record<string, JsonObject> {
  const raw = media.schema as JsonObject;
  const schema = typeof raw.$ref === 'string' ? (resolvePointer(spec.doc, raw.$ref) as JsonObject) : raw;
  return (schema.properties ?? {}) as Record<string, JsonObject>;
}

const isBinary = (schema: JsonObject | undefined) => schema?.format === 'binary';

describe('multipart bodies tell generic tools which parts are files, arrays or JSON', () => {
  it('finds the multipart operations', () => expect(multipart.length).toBeGreaterThan(15));

  it.each(multipart.map((m) => [m.id, m] as const))('%s: file parts sit directly in the schema', (_id, { spec, media }) => {
    const hidden = Object.entries(partsOf(spec, media))
      .filter(([, part]) => {
        const target = deref<JsonObject>(spec.doc, part)!;
        const hidesFile = isBinary(target) || isBinary(deref<JsonObject>(spec.doc, target.items as Json));
        return hidesFile && !isBinary(part) && !isBinary(part.items as JsonObject);
      })
      .map(([name]) => name);
    expect(hidden).toEqual([]);
  });

  it.each(multipart.map((m) => [m.id, m] as const))('%s: array and JSON parts have an encoding', (_id, { spec, media }) => {
    const encoding = (media.encoding ?? {}) as Record<string, JsonObject>;
    const missing = Object.entries(partsOf(spec, media)).flatMap(([name, part]) => {
      const type = deref<JsonObject>(spec.doc, part)?.type;
      const contentType = String(encoding[name]?.contentType ?? '');
      if (type === 'array' && !contentType) return [`${name} (array)`];
      if (type === 'object' && contentType !== 'application/json') return [`${name} (JSON)`];
      return [];
    });
    expect(missing).toEqual([]);
  });

  const fileExamples = multipart.flatMap(({ spec, id, media }) => {
    const parts = partsOf(spec, media);
    return Object.entries((media.examples ?? {}) as Record<string, JsonObject>).flatMap(([name, example]) =>
      Object.entries((example.value ?? {}) as JsonObject)
        .filter(([part]) => parts[part] && (isBinary(parts[part]) || isBinary(parts[part].items as JsonObject)))
        .flatMap(([part, value]) => (Array.isArray(value) ? value : [value]).map((v) => [`${id} ${name} ${part}`, v] as const)),
    );
  });
  it('has file parts in the examples', () => expect(fileExamples.length).toBeGreaterThan(30));
  it.each(fileExamples)('%s: the example file is a real image, in base64', (_label, value) => {
    const bytes = Buffer.from(String(value), 'base64');
    expect(bytes.toString('base64')).toBe(value);
    expect(PNG.sync.read(bytes).width).toBeGreaterThan(0);
  });
});

interface Link {
  operationId: string;
  parameters?: Record<string, string>;
}

/** Every `links` entry of a 2xx response, with the response's first example to evaluate it against. */
const links = operations.flatMap(({ spec, op }) =>
  Object.entries((op.responses ?? {}) as Record<string, Json>)
    .filter(([status]) => status.startsWith('2'))
    .flatMap(([status, raw]) => {
      const response = deref<JsonObject>(spec.doc, raw)!;
      const media = (response.content as Record<string, JsonObject> | undefined)?.['application/json'];
      const [first] = Object.values((media?.examples ?? {}) as Record<string, JsonObject>);
      // A link may be a `$ref` to components/links (Replicate shares its two).
      return Object.entries((response.links ?? {}) as Record<string, Json>).map(([name, raw]) => ({
        label: `${spec.provider} ${String(op.operationId)} ${status} → ${name}`,
        spec,
        link: deref<JsonObject>(spec.doc, raw) as unknown as Link,
        body: deref<JsonObject>(spec.doc, first)?.value as Json,
      }));
    }),
);

/** The parameters that name what an operation works on: its path parameters, and a required query id (Kie's `recordInfo?taskId=`). */
const pathParams = (spec: LoadedSpec, op: JsonObject, path: string) =>
  [...(((spec.doc.paths as Record<string, JsonObject>)[path].parameters as Json[]) ?? []), ...((op.parameters ?? []) as Json[])]
    .map((p) => deref<JsonObject>(spec.doc, p)!)
    .filter((p) => p.in === 'path' || (p.in === 'query' && p.required === true && /id$/i.test(String(p.name))))
    .map((p) => String(p.name));

describe('OpenAPI links lead from each submit to its status, result and cancel operations', () => {
  // Keyed by an id a response hands out (Replicate's `/models/{owner}/{name}` are named, not handed out).
  const targets = operations.filter(({ spec, op, path }) => pathParams(spec, op, path).some((name) => /id$/i.test(name)));
  it('has job operations keyed by an id', () => expect(targets.length).toBeGreaterThanOrEqual(6));

  it.each(targets.map((t) => [`${t.spec.provider} ${String(t.op.operationId)}`, t] as const))('%s is reached by a link', (_label, { spec, op }) => {
    expect(links.filter((l) => l.spec === spec && l.link.operationId === op.operationId).length).toBeGreaterThan(0);
  });

  it.each(links.map((l) => [l.label, l] as const))('%s: fills every path parameter from the response body', (_label, { spec, link, body }) => {
    const target = operations.find((o) => o.spec === spec && o.op.operationId === link.operationId);
    expect(target, `operation ${link.operationId}`).toBeDefined();
    expect(Object.keys(link.parameters ?? {}).sort()).toEqual(pathParams(spec, target!.op, target!.path).sort());
    for (const expression of Object.values(link.parameters ?? {})) {
      const [, pointer] = /^\$response\.body#(\/.*)$/.exec(expression) ?? [];
      expect(pointer, expression).toBeDefined();
      expect(typeof resolvePointer({ body } as JsonObject, `#/body${pointer}`), `${expression} in the first example`).toBe('string');
    }
  });
});
