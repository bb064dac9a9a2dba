// One-off HTTP requests (samples, probes, start-up polling, big uploads) and the autocannon wrapper.
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import autocannon from 'autocannon';
import { HOST } from './children';

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  ms: number;
}

export interface Exchange {
  port: number;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** false: a fresh connection (start-up polling); default: a shared keep-alive agent. */
  agent?: Agent | false;
  timeoutMs?: number;
}

export const keepAlive = new Agent({ keepAlive: true, maxSockets: 64 });

/** One request and its whole answer, timed. */
export function exchange(options: Exchange): Promise<Reply> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const body = typeof options.body === 'string' ? Buffer.from(options.body) : options.body;
    const headers = { ...options.headers, ...(body ? { 'Content-Length': String(body.length) } : {}) };
    const req = request(
      {
        host: HOST,
        port: options.port,
        method: options.method,
        path: options.path,
        headers,
        agent: options.agent ?? keepAlive,
        timeout: options.timeoutMs ?? 60_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`timed out after ${options.timeoutMs ?? 60_000} ms`)));
    req.end(body);
  });
}

export interface CannonRequest extends autocannon.Request {
  /** Latencies are kept per label (e.g. "submit" and "poll" in one sequence). */
  label?: string;
}

export interface CannonRun {
  origin: string;
  requests: CannonRequest[];
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  duration?: number;
  amount?: number;
  /** Wall-clock cap (autocannon has none for `amount` runs): stops the run after this many seconds. */
  maxSeconds?: number;
}

export interface Latencies {
  count: number;
  p50: number;
  p99: number;
}

export interface CannonResult {
  seconds: number;
  /** Requests written; those neither answered nor failed were still in flight when the run ended. */
  sent: number;
  completed: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCounts: Record<string, number>;
  byLabel: Record<string, Latencies>;
}

/** Sorted-array percentile (nearest rank). */
export function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

class Samples {
  values = new Float64Array(1 << 14);
  length = 0;
  push(value: number) {
    if (this.length === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = value;
  }
  summary(): Latencies {
    const sorted = this.values.slice(0, this.length).sort();
    return { count: this.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  }
}

/**
 * Runs autocannon and keeps every response time at full (sub-millisecond) precision, where
 * autocannon's own histogram rounds to whole milliseconds.
 */
export function cannon(run: CannonRun): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    const all = new Samples();
    const labelled = new Map<string, Samples>();
    const started = performance.now();
    const instance = autocannon(
      {
        url: run.origin,
        connections: run.connections,
        ...(run.amount ? { amount: run.amount } : { duration: run.duration ?? 10 }),
        timeout: 30,
        requests: run.requests,
      },
      (error, result) => {
        clearTimeout(cap);
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        const completed = result.requests.total;
        const statusCounts: Record<string, number> = {};
        for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statusCounts[code] = count;
        const summary = all.summary();
        resolve({
          seconds,
          sent: result.requests.sent,
          completed,
          rps: completed / (run.amount ? seconds : result.duration || seconds),
          p50: summary.p50,
          p99: summary.p99,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          statusCounts,
          byLabel: Object.fromEntries([...labelled].map(([label, samples]) => [label, samples.summary()])),
        });
      },
    );
    const cap = setTimeout(() => instance.stop(), (run.maxSeconds ?? 24 * 3600) * 1000);
    instance.on('response', (client: autocannon.Client, _status: number, _bytes: number, ms: number) => {
      all.push(ms);
      const label = (client.requestIterator.currentRequest as CannonRequest).label;
      if (!label) return;
      let samples = labelled.get(label);
      if (!samples) labelled.set(label, (samples = new Samples()));
      samples.push(ms);
    });
  });
}

/** Requests that failed: socket errors, timeouts and non-2xx answers. */
export const failures = (r: CannonResult) => r.errors + r.timeouts + r.non2xx;
