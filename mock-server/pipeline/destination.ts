import type { Mount, SpecIndex } from '../../core/model/operations';
import { MockError } from '../errors/catalogue';
import { firstSegment } from '../../core/model/relays';
import { resolveUnprefixed } from './unprefixed';
import { header, type MockRequest } from './request';

export interface Destination {
  mount: Mount;
  /** The vendor path, without the mock prefix. */
  path: string;
  /** The base URL a client used to reach this vendor on the mock (origin + prefix). */
  baseUrl: string;
  /** True when the vendor was picked by its real host name rather than a prefix. */
  byHost: boolean;
}

type Arrived = Pick<MockRequest, 'method' | 'headers' | 'arrival'>;

/**
 * Picks the vendor for a request to `path`: the vendor origin it arrived on, its real host name
 * (interception, /etc/hosts), the path prefix, else the one vendor that serves the unprefixed path.
 * Undefined when none does; a MockError when several do.
 */
export function resolveDestination(index: SpecIndex, request: Arrived, path: string): Destination | undefined {
  const { arrival, method } = request;
  const own = arrival.vendorOrigin;
  if (own) return { mount: own, path, baseUrl: `${arrival.protocol}://${requestHost(request)}`, byHost: false };
  const byHost = index.byHost.get(hostName(header(request, 'host')));
  if (byHost) {
    // A relay's real base URL has a path of its own (`https://aihubmix.com/ideogram`): the vendor path follows it.
    const base = byHost.relay ? byHost.relay.hostPathPattern.exec(path)?.[0] : '';
    if (base === undefined) return undefined;
    return { mount: byHost, path: path.slice(base.length) || '/', baseUrl: `https://${header(request, 'host')}${base}`, byHost: true };
  }
  const mount = index.byPrefix.get(firstSegment(path));
  const prefix = mount && prefixIn(mount, path);
  if (mount && prefix !== undefined)
    return { mount, path: path.slice(prefix.length) || '/', baseUrl: `${arrival.protocol}://${requestHost(request)}${prefix}`, byHost: false };
  const unprefixed = resolveUnprefixed(index, method === 'HEAD' ? 'GET' : method, path);
  if (unprefixed.kind === 'ambiguous') {
    throw new MockError(
      'not_found',
      `${method} ${path} is served by more than one vendor here; add the prefix of the one you mean (${unprefixed.prefixes.join(' or ')}), or give it an origin of its own (--vendor-ports).`,
    );
  }
  if (unprefixed.kind === 'none') return undefined;
  // URLs in the answer carry the prefix: they reach the same vendor whatever else is mounted.
  return { mount: unprefixed.mount, path, baseUrl: `${arrival.protocol}://${requestHost(request)}${unprefixed.mount.prefix}`, byHost: false };
}

/** The mount's prefix as it starts `path` (a relay's `{account}` segments filled in), or undefined when it does not. */
function prefixIn(mount: Mount, path: string): string | undefined {
  if (mount.relay) return mount.relay.prefixPattern.exec(path)?.[0];
  return path === mount.prefix || path.startsWith(`${mount.prefix}/`) ? mount.prefix : undefined;
}

/** The Host header, or for an HTTP/1.0 request without one the address and port it arrived on. */
function requestHost(request: Arrived): string {
  return header(request, 'host') || request.arrival.local;
}

/** The host name of a Host header, without its port. */
export function hostName(host: string | undefined): string {
  return (host ?? '').replace(/:\d+$/, '').toLowerCase();
}
