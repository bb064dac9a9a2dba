import type { Mount, SpecIndex } from '../../core/model/operations';
import { matchRoute } from './route';

export type UnprefixedMatch = { kind: 'one'; mount: Mount } | { kind: 'ambiguous'; prefixes: string[] } | { kind: 'none' };

/**
 * The vendor an unprefixed path belongs to, for clients that take only an origin and append the
 * vendor's own paths. Vendors whose route takes the method win over those that only know the path (a
 * 405 from the one vendor is more useful than a 404). A vendor mounted twice (two hosts, one API) is
 * one vendor: its first mount answers. More than one vendor cannot be guessed between.
 */
export function resolveUnprefixed(index: SpecIndex, method: string, path: string): UnprefixedMatch {
  const served = index.mounts.map((mount) => ({ mount, kind: matchRoute(mount, method, path).kind })).filter((m) => m.kind !== 'none');
  const exact = served.filter((m) => m.kind === 'found');
  const pool = exact.length ? exact : served;
  const providers = new Set(pool.map((m) => m.mount.provider));
  if (providers.size === 0) return { kind: 'none' };
  if (providers.size === 1) return { kind: 'one', mount: pool[0].mount };
  return { kind: 'ambiguous', prefixes: pool.map((m) => m.mount.prefix) };
}
