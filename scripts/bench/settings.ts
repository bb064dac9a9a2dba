// What a bench run measures and how long: the cases, the repository root, and the settings that
// scripts/bench.ts builds from its options and hands to every case.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MB = 1024 * 1024;
export const CASES = ['generate', 'edit', 'fal', 'wrk', 'scale', 'startup', 'upload', 'jobs', 'library'] as const;
export type CaseName = (typeof CASES)[number];

/**
 * Where the report goes: BENCHMARKS.md holds a full run's figures (committed, quoted by the README),
 * so a smoke run (--quick) writes under reports/ (not in git) unless --out says otherwise.
 */
export function reportFile(options: { quick: boolean; out?: string }): string {
  if (options.out) return resolve(options.out);
  return join(ROOT, options.quick ? join('reports', 'benchmarks-quick.md') : 'BENCHMARKS.md');
}

export interface Settings {
  /** --quick: a smoke run. */
  quick: boolean;
  /** The cases to run (--only). */
  only: ReadonlySet<CaseName>;
  duration: number;
  connections: number;
  /** wrk's connections (the wrk and scale cases). */
  wrkConnections: number;
  warmup: number;
  startupRuns: number;
  jobsSmall: number;
  jobsLarge: number;
  pollSeconds: number;
  /** A measurement during which other processes used this share of the machine is taken again (at most `retries` times). */
  busyThreshold: number;
  retries: number;
  /** Idle time before a "settled" RSS reading (V8 shrinks its heap when the load stops). */
  settleSeconds: number;
  uploads: number;
  uploadBytes: number;
  editBytes: number;
}
