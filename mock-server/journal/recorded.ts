import type { IncomingHttpHeaders } from 'node:http';
import type { Operation } from '../../core/model/operations';
import { createHash } from 'node:crypto';
import { REDACTED } from '../../core/recording';
import { ENTRY, ownCopy } from '../budget';
import { isSecret, shown, shownStart } from './shown';
import type { RecordedRequest } from '../state/records';
import type { Sent } from '../pipeline/lifecycle';

/**
 * Taken once the operation is known, so refusals before the body is read (auth, limits) are findable
 * too; the body is added when read (`shorten`). The parsed query is kept by reference unless a
 * parameter is a credential or holds one.
 */
function recordRequest(
  sent: { method: string; headers: IncomingHttpHeaders; query: Record<string, unknown> },
  path: string,
  operation: Operation,
): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(sent.headers)) {
    if (typeof value === 'string' && !isSecret(name)) headers[name] = shown(value);
  }
  const { query } = sent;
  let copy: Record<string, unknown> | undefined;
  for (const [name, value] of Object.entries(query)) {
    // The key of a query-parameter scheme goes altogether, as a key header does.
    if (operation.auth.some((scheme) => scheme.kind === 'query' && scheme.header === name)) {
      copy ??= { ...query };
      delete copy[name];
      continue;
    }
    const kept = isSecret(name)
      ? REDACTED
      : Array.isArray(value)
        ? value.map((v) => (typeof v === 'string' ? shown(v) : v))
        : typeof value === 'string'
          ? shown(value)
          : value;
    const changed = Array.isArray(value) && Array.isArray(kept) ? kept.some((v, i) => v !== value[i]) : kept !== value;
    if (changed) (copy ??= { ...query })[name] = kept;
  }
  return { method: sent.method, path, query: copy ?? query, headers };
}

/** The request as `/__admin/requests/find` searches it: as sent, its body (once read) shortened. */
export function recordedCall(sent: Sent): RecordedRequest {
  const call = recordRequest(sent, sent.path, sent.operation);
  if (sent.data) call.body = shorten(sent.data.fields);
  return call;
}

/**
 * The body as the journal keeps it: the same value when nothing in it is long, secret or small (kept
 * by reference, not copied); else a copy where long strings are their start, length and SHA-256,
 * fields named like a secret are `<redacted>`, credentials inside strings are scrubbed (shown.ts),
 * and fields past `ENTRY.bodyBytes` are dropped and counted. Nothing in the copy shares memory with
 * the request's strings (`ownCopy`), so the entry never holds a 60 MB prompt alive.
 */
export function shorten(value: unknown): unknown {
  return bounded(value, 6, { left: ENTRY.bodyBytes });
}

function bounded(value: unknown, depth: number, budget: { left: number }): unknown {
  if (typeof value === 'string') {
    budget.left -= Math.min(value.length, ENTRY.stringChars);
    return value.length > ENTRY.stringChars ? longString(value) : shown(value);
  }
  budget.left -= 8;
  if (value === null || typeof value !== 'object') return value;
  if (depth === 0) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      if (budget.left <= 0) {
        items.push(`… ${value.length - items.length} more items`);
        break;
      }
      items.push(bounded(item, depth - 1, budget));
    }
    return items.length === value.length && items.every((v, i) => v === value[i]) ? value : items;
  }
  let copy: Record<string, unknown> | undefined;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const v = (value as Record<string, unknown>)[key];
    if (budget.left <= 0) {
      copy ??= copyOf(value, keys.slice(0, i));
      copy['…'] = `${keys.length - i} more fields`;
      break;
    }
    budget.left -= Math.min(key.length, ENTRY.stringChars);
    const short = isSecret(key) ? REDACTED : bounded(v, depth - 1, budget);
    const ownKey = key.length > ENTRY.stringChars ? longString(key) : key;
    if (short !== v || ownKey !== key) (copy ??= copyOf(value, keys.slice(0, i)))[ownKey] = short;
    else if (copy) copy[key] = v;
  }
  return copy ?? value;
}

function copyOf(value: object, keys: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of keys) copy[key] = (value as Record<string, unknown>)[key];
  return copy;
}

/** `<start>… (<length> chars, sha256 <hex>)`: enough to recognise the value, and to tell two apart. */
function longString(text: string): string {
  return ownCopy(`${shownStart(text, ENTRY.stringChars)}… (${text.length} chars, sha256 ${sha256(text)})`);
}

/** Of the text's UTF-8, fed in pieces: hashing a 60 MB string whole would first encode all of it into a second 60 MB. */
function sha256(text: string): string {
  const hash = createHash('sha256');
  const piece = 1 << 16;
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + piece, text.length);
    // Never between the two halves of a surrogate pair, which would each encode as U+FFFD.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
    hash.update(text.slice(at, end));
    at = end;
  }
  return hash.digest('hex');
}
