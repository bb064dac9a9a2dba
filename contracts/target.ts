import { loadAllSpecs, type JsonObject, type LoadedSpec } from '../core/model/load';
import { mountPoints } from '../core/model/operations';
import type { Provider } from '../core/clients';
import { specRelays, type RelayDefinition } from '../core/model/relays';
import type { AuthHeader } from '../core/auth-header';

/**
 * Where the suite sends its requests (nock's modes table, in the suite's terms):
 * - `mock`     the embedded mock, started in-process on a free loopback port (default; free, offline)
 * - `<origin>` any server laid out like the mock (vendors under the same prefixes); `<PROVIDER>_BASE_URL` moves one vendor
 * - `live`     the real vendors, with keys from the environment; costs money, so it is opt-in and budgeted
 */
type TargetKind = 'mock' | 'url' | 'live';

export interface ProviderTarget {
  provider: Provider;
  /** A relay of `provider` (its id): the vendor's checks through the relay's base URL and key header. */
  relay?: string;
  /** How the key is sent where the vendor's own way does not hold (a relay's header). */
  auth?: AuthHeader;
  baseUrl: string;
  key: string;
  /** A key the target must refuse; undefined when no good key is known (the check is skipped). */
  wrongKey?: string;
  /** On an origin without a key in the environment: the variable that would give one (the suite sends a made-up key meanwhile). */
  keyUnknown?: string;
  /** Why this vendor is not checked (e.g. no key for a live run). */
  skip?: string;
  live: boolean;
  /** Between status polls: the vendor's recommendation live, none on the mock. */
  pollIntervalMs: number;
  maxPolls: number;
  fetch: typeof fetch;
  /**
   * With --via-prism: where multipart calls go instead, because `prism proxy` re-encodes binary
   * parts as text and no upload survives it.
   */
  multipartBaseUrl?: string;
  /** With --record: every exchange is saved here, keys redacted. */
  recordDir?: string;
}

export interface ContractTarget {
  kind: TargetKind;
  /** The specs checked: the project's (or those asked for) and any `--spec` files. */
  specs: LoadedSpec[];
  label: string;
  providers: ProviderTarget[];
  close(): Promise<void>;
}

/** A mock started for the suite on a free loopback port: the library gives `startMock`, so the suite itself never imports the mock. */
export type EmbeddedMock = (options: { keys: string[]; specs: string[] }) => Promise<{ url: string; close(): Promise<void> }>;

/** Spending stops here on live runs: every call to a vendor costs money. */
export class BudgetSpent extends Error {
  constructor(max: number) {
    super(`The call budget (--max-calls ${max}) is spent.`);
  }
}

/** Each vendor's key variable, the name its own clients and docs use; one name for every target. */
const KEY_VARIABLES: Record<Provider | 'fal-rest' | 'aihubmix' | 'cloudflare', string> = {
  ideogram: 'IDEOGRAM_API_KEY',
  yutoai: 'YUTOAI_API_KEY',
  pixazo: 'PIXAZO_API_KEY',
  magnific: 'MAGNIFIC_API_KEY',
  fal: 'FAL_KEY',
  'fal-queue': 'FAL_KEY',
  'fal-rest': 'FAL_KEY',
  replicate: 'REPLICATE_API_TOKEN',
  kie: 'KIE_API_KEY',
  wavespeed: 'WAVESPEED_API_KEY',
  together: 'TOGETHER_API_KEY',
  segmind: 'SEGMIND_API_KEY',
  aihubmix: 'AIHUBMIX_API_KEY',
  // Cloudflare's gateway passes the user's own Ideogram key through.
  cloudflare: 'IDEOGRAM_API_KEY',
  runware: 'RUNWARE_API_KEY',
};

/**
 * Seconds the vendors recommend between polls (Pixazo: 2–3 s; fal's and Replicate's clients: 500 ms; Kie states none: 3 s, its
 * NOTES.md; WaveSpeed: at least 2 s for images; Segmind's SDK: 1 s; Runware: start at 1–2 s).
 */
const LIVE_POLL_MS: Record<Provider, number> = {
  ideogram: 0,
  yutoai: 0,
  pixazo: 2500,
  magnific: 2000,
  fal: 0,
  'fal-queue': 500,
  replicate: 500,
  kie: 3000,
  wavespeed: 2000,
  together: 0,
  segmind: 1000,
  runware: 2000,
};

export const MOCK_KEY = 'contract-suite-key';
const WRONG_KEY = 'contract-suite-wrong-key';

/** Each spec checked, then each relay its spec lists (`x-mock-relays`) when its vendor is checked or the relay is asked for by id. */
function reached(specs: LoadedSpec[], only: string[] | undefined): { spec: LoadedSpec; relay?: RelayDefinition }[] {
  const asked = (name: string) => !only || only.includes(name);
  const relays = specs.flatMap((spec) => specRelays(spec).flatMap((relay) => (asked(relay.id) || asked(spec.provider) ? [{ spec, relay }] : [])));
  return [...specs.filter((spec) => asked(spec.provider)).map((spec) => ({ spec })), ...relays];
}

/** The specs `--provider` names, and those of the relays it names (`--provider aihubmix` checks Ideogram's operations through AIHubMix only). */
export function specsFor(only: string[] | undefined, extraSpecs: string[]): LoadedSpec[] {
  const named = loadAllSpecs({ providers: only, specs: extraSpecs });
  if (!only || only.every((name) => named.some((spec) => spec.provider === name))) return named;
  return loadAllSpecs({ specs: extraSpecs }).filter((spec) => only.includes(spec.provider) || specRelays(spec).some((relay) => only.includes(relay.id)));
}

