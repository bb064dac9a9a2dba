import type { LoadedSpec } from './model/load';
import { serverAuth, type AuthScheme } from './model/operations';

export interface AuthHeader {
  /** Header name, or the query parameter when `query` is set. */
  header: string;
  /** Prefix before the key (`Bearer `, fal's `Key `). */
  prefix: string;
  query?: boolean;
}

/** The header a vendor's host wants (the operation model's reading of the server's x-security-scheme). */
export function authHeaderOf(spec: LoadedSpec, serverIndex = 0): AuthHeader {
  return authHeaderFor(serverAuth(spec, serverIndex));
}

/** How to present a key for one scheme of the operation model (specs whose servers name no x-security-scheme). */
export function authHeaderFor(scheme: AuthScheme): AuthHeader {
  return { header: scheme.header, prefix: scheme.prefix ?? '', query: scheme.kind === 'query' };
}
