/**
 * The journal and the request log, as observers of the pipeline's lifecycle: each exchange's entry is
 * built from what its events told (vendor, operation, the request as read, the outcome) and written
 * when it ends: with the status the client received, or, dropped, with status 0 when the mock gave a
 * reason (a fault, a refusal), once that reason is known.
 *
 * A small exchange's entry is handed to the store deferred (state/records.ts `DeferredEntry`): it keeps
 * references to what the request already holds and is made (copies, summaries, redaction) only when
 * the control API reads it, so the request path copies nothing. A large one is made at once, so that
 * no entry keeps a large body or answer alive.
 */
import { ENTRY } from '../budget';
import type { Exchange, Lifecycle, Sent } from '../pipeline/lifecycle';
import type { Outcome } from '../pipeline/outcome';
import { NAMESPACE_HEADER, namespaceOf } from '../pipeline/namespace';
import { header } from '../pipeline/request';
import type { JournalEntry, NewJournalEntry } from '../state/records';
import { approximateBytes } from '../state/policy';
import { shownPath, withoutValues } from './shown';
import { summarise, summariseRequest } from './summary';
import { recordedCall } from './recorded';

export interface JournalSink {
  /** Adds an entry (never holds up or fails the request). */
  journal(ns: string, entry: NewJournalEntry): void;
  /** A line for the request log; undefined for none. */
  log?: (line: string) => void;
  /** Now, for the entry's `at`. */
  now(): number;
}

interface Told {
  provider?: string;
  operationId?: string;
  sent?: Sent;
  secrets?: string[];
  outcome?: Outcome;
  /** When the client went away before the answer: ms it had waited. */
  droppedAfter?: number;
}

/** What an entry is made from: references to what the exchange already held, nothing copied. */
interface Exchanged {
  at: number;
  method: string;
  url: string;
  provider?: string;
  operationId?: string;
  status: number;
  ms: number;
  sent?: Sent;
  secrets?: string[];
  note?: string;
  /** The body answered (or how the journal shows bytes), whole. */
  answer?: string;
}

/**
 * References held past this many bytes (as `approximateBytes` counts) make the entry at once: a
 * deferred entry never holds more than this of the request and its answer.
 */
const DEFERRED_BYTES = ENTRY.bodyBytes;
/** What making an entry may add to what it holds: its time, and the request's summary (the answer's is cut from the answer). */
const MADE_EXTRA = ENTRY.summaryChars + 256;

export function journalExchanges(lifecycle: Lifecycle, sink: JournalSink): void {
  const told = new WeakMap<Exchange, Told>();
  const of = (exchange: Exchange): Told => {
    let notes = told.get(exchange);
    if (!notes) told.set(exchange, (notes = {}));
    return notes;
  };
  lifecycle.on('matched', (exchange, { provider, operation }) => {
    const notes = of(exchange);
    notes.provider = provider;
    notes.operationId = operation?.operationId;
  });
  lifecycle.on('read', (exchange, { sent, secrets }) => {
    const notes = of(exchange);
    notes.sent = sent;
    notes.secrets = secrets;
  });
  lifecycle.on('answered', (exchange, outcome) => {
    const notes = of(exchange);
    notes.outcome = outcome;
    if (notes.droppedAfter !== undefined && outcome.note) write(exchange, notes, 0, notes.droppedAfter);
  });
  lifecycle.on('end', (exchange, { status, ms }) => {
    const notes = of(exchange);
    if (status !== undefined) return write(exchange, notes, status, ms);
    // A connection dropped (a fault, a client gone) is journaled with status 0 when the mock said why.
    if (!notes.outcome) notes.droppedAfter = ms;
    else if (notes.outcome.note) write(exchange, notes, 0, ms);
  });

  function write(exchange: Exchange, notes: Told, status: number, ms: number): void {
    const { request } = exchange;
    const { outcome } = notes;
    const exchanged: Exchanged = {
      at: sink.now(),
      method: request.method,
      url: request.url,
      provider: notes.provider,
      operationId: notes.operationId,
      status,
      ms,
      sent: notes.sent,
      secrets: notes.secrets,
      note: outcome?.note,
      // Never the outcome itself: its body may be bytes, which the journal shows by their length.
      answer:
        !outcome || outcome.kind === 'reset' || outcome.kind === 'timeout'
          ? undefined
          : typeof outcome.body === 'string'
            ? outcome.body
            : (outcome.shown ?? ''),
    };
    const ns = namespaceOf(header(request, NAMESPACE_HEADER)) ?? '';
    const held = heldBytes(exchanged);
    const entry = held > DEFERRED_BYTES ? entryOf(exchanged) : { bytes: held + MADE_EXTRA, make: () => entryOf(exchanged) };
    sink.journal(ns, entry);
    if (!sink.log) return;
    const note = hidden(exchanged.note, exchanged.secrets);
    sink.log(`${request.method} ${notes.provider ?? '-'} ${shownPath(request.url)} ${status || 'no answer'} ${ms}ms${note ? ` (${note})` : ''}`);
  }
}

/** The entry as the control API shows it: paths, copies and summaries without credentials (shown.ts). */
function entryOf(x: Exchanged): Omit<JournalEntry, 'id'> {
  const note = hidden(x.note, x.secrets);
  return {
    at: new Date(x.at).toISOString(),
    method: x.method,
    provider: x.provider,
    operationId: x.operationId,
    path: shownPath(x.url),
    status: x.status,
    ms: x.ms,
    note: note && summarise(note, ENTRY.noteChars),
    request: x.sent?.data && summariseRequest(x.sent.data),
    answer: hidden(x.answer === undefined ? undefined : summarise(x.answer), x.secrets),
    call: x.sent && recordedCall(x.sent),
  };
}

/** What a deferred entry keeps alive of the exchange, counted up to just past `DEFERRED_BYTES`. */
function heldBytes(x: Exchanged): number {
  const { sent } = x;
  let bytes = x.url.length + (x.note?.length ?? 0) + (x.answer?.length ?? 0) + 128;
  for (const value of [x.secrets, sent?.headers, sent?.query, sent?.data?.fields, sent?.data?.files]) {
    if (bytes > DEFERRED_BYTES) break;
    if (value !== undefined) bytes += approximateBytes(value, DEFERRED_BYTES - bytes);
  }
  return bytes;
}

function hidden(text: string | undefined, secrets: string[] | undefined): string | undefined {
  return text && secrets?.length ? withoutValues(text, secrets) : text;
}
