/**
 * URLs in answers that point at the upstream (polling, result and image URLs, Location) are kept in
 * recordings vendor-relative, behind placeholders, and point at whichever mock serves them: the
 * recording one while proxying, the replaying one later. So clients keep talking to the mock.
 */

/** The vendor's base URL on the mock (origin + prefix). */
export const BASE = '{{base}}';
/** The mock's origin, for upstream URLs outside the vendor's base path. */
const ORIGIN = '{{origin}}';

/** Where placeholders point: the mock's base URL for the vendor and its origin. */
export interface Site {
  base: string;
  origin: string;
}

export function siteOf(baseUrl: string): Site {
  return { base: baseUrl.replace(/\/+$/, ''), origin: new URL(baseUrl).origin };
}

/** Upstream URLs → placeholders: the base URL first (it is the longer), then the bare origin. */
export function toPlaceholders(text: string, upstream: Site): string {
  return text.split(upstream.base).join(BASE).split(upstream.origin).join(ORIGIN);
}

export function fromPlaceholders(text: string, mock: Site): string {
  return text.split(BASE).join(mock.base).split(ORIGIN).join(mock.origin);
}

/** The same, through every string of a parsed JSON value (keys included). */
export function mapStrings(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((each) => mapStrings(each, change));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [change(k), mapStrings(v, change)]));
  return value;
}
