// 7. The library: a node process that imports the package's main entry (dist/index.js), starts the mock,
// makes one request and closes it, against a bare `node -e 0` in the same run.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { watchCpu } from './children';
import { percentile } from './http';
import { addTarget, fmt, log, noteBusy, pct, quietBefore, report, table } from './report';
import { ROOT, type Settings } from './settings';

const run = promisify(execFile);

/** What a user's script does; it prints how long the import alone took. */
const USER_SCRIPT = `
const started = performance.now();
const { startMock } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)});
const imported = performance.now() - started;
const mock = await startMock({ quiet: true });
const reply = await fetch(new URL('/ideogram/v1/ideogram-v3/generate', mock.url), {
  method: 'POST',
  headers: { 'Api-Key': 'k', 'Content-Type': 'application/json' },
  body: JSON.stringify({ prompt: 'x' }),
});
await reply.arrayBuffer();
await mock.close();
if (reply.status !== 200) throw new Error('generate answered ' + reply.status);
process.stdout.write(JSON.stringify({ imported }));
`;

interface Timing {
  ms: number;
  importMs?: number;
  others: number;
}

/** Spawn to exit of one child node process. */
async function timeProcess(args: string[]): Promise<Timing> {
  const watch = watchCpu([]);
  const started = performance.now();
  const { stdout } = await run(process.execPath, args, { cwd: ROOT, timeout: 60_000 });
  const ms = performance.now() - started;
  const { others } = watch.stop();
  return { ms, importMs: stdout ? (JSON.parse(stdout) as { imported: number }).imported : undefined, others };
}

const median = (xs: number[]) => percentile(Float64Array.from(xs).sort(), 50);
const spread = (xs: number[]) => `${fmt(Math.min(...xs), 0)}–${fmt(Math.max(...xs), 0)}`;

export async function library(settings: Settings): Promise<void> {
  if (!settings.only.has('library')) return;
  log('\n== Library: import the package, startMock, one request, close; against bare node ==');
  // The case measures the bundle users get: rebuilt first when a source is newer (the bins' own check).
  await (await import(pathToFileURL(join(ROOT, 'scripts', 'build.js')).href)).ensureBundles(['core', 'mock-server', 'contracts', 'lib']);
  await quietBefore('library', settings.quick);
  const rounds = settings.quick ? 3 : 11;
  const bare: number[] = [];
  const whole: number[] = [];
  const imports: number[] = [];
  let busiest = 0;
  // Alternating rounds: a burst of load elsewhere on the machine lands on both sides alike.
  for (let round = 0; round < rounds; round++) {
    const a = await timeProcess(['-e', '0']);
    const b = await timeProcess(['--input-type=module', '-e', USER_SCRIPT]);
    bare.push(a.ms);
    whole.push(b.ms);
    imports.push(b.importMs ?? NaN);
    busiest = Math.max(busiest, a.others, b.others);
  }
  noteBusy('library', busiest);
  const [bareMs, wholeMs, importMs] = [median(bare), median(whole), median(imports)];
  log(
    `  bare node: median ${fmt(bareMs, 0)} ms (spread ${spread(bare)}); library process: median ${fmt(wholeMs, 0)} ms (spread ${spread(whole)}), ${fmt(wholeMs / bareMs, 2)}× bare node; import alone ${fmt(importMs, 0)} ms (spread ${spread(imports)})`,
  );
  log(`  (other processes used up to ${pct(busiest)} of the machine during a run)`);
  report.push('## Library', '');
  report.push(
    `A node process that imports \`startMock\` from the package's main entry (dist/index.js), starts the mock, sends one \`POST /ideogram/v1/ideogram-v3/generate\` and closes it, spawn to exit, against \`node -e 0\`; median of ${rounds} alternating rounds (spread min–max). The import alone is timed inside the process.`,
    '',
  );
  report.push(
    table(
      ['process', 'median ms', 'spread ms', '× bare node'],
      [
        ['`node -e 0`', fmt(bareMs, 0), spread(bare), '1.00'],
        ['import + startMock + 1 request + close', fmt(wholeMs, 0), spread(whole), fmt(wholeMs / bareMs, 2)],
        ['of which the import', fmt(importMs, 0), spread(imports), fmt(importMs / bareMs, 2)],
      ],
    ),
    '',
  );
  addTarget('library process ≤ 3× bare node', `${fmt(wholeMs, 0)} vs ${fmt(bareMs, 0)} ms (${fmt(wholeMs / bareMs, 2)}×)`, wholeMs <= 3 * bareMs);
}
