/**
 * What the mock does with a request, as a value: the adapters (app.ts for HTTP, lib/intercept.ts
 * in-process) carry it out, and the lifecycle's observers (the journal, the log) read it.
 */
import type { Json } from '../../core/model/load';
import { cutOff } from '../conditions/faults';

/** Header values as Node's `setHeader` takes them, in the order they are set (a later name replaces an earlier one, whatever its case). */
export type OutcomeHeaders = Record<string, string | number | string[]>;

export type Outcome =
  /** An answer, sent whole. */
  | { kind: 'reply'; status: number; headers: OutcomeHeaders; body: Body; shown?: string; note?: string }
  /** An answer whose body stops short of what its headers promise (the `malformed` fault). */
  | { kind: 'cut'; status: number; headers: OutcomeHeaders; body: Body; shown?: string; note?: string }
  /** The connection reset, no answer (the `reset` fault). */
  | { kind: 'reset'; note: string }
  /** No answer until the client gave up, or the mock's patience ran out; then the connection is dropped (the `timeout` fault). */
  | { kind: 'timeout'; note: string };

/**
 * Text is sent as UTF-8; `shown` says how the journal shows bytes (`<123 bytes>`), which it never
 * shows as they are. `note` says why the mock answered as it did (a fault, a refusal, a recording).
 */
type Body = string | Buffer;

/** A handler's answer (providers/), or the documented example made live. */
export interface Reply {
  status: number;
  body: Json;
  headers?: Record<string, string>;
  /** Defaults to application/json. */
  contentType?: string;
  /** Sent as they are in place of `body` (a file download), with `contentType`. */
  bytes?: Buffer;
}

/** The reply as sent: headers in the order later ones win (the vendor's, the documented, the reply's own), then its type and length. */
export function replyOutcome(reply: Reply, headerSets: (Record<string, string> | undefined)[], cut = false, note?: string): Outcome {
  const headers: OutcomeHeaders = {};
  for (const set of headerSets) for (const name in set) put(headers, name, set[name]);
  for (const name in reply.headers) put(headers, name, reply.headers[name]);
  const kind = cut ? 'cut' : 'reply';
  if (reply.body === null && reply.status === 204) return { kind, status: 204, headers, body: '', note };
  if (reply.bytes) {
    put(headers, 'Content-Type', reply.contentType ?? 'application/octet-stream');
    put(headers, 'Content-Length', reply.bytes.length);
    return {
      kind,
      status: reply.status,
      headers,
      body: cut ? reply.bytes.subarray(0, reply.bytes.length >> 1) : reply.bytes,
      shown: `<${reply.bytes.length} bytes>`,
      note,
    };
  }
  const text = cut ? cutOff(JSON.stringify(reply.body)) : JSON.stringify(reply.body);
  put(headers, 'Content-Type', `${reply.contentType ?? 'application/json'}; charset=utf-8`);
  put(headers, 'Content-Length', Buffer.byteLength(text));
  return { kind, status: reply.status, headers, body: text, note };
}

/** Sets a header as Node's `setHeader` does: a name already set in another case is replaced. */
export function put(headers: OutcomeHeaders, name: string, value: string | number | string[]): void {
  if (!(name in headers)) {
    const lower = name.toLowerCase();
    for (const had in headers) if (had.toLowerCase() === lower) delete headers[had];
  }
  headers[name] = value;
}
