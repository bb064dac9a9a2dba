import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths as IdeogramPaths } from '../specs/ideogram/types';
import type { paths as YutoaiPaths } from '../specs/yutoai/types';
import type { paths as PixazoPaths } from '../specs/pixazo/types';
import type { paths as MagnificPaths } from '../specs/magnific/types';
import type { paths as FalPaths } from '../specs/fal/types';
import type { paths as FalQueuePaths } from '../specs/fal-queue/types';
import type { paths as ReplicatePaths } from '../specs/replicate/types';
import type { paths as KiePaths } from '../specs/kie/types';
import type { paths as WavespeedPaths } from '../specs/wavespeed/types';
import type { paths as TogetherPaths } from '../specs/together/types';
import type { paths as SegmindPaths } from '../specs/segmind/types';
import type { paths as RunwarePaths } from '../specs/runware/types';
import { loadSpecs } from './model/load';
import { authHeaderOf, type AuthHeader } from './auth-header';

export interface ClientOptions {
  /** The vendor's base URL, or the mock's (`http://127.0.0.1:4010/pixazo`). */
  baseUrl: string;
  /** Sent the vendor's way (header and prefix from the spec); omit to send no credentials. */
  apiKey?: string;
  fetch?: typeof fetch;
  /** Sent as `X-Mock-Namespace`: the mock keeps this client's requests, jobs and scenarios apart from other namespaces'. */
  namespace?: string;
  /** How to send the key where the spec's server does not say it: a vendor the project does not know (`--spec`), a relay's own header. */
  auth?: AuthHeader;
}

export interface ProviderPaths {
  ideogram: IdeogramPaths;
  yutoai: YutoaiPaths;
  pixazo: PixazoPaths;
  magnific: MagnificPaths;
  fal: FalPaths;
  'fal-queue': FalQueuePaths;
  replicate: ReplicatePaths;
  kie: KiePaths;
  wavespeed: WavespeedPaths;
  together: TogetherPaths;
  segmind: SegmindPaths;
  runware: RunwarePaths;
}

export type Provider = keyof ProviderPaths;

let auth: Map<string, AuthHeader> | undefined;
/** Each vendor's way of sending the key, read from the specs on the first client: importing the package must not parse every spec. */
function authOf(provider: string): AuthHeader | undefined {
  auth ??= new Map(loadSpecs().map((spec) => [spec.provider, authHeaderOf(spec)]));
  return auth.get(provider);
}

/** A typed client (openapi-fetch over the generated types) that authenticates the vendor's way. */
export function createVendorClient<P extends Provider>(provider: P, options: ClientOptions): Client<ProviderPaths[P]> {
  const client = createClient<ProviderPaths[P]>({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    headers: options.namespace === undefined ? undefined : { 'X-Mock-Namespace': options.namespace },
  });
  const scheme = options.auth ?? authOf(provider);
  if (options.apiKey !== undefined && scheme) {
    const key = options.apiKey;
    const middleware: Middleware = {
      onRequest({ request }) {
        if (!scheme.query) {
          request.headers.set(scheme.header, `${scheme.prefix}${key}`);
          return request;
        }
        const url = new URL(request.url);
        url.searchParams.set(scheme.header, key);
        return new Request(url, request);
      },
    };
    client.use(middleware);
  }
  return client;
}
