import { createSchemaCompiler, type ErrorObject, type SchemaCompiler } from '../../mock-server/spec/ajv';
import { deref, loadSpecs, pointer, refSegments, type JsonObject, type LoadedSpec } from '../../mock-server/spec/load';
import { HTTP_METHODS } from '../../mock-server/spec/examples';

/** One way a response departs from the spec, phrased for a CI log. */
export interface Violation {
  provider: string;
  operation: string;
  /** JSON pointer into the response (`/data/0/url`), or `status` / `header:<name>`. */
  pointer: string;
  expected: string;
  actual?: string;
}

export interface ObservedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

interface OperationRef {
  provider: string;
  operationId: string;
  base: string[];
  op: JsonObject;
}

/** Checks any server's answers (mock, recorded, live) against the specs; every documented variant is accepted. */
export class SpecValidator {
  private readonly compiler: SchemaCompiler;
  private readonly operations = new Map<string, OperationRef>();

  constructor(readonly specs: LoadedSpec[] = loadSpecs()) {
    this.compiler = createSchemaCompiler(specs);
    for (const spec of specs) {
      for (const [path, rawItem] of Object.entries((spec.doc.paths ?? {}) as Record<string, JsonObject>)) {
        const item = deref<JsonObject>(spec.doc, rawItem) ?? {};
        for (const method of HTTP_METHODS) {
          const op = item[method] as JsonObject | undefined;
          if (op) this.operations.set(`${spec.provider}:${String(op.operationId)}`, { provider: spec.provider, operationId: String(op.operationId), base: ['paths', path, method], op });
        }
      }
    }
  }

  operationIds(provider: string): string[] {
    return [...this.operations.values()].filter((o) => o.provider === provider).map((o) => o.operationId);
  }

  /** Status documented, documented headers present, body valid against that status's schema. */
  validateResponse(provider: string, operationId: string, response: ObservedResponse): Violation[] {
    const ref = this.operations.get(`${provider}:${operationId}`);
    const at = { provider, operation: operationId };
    if (!ref) return [{ ...at, pointer: 'operation', expected: `an operation ${operationId} in specs/${provider}/openapi.yaml` }];
    const doc = this.doc(provider);
    const responses = (ref.op.responses ?? {}) as Record<string, JsonObject>;
    const code = String(response.status);
    const key = code in responses ? code : `${code[0]}XX` in responses ? `${code[0]}XX` : 'default' in responses ? 'default' : undefined;
    if (!key) return [{ ...at, pointer: 'status', expected: `one of the documented statuses ${Object.keys(responses).join(', ')}`, actual: code }];
    const spec = deref<JsonObject>(doc, responses[key]) ?? {};
    const violations: Violation[] = [];
    for (const [name, rawHeader] of Object.entries((spec.headers ?? {}) as Record<string, JsonObject>)) {
      const header = deref<JsonObject>(doc, rawHeader);
      if (header?.required === true && response.headers[name.toLowerCase()] === undefined) {
        violations.push({ ...at, pointer: `header:${name}`, expected: `the ${name} header (required on ${code})`, actual: 'absent' });
      }
    }
    const content = (spec.content ?? {}) as Record<string, JsonObject>;
    const mediaType = Object.keys(content).find((m) => m.includes('json'));
    if (!mediaType) return violations;
    const contentType = String(response.headers['content-type'] ?? '');
    if (!contentType.includes('json')) {
      violations.push({ ...at, pointer: 'header:content-type', expected: mediaType, actual: contentType || 'absent' });
      return violations;
    }
    const base = typeof (responses[key] as JsonObject).$ref === 'string' ? refSegments(String((responses[key] as JsonObject).$ref)) : [...ref.base, 'responses', key];
    const validate = this.compiler.compile(provider, pointer(...base, 'content', mediaType, 'schema'));
    if (!validate(response.body)) violations.push(...explain(at, validate.errors ?? []));
    return violations;
  }

  /** A webhook body against `webhooks.<name>` of the spec. */
  validateWebhook(provider: string, name: string, body: unknown): Violation[] {
    const doc = this.doc(provider);
    const item = deref<JsonObject>(doc, ((doc.webhooks ?? {}) as JsonObject)[name]);
    const at = { provider, operation: `webhook:${name}` };
    if (!item?.post) return [{ ...at, pointer: 'webhook', expected: `webhooks.${name}.post in specs/${provider}/openapi.yaml` }];
    const validate = this.compiler.compile(provider, pointer('webhooks', name, 'post', 'requestBody', 'content', 'application/json', 'schema'));
    return validate(body) ? [] : explain(at, validate.errors ?? []);
  }

  private doc(provider: string): JsonObject {
    const spec = this.specs.find((s) => s.provider === provider);
    if (!spec) throw new Error(`No spec for provider ${provider}`);
    return spec.doc;
  }
}

/** Ajv errors → violations, combinator noise dropped when a concrete error explains it. */
function explain(at: { provider: string; operation: string }, errors: ErrorObject[]): Violation[] {
  const concrete = errors.filter((e) => !['oneOf', 'anyOf', 'if', 'then', 'else', 'allOf'].includes(e.keyword));
  const chosen = concrete.length ? concrete : errors;
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const e of chosen) {
    const params = e.params as Record<string, unknown>;
    const where = e.keyword === 'required' ? `${e.instancePath}/${String(params.missingProperty)}` : e.instancePath || '/';
    const expected =
      e.keyword === 'required' ? 'a required property' : e.keyword === 'enum' ? `one of ${(params.allowedValues as unknown[]).join(', ')}` : e.keyword === 'type' ? `type ${String(params.type)}` : (e.message ?? e.keyword);
    const line = `${where} ${expected}`;
    if (seen.has(line)) continue;
    seen.add(line);
    out.push({ ...at, pointer: where, expected, actual: e.keyword === 'required' ? 'absent' : JSON.stringify(e.data)?.slice(0, 80) });
  }
  return out;
}


/** `pixazo v2Generate /data/0/url: expected type string, got 42` — one line per violation. */
export function formatViolations(violations: Violation[]): string {
  return violations.map((v) => `${v.provider} ${v.operation} ${v.pointer}: expected ${v.expected}${v.actual !== undefined ? `, got ${v.actual}` : ''}`).join('\n');
}
