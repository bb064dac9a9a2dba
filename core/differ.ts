/**
 * The one comparison of a request against another, or against a description of one: the replay's
 * "is this the recorded request, volatile fields set aside?" and "what differs from the closest
 * recording?", and the control API's near-miss search ("how far is each journalled request from
 * these criteria, and what differs?"), as WireMock's one matcher serves matching and near misses.
 *
 * Both sides are records of parts (`method`, `path`, `query`, `body`, ...). Each part scores a
 * distance from 0 (same) to 1 (nothing alike): a scalar part by itself, an object part by the mean
 * of its leaves; strings by normalised edit distance, anything else equal or not. The distance is
 * the mean over the parts compared.
 *
 * Pure and bounded: strings are compared by their first `prefixChars` characters, the rest counted by
 * their length difference, and lengths alone far apart answer without computing an edit distance.
 */
import { distance as editDistance } from 'fastest-levenshtein';

/** A part's name, then the keys (array indexes as text) below it: `['body', 'image_request', 'prompt']`. */
export type Place = string[];

export interface Difference {
  at: Place;
  expected: unknown;
  /** Undefined: absent. */
  actual: unknown;
}

export interface Comparison {
  /** 0 only when nothing differs; else rounded to thousandths, at least 0.001. */
  distance: number;
  differences: Difference[];
}

export interface CompareOptions {
  /**
   * Only what `expected` holds is compared, as criteria: its objects walked to their leaves, an array
   * or scalar wanted whole, a part with no leaves (`{}`) met by anything. Otherwise (two requests)
   * both sides' leaves are compared, arrays walked by index and empty containers counted as leaves.
   */
  subset?: boolean;
  /** Fields below a part set aside on both sides (volatile ones: seeds, webhook URLs...). */
  ignored?: (at: Place) => boolean;
  /** Parts compared as equal or not, never by edit distance (`method`). */
  exact?: ReadonlySet<string>;
  /** A number or boolean expected matches its written form: multipart fields arrive as text. */
  formText?: boolean;
  /** Characters of each string compared by edit distance. */
  prefixChars?: number;
}

/** Edit distance over this many characters of each side costs what two 1 KB strings do, whatever their length. */
const DEFAULT_PREFIX_CHARS = 1024;

export function compare(expected: Record<string, unknown>, actual: Record<string, unknown>, options: CompareOptions = {}): Comparison {
  const { subset = false, ignored = () => false, exact = new Set<string>(), formText = false, prefixChars = DEFAULT_PREFIX_CHARS } = options;
  const parts = subset ? defined(expected) : [...new Set([...defined(expected), ...defined(actual)])];
  const differences: Difference[] = [];
  let total = 0;
  for (const part of parts) {
    const pairs = subset ? criteria(expected[part], actual[part], [part], ignored) : bothSides(expected[part], actual[part], [part], ignored);
    let sum = 0;
    for (const { at, want, got } of pairs) {
      const d =
        want === undefined || got === undefined
          ? 1
          : exact.has(part)
            ? Number(!sameValue(want, got, false))
            : typeof want === 'string' && typeof got === 'string'
              ? textDistance(want, got, prefixChars)
              : Number(!sameValue(want, got, formText));
      sum += d;
      if (d > 0) differences.push({ at, expected: want, actual: got });
    }
    // A part with nothing to compare (criteria `{}`) is met: it counts as a 0.
    total += pairs.length ? sum / pairs.length : 0;
  }
  const distance = parts.length ? total / parts.length : 0;
  // Rounded for reading, but never to 0 unless nothing differs: one character off in 12,000 is a miss.
  return { distance: differences.length === 0 ? 0 : Math.max(0.001, Math.round(distance * 1000) / 1000), differences };
}

/**
 * The parts with ignored fields removed and keys sorted, as text: two requests have the same text
 * exactly when `compare` finds nothing differing between them (a lookup key for the replay).
 */
