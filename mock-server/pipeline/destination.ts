import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import type { Mount, Route, SpecIndex } from '../../core/model/operations';
import { MockError } from '../errors/catalogue';
import { resolveUnprefixed } from './unprefixed';

export interface Destination {
  mount: Mount;
  /** The vendor path, without the mock prefix. */
  path: string;
  /** The base URL a client used to reach this vendor on the mock (origin + prefix). */
  baseUrl: string;
  /** True when the vendor was picked by its real host name rather than a prefix. */
  byHost: boolean;
}

/** Requests that arrived on a vendor's own origin (`--vendor-ports`), with that vendor's mount. */
const vendorOrigins = new WeakMap<IncomingMessage, Mount>();

/** Marks a request as arriving on `mount`'s own origin, where its paths are served unprefixed. */
export function arrivedOnVendorOrigin(req: IncomingMessage, mount: Mount): void {
  vendorOrigins.set(req, mount);
}

/** The vendor whose own origin the request arrived on, if any. */
export function vendorOriginOf(req: IncomingMessage): Mount | undefined {
  return vendorOrigins.get(req);
}

/**
 * Picks the vendor for a request: the vendor origin it arrived on, its real host name (interception,
 * /etc/hosts), the path prefix, else the one vendor that serves the unprefixed path. Undefined when
 * none does; a MockError when several do.
 */
export function resolveDestination(index: SpecIndex, req: Request): Destination | undefined {
  const path = req.path;
  const own = vendorOrigins.get(req);
  if (own) return { mount: own, path, baseUrl: `${req.protocol}://${requestHost(req)}`, byHost: false };
  const byHost = index.byHost.get(hostName(req));
  if (byHost) return { mount: byHost, path, baseUrl: `https://${req.get('host')}`, byHost: true };
  const prefix = '/' + (path.split('/')[1] ?? '');
  const mount = index.byPrefix.get(prefix);
  if (mount) return { mount, path: path.slice(prefix.length) || '/', baseUrl: `${req.protocol}://${requestHost(req)}${prefix}`, byHost: false };
  const unprefixed = resolveUnprefixed(index, req.method === 'HEAD' ? 'GET' : req.method, path);
  if (unprefixed.kind === 'ambiguous') {
    throw new MockError('not_found', `${req.method} ${path} is served by more than one vendor here; add the prefix of the one you mean (${unprefixed.prefixes.join(' or ')}), or give it an origin of its own (--vendor-ports).`);
  }
  if (unprefixed.kind === 'none') return undefined;
  // URLs in the answer carry the prefix: they reach the same vendor whatever else is mounted.
  return { mount: unprefixed.mount, path, baseUrl: `${req.protocol}://${requestHost(req)}${unprefixed.mount.prefix}`, byHost: false };
}

/** The Host header, or for an HTTP/1.0 request without one the address and port it arrived on. */
export function requestHost(req: Request): string {
  const host = req.get('host');
  if (host) return host;
  const address = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  return `${address.includes(':') ? `[${address}]` : address}:${req.socket.localPort}`;
}

export function hostName(req: Request): string {
  return (req.get('host') ?? '').replace(/:\d+$/, '').toLowerCase();
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

export function matchRoute(mount: Mount, method: string, path: string): RouteMatch {
  const allowed: string[] = [];
  for (const route of mount.routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.operation.method !== method) {
      allowed.push(route.operation.method);
      continue;
    }
    const params: Record<string, string> = {};
    route.paramNames.forEach((name, i) => {
      params[name] = safeDecode(match[i + 1]);
    });
    return { kind: 'found', route, params };
  }
  return allowed.length ? { kind: 'wrong-method', allowed } : { kind: 'none' };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
