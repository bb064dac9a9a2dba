// JSON generate under wrk: the mock against the two express.json floors (the same JSON parsed, the
// same shape answered with res.json or with res.end(JSON.stringify(…))) and the replay floor, measured
// in alternating rounds so that a busy spell on the shared machine falls on every server alike; each
// ratio is the median of the rounds' ratios, with their spread.
import { watchCpu } from './children';
import { exchange } from './http';
import { addTarget, fmt, int, log, noteBusy, pct, quietBefore, ratio, report, table } from './report';
import { GENERATE_BODY, GENERATE_PATH, PIXAZO_KEY, snippet } from './requests';
import { floorRoute, startFloor, startJsonFloor, startMock } from './servers';
import type { Child } from './children';
import type { Settings } from './settings';
import { wrk, wrkMissing, type WrkResult } from './wrk';

/** One wrk thread: the server gets one core, wrk the other (and the kernel's loopback work shares both). */
const THREADS = 1;

interface Target {
  label: string;
  child: Child;
  path: string;
  /** `cpuUs`: the server's own CPU time (user + system) per request served, in µs: what a busy machine changes least. */
  runs: { result: WrkResult; others: number; cpuUs: number }[];
}

/** What issue 26 asks of the mock against each floor, median of the rounds' ratios. */
const TARGETS = [
  { name: 'JSON generate (wrk) ≥ 80% of the express.json res.end(JSON.stringify) floor req/s', atLeast: 0.8 },
  { name: 'JSON generate (wrk) ≥ 90% of the express.json res.json floor req/s', atLeast: 0.9 },
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

export async function jsonPath(settings: Settings): Promise<void> {
  if (!settings.only.has('wrk')) return;
  log('\n== JSON generate under wrk: mock vs the express.json floors (res.json, res.end) ==');
  report.push('## JSON generate under wrk', '');
  const missing = wrkMissing();
  if (missing) {
    log(`  skipped: ${missing}`);
    report.push(`Skipped: ${missing}.`, '');
    for (const target of TARGETS) addTarget(target.name, `skipped: ${missing}`, undefined);
    return;
  }
  await quietBefore('wrk', settings.quick);
  const rounds = settings.quick ? 1 : 3;
  const connections = settings.wrkConnections;
  const headers = { ...PIXAZO_KEY, 'Content-Type': 'application/json' };
  const children: Child[] = [];
  try {
    const mock = await startMock();
    children.push(mock);
    const sample = await exchange({ port: mock.port, method: 'POST', path: `/pixazo${GENERATE_PATH}`, headers, body: GENERATE_BODY });
    if (sample.status !== 200) throw new Error(`the mock answered the generate sample with ${sample.status}: ${snippet(sample.body)}`);
    const jsonFloor = await startJsonFloor();
    children.push(jsonFloor);
    const endFloor = await startJsonFloor(true);
    children.push(endFloor);
    const replay = await startFloor([floorRoute('POST', GENERATE_PATH, sample)]);
    children.push(replay);
    const targets: Target[] = [
      { label: 'mock', child: mock, path: `/pixazo${GENERATE_PATH}`, runs: [] },
      { label: 'express.json floor (res.json)', child: jsonFloor, path: GENERATE_PATH, runs: [] },
      { label: 'express.json floor (res.end)', child: endFloor, path: GENERATE_PATH, runs: [] },
      { label: 'replay floor', child: replay, path: GENERATE_PATH, runs: [] },
    ];
    const run = (target: Target, duration: number) =>
      wrk({ origin: target.child.origin, path: target.path, method: 'POST', headers, body: GENERATE_BODY, threads: THREADS, connections, duration });
    for (const target of targets) await run(target, settings.warmup);
    for (let round = 1; round <= rounds; round++) {
      for (const target of targets) {
        const watch = watchCpu([target.child.pid]);
        const result = await run(target, settings.duration);
        const { others, childSeconds } = watch.stop();
        const cpuUs = (childSeconds * 1e6) / result.requests;
        target.runs.push({ result, others, cpuUs });
        noteBusy(`wrk round ${round} → ${target.label}`, others);
        log(
          `  round ${round} ${target.label}: ${fmt(result.rps, 0)} req/s  p50 ${fmt(result.p50, 2)} ms  p99 ${fmt(result.p99, 2)} ms  errors ${result.errors}  non-2xx ${result.non2xx}  server CPU ${fmt(cpuUs, 0)} µs/req  (other processes ${pct(others)})`,
        );
      }
    }

    const [m, json, end, bytes] = targets;
    const perRound = (other: Target) => m.runs.map((r, i) => r.result.rps / other.runs[i].result.rps);
    const failed = m.runs.reduce((sum, r) => sum + r.result.errors + r.result.non2xx, 0);
    report.push(
      `wrk ${THREADS} thread, ${connections} connections, ${rounds} round(s) of ${settings.duration} s per server after a ${settings.warmup} s warm-up each, servers taking turns within a round. ` +
        'The **express.json floors** (scripts/bench/json-floor.ts) are Express parsing the same body with `express.json()` and answering the same shape, one with `res.json()`, the other with `res.end(JSON.stringify(…))` and the same headers (etag off in both); the **replay floor** (scripts/bench/floor.ts) reads the body without parsing it and replays bytes captured from the mock. ' +
        'wrk runs on the same 2 cores as the server it loads, so every figure is what one server process gets from what the load generator leaves; ratios within a round are what compares.',
      '',
    );
    report.push(
      table(
        [
          'Server',
          ...Array.from({ length: rounds }, (_, i) => `round ${i + 1} req/s`),
          'median req/s',
          'p50 / p99 ms (median round)',
          'errors / non-2xx',
          'server CPU µs/req (median)',
          'other processes CPU (max)',
        ],
        targets.map((t) => {
          const mid = t.runs.find((r) => r.result.rps === median(t.runs.map((x) => x.result.rps)))!;
          return [
            t.label,
            ...t.runs.map((r) => fmt(r.result.rps, 0)),
            fmt(median(t.runs.map((r) => r.result.rps)), 0),
            `${fmt(mid.result.p50, 2)} / ${fmt(mid.result.p99, 2)}`,
            `${int(t.runs.reduce((s, r) => s + r.result.errors, 0))} / ${int(t.runs.reduce((s, r) => s + r.result.non2xx, 0))}`,
            fmt(median(t.runs.map((r) => r.cpuUs)), 0),
            pct(Math.max(...t.runs.map((r) => r.others))),
          ];
        }),
      ),
      '',
    );
    // A round in which other processes took a share of the cores says more about them than about the servers.
    const busy = targets.some((t) => t.runs.some((r) => r.others >= settings.busyThreshold));
    const mockRps = fmt(median(m.runs.map((r) => r.result.rps)), 0);
    const lines: string[] = [];
    for (const [floor, target] of [
      [end, TARGETS[0]],
      [json, TARGETS[1]],
    ] as const) {
      const ratios = perRound(floor);
      const mid = median(ratios);
      const spread = `${ratio(Math.min(...ratios), 1)}–${ratio(Math.max(...ratios), 1)}`;
      // The floor's CPU per request over the mock's: the req/s ratio the mock would reach if each server had a core to itself.
      const cpu = median(m.runs.map((r, i) => floor.runs[i].cpuUs / r.cpuUs));
      lines.push(
        `mock / ${floor.label}: ${ratios.map((r) => ratio(r, 1)).join(', ')} by round, median **${ratio(mid, 1)}** (spread ${spread}); by CPU per request ${ratio(cpu, 1)}`,
      );
      log(`  mock / ${floor.label}, median of rounds: ${ratio(mid, 1)} (rounds ${spread}); by server CPU per request: ${ratio(cpu, 1)}`);
      const figure = `${mockRps} vs ${fmt(median(floor.runs.map((r) => r.result.rps)), 0)} req/s, median round ratio ${fmt(100 * mid, 0)}% (rounds ${spread})${failed ? ` (the mock failed ${failed} requests)` : ''}`;
      addTarget(
        target.name,
        busy ? `${figure}; not judged: other processes used ≥ ${pct(settings.busyThreshold)} of the machine during a round` : figure,
        failed > 0 ? false : busy ? undefined : mid >= target.atLeast,
      );
    }
    const toBytes = median(perRound(bytes));
    report.push(`${lines.join('; ')}; mock / replay floor: median ${ratio(toBytes, 1)}.`, '');
    log(`  mock / replay floor: ${ratio(toBytes, 1)}`);
  } finally {
    for (const child of children) await child.stop();
  }
}
