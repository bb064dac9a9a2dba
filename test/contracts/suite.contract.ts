import { afterAll, describe, expect, it } from 'vitest';
import { resolveTarget } from '../../contracts/target';
import { planChecks } from '../../contracts/checks';
import { SpecValidator, formatViolations } from '../../core/validator';
import { embeddedMock } from '../../lib/contracts';

// One table-driven suite for every vendor, as vitest tests: the target comes from CONTRACT_TARGET
// (see contracts/target.ts). `ideogram-contracts` runs the same checks without vitest (contracts/run.ts).
const target = await resolveTarget(embeddedMock);
const validator = new SpecValidator();
afterAll(() => target.close());

describe(`contracts against ${target.label}`, () => {
  for (const provider of target.providers) {
    const spec = validator.specs.find((s) => s.provider === provider.provider)!;
    describe(provider.relay ?? provider.provider, () => {
      for (const check of planChecks(provider, spec, validator)) {
        it(`${check.operation} › ${check.check}`, async (ctx) => {
          const outcome = await check.run();
          if (outcome.status === 'skip') return ctx.skip(outcome.note);
          expect(outcome.violations.length ? formatViolations(outcome.violations) : 'conforms').toBe('conforms');
        });
      }
    });
  }
});
