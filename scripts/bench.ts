// `npm run bench`: throughput, latency, start-up, upload memory and job scale of the mock, against
// Prism serving the same spec and a bare Express floor, all on 127.0.0.1. Prints the figures and
// writes BENCHMARKS.md (a --quick run: reports/benchmarks-quick.md). Not part of `npm test`. This file reads the options and runs the cases in
// scripts/bench/.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { installCleanup, killAll } from './bench/children';
import { log, writeBenchmarks } from './bench/report';
import { CASES, MB, reportFile, type CaseName, type Settings } from './bench/settings';
import { throughput } from './bench/throughput';
import { jsonPath } from './bench/json-path';
import { scale } from './bench/scale';
import { startup } from './bench/startup';
import { uploads } from './bench/uploads';
import { jobs } from './bench/jobs';
import { library } from './bench/library';

const HELP = `Usage: npm run bench -- [options]

Benchmarks the mock against Prism (same spec) and bare Express floors on 127.0.0.1, under autocannon and wrk;
writes BENCHMARKS.md (with --quick: reports/benchmarks-quick.md, so a smoke run never replaces the full figures).

Options:
  --duration <s>       seconds per throughput case (default 10; --quick: 2)
  --connections <n>    autocannon connections (default 32)
  --wrk-connections <n> wrk connections (default 32; wrk runs 1 thread)
  --only <cases>       comma-separated subset of: ${CASES.join(', ')}
  --quick              smoke run: short durations, 3 start-up rounds, 1,000 vs 5,000 jobs
  --out <file>         write the report there instead
  -h, --help           this text
`;

// ---------------------------------------------------------------------------------------------
// Settings

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string' },
    connections: { type: 'string' },
    'wrk-connections': { type: 'string' },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (flags.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    process.stderr.write(`${name} must be a positive number (got "${value}").\n`);
    process.exit(2);
  }
  return n;
}

const quick = flags.quick;
const duration = positive('--duration', flags.duration, quick ? 2 : 10);
const connections = Math.round(positive('--connections', flags.connections, 32));
const only = new Set<CaseName>(
  (flags.only
    ? flags.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [...CASES]
  ).map((name) => {
    if (!(CASES as readonly string[]).includes(name)) {
      process.stderr.write(`--only: unknown case "${name}" (cases: ${CASES.join(', ')}).\n`);
      process.exit(2);
    }
    return name as CaseName;
  }),
);
const settings: Settings = {
  quick,
  only,
  duration,
  connections,
  wrkConnections: Math.round(positive('--wrk-connections', flags['wrk-connections'], 32)),
  warmup: quick ? 0.5 : 2,
  startupRuns: quick ? 3 : 9,
  jobsSmall: 1_000,
  jobsLarge: quick ? 5_000 : 100_000,
  pollSeconds: quick ? 2 : 5,
  busyThreshold: 0.2,
  retries: quick ? 0 : 2,
  settleSeconds: quick ? 2 : 5,
  uploads: 16,
  uploadBytes: 10 * MB - 4 * 1024,
  editBytes: 1 * MB,
};
/** The whole run is bounded: past this, children are killed and the bench exits non-zero. */
const WATCHDOG_MS = (quick ? 6 : 25) * 60_000 + settings.duration * 1000 * 9 * 2;

// ---------------------------------------------------------------------------------------------

async function main() {
  installCleanup();
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench: still running after ${Math.round(WATCHDOG_MS / 60_000)} min; stopping.\n`);
    killAll();
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const cpu = cpus();
  const date = new Date();
  log(`${command}\n${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), node ${process.version}, ${date.toISOString()}`);
  const started = performance.now();

  await throughput(settings);
  await jsonPath(settings);
  await scale(settings);
  await startup(settings);
  await uploads(settings);
  await jobs(settings);
  await library(settings);

  const minutes = (performance.now() - started) / 60_000;
  writeBenchmarks({ command, cpu, date, minutes, file: reportFile({ quick, out: flags.out }) });
  clearTimeout(watchdog);
  killAll();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error)?.stack ?? String(error)}\n`);
  killAll();
  process.exit(1);
});