export function canonical(parts: Record<string, unknown>, ignored: (at: Place) => boolean = () => false): string {
  return JSON.stringify(
    defined(parts)
      .sort()
      .map((part) => [part, canonicalValue(parts[part], [part], ignored)]),
  );
}

function canonicalValue(value: unknown, at: Place, ignored: (at: Place) => boolean): unknown {
  if (Array.isArray(value)) return value.map((each, i) => canonicalValue(each, [...at, String(i)], ignored));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((name) => !ignored([...at, name]))
      .map((name) => [name, canonicalValue((value as Record<string, unknown>)[name], [...at, name], ignored)]),
  );
}

interface Pair {
  at: Place;
  want: unknown;
  got: unknown;
}

const defined = (record: Record<string, unknown>) => Object.keys(record).filter((name) => record[name] !== undefined);

/** Each leaf of the criteria with what the other side holds at its place. */
function criteria(want: unknown, got: unknown, at: Place, ignored: (at: Place) => boolean, out: Pair[] = []): Pair[] {
  if (!isObject(want)) {
    out.push({ at, want, got });
    return out;
  }
  for (const [name, value] of Object.entries(want)) {
    if (value === undefined || ignored([...at, name])) continue;
    criteria(value, isObject(got) || Array.isArray(got) ? ownValue(got, name) : undefined, [...at, name], ignored, out);
  }
  return out;
}

/** Every leaf of either side, paired with the other side's value at its place (the expected side's first). */
function bothSides(expected: unknown, actual: unknown, at: Place, ignored: (at: Place) => boolean): Pair[] {
  const wanted = leaves(expected, at, ignored);
  const got = leaves(actual, at, ignored);
  const pairs: Pair[] = [];
  for (const [key, leaf] of wanted) pairs.push({ at: leaf.at, want: leaf.value, got: got.get(key)?.value });
  for (const [key, leaf] of got) if (!wanted.has(key)) pairs.push({ at: leaf.at, want: undefined, got: leaf.value });
  return pairs;
}

function leaves(
  value: unknown,
  at: Place,
  ignored: (at: Place) => boolean,
  out = new Map<string, { at: Place; value: unknown }>(),
): Map<string, { at: Place; value: unknown }> {
  if (value === undefined) return out;
  const entries = Array.isArray(value) ? value.map((each, i) => [String(i), each] as const) : isObject(value) ? Object.entries(value) : undefined;
  if (!entries || entries.length === 0) {
    out.set(JSON.stringify(at), { at, value });
    return out;
  }
  for (const [name, each] of entries) if (Array.isArray(value) || !ignored([...at, name])) leaves(each, [...at, name], ignored, out);
  return out;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

const ownValue = (value: object, name: string): unknown => (Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined);

function sameValue(want: unknown, got: unknown, formText: boolean): boolean {
  if (formText && typeof got === 'string' && (typeof want === 'number' || typeof want === 'boolean')) return String(want) === got;
  return want === got || JSON.stringify(want) === JSON.stringify(got);
}

/**
 * Normalised edit distance over the first `prefixChars` characters of each side, the rest counted by
 * its length difference: a 60 KB criterion against a 12 KB path costs what two 1 KB strings do. When
 * the lengths alone make them nothing alike, that is the answer, uncomputed.
 */
export function textDistance(a: string, b: string, prefixChars = DEFAULT_PREFIX_CHARS): number {
  if (a === b) return 0;
  const longest = Math.max(a.length, b.length);
  // No edit script is shorter than the length difference.
  const floor = Math.abs(a.length - b.length) / longest;
  if (floor >= EARLY_EXIT) return floor;
  const pa = a.slice(0, prefixChars);
  const pb = b.slice(0, prefixChars);
  const edits = editDistance(pa, pb) + Math.abs(a.length - pa.length - (b.length - pb.length));
  // Equal prefixes and lengths, different tails: alike, but not the same.
  return Math.min(1, Math.max(edits, 1) / longest);
}

/** Lengths this far apart (the shorter under a tenth of the longer) are nothing alike. */
const EARLY_EXIT = 0.9;
