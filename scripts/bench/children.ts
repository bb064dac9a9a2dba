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

/** Spawns a process that killAll() will reach; piped output must be drained by the caller. */
export function spawnTracked(command: string, args: string[], cwd: string, env?: Record<string, string>, discardOutput = false): ChildProcess {
  const proc = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', discardOutput ? 'ignore' : 'pipe', discardOutput ? 'ignore' : 'pipe'],
  });
  live.add(proc);
  proc.once('exit', () => live.delete(proc));
  return proc;
}

/** SIGKILLs one child and waits (bounded) for it to be gone. */
export async function stopProcess(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill('SIGKILL');
  await Promise.race([exited, sleep(5_000)]);
  live.delete(proc);
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
  const proc = spawnTracked(spec.command, spec.args, spec.cwd, spec.env);
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
  const stop = () => stopProcess(proc);
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

// ---------------------------------------------------------------------------------------------
// CPU use by everything else on the machine: a benchmark on a shared 2-core box must say so.

function machineTicks(): { busy: number; processes: number; total: number } | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
    // user nice system idle iowait irq softirq steal
    const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = fields[3] + (fields[4] ?? 0);
    // Interrupt time is mostly the loopback traffic of the run itself and is charged to no process.
    return { busy: total - idle, processes: fields[0] + fields[1] + fields[2], total };
  } catch {
    return undefined;
  }
}

/** utime + stime of one process (all its threads), in ticks; undefined once it is gone. */
/** Linux's USER_HZ, the unit of /proc/<pid>/stat times: 100 on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

function processTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

export interface CpuShare {
  /** Fraction of the whole machine (all cores) busy over the interval. */
  machine: number;
  /** Fraction of the machine used by this process and the watched children. */
  ours: number;
  /** Process (user + system) time not ours: other processes on the machine. Interrupt time is left out. */
  others: number;
  /** CPU seconds (user + system) the watched children used. */
  childSeconds: number;
}

/** utime + stime of the bench itself plus cutime + cstime: children it has reaped (a wrk run that ended) are ours too. */
function ownTicks(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
}

/** Starts watching; stop() returns the shares since start. Children must still be alive at stop(), or reaped by then. */
export function watchCpu(pids: number[]): { stop(): CpuShare } {
  const m0 = machineTicks();
  const self0 = ownTicks();
  const kids0 = pids.map(processTicks);
  return {
    stop() {
      const m1 = machineTicks();
      if (!m0 || !m1 || m1.total === m0.total) return { machine: NaN, ours: NaN, others: NaN, childSeconds: NaN };
      const selfTicks = ownTicks() - self0;
      const kidTicks = pids.reduce((sum, pid, i) => sum + Math.max(0, (processTicks(pid) ?? kids0[i] ?? 0) - (kids0[i] ?? 0)), 0);
      const total = m1.total - m0.total;
      const machine = (m1.busy - m0.busy) / total;
      const processes = (m1.processes - m0.processes) / total;
      const ours = Math.min(processes, (selfTicks + kidTicks) / total);
      return { machine, ours, others: Math.max(0, processes - ours), childSeconds: kidTicks / TICKS_PER_SECOND };
    },
  };
}

/**
 * Waits (up to `maxSeconds`) for the machine to be quiet: other processes using less than
 * `threshold` of it over a 1 s window. Returns the last window's share of other processes.
 */
export async function waitForQuiet(maxSeconds: number, threshold = 0.15): Promise<{ others: number; waited: number }> {
  const started = performance.now();
  for (;;) {
    const watch = watchCpu([]);
    await sleep(1_000);
    const { others } = watch.stop();
    const waited = (performance.now() - started) / 1000;
    if (!(others >= threshold) || waited >= maxSeconds) return { others, waited };
  }
}
