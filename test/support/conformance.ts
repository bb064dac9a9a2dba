/**
 * Conformance of one answer to its operation's documented response, as text: empty when it conforms,
 * one line per departure otherwise. Tests assert `toBe('')` on it; scripts print it.
 */
import { formatViolations, type SpecValidator } from '../../core/validator';

/** An answer as supertest, light-my-request or fetch (a `Headers` object) gives it. */
export interface Answer {
  status: number;
  headers: Headers | Record<string, string | string[] | undefined>;
  body: unknown;
}

export function departures(validator: SpecValidator, provider: string, operationId: string, answer: Answer): string {
  const headers = answer.headers instanceof Headers ? Object.fromEntries(answer.headers) : answer.headers;
  return formatViolations(validator.validateResponse(provider, operationId, { status: answer.status, headers, body: answer.body }));
}
