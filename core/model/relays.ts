/**
 * Relays: services that answer a vendor's own paths under another base URL and auth header (AIHubMix
 * and Cloudflare's AI Gateway relay Ideogram). A relay is data, not a copy of the spec: a spec's root
 * `x-mock-relays` list, or one given by the user (`--relay`, `MockOptions.relays`), read here into a
 * mount that shares the relayed vendor's operations and routes.
 */
import type { Json, JsonObject, LoadedSpec } from './load';

/** A relay as written: in a spec's `x-mock-relays` (its `vendor` is that spec's) or given by the user. */
export interface RelayDefinition {
  /** Names the relay in the journal, `--proxy`, recordings and the banner: letters, digits and `-`. */
  id: string;
  /** The vendor whose operations the relay serves (a spec's provider). */
  vendor: string;
  /** Where the mock serves it; `{name}` segments take any value (an account id). Default `/<id>`. */
  prefix?: string;
  /** The relay's real base URL, whose host name routes to it (`interceptVendors`, a Host header). */
  server?: string;
  /** The header that carries the key, in place of the vendor's schemes. Default: the vendor's own. */
  auth?: { header: string; prefix?: string };
  /** A second credential of the relay's own (Cloudflare's `cf-aig-authorization`), checked when sent. */
  gateway?: { header: string; prefix?: string; refusal: { status: number; body: Json } };
  title?: string;
  source?: string[];
}

/** A relay as the mock serves it. */
export interface Relay {
  id: string;
  title: string;
  /** The real base URL, as written (may hold `{name}` segments). */
  server: string;
  /** Replaces the operations' own schemes (an apiKey header, shaped as the operation model's scheme); empty: the vendor's schemes stand. */
  auth: { name: string; kind: 'header'; header: string; prefix?: string }[];
  gateway?: RelayDefinition['gateway'];
  /** Matches the relay's prefix at the start of a mock path (templated segments included). */
  prefixPattern: RegExp;
  /** Matches the real base URL's path at the start of a path sent to the relay's host. */
  hostPathPattern: RegExp;
  source: string[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** A prefix: one or more path segments of URL-safe characters or `{name}` templates, at most 200 characters. */
const PREFIX = /^(\/([A-Za-z0-9._~-]+|\{[A-Za-z0-9_]+\}))+$/;
const HEADER = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;

/** The relays a spec lists (`x-mock-relays`), each relaying that spec's vendor. */
export function specRelays(spec: LoadedSpec): RelayDefinition[] {
  const listed = spec.doc['x-mock-relays'];
  if (!Array.isArray(listed)) return [];
  return listed.map((raw) => {
    const item = raw as JsonObject;
    const auth = item.auth as JsonObject | undefined;
    const gateway = item['gateway-auth'] as JsonObject | undefined;
    const source = item['x-source'];
    return {
      id: String(item.id),
      vendor: spec.provider,
      prefix: typeof item.prefix === 'string' ? item.prefix : undefined,
      server: typeof item.server === 'string' ? item.server : undefined,
      auth: auth ? { header: String(auth.header), prefix: typeof auth.prefix === 'string' ? auth.prefix : undefined } : undefined,
      gateway: gateway && {
        header: String(gateway.header),
        prefix: typeof gateway.prefix === 'string' ? gateway.prefix : undefined,
        refusal: gateway.refusal as { status: number; body: Json },
      },
      title: typeof item.title === 'string' ? item.title : undefined,
      source: source === undefined ? [] : ([] as Json[]).concat(source).map(String),
    };
  });
}

/** What is wrong with a relay definition, as a sentence that says what to do; undefined when it can be served. */
export function relayProblem(relay: RelayDefinition, vendors: string[], taken: { prefixes: string[]; names: string[] }): string | undefined {
  if (!ID.test(relay.id)) return `relay id "${clip(relay.id)}" must be 1 to 40 lower-case letters, digits or "-", starting with a letter or digit`;
  if (taken.names.includes(relay.id)) return `relay id "${relay.id}" already names a vendor or another relay; choose another id`;
  if (!vendors.includes(relay.vendor)) return `relay ${relay.id}: no vendor "${clip(relay.vendor)}" is served to relay; the vendors are ${vendors.join(', ')}`;
  const prefix = relay.prefix ?? `/${relay.id}`;
  if (prefix.length > 200 || !PREFIX.test(prefix) || prefix.includes('/__') || prefix.split('/').some((segment) => /^\.+$/.test(segment)))
    return `relay ${relay.id}: prefix "${clip(prefix)}" must be a path like /my-relay or /my-relay/v1/{account}/ideogram (letters, digits, "._~-" or {name} segments, no "/__", at most 200 characters)`;
  if (/^\/\{/.test(prefix)) return `relay ${relay.id}: prefix "${clip(prefix)}" must start with a fixed segment, not a {name} template`;
  const first = firstSegment(prefix);
  if (taken.prefixes.includes(first)) return `relay ${relay.id}: the prefix ${first} is already taken by another vendor or relay; choose another (prefix=/…)`;
  for (const header of [relay.auth?.header, relay.gateway?.header]) {
    if (header !== undefined && !HEADER.test(header)) return `relay ${relay.id}: "${clip(header)}" is not a header name (letters, digits and -, at most 64)`;
  }
  if (relay.server !== undefined && !serverUrl(relay.server)) return `relay ${relay.id}: server "${clip(relay.server)}" must be an https:// or http:// URL`;
  return undefined;
}

/** The relay the mock serves for a definition (checked with `relayProblem` first). */
export function readRelay(relay: RelayDefinition): Relay {
  const prefix = relay.prefix ?? `/${relay.id}`;
  const url = relay.server ? serverUrl(relay.server) : undefined;
  return {
    id: relay.id,
    title: relay.title ?? relay.id,
    server: relay.server ?? '',
    auth: relay.auth ? [{ name: relay.id, kind: 'header', header: relay.auth.header.toLowerCase(), prefix: relay.auth.prefix }] : [],
    gateway: relay.gateway && { ...relay.gateway, header: relay.gateway.header.toLowerCase() },
    prefixPattern: pathPattern(prefix),
    hostPathPattern: pathPattern(url ? url.path : ''),
    source: relay.source ?? [],
  };
}

/** `/aihubmix/ideogram` of `/aihubmix/ideogram/generate`: the first segment, which indexes a mount. */
export function firstSegment(path: string): string {
  return '/' + (path.split('/')[1] ?? '');
}

/** The host name and path of a relay's real base URL (`{name}` segments kept in the path). */
function serverUrl(server: string): { host: string; path: string } | undefined {
  const match = /^https?:\/\/([A-Za-z0-9.-]+)(:\d+)?(\/[^?#]*)?$/.exec(server);
  if (!match) return undefined;
  return { host: match[1].toLowerCase(), path: (match[3] ?? '').replace(/\/$/, '') };
}

/** The relay's real host name, none for loopback (it must not capture the mock's own address). */
export function relayHost(relay: RelayDefinition): string {
  const host = relay.server ? (serverUrl(relay.server)?.host ?? '') : '';
  return /^(localhost|127\.)/.test(host) ? '' : host;
}

/** A path prefix as a pattern anchored at the start of a path: literal segments, `{name}` one segment each. */
function pathPattern(prefix: string): RegExp {
  const source = prefix.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${source}(?=/|$|\\?)`);
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
