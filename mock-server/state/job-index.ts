import type { Job } from './records';
import type { JobIndex } from './store';

/**
 * The name of a job index, the same in every store (a Redis key's last part): namespace and vendor
 * escaped so that no pair of names can collide, the owner as the job holds it: its key's digest
 * (state/owner.ts), never the key.
 */
export function indexName(index: JobIndex = {}): string {
  if (index.owner !== undefined) return `ns:${escape(index.ns)}:provider:${escape(index.provider)}:owner:${escape(index.owner)}`;
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
