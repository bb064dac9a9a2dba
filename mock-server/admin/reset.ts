import type { MockContext } from '../context';

/**
 * Forgets one namespace's requests, jobs, scenarios, deliveries and files (all of them when ns is
 * undefined), and stops this instance's timers and retries for them.
 */
export async function resetState(ctx: MockContext, ns?: string): Promise<void> {
  ctx.jobs.reset(ns);
  // Rate windows are per key, not per namespace: only a reset of everything clears them.
  if (ns === undefined) ctx.conditions.limiter?.reset();
  if (ns === undefined) await ctx.conditions.sharedLimiter?.reset();
  await ctx.store.reset(ns);
}
