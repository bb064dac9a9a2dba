// Throughput per process count: one and two mocks sharing their jobs through Redis (`--store`),
// a fal queue submit on one and its status poll on the other; and `--workers 1` vs `--workers 2` on
// one port. A build without those options refuses them ("Unknown option", exit 2): the case then
// says they are not available instead of failing. The load generator shares the machine's cores.
import { connect } from 'node:net';
import { Agent, request } from 'node:http';
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, spawnTracked, stopProcess, watchCpu, HOST, type Child } from './children';
import { cannon, percentile } from './http';
import { addTarget, fmt, log, noteBusy, pct, quietBefore, report, table } from './report';
import { FAL_KEY, GENERATE_BODY, GENERATE_PATH, PIXAZO_KEY, SUBMIT_BODY, SUBMIT_PATH, json } from './requests';
import { startMock } from './servers';
import type { Settings } from './settings';
import { wrk, wrkMissing } from './wrk';

interface Row {
  setup: string;
  processes: number;
  load: string;
  rps?: number;
  p50?: number;
  p99?: number;
  failed?: number;
  others?: number;
  unavailable?: string;
}

/** Starts a mock with extra options; a build that does not know them answers with the reason instead. */
async function startWith(name: string, args: string[]): Promise<Child | { unavailable: string }> {
  try {
    return await startMock(name, args);
  } catch (error) {
    const text = String((error as Error).message);
    const refused = /exited with 2/.test(text) && /Unknown option '([^']+)'/.exec(text);
    if (refused) return { unavailable: `not available in this build (the mock refuses ${refused[1]})` };
    throw error;
  }
}

function redisMissing(): string | undefined {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8', timeout: 5_000 });
  return probe.error ? 'redis-server is not installed; install it with `apt-get install redis-server`' : undefined;
}

/** redis-server on a free port of 127.0.0.1, nothing persisted; resolves once it answers PING. */
async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const proc = spawnTracked('redis-server', ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no'], process.cwd(), undefined, true);
  const deadline = Date.now() + 10_000;
  while (!(await pong(port))) {
    if (proc.exitCode !== null || Date.now() > deadline) {
      await stopProcess(proc);
      throw new Error(`redis-server did not come up on port ${port}`);
    }
    await sleep(50);
  }
  return { url: `redis://${HOST}:${port}/0`, stop: () => stopProcess(proc) };
}

function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: HOST, port }, () => socket.write('PING\r\n'));
    socket.setTimeout(1_000, () => socket.destroy());
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.destroy();
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}

function send(
  agent: Agent,
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: HOST,
        port,
        method,
        path,
        agent,
        headers: body === undefined ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        timeout: 30_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.end(body);
  });
}

/**
 * `connections` loops, each submitting a fal queue job to one mock and polling it on the next one
 * (the roles turn each time), for `seconds`. With one mock, both requests go to it.
 */
