// 1. Throughput and latency: the mock, Prism and the floor under autocannon, for the Pixazo
// generate and edit requests and the fal queue round trip.
import { cannon, exchange, failures, type CannonRequest, type CannonResult } from './http';
import { watchCpu, type CpuShare } from './children';
import { noisyPngUnder, editForm } from './fixtures';
import type { FloorRoute } from './floor';
import { addTarget, fmt, int, log, mib, noteBusy, pct, quietBefore, ratio, report, table } from './report';
import { EDIT_PATH, GENERATE_BODY, GENERATE_PATH, PIXAZO_KEY, SUBMIT_PATH, falSequence, probeFal, snippet } from './requests';
import { floorRoute, startFloor, startMock, startPrism, type Server } from './servers';
import type { Settings } from './settings';

interface Measured {
  caseName: string;
  server: Server['label'];
  result?: CannonResult;
  unavailable?: string;
  note?: string;
  cpu?: CpuShare;
}

const ok2xx = (r: CannonResult) => Object.entries(r.statusCounts).reduce((sum, [code, n]) => sum + (code.startsWith('2') ? n : 0), 0);

async function measure(settings: Settings, caseName: string, server: Server, requests: CannonRequest[], note?: string): Promise<Measured> {
  log(`  ${caseName} → ${server.label}: warm-up ${settings.warmup}s, then ${settings.duration}s × ${settings.connections} connections`);
  await cannon({ origin: server.child.origin, requests, connections: settings.connections, duration: settings.warmup });
  let best: { result: CannonResult; cpu: CpuShare } | undefined;
  for (let attempt = 0; attempt <= settings.retries; attempt++) {
    // Requests left in flight (warm-up, previous attempt) are still being served: let the server catch up first.
    await drained(server, requests[0]);
    const watch = watchCpu([server.child.pid]);
    const result = await cannon({ origin: server.child.origin, requests, connections: settings.connections, duration: settings.duration });
    const cpu = watch.stop();
    if (!best || cpu.others < best.cpu.others) best = { result, cpu };
    if (cpu.others < settings.busyThreshold) break;
    if (attempt < settings.retries) log(`    other processes used ${pct(cpu.others)} of the machine: measuring again`);
  }
  const { result, cpu } = best!;
  noteBusy(`${caseName} → ${server.label}`, cpu.others);
  const codes = Object.entries(result.statusCounts)
    .map(([c, n]) => `${c}×${n}`)
    .join(' ');
  log(
    `    ${fmt(result.rps, 0)} req/s  p50 ${fmt(result.p50, 2)} ms  p99 ${fmt(result.p99, 2)} ms  errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}  sent ${result.sent}  [${codes}]`,
  );
  for (const [label, l] of Object.entries(result.byLabel)) log(`      ${label}: ${l.count} responses, p50 ${fmt(l.p50, 2)} ms, p99 ${fmt(l.p99, 2)} ms`);
  log(`      CPU: machine ${pct(cpu.machine)}, bench + server ${pct(cpu.ours)}, other processes ${pct(cpu.others)}`);
  return { caseName, server: server.label, result, note, cpu };
}

/** Sends one request and waits (up to 2 min) for its answer: by then the backlog ahead of it is served. */
async function drained(server: Server, request: CannonRequest): Promise<void> {
  const body = typeof request.body === 'string' || Buffer.isBuffer(request.body) ? request.body : undefined;
  const path = request.path || '/';
  try {
    await exchange({ port: server.child.port, method: request.method ?? 'GET', path, headers: request.headers, body, agent: false, timeoutMs: 120_000 });
  } catch {
    // measured anyway; failures show in the run
  }
}

