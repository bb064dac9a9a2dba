// JSON generate under wrk: the mock against the express.json floor (the same JSON parsed, the same
// shape answered) and the replay floor, measured in alternating rounds so that a busy spell on the
// shared machine falls on every server alike; the ratio is the median of the rounds' ratios.
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
  runs: { result: WrkResult; others: number }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

export async function jsonPath(settings: Settings): Promise<void> {
  if (!settings.only.has('wrk')) return;
  log('\n== JSON generate under wrk: mock vs the express.json floor ==');
  report.push('## JSON generate under wrk', '');
  const missing = wrkMissing();
  if (missing) {
    log(`  skipped: ${missing}`);
    report.push(`Skipped: ${missing}.`, '');
    addTarget('JSON generate (wrk) ≥ 80% of the express.json floor req/s', `skipped: ${missing}`, undefined);
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
    const replay = await startFloor([floorRoute('POST', GENERATE_PATH, sample)]);
    children.push(replay);
    const targets: Target[] = [
      { label: 'mock', child: mock, path: `/pixazo${GENERATE_PATH}`, runs: [] },
      { label: 'express.json floor', child: jsonFloor, path: GENERATE_PATH, runs: [] },
      { label: 'replay floor', child: replay, path: GENERATE_PATH, runs: [] },
    ];
    const run = (target: Target, duration: number) =>
      wrk({ origin: target.child.origin, path: target.path, method: 'POST', headers, body: GENERATE_BODY, threads: THREADS, connections, duration });
    for (const target of targets) await run(target, settings.warmup);
    for (let round = 1; round <= rounds; round++) {
      for (const target of targets) {
        const watch = watchCpu([target.child.pid]);
        const result = await run(target, settings.duration);
        const { others } = watch.stop();
        target.runs.push({ result, others });
        noteBusy(`wrk round ${round} → ${target.label}`, others);
        log(
          `  round ${round} ${target.label}: ${fmt(result.rps, 0)} req/s  p50 ${fmt(result.p50, 2)} ms  p99 ${fmt(result.p99, 2)} ms  errors ${result.errors}  non-2xx ${result.non2xx}  (other processes ${pct(others)})`,
        );
      }
    }

    const [m, json, bytes] = targets;
    const perRound = (other: Target) => m.runs.map((r, i) => r.result.rps / other.runs[i].result.rps);
    const failed = m.runs.reduce((sum, r) => sum + r.result.errors + r.result.non2xx, 0);
    report.push(
      `wrk ${THREADS} thread, ${connections} connections, ${rounds} round(s) of ${settings.duration} s per server after a ${settings.warmup} s warm-up each, servers taking turns within a round. ` +
        'The **express.json floor** (scripts/bench/json-floor.ts) is Express parsing the same body with `express.json()` and answering the same shape with `res.json()`; the **replay floor** (scripts/bench/floor.ts) reads the body without parsing it and replays bytes captured from the mock. ' +
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
            pct(Math.max(...t.runs.map((r) => r.others))),
          ];
        }),
      ),
      '',
    );
    const toJson = median(perRound(json));
    const toBytes = median(perRound(bytes));
    report.push(
      `mock / express.json floor: ${perRound(json)
        .map((r) => ratio(r, 1))
        .join(', ')} by round, median **${ratio(toJson, 1)}**; mock / replay floor: median ${ratio(toBytes, 1)}.`,
      '',
    );
    log(`  mock / express.json floor, median of rounds: ${ratio(toJson, 1)}; mock / replay floor: ${ratio(toBytes, 1)}`);
    // A round in which other processes took a share of the cores says more about them than about the servers.
    const busy = targets.some((t) => t.runs.some((r) => r.others >= settings.busyThreshold));
    const figure = `${fmt(median(m.runs.map((r) => r.result.rps)), 0)} vs ${fmt(median(json.runs.map((r) => r.result.rps)), 0)} req/s, median round ratio ${fmt(100 * toJson, 0)}%${failed ? ` (the mock failed ${failed} requests)` : ''}`;
    addTarget(
      'JSON generate (wrk) ≥ 80% of the express.json floor req/s',
      busy ? `${figure}; not judged: other processes used ≥ ${pct(settings.busyThreshold)} of the machine during a round` : figure,
      failed > 0 ? false : busy ? undefined : toJson >= 0.8,
    );
  } finally {
    for (const child of children) await child.stop();
  }
}
