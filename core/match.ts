/**
 * When a request matches a recorded one: same vendor, method, vendor path, query and body, once the
 * volatile fields (seeds, timestamps, webhook URLs...) the rules name are set aside. A request is
 * reduced to a Shape; two requests match when their keys are equal.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What is compared: the body is parsed JSON, or a multipart form's fields and `{name, size}` of its files. */
export interface Shape {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  body?: unknown;
}

export interface Rules {
  /**
   * Not compared: field names at any depth of the body and query parameters (`*` matches any run of
   * characters: `*webhook*`), and body JSON pointers (`/image_request/seed`).
   */
  ignore: string[];
}

/** Fields that change from run to run without changing the answer: set aside unless rules.json says otherwise. */
export const DEFAULT_IGNORED = ['seed', 'random_seed', '*webhook*', '*callback*', 'timestamp', 'created_at', 'updated_at', 'request_timestamp', 'idempotency_key'];

type Ignored = (name: string, pointer: string) => boolean;

function ignoredBy(rules: Rules): Ignored {
  const exact = new Set(rules.ignore.filter((rule) => !rule.includes('*')));
  const patterns = rules.ignore.filter((rule) => rule.includes('*')).map((rule) => new RegExp(`^${rule.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i'));
  return (name, pointer) => exact.has(name) || exact.has(pointer) || patterns.some((pattern) => pattern.test(name));
}

const RULES_FILE = 'rules.json';

/**
 * The defaults, plus `ignore` from `<dir>/rules.json`, minus its `compare`:
 * `{"ignore": ["prompt_id", "/image_request/magic_prompt"], "compare": ["seed"]}`.
 */
export function loadRules(dir: string): Rules {
  const file = join(dir, RULES_FILE);
  if (!existsSync(file)) return { ignore: DEFAULT_IGNORED };
  let parsed: { ignore?: unknown; compare?: unknown };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as typeof parsed;
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message}).`, { cause: error });
  }
  const strings = (value: unknown, name: string): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error(`${file}: "${name}" must be a list of field names or JSON pointers.`);
    return value;
  };
  const compare = new Set(strings(parsed.compare, 'compare'));
  return { ignore: [...new Set([...DEFAULT_IGNORED, ...strings(parsed.ignore, 'ignore')])].filter((name) => !compare.has(name)) };
}

/** The shape with ignored fields removed and keys sorted: equal keys, matching requests. */
export function keyOf(provider: string, shape: Shape, rules: Rules): string {
  const ignored = ignoredBy(rules);
  const query = Object.fromEntries(Object.entries(shape.query).filter(([name]) => !ignored(name, '')));
  const method = shape.method === 'HEAD' ? 'GET' : shape.method;
  return JSON.stringify(sorted([provider, method, shape.path, query, strip(shape.body, '', ignored)]));
}

function strip(value: unknown, at: string, ignored: Ignored): unknown {
  if (Array.isArray(value)) return value.map((each, i) => strip(each, `${at}/${i}`, ignored));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => !ignored(name, `${at}/${escape(name)}`))
      .map(([name, v]) => [name, strip(v, `${at}/${escape(name)}`, ignored)]),
  );
}

const escape = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
  );
}

/** How `sent` departs from `recorded`, one phrase each (at most `limit`), for the strict-mode 404. */
export function differences(recorded: Shape, sent: Shape, rules: Rules, limit = 5): string[] {
  const out: string[] = [];
  if (recorded.method !== sent.method) out.push(`method ${recorded.method} recorded, ${sent.method} sent`);
  if (recorded.path !== sent.path) out.push(`path ${recorded.path} recorded, ${sent.path} sent`);
  const ignored = ignoredBy(rules);
  const pairs: [string, Map<string, string>, Map<string, string>][] = [
    ['query', leaves(strip(recorded.query, '', ignored)), leaves(strip(sent.query, '', ignored))],
    ['body', leaves(strip(recorded.body, '', ignored)), leaves(strip(sent.body, '', ignored))],
  ];
  for (const [where, a, b] of pairs) {
    for (const pointer of new Set([...a.keys(), ...b.keys()])) {
      if (a.get(pointer) === b.get(pointer)) continue;
      out.push(`${where} ${pointer || '/'}: ${a.get(pointer) ?? 'absent'} recorded, ${b.get(pointer) ?? 'absent'} sent`);
    }
  }
  return out.slice(0, limit);
}

/** JSON pointer → the JSON text of each scalar (and empty container) in a value. */
function leaves(value: unknown, at = '', out = new Map<string, string>()): Map<string, string> {
  if (value === undefined) return out;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : value && typeof value === 'object' ? Object.entries(value) : undefined;
  if (!entries || entries.length === 0) {
    out.set(at, JSON.stringify(value).slice(0, 80));
    return out;
  }
  for (const [name, v] of entries) leaves(v, `${at}/${escape(name)}`, out);
  return out;
}
