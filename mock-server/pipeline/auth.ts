import { MockError } from '../errors/catalogue';
import { header } from './request';
import type { AuthScheme, Operation } from '../../core/model/operations';

export interface AuthOptions {
  /** When set, only these keys are accepted; otherwise any well-formed key is. */
  keys?: readonly string[];
  /** The vendor's own sentences (providers/), else plain ones naming the header. */
  messages?: { missing: string; invalid: string };
  /** The schemes accepted where they differ from the operation's (a relay's own header). */
  schemes?: AuthScheme[];
}

/** Where credentials are read from: header names lower case, the query as parsed. */
export interface Credentials {
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, unknown>;
}

/** Checks the vendor's credential the vendor's way and returns the key, which also owns the jobs it creates. */
export function authenticate(operation: Operation, sent: Credentials, options: AuthOptions): string {
  const schemes = options.schemes ?? operation.auth;
  if (schemes.length === 0) return '';
  let malformed: AuthScheme | undefined;
  for (const scheme of schemes) {
    const value = scheme.kind === 'query' ? queryValue(sent.query, scheme.header) : header(sent, scheme.header.toLowerCase());
    if (value === undefined) continue;
    const key = extractKey(scheme, value);
    if (!key) {
      malformed = scheme;
      continue;
    }
    if (options.keys && !options.keys.includes(key)) {
      throw new MockError('auth_invalid', invalidMessage(scheme, options), { status: operation.authFailureStatus, type: 'authentication_error' });
    }
    return key;
  }
  // The vendor documents a call without these credentials (Runware's key in an authentication task): its module checks the key.
  if (operation.anonymous && !malformed) return '';
  if (malformed) {
    throw new MockError('auth_invalid', invalidMessage(malformed, options), { status: operation.authFailureStatus, type: 'authentication_error' });
  }
  throw new MockError('auth_missing', missingMessage(schemes, options), { status: operation.authFailureStatus, type: 'authentication_error' });
}

function queryValue(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  return typeof value === 'string' ? value : undefined;
}

function extractKey(scheme: AuthScheme, value: string): string {
  const trimmed = value.trim();
  if (!scheme.prefix) return trimmed;
  if (trimmed.slice(0, scheme.prefix.length).toLowerCase() !== scheme.prefix.toLowerCase()) return '';
  return trimmed.slice(scheme.prefix.length).trim();
}

function describe(scheme: AuthScheme): string {
  if (scheme.kind === 'query') return `the query parameter ${scheme.header}=<key>`;
  const header = scheme.kind === 'bearer' || scheme.kind === 'basic' ? 'Authorization' : scheme.header;
  return `the header ${header}: ${scheme.prefix ?? ''}<key>`;
}

function missingMessage(schemes: AuthScheme[], options: AuthOptions): string {
  if (options.messages) return options.messages.missing;
  return `Missing API key: send ${schemes.map(describe).join(' or ')}.`;
}

function invalidMessage(scheme: AuthScheme, options: AuthOptions): string {
  if (options.messages) return options.messages.invalid;
  return `Invalid API key: expected ${describe(scheme)}.`;
}
