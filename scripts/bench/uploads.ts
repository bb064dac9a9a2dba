// 3. Upload memory: the mock's RSS growth under concurrent ~10 MB multipart uploads.
import { setTimeout as sleep } from 'node:timers/promises';
import { procMemory, sampleRss, watchCpu } from './children';
import { exchange } from './http';
import { noisyPng, noisyPngUnder, editForm } from './fixtures';
import { addTarget, fmt, int, log, mib, noteBusy, quietBefore, report, table } from './report';
import { EDIT_PATH, PIXAZO_KEY, snippet } from './requests';
import { startMock } from './servers';
import { MB, type Settings } from './settings';

export async function uploads(settings: Settings): Promise<void> {
  if (!settings.only.has('upload')) return;
  log(`\n== Upload memory: ${settings.uploads} concurrent ~10 MB multipart uploads ==`);
  await quietBefore('uploads', settings.quick);
  const png = noisyPngUnder(settings.uploadBytes);
  const form = editForm(png);
  const small = editForm(noisyPng(64));
  log(`  upload: ${int(form.body.length)} bytes multipart, PNG ${int(png.length)} bytes`);
  const mock = await startMock('mock (uploads)');
  try {
    const headers = { ...PIXAZO_KEY, 'Content-Type': form.contentType };
    for (let i = 0; i < 20; i++) await exchange({ port: mock.port, method: 'POST', path: '/pixazo' + EDIT_PATH, headers, body: small.body });
    await sleep(500);
    const before = procMemory(mock.pid);
    if (!before) throw new Error('cannot read /proc/<pid>/status of the mock');
    const sampler = sampleRss(mock.pid, 5);
    const watch = watchCpu([mock.pid]);
    const started = performance.now();
    const replies = await Promise.allSettled(
      Array.from({ length: settings.uploads }, () =>
        exchange({ port: mock.port, method: 'POST', path: '/pixazo' + EDIT_PATH, headers, body: form.body, agent: false, timeoutMs: 120_000 }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const peakSampled = sampler.stop();
    noteBusy('uploads', watch.stop().others);
    await sleep(300);
    const after = procMemory(mock.pid) ?? before;
    const peak = Math.max(peakSampled, after.hwm > before.hwm ? after.hwm : 0);
    const growth = peak - before.rss;
    const statuses: Record<string, number> = {};
    let firstFailure = '';
    for (const r of replies) {
      const key = r.status === 'fulfilled' ? String(r.value.status) : 'error';
      statuses[key] = (statuses[key] ?? 0) + 1;
      if (!firstFailure && (r.status === 'rejected' || r.value.status >= 300))
        firstFailure = r.status === 'rejected' ? String(r.reason) : snippet(r.value.body);
    }
    const statusText = Object.entries(statuses)
      .map(([c, n]) => `${c}×${n}`)
      .join(' ');
    log(
      `  ${statusText} in ${fmt(seconds, 2)} s; RSS before ${mib(before.rss)}, peak ${mib(peak)} (sampled ${mib(peakSampled)}, VmHWM ${mib(after.hwm)}), growth ${mib(growth)}`,
    );
    if (firstFailure) log(`  first failure: ${firstFailure}`);
    report.push('## Upload memory', '');
    report.push(
      `${settings.uploads} concurrent \`POST /pixazo/ideogramV_2/v1/edit\` uploads of a ${int(form.body.length)}-byte multipart body (a real ${int(png.length)}-byte noise PNG), each on its own connection, to a fresh mock warmed with 20 small edits. ` +
        'RSS from /proc/<pid>/status: VmRSS sampled every 5 ms, and VmHWM after.',
      '',
    );
    report.push(
      table(['answers', 'wall time s', 'RSS before', 'peak RSS', 'peak growth'], [[statusText, fmt(seconds, 2), mib(before.rss), mib(peak), mib(growth)]]),
      '',
    );
    if (firstFailure) report.push(`First failed upload: ${firstFailure}`, '');
    const allOk = replies.every((r) => r.status === 'fulfilled' && r.value.status < 300);
    addTarget(
      `${settings.uploads}×10 MB uploads peak RSS growth < 64 MiB`,
      `${mib(growth)}${allOk ? '' : ` (not all uploads answered 2xx: ${statusText})`}`,
      growth < 64 * MB,
    );
  } finally {
    await mock.stop();
  }
}
