/**
 * The journal and the request log, as observers of the pipeline's lifecycle: each exchange's entry is
 * built from what its events told (vendor, operation, the request as read, the outcome) and written
 * when it ends: with the status the client received, or, dropped, with status 0 when the mock gave a
 * reason (a fault, a refusal), once that reason is known.
 */
import { ENTRY } from '../budget';
import type { Exchange, Lifecycle } from '../pipeline/lifecycle';
import type { Outcome } from '../pipeline/outcome';
import { NAMESPACE_HEADER, namespaceOf } from '../pipeline/namespace';
import { header } from '../pipeline/request';
import type { JournalEntry, RecordedRequest } from '../state/records';
import { shownPath, withoutValues } from './shown';
import { summarise } from './summary';

export interface JournalSink {
  /** Adds an entry (never holds up or fails the request). */
  journal(ns: string, entry: Omit<JournalEntry, 'id'>): void;
  /** A line for the request log; undefined for none. */
  log?: (line: string) => void;
  /** Now, for the entry's `at`. */
  now(): number;
}

interface Told {
  provider?: string;
  operationId?: string;
  call?: RecordedRequest;
  request?: string;
  secrets?: string[];
  outcome?: Outcome;
  /** When the client went away before the answer: ms it had waited. */
  droppedAfter?: number;
}

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
  lifecycle.on('read', (exchange, { call, summary, secrets }) => {
    const notes = of(exchange);
    notes.call = call;
    notes.request = summary;
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
    const path = shownPath(request.url);
    const hide = (text: string | undefined) => (text && notes.secrets?.length ? withoutValues(text, notes.secrets) : text);
    const note = hide(notes.outcome?.note);
    const ns = namespaceOf(header(request, NAMESPACE_HEADER)) ?? '';
    sink.journal(ns, {
      at: new Date(sink.now()).toISOString(),
      method: request.method,
      provider: notes.provider,
      operationId: notes.operationId,
      path,
      status,
      ms,
      note: note && summarise(note, ENTRY.noteChars),
      request: notes.request,
      answer: hide(answerOf(notes.outcome)),
      call: notes.call,
    });
    sink.log?.(`${request.method} ${notes.provider ?? '-'} ${path} ${status || 'no answer'} ${ms}ms${note ? ` (${note})` : ''}`);
  }
}

/** The body answered, as the journal keeps it. */
function answerOf(outcome: Outcome | undefined): string | undefined {
  if (!outcome || outcome.kind === 'reset' || outcome.kind === 'timeout') return undefined;
  return summarise(typeof outcome.body === 'string' ? outcome.body : (outcome.shown ?? ''));
}
