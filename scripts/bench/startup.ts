// 2. Start-up: spawn to the first 2xx answer, the mock against Prism and a bare `node -e 0`, and the
// mock again with twice the operations (every spec served a second time under another vendor name).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, spawnTracked, stopProcess, watchCpu, type CpuShare } from './children';
import { exchange, percentile } from './http';
import { addTarget, fmt, log, noteBusy, pct, quietBefore, ratio, report, table } from './report';
import { GENERATE_BODY, GENERATE_PATH, PIXAZO_KEY } from './requests';
import { MOCK_BIN, prismArgs } from './servers';
import { ROOT, type Settings } from './settings';

type Kind = 'node' | 'mock' | 'mock ×2' | 'Prism';

/** A stable folder, so the spec cache keeps one entry per copy however many runs. */
const COPIES = join(tmpdir(), 'ideogram-mock-bench-copies');

/** Every spec copied under another vendor name (the folder's, which becomes its prefix): `--spec` arguments. */
function copiedSpecs(): string[] {
  const specs = join(ROOT, 'specs');
  const vendors = readdirSync(specs).filter((name) => existsSync(join(specs, name, 'openapi.yaml')));
  return vendors.flatMap((vendor) => {
    const file = join(COPIES, `${vendor}-copy`, 'openapi.yaml');
    mkdirSync(dirname(file), { recursive: true });
    const text = readFileSync(join(specs, vendor, 'openapi.yaml'), 'utf8')
      .replace(/^\s*x-mock-prefix:.*\n/gm, '')
      // The relays stay with the original: a second relay of the same id is refused at start.
      .replace(/^x-mock-relays:\n(?:[ \t].*\n|\n)*/m, '')
      // A copy's references to another spec point at that spec's copy.
      .replace(/\.\.\/([\w-]+)\/openapi\.yaml/g, '../$1-copy/openapi.yaml');
    writeFileSync(file, text);
    return ['--spec', file];
  });
}

/** `node -e 0`: the floor any Node server starts from, measured in the same run. */
async function timeBareNode(): Promise<{ ms: number; cpu: CpuShare }> {
  const started = performance.now();
  const proc = spawnTracked(process.execPath, ['-e', '0'], ROOT, undefined, true);
  const watch = watchCpu(proc.pid ? [proc.pid] : []);
  await new Promise((resolve) => proc.once('exit', resolve));
  return { ms: performance.now() - started, cpu: watch.stop() };
}

/**
 * One start, timed to its first answer. `gently`: stopped with SIGTERM, as `npm start` is with Ctrl-C, so
 * the bin writes its code cache on the way out (the timed runs are killed at once).
 */
async function timeStartup(kind: Kind, copies: string[], gently = false): Promise<{ ms: number; cpu: CpuShare }> {
  if (kind === 'node') return timeBareNode();
  const port = await freePort();
  const [args, path, headers] =
    kind === 'Prism'
      ? [prismArgs('pixazo', port), GENERATE_PATH, { ...PIXAZO_KEY, 'Content-Type': 'application/json' }]
      : [
          [MOCK_BIN, '--port', String(port), '--quiet', ...(kind === 'mock ×2' ? copies : [])],
          '/pixazo' + GENERATE_PATH,
          { ...PIXAZO_KEY, 'Content-Type': 'application/json' },
        ];
  const started = performance.now();
  const proc = spawnTracked(process.execPath, args, ROOT, undefined, true);
  const watch = watchCpu(proc.pid ? [proc.pid] : []);
  const deadline = started + 90_000;
  try {
    for (;;) {
      try {
        const reply = await exchange({ port, method: 'POST', path, headers, body: GENERATE_BODY, agent: false, timeoutMs: 5_000 });
        if (reply.status >= 200 && reply.status < 300) return { ms: performance.now() - started, cpu: watch.stop() };
      } catch {
        // not listening yet
      }
      if (proc.exitCode !== null) throw new Error(`${kind} exited with ${proc.exitCode} before answering`);
      if (performance.now() > deadline) throw new Error(`${kind} did not answer within 90 s`);
      await sleep(5);
    }
  } finally {
    if (gently && proc.exitCode === null) {
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill('SIGTERM');
      await Promise.race([exited, sleep(5_000)]);
    }
    await stopProcess(proc);
  }
}

