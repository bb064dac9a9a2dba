// Child processes of the benchmark: started on 127.0.0.1, tracked, and always killed on the way out.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export const HOST = '127.0.0.1';

const live = new Set<ChildProcess>();

/** Kills every child still running (synchronously, so it also works from an 'exit' handler). */
export function killAll(): void {
  for (const child of live) {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  live.clear();
}

let installed = false;
/** Children die with the benchmark: normal exit, errors, Ctrl-C, SIGTERM. */
export function installCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      process.stderr.write(`\n${signal}: stopping child processes\n`);
      killAll();
      process.exit(130);
    });
  }
  process.on('uncaughtException', (error) => {
    process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
    killAll();
    process.exit(1);
  });
  process.on('unhandledRejection', (error) => {
    process.stderr.write(`bench failed: ${(error as Error)?.stack ?? error}\n`);
    killAll();
    process.exit(1);
  });
}

/** A port that was free a moment ago (for servers that cannot be told to listen on 0 and report it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Child {
  name: string;
  proc: ChildProcess;
  pid: number;
  port: number;
  origin: string;
  /** The last few KB the child printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface ChildSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
  /** Known in advance (Prism); otherwise read from the child's stdout with `portPattern`. */
  port?: number;
  portPattern?: RegExp;
  readyTimeoutMs?: number;
}

/** Spawns a server and resolves once it answers HTTP (any status) on its port. */
export async function startChild(spec: ChildSpec): Promise<Child> {
  const proc = spawn(spec.command, spec.args, { cwd: spec.cwd, env: { ...process.env, ...spec.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(proc);
  let tail = '';
  let port = spec.port;
  let portSeen: (port: number) => void = () => {};
  const portPromise = new Promise<number>((resolve) => (portSeen = resolve));
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4096);
    if (port === undefined && spec.portPattern) {
      const match = spec.portPattern.exec(tail);
      if (match) {
        port = Number(match[1]);
        portSeen(port);
      }
    }
  };
  // Always drained: a child blocked on a full stdout pipe would look slow.
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.once('exit', () => live.delete(proc));
  const stop = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill('SIGKILL');
    await Promise.race([exited, sleep(5_000)]);
    live.delete(proc);
  };
  const deadline = Date.now() + (spec.readyTimeoutMs ?? 60_000);
  const failed = () => new Error(`${spec.name} did not come up: ${proc.exitCode !== null ? `exited with ${proc.exitCode}` : 'timed out'}\n${tail}`);
  if (port === undefined) {
    const found = await Promise.race([portPromise, exited.then(() => undefined), sleep(Math.max(0, deadline - Date.now())).then(() => undefined)]);
    if (found === undefined) {
      await stop();
      throw failed();
    }
  }
  const actual = port as number;
  while (!(await answers(actual))) {
    if (proc.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw failed();
    }
    await sleep(20);
  }
  return { name: spec.name, proc, pid: proc.pid as number, port: actual, origin: `http://${HOST}:${actual}`, output: () => tail, stop };
}

/** True once something answers HTTP on the port (whatever the status). */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: HOST, port, path: '/', method: 'GET', agent: false, timeout: 1_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(true));
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

export interface ProcMemory {
  /** Resident set size now, bytes. */
  rss: number;
  /** Peak resident set size since the process started, bytes. */
  hwm: number;
}

/** VmRSS / VmHWM from /proc/<pid>/status (Linux), or undefined once the process is gone. */
export function procMemory(pid: number): ProcMemory | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; reports the highest value seen. */
export function sampleRss(pid: number, everyMs = 10): { stop(): number } {
  let peak = procMemory(pid)?.rss ?? 0;
  const timer = setInterval(() => {
    const rss = procMemory(pid)?.rss;
    if (rss !== undefined && rss > peak) peak = rss;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const rss = procMemory(pid)?.rss;
      if (rss !== undefined && rss > peak) peak = rss;
      return peak;
    },
  };
}
