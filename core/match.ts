/**
 * When a request matches a recorded one: same vendor, method, vendor path, query and body, once the
 * volatile fields (seeds, timestamps, webhook URLs...) the rules name are set aside. A request is
 * reduced to a Shape; the differ (differ.ts) compares two, and gives the key equal shapes share.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonical, compare, type Difference, type Place } from './differ';

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
export const DEFAULT_IGNORED = [
  'seed',
  'random_seed',
  '*webhook*',
  '*callback*',
  'timestamp',
  'created_at',
  'updated_at',
  'request_timestamp',
  'idempotency_key',
];

/** The rules as the differ asks them: body fields by name or JSON pointer, query parameters by name. */
function ignoredBy(rules: Rules): (at: Place) => boolean {
  const exact = new Set(rules.ignore.filter((rule) => !rule.includes('*')));
  const patterns = rules.ignore
    .filter((rule) => rule.includes('*'))
    .map(
      (rule) =>
        new RegExp(
          `^${rule
            .split('*')
            .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`,
          'i',
        ),
    );
  return (at) => {
    const name = at[at.length - 1];
    const pointer = at[0] === 'body' ? pointerOf(at.slice(1)) : '';
    return exact.has(name) || (pointer !== '' && exact.has(pointer)) || patterns.some((pattern) => pattern.test(name));
  };
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
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
      throw new Error(`${file}: "${name}" must be a list of field names or JSON pointers.`);
    return value;
  };
  const compare = new Set(strings(parsed.compare, 'compare'));
  return { ignore: [...new Set([...DEFAULT_IGNORED, ...strings(parsed.ignore, 'ignore')])].filter((name) => !compare.has(name)) };
}

/** The shape with ignored fields removed and keys sorted: equal keys, matching requests. */
export function keyOf(provider: string, shape: Shape, rules: Rules): string {
  return `${provider} ${canonical(partsOf(shape), ignoredBy(rules))}`;
}

export interface Departure {
  /** 0: `sent` matches `recorded`. */
  distance: number;
  /** One phrase each: `body /prompt: "a cat" recorded, "a dog" sent`. */
  differences: string[];
}

/** How far `sent` is from `recorded` and how it departs, for the strict-mode 404 naming the closest recording. */
export function departure(recorded: Shape, sent: Shape, rules: Rules): Departure {
  const { distance, differences } = compare(partsOf(recorded), partsOf(sent), { ignored: ignoredBy(rules), exact: EXACT });
  return { distance, differences: differences.map(phrase) };
}

const EXACT = new Set(['method']);

/** HEAD is answered as GET. */
function partsOf(shape: Shape): Record<string, unknown> {
  return { method: shape.method === 'HEAD' ? 'GET' : shape.method, path: shape.path, query: shape.query, body: shape.body };
}

function phrase({ at: [part, ...keys], expected, actual }: Difference): string {
  if (part === 'method' || part === 'path') return `${part} ${String(expected)} recorded, ${String(actual)} sent`;
  return `${part} ${pointerOf(keys) || '/'}: ${text(expected)} recorded, ${text(actual)} sent`;
}

const pointerOf = (keys: string[]) => keys.map((key) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

const text = (value: unknown) => (value === undefined ? 'absent' : JSON.stringify(value).slice(0, 80));
