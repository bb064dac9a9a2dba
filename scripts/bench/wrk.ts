// wrk (https://github.com/wg/wrk), a C load generator: it costs far less CPU per request than
// autocannon, so on a small machine it leaves more of the cores to the server measured. A Lua script
// sets the method, headers and body, and prints the run's figures as JSON when it is done.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawnTracked, stopProcess } from './children';

export interface WrkRun {
  origin: string;
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  threads: number;
  connections: number;
  /** Seconds, rounded to whole ones (wrk's unit), at least 1. */
  duration: number;
}

export interface WrkResult {
  requests: number;
  rps: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  /** Socket errors (connect, read, write) and timeouts. */
  errors: number;
  /** Answers outside 2xx/3xx. */
  non2xx: number;
}

/** Undefined when wrk runs; otherwise why not and how to get it. */
export function wrkMissing(): string | undefined {
  const probe = spawnSync('wrk', ['--version'], { encoding: 'utf8', timeout: 5_000 });
  if (probe.error)
    return `wrk is not installed (${(probe.error as NodeJS.ErrnoException).code ?? probe.error.message}); install it with \`apt-get install wrk\` (Debian/Ubuntu) or \`brew install wrk\``;
  return /wrk \S+/.test(`${probe.stdout}${probe.stderr}`)
    ? undefined
    : `\`wrk --version\` printed nothing recognisable: ${`${probe.stdout}${probe.stderr}`.slice(0, 120)}`;
}

const lua = (s: string) => JSON.stringify(s); // a JSON string is a valid Lua string literal for these ASCII values

function script(run: WrkRun): string {
  return [
    `wrk.method = ${lua(run.method)}`,
    ...(run.body === undefined ? [] : [`wrk.body = ${lua(run.body)}`]),
    ...Object.entries(run.headers).map(([name, value]) => `wrk.headers[${lua(name)}] = ${lua(value)}`),
    'done = function(summary, latency, requests)',
    '  local e = summary.errors',
    '  io.write(string.format(\'\\nWRK_JSON {"requests":%d,"micros":%d,"p50":%d,"p99":%d,"errors":%d,"non2xx":%d}\\n\',',
    '    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.timeout, e.status))',
    'end',
  ].join('\n');
}

/** One wrk run; it stops by itself after `duration` seconds (and is killed 30 s past that). */
export async function wrk(run: WrkRun): Promise<WrkResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-wrk-'));
  try {
    const file = join(dir, 'request.lua');
    writeFileSync(file, script(run));
    const seconds = Math.max(1, Math.round(run.duration));
    const args = ['-t', String(run.threads), '-c', String(run.connections), '-d', `${seconds}s`, '--timeout', '10s', '-s', file, run.origin + run.path];
    const proc = spawnTracked('wrk', args, dir);
    let out = '';
    proc.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    await Promise.race([exited, sleep((seconds + 30) * 1000).then(() => stopProcess(proc))]);
    const line = /WRK_JSON (\{.*\})/.exec(out)?.[1];
    if (!line) throw new Error(`wrk printed no result:\n${out.slice(-1000)}`);
    const r = JSON.parse(line) as { requests: number; micros: number; p50: number; p99: number; errors: number; non2xx: number };
    return { requests: r.requests, rps: r.requests / (r.micros / 1e6), p50: r.p50 / 1000, p99: r.p99 / 1000, errors: r.errors, non2xx: r.non2xx };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
