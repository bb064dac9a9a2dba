import type { Clock } from '../jobs/clock';
import type { LimitCheck, LimitCounts } from '../state/store';
import { limitsOn, refuse, type LimitRule } from './limits';

/**
 * `--limits vendor` with `--store`: the same limits as `Limiter`, counted in the shared store, so a
 * fleet of mocks behind one balancer refuses like one vendor would: a key's in-flight requests and
 * rate window are the sum over every instance.
 */
export class SharedLimiter {
  constructor(
    private readonly rules: LimitRule[],
    private readonly clock: Clock,
    private readonly counts: LimitCounts,
  ) {}

  /** As `Limiter.admit`, asking the store: counts the request or throws the vendor's 429. */
  async admit(provider: string, operationId: string, key: string, address: string): Promise<(() => void) | undefined> {
    const counted = limitsOn(this.rules, provider, operationId, key, address);
    if (counted.length === 0) return undefined;
    const checks: LimitCheck[] = counted.map(({ rule, id }) => ({ id, kind: rule.kind, max: rule.max, windowMs: rule.windowMs }));
    const refused = await this.counts.admit(checks, this.clock.now());
    if (refused) refuse(counted[refused.refused].rule, Math.max(1, Math.ceil(refused.waitMs / 1000)));
    const held = checks.filter((check) => check.kind === 'in-flight');
    if (held.length === 0) return undefined;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // A count the store cannot take back now expires with its hold (redis.ts IN_FLIGHT_HOLD_MS).
      this.counts.release(held).catch(() => {});
    };
  }

  reset(): Promise<void> {
    return this.counts.resetRates();
  }
}
