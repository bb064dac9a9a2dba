import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync } from 'node:fs';
import { resolveTarget } from './support/target';
import { planChecks, type CheckOutcome } from './support/checks';
import { SpecValidator, formatViolations } from './support/validator';

// One table-driven suite for every vendor: the target comes from CONTRACT_TARGET (see scripts/contracts.ts).
const target = await resolveTarget();
const validator = new SpecValidator();
afterAll(() => target.close());

/** `npm run contracts` collects outcomes here to print its provider × operation summary. */
function record(outcome: CheckOutcome) {
  if (process.env.CONTRACT_RESULTS) appendFileSync(process.env.CONTRACT_RESULTS, JSON.stringify(outcome) + '\n');
}

describe(`contracts against ${target.label}`, () => {
  for (const provider of target.providers) {
    const spec = validator.specs.find((s) => s.provider === provider.provider)!;
    describe(provider.provider, () => {
      for (const check of planChecks(provider, spec, validator)) {
        it(`${check.operation} › ${check.check}`, async (ctx) => {
          const outcome = await check.run();
          record(outcome);
          if (outcome.status === 'skip') return ctx.skip(outcome.note);
          expect(outcome.violations.length ? formatViolations(outcome.violations) : 'conforms').toBe('conforms');
        });
      }
    });
  }
});
