import { createHash } from 'node:crypto';
import type { Job } from '../jobs/store';
import type { JobIndex } from './store';

/**
 * The name of a job index, the same in every store (a Redis key's last part): namespace and vendor
 * escaped so that no pair of names can collide, the owner (an API key) as a digest, so that no
 * credential appears in a key name that Redis lists, logs or persists.
 */
export function indexName(index: JobIndex = {}): string {
  if (index.owner !== undefined) return `ns:${escape(index.ns)}:provider:${escape(index.provider)}:owner:${ownerTag(index.owner)}`;
  if (index.ns !== undefined && index.provider !== undefined) return `ns:${escape(index.ns)}:provider:${escape(index.provider)}`;
  if (index.ns !== undefined) return `ns:${escape(index.ns)}`;
  if (index.provider !== undefined) return `provider:${escape(index.provider)}`;
  return 'all';
}

/** Every index the job belongs to, `all` first. */
export function indexNames(job: Pick<Job, 'ns' | 'provider' | 'owner'>): string[] {
  const { ns, provider, owner } = job;
  return [indexName(), indexName({ ns }), indexName({ provider }), indexName({ ns, provider }), indexName({ ns, provider, owner })];
}

const escape = (text: string) => encodeURIComponent(text);

/**
 * A digest standing for an API key (or anything holding one) in a key name. Owners repeat (one per API
 * key in use): the digest is remembered, in a map cleared when it grows past a bound.
 */
const tags = new Map<string, string>();
export function ownerTag(owner: string): string {
  let tag = tags.get(owner);
  if (tag !== undefined) return tag;
  tag = createHash('sha256').update(owner).digest('base64url').slice(0, 22);
  if (tags.size >= 10_000) tags.clear();
  tags.set(owner, tag);
  return tag;
}
