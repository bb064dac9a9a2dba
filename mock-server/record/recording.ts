/**
 * Recording files (`--record <dir>`): `<dir>/<provider>/<operationId>-<n>.json`, one per sequence. A
 * sequence is a request and, for a job, every later call the spec's `links` tie to it (its polls,
 * result, cancel), in the order they were made. Each exchange has the contract suite's recording
 * shape (core/recording.ts), its URL vendor-relative (`{{base}}/v2/...`), plus the
 * answer's departures from the spec found when it was written.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { canonical, type Recording } from '../../core/recording';
import type { Operation } from '../../core/model/operations';

const FORMAT = 'ideogram-mock-recording/1';

export interface RecordedExchange extends Recording {
  /** The answer's departures from the spec, one line each (`pointer: expected ..., got ...`); absent when it conforms. */
  violations?: string[];
}

export interface SequenceFile {
  format: typeof FORMAT;
  provider: string;
  /** The first exchange's operation (`unrouted` for a path the spec does not have). */
  operationId: string;
  exchanges: RecordedExchange[];
}

/** The operationId recordings use for a request whose path is not in the spec. */
export const UNROUTED = 'unrouted';

/** Job keys kept for tying polls to their submit: enough for any recording session, bounded all the same. */
const MAX_OPEN_JOBS = 10_000;

interface Open {
  file: string;
  sequence: SequenceFile;
}

/** Writes sequences as they grow: each exchange rewrites its sequence's file, so a stopped mock loses nothing. */
export class Recorder {
  /** `<provider> <operationId> <param>=<value>` of each call a recorded submit links to → its sequence. */
  private readonly jobs = new Map<string, Open>();

  constructor(readonly dir: string) {}

  /** Adds the exchange to the job it polls, or starts a sequence; returns the file written. */
  add(exchange: RecordedExchange, operation: Operation | undefined, params: Record<string, string>): string {
    const open = (operation && this.jobOf(operation, params)) ?? this.start(exchange);
    open.sequence.exchanges.push(exchange);
    if (operation) this.linkFrom(operation, exchange, open);
    writeFileSync(open.file, JSON.stringify(open.sequence, null, 2) + '\n');
    return open.file;
  }

  private jobOf(operation: Operation, params: Record<string, string>): Open | undefined {
    for (const [name, value] of Object.entries(params)) {
      const open = this.jobs.get(`${operation.provider} ${operation.operationId} ${name}=${value}`);
      if (open) return open;
    }
    return undefined;
  }

  /** Registers the calls this answer's documented links lead to (`$response.body#/request_id`). */
  private linkFrom(operation: Operation, exchange: RecordedExchange, open: Open) {
    const links = operation.links[String(exchange.response.status)] ?? {};
    for (const link of Object.values(links) as { operationId?: string; parameters?: Record<string, unknown> }[]) {
      for (const [name, expression] of Object.entries(link.parameters ?? {})) {
        const value = typeof expression === 'string' ? resolveExpression(expression, exchange.response.body) : undefined;
        if (value === undefined || !link.operationId) continue;
        this.jobs.set(`${operation.provider} ${link.operationId} ${name}=${value}`, open);
        if (this.jobs.size > MAX_OPEN_JOBS) this.jobs.delete(this.jobs.keys().next().value!);
      }
    }
  }

  private start(exchange: RecordedExchange): Open {
    const sequence: SequenceFile = { format: FORMAT, provider: exchange.provider, operationId: exchange.operationId, exchanges: [] };
    const folder = join(this.dir, exchange.provider);
    mkdirSync(folder, { recursive: true });
    for (let n = 1; ; n++) {
      const file = join(folder, `${exchange.operationId}-${n}.json`);
      try {
        closeSync(openSync(file, 'wx'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw error;
      }
      return { file, sequence };
    }
  }
}

/** `$response.body#/a/b` against the answer's body, as a string; other runtime expressions are not used by the specs. */
function resolveExpression(expression: string, body: unknown): string | undefined {
  const match = /^\$response\.body#(.*)$/.exec(expression);
  if (!match) return undefined;
  let node: unknown = body;
  for (const raw of match[1].split('/').slice(1)) {
    const name = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[name];
  }
  return typeof node === 'string' || typeof node === 'number' ? String(node) : undefined;
}

/** The exchange in the contract suite's stable key order, with its violations after it. */
export function exchangeFor(recording: Recording, violations: string[]): RecordedExchange {
  return { ...canonical(recording), ...(violations.length ? { violations } : {}) };
}

interface LoadedSequence {
  /** Relative to the recording folder (`pixazo/removeBackgroundSubmit-1.json`). */
  file: string;
  sequence: SequenceFile;
}

/** Every sequence file under `dir`, in path order; a file that is not one stops the load with its name. */
export function loadSequences(dir: string): LoadedSequence[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`--replay ${dir}: no such folder.`);
  const out: LoadedSequence[] = [];
  const visit = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.json') && folder !== dir) out.push({ file: relative(dir, path), sequence: readSequence(path, relative(dir, path)) });
    }
  };
  visit(dir);
  return out;
}

function readSequence(path: string, file: string): SequenceFile {
  let parsed: Partial<SequenceFile>;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<SequenceFile>;
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message}).`, { cause: error });
  }
  if (parsed.format !== FORMAT || !Array.isArray(parsed.exchanges))
    throw new Error(`${file}: not a recording (expected "format": "${FORMAT}" and a list of exchanges).`);
  for (const [i, e] of parsed.exchanges.entries()) {
    if (!e?.request?.method || typeof e.request.url !== 'string' || !Number.isInteger(e.response?.status))
      throw new Error(`${file}: exchange ${i + 1} needs request.method, request.url and response.status.`);
  }
  return parsed as SequenceFile;
}
