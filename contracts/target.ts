import { loadAllSpecs, type JsonObject, type LoadedSpec } from '../core/model/load';
import { mountPoints } from '../core/model/operations';
import type { Provider } from '../core/clients';

/**
 * Where the suite sends its requests (nock's modes table, in the suite's terms):
 * - `mock`     the embedded mock, started in-process on a free loopback port (default; free, offline)
 * - `<origin>` any server laid out like the mock (vendors under the same prefixes); `<PROVIDER>_BASE_URL` moves one vendor
 * - `live`     the real vendors, with keys from the environment; costs money, so it is opt-in and budgeted
 */
type TargetKind = 'mock' | 'url' | 'live';

export interface ProviderTarget {
  provider: Provider;
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
const KEY_VARIABLES: Record<Provider | 'fal-rest', string> = {
  ideogram: 'IDEOGRAM_API_KEY',
  yutoai: 'YUTOAI_API_KEY',
  pixazo: 'PIXAZO_API_KEY',
  magnific: 'MAGNIFIC_API_KEY',
  fal: 'FAL_KEY',
  'fal-queue': 'FAL_KEY',
  'fal-rest': 'FAL_KEY',
  replicate: 'REPLICATE_API_TOKEN',
  runware: 'RUNWARE_API_KEY',
};

/** Seconds the vendors recommend between polls (Pixazo: 2–3 s; fal's and Replicate's clients: 500 ms; Runware: start at 1–2 s). */
const LIVE_POLL_MS: Record<Provider, number> = {
  ideogram: 0,
  yutoai: 0,
  pixazo: 2500,
  magnific: 2000,
  fal: 0,
  'fal-queue': 500,
  replicate: 500,
  runware: 2000,
};

export const MOCK_KEY = 'contract-suite-key';
const WRONG_KEY = 'contract-suite-wrong-key';

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
  const specs = loadAllSpecs({ providers: only, specs: extraSpecs });
  const budget = { calls: 0, max: Number(env.CONTRACT_MAX_CALLS ?? (raw === 'live' ? 50 : Infinity)) };
  const budgeted: typeof fetch = (input, init) => {
    budget.calls += 1;
    if (budget.calls > budget.max) return Promise.reject(new BudgetSpent(budget.max));
    return fetch(input, init);
  };
  const serverUrl = (doc: JsonObject) => String(((doc.servers ?? []) as JsonObject[])[0]?.url ?? '');

  if (raw === 'live') {
    const providers = specs.map((spec): ProviderTarget => {
      const provider = spec.provider as Provider;
      const keyName = keyVariable(provider);
      const key = env[keyName] ?? '';
      const override = env[envName(provider, 'BASE_URL')];
      const baseUrl = override ?? (serverUrl(spec.doc).includes('{') ? '' : serverUrl(spec.doc));
      const skip = !key
        ? `no ${keyName} in the environment`
        : !baseUrl
          ? `no ${envName(provider, 'BASE_URL')} (the vendor's base URL is not documented)`
          : undefined;
      return {
        provider,
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
  const providers = specs.map((spec): ProviderTarget => {
    const provider = spec.provider as Provider;
    const given = raw === 'mock' ? MOCK_KEY : env[keyVariable(provider)];
    return {
      provider,
      baseUrl: env[envName(provider, 'BASE_URL')] ?? `${origin.replace(/\/$/, '')}${mountPoints(spec)[0].prefix}`,
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
