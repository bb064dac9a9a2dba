import type { ContractRun } from './run';
import { formatViolations } from '../core/validator';

// Apart from run.ts: the package's main entry exports formatSummary, and importing it must not load the suite.
/** provider × operation × pass/fail/skip, then each failure's violations and each skip's reason. */
export function formatSummary(run: ContractRun): string {
  const rows = new Map<string, { pass: number; fail: number; skip: number }>();
  for (const o of run.outcomes) {
    const key = `${o.provider} / ${o.operation}`;
    const row = rows.get(key) ?? { pass: 0, fail: 0, skip: 0 };
    row[o.status] += 1;
    rows.set(key, row);
  }
  const width = Math.max(...[...rows.keys()].map((k) => k.length), 20);
  const lines = [`Contract summary (${run.label})`, `${'provider / operation'.padEnd(width)}  pass  fail  skip`];
  for (const [key, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${key.padEnd(width)}  ${String(row.pass).padStart(4)}  ${String(row.fail).padStart(4)}  ${String(row.skip).padStart(4)}`);
  }
  lines.push(`${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped`);
  for (const o of run.outcomes.filter((o) => o.status === 'fail'))
    lines.push(`  FAIL ${o.provider} ${o.operation} › ${o.check}\n${indent(formatViolations(o.violations))}`);
  for (const line of new Set(run.outcomes.filter((o) => o.status === 'skip').map((o) => `${o.provider}: ${o.note}`))) lines.push(`  skipped ${line}`);
  return lines.join('\n');
}

function indent(text: string): string {
  return text.replace(/^/gm, '      ');
}
