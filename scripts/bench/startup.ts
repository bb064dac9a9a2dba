// 2. Start-up: spawn to the first 2xx answer, the mock against Prism.
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, spawnTracked, stopProcess, watchCpu, type CpuShare } from './children';
import { exchange, percentile } from './http';
import { addTarget, fmt, log, noteBusy, pct, quietBefore, ratio, report, table } from './report';
import { GENERATE_BODY, GENERATE_PATH, PIXAZO_KEY } from './requests';
import { MOCK_BIN, prismArgs } from './servers';
import { ROOT, type Settings } from './settings';

async function timeStartup(kind: 'mock' | 'Prism'): Promise<{ ms: number; cpu: CpuShare }> {
  const port = await freePort();
  const [args, path, headers] =
    kind === 'mock'
      ? [[MOCK_BIN, '--port', String(port), '--quiet'], '/pixazo' + GENERATE_PATH, { ...PIXAZO_KEY, 'Content-Type': 'application/json' }]
      : [prismArgs('pixazo', port), GENERATE_PATH, { ...PIXAZO_KEY, 'Content-Type': 'application/json' }];
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
    await stopProcess(proc);
  }
}

export async function startup(settings: Settings): Promise<void> {
  if (!settings.only.has('startup')) return;
  log('\n== Start-up: spawn → first 2xx (POST generate, polled every 5 ms) ==');
  await quietBefore('start-up', settings.quick);
  const times: Record<'mock' | 'Prism', number[]> = { mock: [], Prism: [] };
  for (let run = 0; run < settings.startupRuns; run++) {
    for (const kind of ['mock', 'Prism'] as const) {
      let { ms, cpu } = await timeStartup(kind);
      for (let retry = 0; retry < settings.retries && cpu.others >= settings.busyThreshold; retry++) {
        log(`  ${kind} run ${run + 1}: ${fmt(ms, 0)} ms while other processes used ${pct(cpu.others)} of the machine: again`);
        const again = await timeStartup(kind);
        if (again.cpu.others < cpu.others) ({ ms, cpu } = again);
      }
      times[kind].push(ms);
      noteBusy(`start-up ${kind} run ${run + 1}`, cpu.others);
      log(`  ${kind} run ${run + 1}: ${fmt(ms, 0)} ms (CPU: machine ${pct(cpu.machine)}, other processes ${pct(cpu.others)})`);
    }
  }
  const median = (xs: number[]) => percentile(Float64Array.from(xs).sort(), 50);
  const [m, p] = [median(times.mock), median(times.Prism)];
  report.push('## Start-up', '');
  report.push(
    `Process spawn to the first 2xx answer to \`POST …/ideogramV_2/v1/generate\`, polled every 5 ms on fresh connections; median of ${settings.startupRuns} run(s), runs alternating; a run during which other processes used ≥ ${pct(settings.busyThreshold)} of the machine is repeated (up to ${settings.retries} times) and the quietest kept. ` +
      'The mock serves every vendor, started exactly as users start it (`node bin/ideogram-mock.js --port <n> --quiet`); Prism serves specs/pixazo/openapi.yaml only (`node …/prism-cli/dist/index.js mock … -v warn`, without npx, whose own start-up would count against Prism).',
    '',
  );
  report.push(
    table(
      ['Server', 'runs (ms)', 'median ms'],
      [
        ['mock (all vendors)', times.mock.map((t) => fmt(t, 0)).join(', '), fmt(m, 0)],
        ['Prism (pixazo)', times.Prism.map((t) => fmt(t, 0)).join(', '), fmt(p, 0)],
      ],
    ),
    '',
  );
  addTarget('start-up ≥ 3× faster than Prism', `${fmt(m, 0)} vs ${fmt(p, 0)} ms (${ratio(p, m)} faster)`, m * 3 <= p);
  addTarget('start-up < 500 ms', `${fmt(m, 0)} ms`, m < 500);
}
