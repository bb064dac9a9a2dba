// Output: the log, the report sections and targets collected while the cases run, the notes on a
// busy machine, the number formats, and the writing of BENCHMARKS.md.
import { totalmem, type CpuInfo } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { waitForQuiet } from './children';
import { MB, ROOT } from './settings';

export const log = (line = '') => process.stdout.write(line + '\n');
export const report: string[] = [];
const targets: { target: string; figure: string; verdict: 'PASS' | 'MISS' | 'n/a' }[] = [];

function verdict(ok: boolean | undefined): 'PASS' | 'MISS' | 'n/a' {
  return ok === undefined ? 'n/a' : ok ? 'PASS' : 'MISS';
}
export function addTarget(target: string, figure: string, ok: boolean | undefined) {
  const v = verdict(ok);
  targets.push({ target, figure, verdict: v });
  log(`  target: ${target}: ${figure} → ${v}`);
}
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
export const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
export const mib = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / MB).toFixed(1)} MiB` : '—');
export const pct = (fraction: number) => (Number.isFinite(fraction) ? `${(100 * fraction).toFixed(0)}%` : '—');
const busy: string[] = [];
/** Remembers a measurement taken while other processes used a noticeable share of the machine. */
export function noteBusy(what: string, others: number) {
  if (others >= 0.1) busy.push(`${what}: other processes used ${pct(others)} of the machine`);
}
/** Before each section: wait (bounded) for other processes to calm down, and say how busy the machine was. */
export async function quietBefore(section: string, quick: boolean): Promise<void> {
  const { others, waited } = await waitForQuiet(quick ? 10 : 90);
  log(`  (machine before ${section}: other processes ${pct(others)}${waited > 1.5 ? `, waited ${fmt(waited, 0)} s for quiet` : ''})`);
  noteBusy(`before ${section}`, others);
}
export const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

/** Writes the report (BENCHMARKS.md for a full run, see reportFile): the run, the busy notes, the targets, then the sections in the order the cases ran; and prints the targets. */
export function writeBenchmarks(run: { command: string; cpu: CpuInfo[]; date: Date; minutes: number; file: string }): void {
  const { command, cpu, date, minutes, file } = run;
  const header = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts); every server is a child process on 127.0.0.1, and the load generator (autocannon in the bench process, or wrk) shares the machine.',
    '',
    '- **mock**: `node bin/ideogram-mock.js --port 0 --quiet`, every vendor loaded.',
    '- **Prism**: `prism mock specs/<provider>/openapi.yaml -v warn` (pixazo for generate and edit, fal-queue for the fal case), run with node directly; request logging at warn so it does not pay for a log line per request, like the mock with --quiet.',
    '- **floor** (the replay floor): a bare Express app (scripts/bench/floor.ts) that reads each request body to the end and answers with bytes captured from the mock beforehand: no routing by spec, no auth, no validation.',
    '- **express.json floor**: a bare Express app (scripts/bench/json-floor.ts) that parses the generate body with `express.json()` and answers the same shape, once with `res.json()` and once with `res.end(JSON.stringify(…))` and the same headers (etag off in both): the least a real Express handler of this request does.',
    '- Bodies: the Pixazo generate JSON; a multipart edit (image_file, prompt, model) built once with a fixed boundary around a real PNG of random pixels (incompressible); the fal queue submit JSON, then a GET of the `status_url` it returned.',
    '',
    table(
      ['command', 'cores (os.cpus())', 'CPU', 'memory', 'node', 'date', 'run time'],
      [[`\`${command}\``, cpu.length, cpu[0]?.model.trim() ?? '—', mib(totalmem()), process.version, date.toISOString(), `${fmt(minutes, 1)} min`]],
    ),
    '',
    ...(busy.length
      ? [
          '**The machine was not quiet**: other processes used CPU during part of the run, so the figures taken then understate the server measured:',
          '',
          ...busy.map((b) => `- ${b}`),
          '',
        ]
      : ['Other processes used under 10% of the machine throughout.', '']),
    '## Targets',
    '',
    table(
      ['Target', 'Figure', 'Verdict'],
      targets.map((t) => [t.target, t.figure, t.verdict]),
    ),
    '',
  ];
  const text = [...header, ...report].join('\n');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text.trimEnd() + '\n');
  log('\n== Targets ==');
  log(
    table(
      ['Target', 'Figure', 'Verdict'],
      targets.map((t) => [t.target, t.figure, t.verdict]),
    ),
  );
  if (busy.length) log(`\nWarning: the machine was busy during part of the run:\n${busy.map((b) => `  - ${b}`).join('\n')}`);
  log(`\nWrote ${relative(ROOT, file) || file} (${fmt(minutes, 1)} min).`);
}