/** Whom a target checks: the vendor, or a relay of it with the relay's key header. */
function relayOf(spec: LoadedSpec, relay: RelayDefinition | undefined): Pick<ProviderTarget, 'provider' | 'relay' | 'auth'> {
  const provider = spec.provider as Provider;
  if (!relay) return { provider };
  return { provider, relay: relay.id, ...(relay.auth ? { auth: { header: relay.auth.header, prefix: relay.auth.prefix ?? '' } } : {}) };
}

export function envName(provider: string, suffix: string): string {
  return `${provider.toUpperCase().replace(/-/g, '_')}_${suffix}`;
}

/** The variable the suite reads a vendor's key from (`FAL_KEY`, `REPLICATE_API_TOKEN`; `<PROVIDER>_API_KEY` for a `--spec` vendor). */
export function keyVariable(provider: string): string {
  return KEY_VARIABLES[provider as keyof typeof KEY_VARIABLES] ?? envName(provider, 'API_KEY');
}

/** Every known vendor's key variable, once each, for --help and the README. */
export function keyVariables(): string[] {
  return [...new Set(Object.values(KEY_VARIABLES))];
}

/** Reads CONTRACT_TARGET, CONTRACT_PROVIDERS, CONTRACT_MAX_CALLS and the per-vendor variables; `extraSpecs` are `--spec` files. */
export async function resolveTarget(embedded: EmbeddedMock, env: NodeJS.ProcessEnv = process.env, extraSpecs: string[] = []): Promise<ContractTarget> {
  const raw = env.CONTRACT_TARGET ?? 'mock';
  const only = env.CONTRACT_PROVIDERS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const specs = specsFor(only, extraSpecs);
  const budget = { calls: 0, max: Number(env.CONTRACT_MAX_CALLS ?? (raw === 'live' ? 50 : Infinity)) };
  const budgeted: typeof fetch = (input, init) => {
    budget.calls += 1;
    if (budget.calls > budget.max) return Promise.reject(new BudgetSpent(budget.max));
    return fetch(input, init);
  };
  const serverUrl = (doc: JsonObject) => String(((doc.servers ?? []) as JsonObject[])[0]?.url ?? '');

  if (raw === 'live') {
    const providers = reached(specs, only).map(({ spec, relay }): ProviderTarget => {
      const provider = (relay?.id ?? spec.provider) as Provider;
      const keyName = keyVariable(provider);
      const key = env[keyName] ?? '';
      const override = env[envName(provider, 'BASE_URL')];
      const server = relay ? (relay.server ?? '') : serverUrl(spec.doc);
      const baseUrl = override ?? (server.includes('{') ? '' : server);
      const skip = !key
        ? `no ${keyName} in the environment`
        : !baseUrl
          ? `no ${envName(provider, 'BASE_URL')} (the vendor's base URL is not documented)`
          : undefined;
      return {
        ...relayOf(spec, relay),
        baseUrl,
        key,
        wrongKey: WRONG_KEY,
        skip,
        live: true,
        pollIntervalMs: LIVE_POLL_MS[provider] ?? 0,
        maxPolls: 150,
        fetch: budgeted,
        recordDir: env.CONTRACT_RECORD,
      };
    });
    return { kind: 'live', label: 'live vendors', specs, providers, close: async () => {} };
  }

  let origin = raw;
  let mock: Awaited<ReturnType<EmbeddedMock>> | undefined;
  if (raw === 'mock') {
    // Only the suite's key is accepted, so "wrong key" is a real check against the mock too.
    mock = await embedded({ keys: [MOCK_KEY], specs: extraSpecs });
    origin = mock.url;
  } else if (!/^https?:\/\//.test(raw)) {
    throw new Error(`--target must be mock, live or an origin like http://127.0.0.1:4010 (got "${raw}").`);
  }
  const providers = reached(specs, only).map(({ spec, relay }): ProviderTarget => {
    const provider = relay?.id ?? spec.provider;
    const given = raw === 'mock' ? MOCK_KEY : env[keyVariable(provider)];
    // A relay's `{account_id}`-like segments take any value on the mock.
    const prefix = (relay ? (relay.prefix ?? `/${relay.id}`) : mountPoints(spec)[0].prefix).replace(/\{([^}]+)\}/g, 'contract-suite-$1');
    return {
      ...relayOf(spec, relay),
      baseUrl: env[envName(provider, 'BASE_URL')] ?? `${origin.replace(/\/$/, '')}${prefix}`,
      key: given ?? MOCK_KEY,
      // Only a key known to be good makes a refused wrong key mean something.
      wrongKey: given === undefined ? undefined : WRONG_KEY,
      keyUnknown: given === undefined ? keyVariable(provider) : undefined,
      live: false,
      pollIntervalMs: 0,
      maxPolls: 50,
      fetch: budgeted,
      multipartBaseUrl: env[envName(provider, 'MULTIPART_BASE_URL')],
      recordDir: env.CONTRACT_RECORD,
    };
  });
  const close = async () => {
    await mock?.close();
  };
  return { kind: raw === 'mock' ? 'mock' : 'url', label: raw === 'mock' ? `embedded mock (${origin})` : origin, specs, providers, close };
}
