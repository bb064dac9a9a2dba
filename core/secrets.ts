/**
 * What a credential looks like, by name and by shape: one definition for the recordings (the contract
 * suite's and the mock's `--record`) and for the mock's journal.
 */

/** Words that make a header, query parameter or body field a secret (`x-api-key`, `accessToken`, `client_secret`), and their plurals. */
const SECRET_WORDS = new Set(['key', 'apikey', 'token', 'secret', 'password', 'passwd', 'authorization', 'auth', 'cookie', 'credential', 'signature']);

/** Words that make `tokens` a count of a model's tokens (`max_tokens`, `prompt_tokens`), not credentials. */
const COUNT_WORDS = new Set(['max', 'min', 'num', 'total', 'prompt', 'completion', 'input', 'output', 'count', 'used', 'remaining', 'limit']);

/**
 * True for `authorization`, `set-cookie`, `x-api-key`, `X-Api-Keys`, `apiKey`, `client_secrets`,
 * `passwords`, and the scheme names given (lower case); not for `max_tokens` or `keywords`.
 */
export function isSecretName(name: string, schemes: Set<string> = new Set()): boolean {
  if (schemes.has(name.toLowerCase())) return true;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.some((word) => {
    if (SECRET_WORDS.has(word)) return true;
    if (!word.endsWith('s') || !SECRET_WORDS.has(word.slice(0, -1))) return false;
    return word !== 'tokens' || !words.some((other) => COUNT_WORDS.has(other));
  });
}

/**
 * Credentials recognised by their shape wherever they appear, whatever the field holding them is
 * called: webhook signing secrets (`whsec_…`), Replicate API tokens (`r8_…`), the credential after
 * `Bearer`/`Key`/`Token`/`Basic` (12 or more token characters with a digit, so prose like "Key
 * ingredients" stays), the user-info of a URL (`https://user:pass@host`), and the value of a query
 * parameter named like a secret (`?token=…`, `&key=…`, `&password=…`) in any URL in any text.
 */
export function scrubShapes(text: string, marker: string): string {
  return text
    .replace(/\bwhsec_[A-Za-z0-9+/=_-]{8,}/g, marker)
    .replace(/\br8_[A-Za-z0-9]{8,}/g, marker)
    .replace(/\b(Bearer|Key|Token|Basic)(\s+)([A-Za-z0-9._~+/=:-]{12,})/gi, (found, word: string, space: string, credential: string) =>
      /\d/.test(credential) ? `${word}${space}${marker}` : found,
    )
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi, `$1${marker}@`)
    .replace(/([?&;])([^=&#\s"'<>?]+)=([^&#\s"'<>]+)/g, (found, separator: string, name: string) =>
      isSecretName(safeDecode(name)) ? `${separator}${name}=${marker}` : found,
    );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The strings and numbers in a value at any depth, as text: what a field named like a secret holds (`api_keys: [...]`). */
export function leavesOf(value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(leavesOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leavesOf);
  return [];
}
