import type { RequestData } from '../pipeline/body';
import { ENTRY, ownCopy } from '../budget';
import { isSecret, shown, shownStart } from './shown';
import { REDACTED } from '../../core/recording';

/**
 * Journal entries keep this much of each body: enough to recognise a request, bounded in memory, a
 * copy of its own (a slice would keep the whole answer or request text alive), and without the
 * credentials it held (an answer's `upload_url`, a webhook URL's password: shown.ts).
 */
export function summarise(text: string, chars = ENTRY.summaryChars): string {
  return text.length > chars ? ownCopy(`${shownStart(text, chars)}… (${text.length} chars)`) : shown(text);
}

/** The request's fields as JSON, and each uploaded file by name, size and detected type. */
export function summariseRequest(data: RequestData): string {
  const files = Object.values(data.files)
    .flat()
    .map((f) => `${f.field}=${f.fileName} (${f.size} bytes, ${f.image.mime} ${f.image.width}×${f.image.height})`);
  const fields = Object.keys(data.fields).length ? brief(data.fields, 4) : '';
  return summarise([fields, ...files].filter(Boolean).join(' '));
}

/**
 * JSON-like, but bounded in depth, breadth and string length: a request nested 10,000 deep (which the
 * validator refuses) must not overflow the stack or cost more than a glance.
 */
function brief(value: unknown, depth: number): string {
  if (typeof value === 'string') return JSON.stringify(value.length > ENTRY.stringChars ? `${shownStart(value, ENTRY.stringChars)}…` : value);
  if (value === null || typeof value !== 'object') return String(value);
  if (depth === 0) return Array.isArray(value) ? '[…]' : '{…}';
  // One past the 20 shown, to know whether to say there is more.
  const items = Array.isArray(value)
    ? value.slice(0, 21).map((v) => brief(v, depth - 1))
    : Object.entries(value)
        .slice(0, 21)
        .map(([k, v]) => `${JSON.stringify(k)}:${isSecret(k) ? JSON.stringify(REDACTED) : brief(v, depth - 1)}`);
  const shown = items.slice(0, 20).join(',') + (items.length > 20 ? ',…' : '');
  return Array.isArray(value) ? `[${shown}]` : `{${shown}}`;
}