async function alternate(mocks: Child[], connections: number, seconds: number): Promise<Omit<Row, 'setup' | 'processes' | 'load'>> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let failed = 0;
  const until = performance.now() + seconds * 1000;
  const timed = async (call: () => Promise<{ status: number; body: string }>) => {
    const started = performance.now();
    const reply = await call().catch(() => ({ status: 0, body: '' }));
    latencies.push(performance.now() - started);
    if (reply.status < 200 || reply.status >= 300) failed++;
    return reply;
  };
  const loop = async (offset: number) => {
    for (let turn = offset; performance.now() < until; turn++) {
      const [a, b] = [mocks[turn % mocks.length], mocks[(turn + 1) % mocks.length]];
      const submitted = await timed(() =>
        send(agent, a.port, 'POST', `/fal-queue${SUBMIT_PATH}`, { ...FAL_KEY, 'Content-Type': 'application/json' }, SUBMIT_BODY),
      );
      const statusUrl = json(submitted.body)?.status_url;
      if (typeof statusUrl !== 'string') continue;
      const url = new URL(statusUrl);
      await timed(() => send(agent, b.port, 'GET', url.pathname + url.search, FAL_KEY));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, (_, i) => loop(i)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = latencies.sort((x, y) => x - y);
  return { rps: latencies.length / elapsed, p50: percentile(sorted, 50), p99: percentile(sorted, 99), failed };
}

async function sharedStore(settings: Settings, rows: Row[]): Promise<void> {
  const load = 'fal submit on one mock, status poll on the other (Node http client, in the bench process)';
  const missing = redisMissing();
  if (missing) {
    rows.push(
      { setup: 'mocks + Redis (--store)', processes: 1, load, unavailable: missing },
      { setup: 'mocks + Redis (--store)', processes: 2, load, unavailable: missing },
    );
    return;
  }
  const redis = await startRedis();
  const mocks: Child[] = [];
  try {
    for (const count of [1, 2]) {
      const setup = `${count} mock${count > 1 ? 's' : ''} + Redis (--store)`;
      while (mocks.length < count) {
        const started = await startWith(`mock ${mocks.length + 1} (--store)`, ['--store', redis.url]);
        if ('unavailable' in started) {
          for (let n = count; n <= 2; n++)
            rows.push({ setup: `${n} mock${n > 1 ? 's' : ''} + Redis (--store)`, processes: n, load, unavailable: started.unavailable });
          return;
        }
        mocks.push(started);
      }
      await alternate(mocks, settings.wrkConnections, settings.warmup);
      const watch = watchCpu(mocks.map((m) => m.pid));
      const measured = await alternate(mocks, settings.wrkConnections, settings.duration);
      const { others } = watch.stop();
      rows.push({ setup, processes: count, load, ...measured, others });
    }
  } finally {
    for (const mock of mocks) await mock.stop();
    await redis.stop();
  }
}

async function workers(settings: Settings, rows: Row[]): Promise<void> {
  const withWrk = wrkMissing() === undefined;
  const load = `Pixazo JSON generate, ${withWrk ? 'wrk 1 thread' : 'autocannon (wrk is not installed)'}`;
  for (const count of [1, 2]) {
    const setup = `--workers ${count}`;
    const started = await startWith(`mock (--workers ${count})`, ['--workers', String(count)]);
    if ('unavailable' in started) {
      rows.push({ setup, processes: count, load, unavailable: started.unavailable });
      continue;
    }
    try {
      const path = `/pixazo${GENERATE_PATH}`;
      const headers = { ...PIXAZO_KEY, 'Content-Type': 'application/json' };
      const measure = async (seconds: number) => {
        if (withWrk)
          return wrk({
            origin: started.origin,
            path,
            method: 'POST',
            headers,
            body: GENERATE_BODY,
            threads: 1,
            connections: settings.wrkConnections,
            duration: seconds,
          });
        const r = await cannon({
          origin: started.origin,
          requests: [{ method: 'POST', path, headers, body: GENERATE_BODY }],
          connections: settings.wrkConnections,
          duration: seconds,
        });
        return { ...r, errors: r.errors + r.timeouts };
      };
      await measure(settings.warmup);
      // The workers are the primary's children: its pid alone would miss their CPU, so "others" is only indicative here.
      const watch = watchCpu([started.pid]);
      const r = await measure(settings.duration);
      const { others } = watch.stop();
      rows.push({ setup, processes: count, load, rps: r.rps, p50: r.p50, p99: r.p99, failed: r.errors + r.non2xx, others });
    } finally {
      await started.stop();
    }
  }
}

export async function scale(settings: Settings): Promise<void> {
  if (!settings.only.has('scale')) return;
  log('\n== Throughput per process count: mocks sharing Redis, --workers ==');
  report.push('## Throughput per process count', '');
  await quietBefore('scale', settings.quick);
  const rows: Row[] = [];
  await sharedStore(settings, rows);
  await workers(settings, rows);
  for (const r of rows) {
    noteBusy(`${r.setup}`, r.others ?? 0);
    log(`  ${r.setup}: ${r.unavailable ?? `${fmt(r.rps ?? NaN, 0)} req/s p50 ${fmt(r.p50 ?? NaN, 2)} ms p99 ${fmt(r.p99 ?? NaN, 2)} ms, ${r.failed} failed`}`);
  }
  report.push(
    `${settings.wrkConnections} connections, ${settings.duration} s per setup after a ${settings.warmup} s warm-up. Redis is \`redis-server --save '' --appendonly no\` on a free port of 127.0.0.1. ` +
      '**Caveat**: this machine has the cores listed above and the load generator (and Redis) run on them too, so a second process competes with the load generator for CPU: the figures say what the extra process buys here, not what it buys on a machine with cores to spare.',
    '',
    table(
      ['setup', 'processes', 'load', 'req/s', 'p50 ms', 'p99 ms', 'failed', 'other processes CPU'],
      rows.map((r) =>
        r.unavailable
          ? [r.setup, r.processes, r.load, r.unavailable, '', '', '', '']
          : [r.setup, r.processes, r.load, fmt(r.rps ?? NaN, 0), fmt(r.p50 ?? NaN, 2), fmt(r.p99 ?? NaN, 2), r.failed ?? 0, pct(r.others ?? NaN)],
      ),
    ),
    '',
  );
  const two = rows.find((r) => r.setup.includes('Redis') && r.processes === 2)!;
  addTarget(
    'two mocks sharing Redis answer a job on either (no failed request)',
    two.unavailable ?? `${two.failed} failed of ${fmt((two.rps ?? NaN) * settings.duration, 0)}`,
    two.unavailable ? undefined : two.failed === 0,
  );
}
