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

const GENERATE = { path: '/ideogram/v1/ideogram-v3/generate', headers: { 'Api-Key': 'k', 'Content-Type': 'application/json' }, body: '{"prompt":"x"}' };

/**
 * The one request, by `node:http` (which the mock has loaded already) or by `fetch`, whose client (undici)
 * Node loads on the first call and which keeps the process alive for tens of milliseconds after the
 * server has closed: a cost of fetch's, measured by the floor below, not of the package's.
 */
const REQUEST = {
  http: `await new Promise((resolve, reject) => {
  const req = request(new URL(${JSON.stringify(GENERATE.path)}, origin), { method: 'POST', headers: ${JSON.stringify(GENERATE.headers)} }, (res) => {
    res.resume();
    res.on('end', () => resolve(res.statusCode));
  });
  req.on('error', reject);
  req.end(${JSON.stringify(GENERATE.body)});
})`,
  fetch: `(await fetch(new URL(${JSON.stringify(GENERATE.path)}, origin), { method: 'POST', headers: ${JSON.stringify(GENERATE.headers)}, body: ${JSON.stringify(GENERATE.body)} }).then(async (res) => (await res.arrayBuffer(), res.status)))`,
};

/** What a user's script does; it prints how long the import alone took. */
const userScript = (client: keyof typeof REQUEST) => `
const { request } = await import('node:http');
const started = performance.now();
const { startMock } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)});
const imported = performance.now() - started;
const mock = await startMock({ quiet: true });
const origin = mock.url;
const status = ${REQUEST[client]};
await mock.close();
if (status !== 200) throw new Error('generate answered ' + status);
process.stdout.write(JSON.stringify({ imported }));
`;

/** fetch's floor: a bare node:http server answering one fetch, then closed. */
const FETCH_FLOOR = `
const { createServer } = await import('node:http');
const server = createServer((req, res) => req.resume().on('end', () => res.end('{}')));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = 'http://127.0.0.1:' + server.address().port;
const status = ${REQUEST.fetch};
server.closeAllConnections();
server.close();
if (status !== 200) throw new Error('the floor answered ' + status);
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
  const kinds = { bare: ['-e', '0'], http: asModule(userScript('http')), fetch: asModule(userScript('fetch')), floor: asModule(FETCH_FLOOR) };
  const times = { bare: [] as number[], http: [] as number[], fetch: [] as number[], floor: [] as number[] };
  const imports: number[] = [];
  let busiest = 0;
  // Alternating rounds: a burst of load elsewhere on the machine lands on all alike.
  for (let round = 0; round < rounds; round++) {
    for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
      const timing = await timeProcess(kinds[kind]);
      times[kind].push(timing.ms);
      if (kind === 'http') imports.push(timing.importMs ?? NaN);
      busiest = Math.max(busiest, timing.others);
    }
  }
  noteBusy('library', busiest);
  const [bareMs, httpMs, fetchMs, floorMs, importMs] = [median(times.bare), median(times.http), median(times.fetch), median(times.floor), median(imports)];
  log(
    `  bare node: median ${fmt(bareMs, 0)} ms (spread ${spread(times.bare)}); library process: median ${fmt(httpMs, 0)} ms (spread ${spread(times.http)}), ${fmt(httpMs / bareMs, 2)}× bare node; import alone ${fmt(importMs, 0)} ms (spread ${spread(imports)}); with fetch ${fmt(fetchMs, 0)} ms, fetch's floor ${fmt(floorMs, 0)} ms`,
  );
  log(`  (other processes used up to ${pct(busiest)} of the machine during a run)`);
  report.push('## Library', '');
  report.push(
    `A node process that imports \`startMock\` from the package's main entry (dist/index.js), starts the mock, sends one \`POST ${GENERATE.path}\` and closes it, spawn to exit, against \`node -e 0\`; median of ${rounds} alternating rounds (spread min–max). The import alone is timed inside the process. ` +
      "The request is sent with `node:http`; the same process sending it with `fetch` is shown too, beside fetch's own floor (a bare `node:http` server answering one fetch, then closed): Node loads fetch's client on its first call, and the process lingers after the server has closed.",
    '',
  );
  const row = (label: string, ms: number, xs: number[]) => [label, fmt(ms, 0), spread(xs), fmt(ms / bareMs, 2)];
  report.push(
    table(
      ['process', 'median ms', 'spread ms', '× bare node'],
      [
        row('`node -e 0`', bareMs, times.bare),
        row('import + startMock + 1 request + close', httpMs, times.http),
        row('of which the import', importMs, imports),
        row('the same, the request by fetch', fetchMs, times.fetch),
        row("fetch's floor: a bare node:http server, one fetch, close", floorMs, times.floor),
      ],
    ),
    '',
  );
  addTarget('library process ≤ 3× bare node', `${fmt(httpMs, 0)} vs ${fmt(bareMs, 0)} ms (${fmt(httpMs / bareMs, 2)}×)`, httpMs <= 3 * bareMs);
}

const asModule = (script: string) => ['--input-type=module', '-e', script];
