import type { MockContext } from '../context';

/**
 * Forgets one namespace's requests, jobs, scenarios, deliveries and files (all of them when ns is
 * undefined), and stops this instance's timers and retries for them.
 */
export async function resetState(ctx: MockContext, ns?: string): Promise<void> {
  ctx.jobs.reset(ns);
  await ctx.store.reset(ns);
}
