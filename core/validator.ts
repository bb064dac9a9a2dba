import { createSchemaCompiler, type ErrorObject, type SchemaCompiler } from './model/ajv';
import { loadSpecs, type LoadedSpec } from './model/load';
import { operationsOf, webhooksOf, type Operation } from './model/operations';

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

/** Checks any server's answers (mock, recorded, live) against the specs; every documented variant is accepted. */
export class SpecValidator {
  private readonly compiler: SchemaCompiler;
  private readonly operations = new Map<string, Operation>();
  /** By `<provider>:<name>`: the JSON body of each webhook's POST. */
  private readonly webhooks = new Map<string, string>();

  constructor(readonly specs: LoadedSpec[] = loadSpecs()) {
    this.compiler = createSchemaCompiler(specs);
    for (const spec of specs) {
      for (const op of operationsOf(spec)) this.operations.set(`${spec.provider}:${op.operationId}`, op);
      for (const hook of webhooksOf(spec)) {
        const body = hook.bodies.find((b) => b.mediaType === 'application/json');
        if (hook.method === 'POST' && body) this.webhooks.set(`${spec.provider}:${hook.path}`, body.schemaRef);
      }
    }
  }

  operationIds(provider: string): string[] {
    return [...this.operations.values()].filter((o) => o.provider === provider).map((o) => o.operationId);
  }

  /** Status documented, documented headers present, body valid against that status's schema. */
  validateResponse(provider: string, operationId: string, response: ObservedResponse): Violation[] {
    const op = this.operations.get(`${provider}:${operationId}`);
    const at = { provider, operation: operationId };
    if (!op) return [{ ...at, pointer: 'operation', expected: `an operation ${operationId} in specs/${provider}/openapi.yaml` }];
    const code = String(response.status);
    const documented = [...op.responses, ...op.otherResponses];
    const spec = [code, `${code[0]}XX`, 'default'].map((key) => documented.find((r) => r.code === key)).find(Boolean);
    if (!spec) return [{ ...at, pointer: 'status', expected: `one of the documented statuses ${documented.map((r) => r.code).join(', ')}`, actual: code }];
    const violations: Violation[] = [];
    for (const name of spec.requiredHeaders) {
      if (response.headers[name.toLowerCase()] === undefined)
        violations.push({ ...at, pointer: `header:${name}`, expected: `the ${name} header (required on ${code})`, actual: 'absent' });
    }
    if (!spec.mediaType) return violations;
    const contentType = String(response.headers['content-type'] ?? '');
    if (!contentType.includes('json')) {
      // A documented non-JSON variant (an image's bytes) has no schema to check beyond its type.
      if (spec.mediaTypes.includes(contentType.split(';')[0].trim().toLowerCase())) return violations;
      violations.push({ ...at, pointer: 'header:content-type', expected: spec.mediaType, actual: contentType || 'absent' });
      return violations;
    }
    // Documented by examples alone: the status, headers and media type are all there is to check.
    if (!spec.schemaRef) return violations;
    const validate = this.compiler.compile(provider, spec.schemaRef);
    if (!validate(response.body)) violations.push(...explain(at, validate.errors ?? []));
    return violations;
  }

  /** A webhook body against `webhooks.<name>` of the spec. */
  validateWebhook(provider: string, name: string, body: unknown): Violation[] {
    const schemaRef = this.webhooks.get(`${provider}:${name}`);
    const at = { provider, operation: `webhook:${name}` };
    if (!schemaRef) return [{ ...at, pointer: 'webhook', expected: `webhooks.${name}.post in specs/${provider}/openapi.yaml` }];
    const validate = this.compiler.compile(provider, schemaRef);
    return validate(body) ? [] : explain(at, validate.errors ?? []);
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
      e.keyword === 'required'
        ? 'a required property'
        : e.keyword === 'enum'
          ? `one of ${(params.allowedValues as unknown[]).join(', ')}`
          : e.keyword === 'type'
            ? `type ${String(params.type)}`
            : (e.message ?? e.keyword);
    const line = `${where} ${expected}`;
    if (seen.has(line)) continue;
    seen.add(line);
    out.push({ ...at, pointer: where, expected, actual: e.keyword === 'required' ? 'absent' : JSON.stringify(e.data)?.slice(0, 80) });
  }
  return out;
}

/** `pixazo v2Generate /data/0/url: expected type string, got 42` — one line per violation. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => `${v.provider} ${v.operation} ${v.pointer}: expected ${v.expected}${v.actual !== undefined ? `, got ${v.actual}` : ''}`)
    .join('\n');
}
