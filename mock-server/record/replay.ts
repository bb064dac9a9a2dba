/**
 * Answers from recordings (`--replay <dir>`). Identical requests (match.ts) get their recorded answers
 * in the order they were recorded, the last repeating: so a replayed job's polls walk its recorded
 * statuses. Answers whose bytes were not kept (images, binaries) are not replayed.
 */
import { departure, keyOf, loadRules, type Rules, type Shape } from '../../core/match';
import { loadSequences } from './recording';
import type { RecordedExchange } from './recording';
import { BASE } from './rewrite';

interface Entry {
  file: string;
  /** 1-based place in its sequence. */
  index: number;
  provider: string;
  shape: Shape;
  exchange: RecordedExchange;
}

interface Group {
  entries: Entry[];
  next: number;
}

interface Closest {
  entry: Entry;
  differences: string[];
}

export class Replayer {
  private readonly groups = new Map<string, Group>();
  private readonly entries: Entry[] = [];

  constructor(
    sequences: ReturnType<typeof loadSequences>,
    readonly rules: Rules,
  ) {
    for (const { file, sequence } of sequences) {
      sequence.exchanges.forEach((exchange, i) => {
        if (!replayable(exchange)) return;
        const entry = { file, index: i + 1, provider: sequence.provider, shape: recordedShape(exchange), exchange };
        this.entries.push(entry);
        const key = keyOf(entry.provider, entry.shape, rules);
        const group = this.groups.get(key) ?? { entries: [], next: 0 };
        group.entries.push(entry);
        this.groups.set(key, group);
      });
    }
  }

  static load(dir: string): Replayer {
    return new Replayer(loadSequences(dir), loadRules(dir));
  }

  /** The next recorded answer to this request, or undefined when none was recorded. */
  take(provider: string, shape: Shape): Entry | undefined {
    const group = this.groups.get(keyOf(provider, shape, this.rules));
    if (!group) return undefined;
    const entry = group.entries[Math.min(group.next, group.entries.length - 1)];
    group.next += 1;
    return entry;
  }

  /** The recorded request of this vendor nearest to the one sent: same method and path first, then the differ's distance. */
  closest(provider: string, shape: Shape): Closest | undefined {
    let best: (Closest & { score: number }) | undefined;
    for (const entry of this.entries) {
      if (entry.provider !== provider) continue;
      const found = departure(entry.shape, shape, this.rules);
      const score = found.distance + (entry.shape.method === shape.method ? 0 : 100) + (entry.shape.path === shape.path ? 0 : 10);
      if (!best || score < best.score) best = { entry, differences: found.differences.slice(0, 5), score };
    }
    return best && { entry: best.entry, differences: best.differences };
  }
}

/** Only answers kept whole: JSON, text, or none (a summary like `<image/png 123 bytes>` cannot be sent back). */
function replayable(exchange: RecordedExchange): boolean {
  const body = exchange.response.body;
  return !(typeof body === 'string' && /^<[^ ]+ \d+ bytes>$/.test(body));
}

/** The recorded request as match.ts compares it: path and query from its `{{base}}`-relative URL, body as recorded. */
function recordedShape(exchange: RecordedExchange): Shape {
  const { method, url, headers, body } = exchange.request;
  const relative = url.startsWith(BASE) ? url.slice(BASE.length) : url;
  const parsed = new URL(relative, 'http://recording.invalid');
  const type = String(headers['content-type'] ?? '');
  return { method, path: parsed.pathname, query: queryOf(parsed.search), body: type.startsWith('multipart/') ? comparableForm(body) : body };
}

export function queryOf(search: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    const had = out[name];
    out[name] = had === undefined ? value : [had, value].flat();
  }
  return out;
}

/** A recorded multipart form as the replaying mock sees one: fields (JSON parts parsed, empty ones dropped) and `{name, size}` of files. */
function comparableForm(body: unknown): unknown {
  const form = body as { fields?: Record<string, string | string[]>; files?: { name: string; size: number }[] } | undefined;
  if (!form || typeof form !== 'object') return body;
  const fields = Object.fromEntries(
    Object.entries(form.fields ?? {})
      .filter(([, v]) => v !== '')
      .map(([name, v]) => [name.replace(/\[\]$/, ''), v]),
  );
  return comparableFormOf(
    fields,
    (form.files ?? []).map((f) => ({ name: f.name.replace(/\[\]$/, ''), size: f.size })),
  );
}

/** Either side's form as compared: JSON-looking fields parsed (the mock parses the spec's JSON parts before the replay looks). */
export function comparableFormOf(fields: Record<string, unknown>, files: { name: string; size: number }[]): unknown {
  const parsed = Object.fromEntries(Object.entries(fields).map(([name, v]) => [name, typeof v === 'string' ? jsonOrText(v) : v]));
  return { fields: parsed, files: [...files].sort((a, b) => a.name.localeCompare(b.name) || a.size - b.size) };
}

function jsonOrText(value: string): unknown {
  if (!/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
