import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { resolveTarget, type EmbeddedMock } from './target';
import { planChecks, type CheckOutcome } from './checks';
import { SpecValidator, formatViolations } from '../core/validator';

export interface ContractRunOptions {
  /** `mock` (default: an embedded mock), `live` (the real vendors, keys from the environment) or an origin. */
  target?: string;
  /** Only these vendors (default: every spec). */
  providers?: string[];
  /** Stop spending after this many calls (default 50 live, unlimited otherwise). */
  maxCalls?: number;
  /** Save every exchange, keys redacted, under this directory. */
  record?: string;
  /** Write a JUnit XML report here. */
  junit?: string;
  /** OpenAPI 3.x files of vendors the project does not know, checked beside (or, with `providers`, instead of) its own. */
  specs?: string[];
  /** Where `<PROVIDER>_BASE_URL` and the key variables (`FAL_KEY`, `REPLICATE_API_TOKEN`, ...) are read (default process.env). */
  env?: NodeJS.ProcessEnv;
}

const OPTION_NAMES: readonly (keyof ContractRunOptions)[] = ['target', 'providers', 'maxCalls', 'record', 'junit', 'specs', 'env'];

/** From plain JavaScript a misspelt option (`provider` for `providers`) would otherwise be ignored and the run would check more than asked. */
function refuseUnknownOptions(options: object) {
  const unknown = Object.keys(options).filter((name) => !(OPTION_NAMES as readonly string[]).includes(name));
  if (unknown.length)
    throw new TypeError(`runContracts: unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; the options are ${OPTION_NAMES.join(', ')}.`);
}

export interface ContractRun {
  label: string;
  outcomes: CheckOutcome[];
  passed: number;
  failed: number;
  skipped: number;
  /** No check failed. */
  ok: boolean;
}

/** The contract suite as a function: every planned check against the target (`embedded` starts the mock for `target: 'mock'`), one after another. */
export async function runContracts(embedded: EmbeddedMock, options: ContractRunOptions = {}): Promise<ContractRun> {
  refuseUnknownOptions(options);
  const env: NodeJS.ProcessEnv = { ...(options.env ?? process.env), CONTRACT_TARGET: options.target ?? 'mock' };
  if (options.providers?.length) env.CONTRACT_PROVIDERS = options.providers.join(',');
  if (options.maxCalls !== undefined) env.CONTRACT_MAX_CALLS = String(options.maxCalls);
  if (options.record !== undefined) env.CONTRACT_RECORD = options.record;
  const target = await resolveTarget(embedded, env, options.specs);
  const validator = new SpecValidator(target.specs);
  const outcomes: CheckOutcome[] = [];
  try {
    for (const provider of target.providers) {
      const spec = validator.specs.find((s) => s.provider === provider.provider)!;
      for (const check of planChecks(provider, spec, validator)) outcomes.push(await check.run());
    }
  } finally {
    await target.close();
  }
  const count = (status: CheckOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const run = { label: target.label, outcomes, passed: count('pass'), failed: count('fail'), skipped: count('skip'), ok: count('fail') === 0 };
  if (options.junit) writeJunit(options.junit, run);
  return run;
}

/** One testsuite per vendor, one testcase per check: what CI systems read. */
function writeJunit(file: string, run: ContractRun) {
  const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const suites = new Map<string, CheckOutcome[]>();
  for (const o of run.outcomes) suites.set(o.provider, [...(suites.get(o.provider) ?? []), o]);
  const xml = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="contracts" tests="${run.outcomes.length}" failures="${run.failed}" skipped="${run.skipped}">`,
  ];
  for (const [provider, outcomes] of suites) {
    xml.push(
      `  <testsuite name="${esc(provider)}" tests="${outcomes.length}" failures="${outcomes.filter((o) => o.status === 'fail').length}" skipped="${outcomes.filter((o) => o.status === 'skip').length}">`,
    );
    for (const o of outcomes) {
      const open = `    <testcase classname="${esc(`${provider}.${o.operation}`)}" name="${esc(o.check)}"`;
      if (o.status === 'pass') xml.push(`${open}/>`);
      else if (o.status === 'skip') xml.push(`${open}><skipped message="${esc(o.note ?? '')}"/></testcase>`);
      else xml.push(`${open}><failure message="${esc(`${o.violations.length} violation(s)`)}">${esc(formatViolations(o.violations))}</failure></testcase>`);
    }
    xml.push('  </testsuite>');
  }
  xml.push('</testsuites>\n');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, xml.join('\n'));
}
