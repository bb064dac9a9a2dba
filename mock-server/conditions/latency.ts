/**
 * `--latency`: how long vendor answers take, as a distribution per vendor or operation. Sampling is a
 * pure function of a random source, so tests check the distribution without waiting.
 */

export type Distribution =
  | { kind: 'fixed'; ms: number }
  | { kind: 'uniform'; min: number; max: number }
  /** μ and σ of the underlying normal, from the median and 99th percentile given. */
  | { kind: 'lognormal'; mu: number; sigma: number };

interface LatencyRule {
  /** Unset: every vendor. */
  provider?: string;
  /** Unset: every operation of the vendor. */
  operationId?: string;
  distribution: Distribution;
}

/** Rules, most specific first: an operation's rule wins over its vendor's, which wins over the default. */
export type LatencyPlan = LatencyRule[];

const MAX_MS = 600_000;
/** z of the 99th percentile of the standard normal. */
const Z99 = 2.326347874;

const SYNTAX =
  'fixed ms (800), a uniform range (800-3000) or lognormal:<median>,<p99> (lognormal:1200,4000), optionally scoped as <vendor>=… or <vendor>:<operationId>=…; separate rules with ";"';

/**
 * `800`, `800-3000`, `lognormal:1200,4000`, `pixazo=800-3000`, `ideogram:v3Generate=lognormal:1200,4000`;
 * several rules joined by `;` (or given as several `--latency` options). Throws an Error saying what is wrong.
 */
export function parseLatency(texts: string | string[]): LatencyPlan {
  const rules = [texts]
    .flat()
    .flatMap((text) => text.split(';'))
    .map((t) => t.trim())
    .filter(Boolean)
    .map(parseRule);
  const rank = (r: LatencyRule) => (r.operationId ? 0 : r.provider ? 1 : 2);
  return rules.sort((a, b) => rank(a) - rank(b));
}

function parseRule(text: string): LatencyRule {
  // The scope is before the first "=", when there is one: distributions contain none.
  const at = text.indexOf('=');
  const scope = at === -1 ? '' : text.slice(0, at).trim();
  const distribution = parseDistribution(at === -1 ? text : text.slice(at + 1).trim(), text);
  if (at !== -1 && !scope) throw new Error(`--latency "${text}": the part before "=" must name a vendor or <vendor>:<operationId>.`);
  if (!scope) return { distribution };
  const [provider, operationId, extra] = scope.split(':');
  if (!provider || extra !== undefined || operationId === '') throw new Error(`--latency "${text}": "${scope}" is not <vendor> or <vendor>:<operationId>.`);
  return { provider, operationId, distribution };
}

function parseDistribution(text: string, whole: string): Distribution {
  const bad = (why: string): never => {
    throw new Error(`--latency "${whole}": ${why}. Use ${SYNTAX}.`);
  };
  const lognormal = /^lognormal:(.*)$/i.exec(text);
  if (lognormal) {
    const parts = lognormal[1].split(',');
    if (parts.length !== 2) bad('lognormal takes two numbers, the median and the 99th percentile');
    const [median, p99] = parts.map((p) => ms(p, bad));
    if (median <= 0) bad('the median must be above 0');
    if (p99 <= median) bad('the 99th percentile must be above the median');
    return { kind: 'lognormal', mu: Math.log(median), sigma: (Math.log(p99) - Math.log(median)) / Z99 };
  }
  const range = /^([^-]+)-([^-]+)$/.exec(text);
  if (range) {
    const [min, max] = [ms(range[1], bad), ms(range[2], bad)];
    if (max < min) bad(`the range ${min}-${max} runs backwards`);
    return { kind: 'uniform', min, max };
  }
  return { kind: 'fixed', ms: ms(text, bad) };
}

function ms(text: string, bad: (why: string) => never): number {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(n) || n < 0 || n > MAX_MS) bad(`"${text.trim()}" is not a number of milliseconds from 0 to ${MAX_MS}`);
  return n;
}

/** The distribution that applies to one operation, if any. */
export function distributionFor(plan: LatencyPlan, provider: string, operationId: string): Distribution | undefined {
  return plan.find((r) => (!r.provider || r.provider === provider) && (!r.operationId || r.operationId === operationId))?.distribution;
}

/** One delay in whole ms; `random` returns [0, 1) like Math.random. */
export function sample(distribution: Distribution, random: () => number): number {
  switch (distribution.kind) {
    case 'fixed':
      return Math.round(distribution.ms);
    case 'uniform':
      return Math.round(distribution.min + (distribution.max - distribution.min) * random());
    case 'lognormal':
      return Math.min(MAX_MS, Math.round(Math.exp(distribution.mu + distribution.sigma * standardNormal(random))));
  }
}

/** Box–Muller; 1 - random() keeps the logarithm away from 0. */
function standardNormal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