export async function throughput(settings: Settings): Promise<void> {
  const wanted = (['generate', 'edit', 'fal'] as const).filter((c) => settings.only.has(c));
  if (wanted.length === 0) return;
  log('\n== Throughput and latency ==');
  await quietBefore('throughput', settings.quick);
  const editPng = noisyPngUnder(settings.editBytes);
  const edit = editForm(editPng);
  log(`  edit body: ${int(edit.body.length)} bytes multipart, PNG ${int(editPng.length)} bytes (noise, does not compress)`);

  const mockChild = await startMock();
  const mock: Server = { label: 'mock', child: mockChild, pixazo: '/pixazo', falQueue: '/fal-queue' };
  const generateReq: CannonRequest = { method: 'POST', path: '', headers: { ...PIXAZO_KEY, 'Content-Type': 'application/json' }, body: GENERATE_BODY };
  const editReq: CannonRequest = { method: 'POST', path: '', headers: { ...PIXAZO_KEY, 'Content-Type': edit.contentType }, body: edit.body };
  const at = (request: CannonRequest, path: string): CannonRequest[] => [{ ...request, path }];

  // Samples from the mock: the floor replays these bytes.
  const floorRoutes: FloorRoute[] = [];
  const sampleGenerate = await exchange({
    port: mockChild.port,
    method: 'POST',
    path: mock.pixazo + GENERATE_PATH,
    headers: generateReq.headers,
    body: GENERATE_BODY,
  });
  const sampleEdit = await exchange({ port: mockChild.port, method: 'POST', path: mock.pixazo + EDIT_PATH, headers: editReq.headers, body: edit.body });
  log(`  mock samples: generate ${sampleGenerate.status} (${sampleGenerate.body.length} B), edit ${sampleEdit.status} (${sampleEdit.body.length} B)`);
  if (sampleGenerate.status >= 300) log(`    generate sample is not 2xx: ${snippet(sampleGenerate.body)}`);
  if (sampleEdit.status >= 300) log(`    edit sample is not 2xx: ${snippet(sampleEdit.body)}`);
  floorRoutes.push(floorRoute('POST', GENERATE_PATH, sampleGenerate), floorRoute('POST', EDIT_PATH, sampleEdit));
  const falProbe = settings.only.has('fal') ? await probeFal(mock) : undefined;
  if (falProbe?.ok && falProbe.submit && falProbe.poll)
    floorRoutes.push(floorRoute('POST', SUBMIT_PATH, falProbe.submit), floorRoute('GET', '*', falProbe.poll));
  if (falProbe) log(`  mock fal queue: ${falProbe.ok ? 'answers' : `unavailable: ${falProbe.reason}`}`);

  const floorChild = await startFloor(floorRoutes);
  const floor: Server = { label: 'floor', child: floorChild, pixazo: '', falQueue: '' };
  const measured: Measured[] = [];
  try {
    if (settings.only.has('generate') || settings.only.has('edit')) {
      const prism: Server = { label: 'Prism', child: await startPrism('pixazo'), pixazo: '', falQueue: '' };
      try {
        for (const c of ['generate', 'edit'] as const) {
          if (!settings.only.has(c)) continue;
          const [request, path, name] =
            c === 'generate'
              ? [generateReq, GENERATE_PATH, 'Pixazo V2 generate (JSON)']
              : [editReq, EDIT_PATH, `Pixazo V2 edit (multipart, ${mib(edit.body.length)})`];
          for (const server of [mock, prism, floor]) measured.push(await measure(settings, name, server, at(request, server.pixazo + path)));
        }
      } finally {
        await prism.child.stop();
      }
    }
    if (settings.only.has('fal')) {
      const name = 'fal queue submit + status poll';
      if (!falProbe?.ok) {
        for (const server of ['mock', 'Prism', 'floor'] as const) measured.push({ caseName: name, server, unavailable: falProbe?.reason ?? 'not probed' });
      } else {
        measured.push(await measure(settings, name, mock, falSequence(mock)));
        const prism: Server = { label: 'Prism', child: await startPrism('fal-queue'), pixazo: '', falQueue: '' };
        try {
          const prismProbe = await probeFal(prism);
          if (!prismProbe.ok) measured.push({ caseName: name, server: 'Prism', unavailable: prismProbe.reason });
          else measured.push(await measure(settings, name, prism, falSequence(prism), 'Prism answers the spec examples'));
        } finally {
          await prism.child.stop();
        }
        measured.push(await measure(settings, name, floor, falSequence(floor)));
      }
    }
  } finally {
    await floorChild.stop();
    await mockChild.stop();
  }

  // Report
  const rows = measured.map((m) => {
    if (!m.result) return [m.caseName, m.server, `unavailable: ${m.unavailable}`, '', '', '', '', '', '', '', '', ''];
    const r = m.result;
    const codes = Object.entries(r.statusCounts)
      .filter(([c]) => !c.startsWith('2'))
      .map(([c, n]) => `${c}×${n}`)
      .join(' ');
    const total = r.completed + r.errors + r.timeouts;
    const inFlight = Math.max(0, r.sent - r.completed - r.errors - r.timeouts);
    return [
      m.caseName,
      m.server,
      fmt(r.rps, 0),
      fmt(ok2xx(r) / (r.completed / r.rps || 1), 0),
      fmt(r.p50, 2),
      fmt(r.p99, 2),
      int(r.completed),
      inFlight,
      `${r.errors} / ${r.timeouts}`,
      `${r.non2xx}${codes ? ` (${codes})` : ''}`,
      `${fmt((100 * failures(r)) / (total || 1), 2)}%`,
      pct(m.cpu?.others ?? NaN),
    ];
  });
  report.push('## Throughput and latency', '');
  report.push(
    `autocannon, ${settings.connections} connections, ${settings.duration} s per case after a ${settings.warmup} s warm-up, load generator in the bench process on the same machine. ` +
      `A case measured while other processes used ≥ ${pct(settings.busyThreshold)} of the machine is measured again (up to ${settings.retries} more times) and the quietest attempt kept. ` +
      'Latencies are every response time at full precision (p50/p99, nearest rank). "2xx/s" counts only successful answers; "unanswered" are requests still in flight when the run ended (not counted as errors by autocannon); "other processes CPU" is the share of the whole machine used by processes other than the bench and the server under test during the run (from /proc/stat).',
    '',
  );
  report.push(
    table(
      [
        'Case',
        'Server',
        'req/s',
        '2xx/s',
        'p50 ms',
        'p99 ms',
        'responses',
        'unanswered',
        'socket errors / timeouts',
        'non-2xx',
        'error rate',
        'other processes CPU',
      ],
      rows,
    ),
    '',
  );
  const labelled = measured.filter((m) => m.result && Object.keys(m.result.byLabel).length > 1);
  if (labelled.length) {
    report.push('fal queue latencies by request:', '');
    report.push(
      table(
        ['Server', 'submit p50 / p99 ms', 'poll p50 / p99 ms'],
        labelled.map((m) => [
          m.server,
          ...['submit', 'poll'].map((l) => (m.result?.byLabel[l] ? `${fmt(m.result.byLabel[l].p50, 2)} / ${fmt(m.result.byLabel[l].p99, 2)}` : '—')),
        ]),
      ),
      '',
    );
  }
  const ratioRows: string[][] = [];
  for (const caseName of [...new Set(measured.map((m) => m.caseName))]) {
    const get = (server: Server['label']) => measured.find((m) => m.caseName === caseName && m.server === server)?.result;
    const [m, p, f] = [get('mock'), get('Prism'), get('floor')];
    const okRate = (r?: CannonResult) => (r ? ok2xx(r) / (r.completed / r.rps || 1) : NaN);
    ratioRows.push([
      caseName,
      ratio(okRate(m), okRate(p)),
      ratio(okRate(m), okRate(f)),
      ratio(m?.p99 ?? NaN, p?.p99 ?? NaN),
      ratio(m?.p99 ?? NaN, f?.p99 ?? NaN),
    ]);
  }
  report.push(table(['Case', 'mock / Prism 2xx/s', 'mock / floor 2xx/s', 'mock / Prism p99', 'mock / floor p99'], ratioRows), '');
  for (const m of measured.filter((m) => m.note)) report.push(`- ${m.caseName}, ${m.server}: ${m.note}.`);
  if (measured.some((m) => m.note)) report.push('');
  log('');
  log(table(['Case', 'mock / Prism 2xx/s', 'mock / floor 2xx/s', 'mock / Prism p99', 'mock / floor p99'], ratioRows));

  if (settings.only.has('generate')) {
    const get = (server: Server['label']) => measured.find((m) => m.caseName.startsWith('Pixazo V2 generate') && m.server === server)?.result;
    const [m, p, f] = [get('mock'), get('Prism'), get('floor')];
    // A mock that fails requests misses its targets whatever its speed.
    const clean = m !== undefined && failures(m) === 0;
    const dirty = m && !clean ? ` (the mock failed ${failures(m)} requests)` : '';
    addTarget(
      'JSON generate ≥ 3× Prism req/s',
      m && p ? `${fmt(m.rps, 0)} vs ${fmt(p.rps, 0)} req/s (${ratio(m.rps, p.rps)})${dirty}` : '—',
      m && p ? clean && m.rps >= 3 * p.rps : undefined,
    );
    addTarget(
      'JSON generate ≥ 80% of floor req/s',
      m && f ? `${fmt(m.rps, 0)} vs ${fmt(f.rps, 0)} req/s (${fmt((100 * m.rps) / f.rps, 0)}%)${dirty}` : '—',
      m && f ? clean && m.rps >= 0.8 * f.rps : undefined,
    );
    addTarget(
      'JSON generate p99 ≤ ⅓ of Prism p99',
      m && p ? `${fmt(m.p99, 2)} vs ${fmt(p.p99, 2)} ms (${ratio(m.p99, p.p99)})${dirty}` : '—',
      m && p ? clean && m.p99 <= p.p99 / 3 : undefined,
    );
  }
}
