import { MockError } from '../errors/catalogue';
import { parsePrefer } from '../pipeline/prefer';
import type { Scenario } from '../state/records';

export interface ScenarioInput {
  provider?: unknown;
  operationId?: unknown;
  count?: unknown;
  code?: unknown;
  example?: unknown;
  outcome?: unknown;
  delay?: unknown;
  duration?: unknown;
}

/** Scenarios kept at once, per namespace. */
export const SCENARIO_CAPACITY = 100;

/** The scenario a control API body asks for (the store numbers it), or the refusal saying what is wrong. */
export function parseScenario(input: ScenarioInput, knownOperation: (provider: string | undefined, operationId: string) => boolean): Omit<Scenario, 'id'> {
  if (typeof input.operationId !== 'string' || !input.operationId)
    throw new MockError('mock_usage', 'A scenario needs an operationId (for example "v2Generate").');
  const provider = typeof input.provider === 'string' ? input.provider : undefined;
  if (!knownOperation(provider, input.operationId))
    throw new MockError('mock_usage', `No operation ${input.operationId}${provider ? ` for ${provider}` : ''}: GET /__admin lists them.`);
  const count = input.count === undefined ? 1 : Number(input.count);
  if (!Number.isInteger(count) || count < 1 || count > 10_000) throw new MockError('mock_usage', 'count must be a whole number from 1 to 10000.');
  // The same syntax as the Prefer header, so both are checked by one parser.
  const header = (['code', 'example', 'outcome', 'delay', 'duration'] as const)
    .filter((k) => input[k] !== undefined)
    .map((k) => `${k}=${String(input[k])}`)
    .join(', ');
  if (!header) throw new MockError('mock_usage', 'A scenario needs at least one of code, example, outcome, delay, duration.');
  return { provider, operationId: input.operationId, remaining: count, prefer: parsePrefer(header) };
}
