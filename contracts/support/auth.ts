import type { JsonObject, LoadedSpec } from '../../mock-server/spec/load';

import type { AuthScheme } from '../../mock-server/spec/model';

export interface AuthHeader {
  /** Header name, or the query parameter when `query` is set. */
  header: string;
  /** Prefix before the key (`Bearer `, fal's `Key `). */
  prefix: string;
  query?: boolean;
}

/** The header a vendor's host wants, read from the spec (the server's x-security-scheme). */
export function authHeaderOf(spec: LoadedSpec, serverIndex = 0): AuthHeader {
  const server = ((spec.doc.servers ?? []) as JsonObject[])[serverIndex];
  const name = String(server?.['x-security-scheme'] ?? '');
  const scheme = (((spec.doc.components ?? {}) as JsonObject).securitySchemes as Record<string, JsonObject> | undefined)?.[name];
  if (!scheme) throw new Error(`specs/${spec.provider}/openapi.yaml: server ${serverIndex} names no security scheme`);
  if (scheme.type === 'http') return { header: 'Authorization', prefix: 'Bearer ' };
  return { header: String(scheme.name), prefix: typeof scheme['x-auth-prefix'] === 'string' ? scheme['x-auth-prefix'] : '' };
}

/** How to present a key for one scheme of the operation model (specs whose servers name no x-security-scheme). */
export function authHeaderFor(scheme: AuthScheme): AuthHeader {
  return { header: scheme.header, prefix: scheme.prefix ?? '', query: scheme.kind === 'query' };
}