export async function startup(settings: Settings): Promise<void> {
  if (!settings.only.has('startup')) return;
  log('\n== Start-up: spawn → first 2xx (POST generate, polled every 5 ms) ==');
  await quietBefore('start-up', settings.quick);
  const times: Record<Kind, number[]> = { node: [], mock: [], 'mock ×2': [], Prism: [] };
  const copies = copiedSpecs();
  // Untimed: the copies' first start parses their YAML into the spec cache, and leaves the CLI's code cache, as any first start does.
  await timeStartup('mock ×2', copies, true);
  for (let run = 0; run < settings.startupRuns; run++) {
    for (const kind of ['node', 'mock', 'mock ×2', 'Prism'] as const) {
      let { ms, cpu } = await timeStartup(kind, copies);
      for (let retry = 0; retry < settings.retries && cpu.others >= settings.busyThreshold; retry++) {
        log(`  ${kind} run ${run + 1}: ${fmt(ms, 0)} ms while other processes used ${pct(cpu.others)} of the machine: again`);
        const again = await timeStartup(kind, copies);
        if (again.cpu.others < cpu.others) ({ ms, cpu } = again);
      }
      times[kind].push(ms);
      noteBusy(`start-up ${kind} run ${run + 1}`, cpu.others);
      log(`  ${kind} run ${run + 1}: ${fmt(ms, 0)} ms (CPU: machine ${pct(cpu.machine)}, other processes ${pct(cpu.others)})`);
    }
  }
  const median = (xs: number[]) => percentile(Float64Array.from(xs).sort(), 50);
  const spread = (xs: number[]) => `${fmt(Math.min(...xs), 0)}–${fmt(Math.max(...xs), 0)}`;
  rmSync(COPIES, { recursive: true, force: true });
  const [n, m, m2, p] = [median(times.node), median(times.mock), median(times['mock ×2']), median(times.Prism)];
  for (const kind of ['node', 'mock', 'mock ×2', 'Prism'] as const)
    log(`  ${kind}: median ${fmt(median(times[kind]), 0)} ms (spread ${spread(times[kind])}), ${ratio(median(times[kind]), n)} bare node`);
  report.push('## Start-up', '');
  report.push(
    `Process spawn to the first 2xx answer to \`POST …/ideogramV_2/v1/generate\`, polled every 5 ms on fresh connections (\`node -e 0\`: spawn to exit); median of ${settings.startupRuns} rounds, each round running the four once in turn (so a burst of load elsewhere lands on all alike), with the spread (min–max) and the ratio of the medians to \`node -e 0\`'s; a run during which other processes used ≥ ${pct(settings.busyThreshold)} of the machine is repeated (up to ${settings.retries} times) and the quietest kept. ` +
      'The mock serves every vendor, started exactly as users start it (`node bin/ideogram-mock.js --port <n> --quiet`); "×2" adds a copy of every spec under another vendor name (`--spec`, twice the operations; the copies are not in the build, so their validators are compiled by Ajv when used); Prism serves specs/pixazo/openapi.yaml only (`node …/prism-cli/dist/index.js mock … -v warn`, without npx, whose own start-up would count against Prism).',
    '',
  );
  const row = (label: string, kind: Kind, ms: number) => [label, times[kind].map((t) => fmt(t, 0)).join(', '), fmt(ms, 0), spread(times[kind]), ratio(ms, n)];
  report.push(
    table(
      ['Server', 'runs (ms)', 'median ms', 'spread ms', '÷ node -e 0'],
      [row('node -e 0', 'node', n), row('mock (all vendors)', 'mock', m), row('mock (all vendors ×2)', 'mock ×2', m2), row('Prism (pixazo)', 'Prism', p)],
    ),
    '',
  );
  addTarget('CLI first answer ≤ 3× bare node', `${fmt(m, 0)} vs ${fmt(n, 0)} ms (${ratio(m, n)})`, m <= 3 * n);
  addTarget('CLI first answer with twice the operations ≤ 3.3× bare node', `${fmt(m2, 0)} vs ${fmt(n, 0)} ms (${ratio(m2, n)})`, m2 <= 3.3 * n);
  addTarget('start-up ≥ 3× faster than Prism', `${fmt(m, 0)} vs ${fmt(p, 0)} ms (${ratio(p, m)} faster)`, m * 3 <= p);
  addTarget('start-up < 500 ms', `${fmt(m, 0)} ms`, m < 500);
  addTarget('twice the operations add < 10% to start-up', `${fmt(m2, 0)} vs ${fmt(m, 0)} ms (${ratio(m2, m)})`, m2 < m * 1.1);
}
