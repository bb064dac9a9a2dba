/**
 * What the control API shows of what a client sent or was answered (journal entries, their copies for
 * near-miss search, the dashboard): credentials recognised by their shape (core/secrets.ts:
 * URL user-info, `?token=`-like parameters, `whsec_`, `r8_`, `Bearer …`) replaced, as webhook URLs
 * are (jobs/webhooks.ts `shownUrl`), and upload URLs' tokens masked (files/route.ts).
 */
import { isSecretName, leavesOf, scrubShapes } from '../../core/secrets';
import { REDACTED, spellings } from '../../core/recording';
import { withoutUploadToken } from '../files/route';

/** The recorder's judgement of header, parameter and field names, remembered: the names repeat on every request. */
const secretNames = new Map<string, boolean>();

export function isSecret(name: string): boolean {
  let secret = secretNames.get(name);
  if (secret !== undefined) return secret;
  // Bounded, so clients sending ever-new names cannot grow it.
  if (secretNames.size >= 1024) secretNames.clear();
  secret = isSecretName(name);
  secretNames.set(name, secret);
  return secret;
}

/** One cheap test before the patterns: most values (prompts, ids, sizes) can hold none of the shapes. */
const MAYBE_SECRET = /[@=]|whsec_|r8_|\b(?:bearer|key|token|basic)\s|\/__files\//i;

/** Characters scrubbed past a cut, so a credential the cut would split (`https://user:pa|ss@`) is still recognised whole. */
const LOOKAHEAD = 1024;

export function shown(text: string): string {
  return MAYBE_SECRET.test(text) ? withoutUploadToken(scrubShapes(text, REDACTED)) : text;
}

/** The first `chars` characters of the text as shown. */
export function shownStart(text: string, chars: number): string {
  return text.length <= chars ? shown(text) : shown(text.slice(0, chars + LOOKAHEAD)).slice(0, chars);
}

/**
 * A path as sent, as shown: the upload token masked, parameters named like secrets (`?token=`)
 * replaced, and credentials inside the other parameters' decoded values (`?webhook=https%3A%2F%2Fu%3Apw%40…`)
 * scrubbed; every other parameter is kept as it was written.
 */
export function shownPath(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return withoutUploadToken(url);
  const params = url
    .slice(at + 1)
    .split('&')
    .map((param) => {
      const equals = param.indexOf('=');
      if (equals < 0) return param;
      if (isSecret(decoded(param.slice(0, equals)))) return `${param.slice(0, equals)}=${REDACTED}`;
      const value = decoded(param.slice(equals + 1));
      const scrubbed = shown(value);
      return scrubbed === value ? param : `${param.slice(0, equals)}=${encodeURIComponent(scrubbed).replaceAll(encodeURIComponent(REDACTED), REDACTED)}`;
    });
  return `${withoutUploadToken(url.slice(0, at))}?${params.join('&')}`;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

/** Values shorter than this are left in text: replacing every `a1` would say nothing and hide much. */
const MIN_SECRET_CHARS = 4;

/** The values sent under secret-looking names (`?signature=`, a body's `api_key`), to hide wherever an answer echoes them. */
export function secretValues(named: Record<string, unknown>): string[] {
  // An array body (Runware's tasks): each task's own names (its authentication task's apiKey).
  if (Array.isArray(named)) return named.flatMap((item: unknown) => (item && typeof item === 'object' ? secretValues(item as Record<string, unknown>) : []));
  const values: string[] = [];
  for (const name in named) if (isSecret(name)) values.push(...leavesOf(named[name]).filter((value) => value.length >= MIN_SECRET_CHARS));
  return values;
}

/** The text with every one of the values replaced, in each of the spellings the recorder hides (an answer's JSON escapes them). */
export function withoutValues(text: string, values: readonly string[]): string {
  return values.flatMap(spellings).reduce((out, value) => out.replaceAll(value, REDACTED), text);
}
