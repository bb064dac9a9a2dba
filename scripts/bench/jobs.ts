// 4. Job scale: fal queue jobs by the thousand, the mock's RSS and poll latency as they pile up.
import { setTimeout as sleep } from 'node:timers/promises';
import { procMemory, sampleRss, watchCpu } from './children';
import { cannon, failures, type CannonRequest, type CannonResult } from './http';
import { addTarget, fmt, int, log, mib, noteBusy, pct, quietBefore, ratio, report, table } from './report';
import { FAL_KEY, falSequence, probeFal } from './requests';
import { startMock, type Server } from './servers';
import { MB, type Settings } from './settings';

export async function jobs(settings: Settings): Promise<void> {
  if (!settings.only.has('jobs')) return;
  const { jobsSmall, jobsLarge } = settings;
  log(`\n== Job scale: ${int(jobsLarge)} fal queue jobs, poll p99 at ${int(jobsSmall)} vs ${int(jobsLarge)} ==`);
  report.push('## Job scale', '');
  await quietBefore('job scale', settings.quick);
  const child = await startMock('mock (jobs)');
  const mock: Server = { label: 'mock', child, pixazo: '/pixazo', falQueue: '/fal-queue' };
  try {
    const probe = await probeFal(mock);
    const reason = probe.ok ? undefined : probe.reason;
    if (reason) {
      log(`  unavailable: ${reason}`);
      report.push(`Unavailable: ${reason}.`, '');
      addTarget(`${int(jobsLarge)} jobs < 150 MiB RSS`, `unavailable: ${reason}`, undefined);
      addTarget(`p99 poll at ${int(jobsLarge)} jobs ≤ 1.5× at ${int(jobsSmall)}`, `unavailable: ${reason}`, undefined);
      return;
    }
    await sleep(300);
    const baseline = procMemory(child.pid);
    const paths: string[] = [];
    const sampler = sampleRss(child.pid, 50);
    const watch = watchCpu([child.pid]);
    let failed = 0;
    const capSeconds = settings.quick ? 120 : 420;
    const began = performance.now();

    const createUpTo = async (target: number) => {
      for (let attempt = 0; paths.length < target && attempt < 5; attempt++) {
        const left = (capSeconds * 1000 - (performance.now() - began)) / 1000;
        if (left <= 0) break;
        const started = performance.now();
        const before = paths.length;
        const r = await cannon({
          origin: child.origin,
          requests: falSequence(mock, (p) => paths.push(p)),
          connections: settings.connections,
          amount: 2 * (target - paths.length),
          maxSeconds: left,
        });
        failed += failures(r);
        log(
          `  created ${int(paths.length - before)} jobs (submit + one poll each) in ${fmt((performance.now() - started) / 1000, 1)} s, ${fmt(r.rps, 0)} req/s, ${failures(r)} failed requests [${Object.entries(
            r.statusCounts,
          )
            .map(([c, n]) => `${c}×${n}`)
            .join(' ')}]`,
        );
      }
    };
    const pollP99 = async (): Promise<CannonResult> => {
      const requests: CannonRequest[] = [
        { label: 'poll', method: 'GET', headers: FAL_KEY, setupRequest: (request) => ({ ...request, path: paths[Math.floor(Math.random() * paths.length)] }) },
      ];
      await cannon({ origin: child.origin, requests, connections: settings.connections, duration: Math.min(1, settings.warmup) });
      let best: { result: CannonResult; others: number } | undefined;
      for (let attempt = 0; attempt <= settings.retries; attempt++) {
        const watchPoll = watchCpu([child.pid]);
        const result = await cannon({ origin: child.origin, requests, connections: settings.connections, duration: settings.pollSeconds });
        const { others } = watchPoll.stop();
        if (!best || others < best.others) best = { result, others };
        if (others < settings.busyThreshold) break;
        if (attempt < settings.retries) log(`    other processes used ${pct(others)} of the machine while polling: measuring again`);
      }
      noteBusy(`job scale polls at ${int(paths.length)} jobs`, best!.others);
      return best!.result;
    };

    await createUpTo(jobsSmall);
    const small = await pollP99();
    const rssSmall = procMemory(child.pid)?.rss ?? NaN;
    await sleep(settings.settleSeconds * 1000);
    const settledSmall = procMemory(child.pid)?.rss ?? NaN;
    log(
      `  at ${int(paths.length)} jobs: poll ${fmt(small.rps, 0)} req/s p50 ${fmt(small.p50, 2)} ms p99 ${fmt(small.p99, 2)} ms (non-2xx ${small.non2xx}), RSS ${mib(rssSmall)}, ${mib(settledSmall)} after ${settings.settleSeconds} s idle`,
    );
    const smallCount = paths.length;
    await createUpTo(jobsLarge);
    const large = await pollP99();
    const rssLarge = procMemory(child.pid)?.rss ?? NaN;
    const cpu = watch.stop();
    noteBusy('job scale', cpu.others);
    await sleep(settings.settleSeconds * 1000);
    const peak = sampler.stop();
    const settledLarge = procMemory(child.pid)?.rss ?? NaN;
    const perJob = (settledLarge - settledSmall) / (paths.length - smallCount);
    log(
      `  at ${int(paths.length)} jobs: poll ${fmt(large.rps, 0)} req/s p50 ${fmt(large.p50, 2)} ms p99 ${fmt(large.p99, 2)} ms (non-2xx ${large.non2xx}), RSS ${mib(rssLarge)}, ${mib(settledLarge)} after ${settings.settleSeconds} s idle, peak ${mib(peak)}; ~${int(perJob)} B per extra job (settled)`,
    );
    const reached = paths.length >= jobsLarge;
    report.push(
      `A fresh mock; jobs created with autocannon (${settings.connections} connections) as fal queue submit + one status poll each; then ${settings.pollSeconds} s of status polls of random known jobs, same connections, at each scale. ` +
        `Baseline RSS before any job: ${mib(baseline?.rss ?? NaN)}; growth to the peak: ${mib(peak - (baseline?.rss ?? NaN))}. Failed requests while creating: ${failed}. Other processes used ${pct(cpu.others)} of the machine meanwhile.` +
        (reached ? '' : ` Only ${int(paths.length)} jobs were created within the ${capSeconds} s cap.`),
      '',
    );
    report.push(
      table(
        [
          'jobs',
          'poll req/s',
          'poll p50 ms',
          'poll p99 ms',
          'poll non-2xx',
          'mock RSS after polling',
          `mock RSS after ${settings.settleSeconds} s idle`,
          'peak RSS so far',
        ],
        [
          [int(smallCount), fmt(small.rps, 0), fmt(small.p50, 2), fmt(small.p99, 2), small.non2xx, mib(rssSmall), mib(settledSmall), '—'],
          [int(paths.length), fmt(large.rps, 0), fmt(large.p50, 2), fmt(large.p99, 2), large.non2xx, mib(rssLarge), mib(settledLarge), mib(peak)],
        ],
      ),
      '',
      `Settled RSS grows by about ${int(perJob)} bytes per job between the two scales.`,
      '',
    );
    addTarget(
      `${int(jobsLarge)} jobs < 150 MiB RSS`,
      `${mib(peak)} peak (${mib(settledLarge)} settled; idle baseline ${mib(baseline?.rss ?? NaN)}; ${int(paths.length)} jobs)`,
      reached ? peak < 150 * MB : false,
    );
    addTarget(
      `p99 poll at ${int(jobsLarge)} jobs ≤ 1.5× at ${int(jobsSmall)}`,
      `${fmt(large.p99, 2)} vs ${fmt(small.p99, 2)} ms (${ratio(large.p99, small.p99)})`,
      reached && large.non2xx === 0 ? large.p99 <= 1.5 * small.p99 : false,
    );
  } finally {
    await child.stop();
  }
}
