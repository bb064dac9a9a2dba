import { MockError } from '../errors/catalogue';
import { parsePrefer, type Preference } from '../pipeline/prefer';

/** "The next N requests to operation X answer with code/example/outcome/latency." */
export interface Scenario {
  id: number;
  provider?: string;
  operationId: string;
  remaining: number;
  prefer: Preference;
}

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

const CAPACITY = 100;

export class Scenarios {
  private items: Scenario[] = [];
  private next = 1;

  add(input: ScenarioInput, knownOperation: (provider: string | undefined, operationId: string) => boolean): Scenario {
    if (typeof input.operationId !== 'string' || !input.operationId) throw new MockError('mock_usage', 'A scenario needs an operationId (for example "v2Generate").');
    const provider = typeof input.provider === 'string' ? input.provider : undefined;
    if (!knownOperation(provider, input.operationId)) throw new MockError('mock_usage', `No operation ${input.operationId}${provider ? ` for ${provider}` : ''}: GET /__admin lists them.`);
    const count = input.count === undefined ? 1 : Number(input.count);
    if (!Number.isInteger(count) || count < 1 || count > 10_000) throw new MockError('mock_usage', 'count must be a whole number from 1 to 10000.');
    // The same syntax as the Prefer header, so both are checked by one parser.
    const header = (['code', 'example', 'outcome', 'delay', 'duration'] as const)
      .filter((k) => input[k] !== undefined)
      .map((k) => `${k}=${String(input[k])}`)
      .join(', ');
    if (!header) throw new MockError('mock_usage', 'A scenario needs at least one of code, example, outcome, delay, duration.');
    if (this.items.length >= CAPACITY) throw new MockError('mock_usage', `At most ${CAPACITY} scenarios at once: DELETE /__admin/scenarios to clear them.`);
    const scenario: Scenario = { id: this.next++, provider, operationId: input.operationId, remaining: count, prefer: parsePrefer(header) };
    this.items.push(scenario);
    return scenario;
  }

  /** Consumes one use of the first scenario for this operation. */
  take(provider: string, operationId: string): Preference | undefined {
    const scenario = this.items.find((s) => s.operationId === operationId && (!s.provider || s.provider === provider));
    if (!scenario) return undefined;
    scenario.remaining -= 1;
    if (scenario.remaining <= 0) this.items = this.items.filter((s) => s !== scenario);
    return scenario.prefer;
  }

  list(): Scenario[] {
    return this.items;
  }

  clear() {
    this.items = [];
  }
}
