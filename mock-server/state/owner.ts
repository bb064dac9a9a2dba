import { createHash } from 'node:crypto';

/**
 * What stands for an API key (or anything holding one) wherever the mock keeps it: a job's owner, an
 * index or limit name. A truncated SHA-256, so no credential reaches a store that Redis lists, logs
 * (SLOWLOG) or persists (RDB, AOF), while each key still has one owner of its own. Owners repeat (one
 * per key in use): the digest is remembered, in a map cleared when it grows past a bound.
 */
const tags = new Map<string, string>();
export function ownerTag(key: string): string {
  let tag = tags.get(key);
  if (tag !== undefined) return tag;
  tag = createHash('sha256').update(key).digest('base64url').slice(0, 22);
  if (tags.size >= 10_000) tags.clear();
  tags.set(key, tag);
  return tag;
}
