import type { Request } from 'express';
import { MockError } from '../errors/catalogue';
import type { AuthScheme, Operation } from '../spec/routes';

export interface AuthOptions {
  /** When set, only these keys are accepted; otherwise any well-formed key is. */
  keys?: readonly string[];
}

/** Checks the vendor's credential the vendor's way and returns the key, which also owns the jobs it creates. */
export function authenticate(operation: Operation, req: Request, options: AuthOptions): string {
  if (operation.auth.length === 0) return '';
  let malformed: AuthScheme | undefined;
  for (const scheme of operation.auth) {
    const value = req.get(scheme.header);
    if (value === undefined) continue;
    const key = extractKey(scheme, value);
    if (!key) {
      malformed = scheme;
      continue;
    }
    if (options.keys && !options.keys.includes(key)) {
      throw new MockError('auth_invalid', invalidMessage(operation, scheme), { status: operation.authFailureStatus, type: 'authentication_error' });
    }
    return key;
  }
  if (malformed) {
    throw new MockError('auth_invalid', invalidMessage(operation, malformed), { status: operation.authFailureStatus, type: 'authentication_error' });
  }
  throw new MockError('auth_missing', missingMessage(operation), { status: operation.authFailureStatus, type: 'authentication_error' });
}

function extractKey(scheme: AuthScheme, value: string): string {
  const trimmed = value.trim();
  if (!scheme.prefix) return trimmed;
  if (trimmed.slice(0, scheme.prefix.length).toLowerCase() !== scheme.prefix.toLowerCase()) return '';
  return trimmed.slice(scheme.prefix.length).trim();
}

function describe(scheme: AuthScheme): string {
  const header = scheme.kind === 'bearer' ? 'Authorization' : scheme.header;
  return scheme.prefix ? `${header}: ${scheme.prefix}<key>` : `${header}: <key>`;
}

/** The vendors' own sentences where they are documented (Pixazo, Magnific); a plain one elsewhere. */
function missingMessage(operation: Operation): string {
  if (operation.provider === 'pixazo') return 'Missing or invalid Ocp-Apim-Subscription-Key header.';
  if (operation.provider === 'magnific') return 'Missing API key';
  return `Missing API key: send the header ${operation.auth.map(describe).join(' or ')}.`;
}

function invalidMessage(operation: Operation, scheme: AuthScheme): string {
  if (operation.provider === 'pixazo') return 'Missing or invalid Ocp-Apim-Subscription-Key header.';
  if (operation.provider === 'magnific') return 'Invalid API key';
  return `Invalid API key: expected the header ${describe(scheme)}.`;
}
