import type { JsonObject, LoadedSpec } from '../../mock-server/spec/load';

export interface AuthHeader {
  header: string;
  /** Prefix before the key (`Bearer `, fal's `Key `). */
  prefix: string;
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
