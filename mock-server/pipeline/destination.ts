import type { Request } from 'express';
import type { Mount, Route, SpecIndex } from '../spec/model';

export interface Destination {
  mount: Mount;
  /** The vendor path, without the mock prefix. */
  path: string;
  /** The base URL a client used to reach this vendor on the mock (origin + prefix). */
  baseUrl: string;
  /** True when the vendor was picked by its real host name rather than a prefix. */
  byHost: boolean;
}

/** Picks the vendor for a request: its real host name first (interception, /etc/hosts), then the path prefix. */
export function resolveDestination(index: SpecIndex, req: Request): Destination | undefined {
  const host = hostName(req);
  const byHost = index.byHost.get(host);
  const path = req.path;
  if (byHost) return { mount: byHost, path, baseUrl: `https://${req.get('host')}`, byHost: true };
  const prefix = '/' + (path.split('/')[1] ?? '');
  const mount = index.byPrefix.get(prefix);
  if (!mount) return undefined;
  return { mount, path: path.slice(prefix.length) || '/', baseUrl: `${req.protocol}://${requestHost(req)}${prefix}`, byHost: false };
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
